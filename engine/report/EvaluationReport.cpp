#include "EvaluationReport.h"

#include "core/Files.h"
#include "core/Text.h"
#include "data/ImageOps.h"
#include "imageio/ImageDecoder.h"
#include "models/Zoo.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace graft {

namespace {

std::string escaped(const std::string& text)
{
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string base64(const std::string& bytes)
{
    static const char* const digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        const std::size_t n = std::min<std::size_t>(3, bytes.size() - i);
        std::uint32_t v = 0;
        for (std::size_t k = 0; k < 3; ++k)
            v = (v << 8) | (k < n ? std::uint8_t(bytes[i + k]) : 0u);
        for (std::size_t k = 0; k < 4; ++k)
            out += k <= n ? digits[(v >> (18 - 6 * k)) & 63] : '=';
    }
    return out;
}

// `pattern` with %1, %2 ... replaced by `args` (escaped for HTML, as the pattern is).
std::string filled(const std::string& pattern, std::initializer_list<std::string> args)
{
    std::string out = escaped(pattern);
    int n = 1;
    for (const std::string& a : args)
        out = replaceAll(out, "%" + std::to_string(n++), escaped(a));
    return out;
}

// An <img> of `image`, shown size x size at most (a small picture is enlarged by the browser, a
// large one shrunk before it goes in).
std::string imageTag(Image image, int size)
{
    const double scale = double(size) / std::max(image.width, image.height);
        const int width = std::max(1, int(std::lround(image.width * scale)));
        const int height = std::max(1, int(std::lround(image.height * scale)));
    if (scale < 1)
        image = resize(image, width, height);
    return "<img src=\"data:image/png;base64," + base64(encodePng(image)) + "\" width=\"" + std::to_string(width)
        + "\" height=\"" + std::to_string(height) + "\" alt=\"\">";
}

// The picture of `path`, and where the model looks in it for `classIndex` when `params` says how;
// empty when it cannot be read.
std::string pictureTags(const std::string& path, int classIndex, const ReportParams& params, const ImageReader& reader)
{
    std::string tags;
    try {
        tags = imageTag(reader(path, params.thumbnailSize), params.thumbnailSize);
        if (params.heatMap)
            tags += imageTag(heatMapPicture(path, reader, params.preprocess, params.heatMap, classIndex,
                                            2 * params.thumbnailSize).picture,
                             params.thumbnailSize);
    } catch (const CancelledError&) {
        throw;
    } catch (const std::exception&) { // gone since, or a model that cannot say: what could be made
    }
    return tags;
}

const char* const kStyle = R"(body{font-family:system-ui,sans-serif;margin:2em;color:#222}
h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.15em;margin-top:1.6em}
.lead{color:#555}table{border-collapse:collapse}td,th{padding:.25em .6em;border:1px solid #ddd;text-align:right}
th{background:#f4f4f4}td.name,th.name{text-align:left}.matrix td{min-width:2.2em;text-align:center}
.advice{background:#fff8e1;border-left:3px solid #f0b400;padding:.4em .7em;max-width:50em}
.matrix th.col{writing-mode:vertical-rl;transform:rotate(180deg);text-align:left;vertical-align:bottom}
.mistakes{display:flex;flex-wrap:wrap;gap:1em}.mistake{width:10em;font-size:.85em;word-wrap:break-word}
.mistake.wide{width:13em}.mistake img{margin:0 .3em .3em 0;image-rendering:pixelated}.path{color:#777;font-size:.8em}
)";

} // namespace

std::string evaluationReportHtml(const EvaluationResult& result, const ReportParams& params, const ImageReader& reader,
                                 const ProgressCallback& progress, const CancelFlag* cancel)
{
    const ClassificationMetrics& m = result.metrics;
    const auto& classes = result.classes;
    std::ostringstream html;
    const ReportTexts& t = params.texts;
    // Numbers the reader's way: "0,917" and "78,3 %" in German.
    const auto number = [&t](double v, int decimals) { return replaceAll(formatFixed(v, decimals), ".", t.decimalPoint); };
    const auto percentOf = [&t](const std::string& n) { return replaceAll(t.percent, "%1", n); };
    const auto percentText = [&](double share) { return percentOf(number(100.0 * share, 1)); };
    const std::string title = filled(t.title, {params.title});
    html << "<!DOCTYPE html>\n<html lang=\"" << escaped(t.language) << "\"><head><meta charset=\"utf-8\"><title>" << title
         << "</title>\n<style>" << kStyle << "</style></head><body>\n";
    html << "<h1>" << title << "</h1>\n<p class=\"lead\">"
         << (params.made.empty() ? filled(t.lead, {params.images}) : filled(t.leadMade, {params.images, params.made}))
         << "</p>\n";
    html << "<p><b>" << filled(t.accuracy, {percentText(m.accuracy)}) << "</b> · " << filled(t.macroF1, {number(m.macroF1, 3)})
         << " · " << filled(t.images, {std::to_string(m.count)});
    if (m.loss > 0)
        html << " · " << filled(t.loss, {number(m.loss, 4)});
    html << "</p>\n";
    if (!result.failures.empty())
        html << "<p>" << filled(t.unreadable, {std::to_string(result.failures.size()), listSome(result.failures, 5)}) << "</p>\n";

    // What the model is.
    if (params.run) {
        const RunInfo& run = *params.run;
        const TrainConfig& c = run.config;
        std::string network = c.architecture;
        try {
            network = architecture(c.architecture).displayName;
        } catch (const std::exception&) { // an architecture of a later version: its name
        }
        const char* optimizer = c.optimizer == OptimizerKind::Sgd ? "SGD" : c.optimizer == OptimizerKind::AdamW ? "AdamW" : "Adam";
        // Each row's name and value, as HTML.
        std::vector<std::pair<std::string, std::string>> rows{
            {escaped(t.network), escaped(network)},
            {escaped(t.weights), escaped(c.weights.empty() ? t.fromScratch : t.imageNet)},
            {escaped(t.inputSize), std::to_string(c.preprocess.cropSize) + " × " + std::to_string(c.preprocess.cropSize)},
            {escaped(t.epochs), filled(t.epochsValue, {std::to_string(run.epochsCompleted()), std::to_string(run.bestEpoch)})},
            {escaped(t.optimizer),
             filled(t.optimizerValue, {optimizer, replaceAll(formatGeneral(c.learningRate), ".", t.decimalPoint)})},
            {escaped(t.augmentation), escaped(c.augment.enabled ? t.on : t.off)},
        };
        if (!run.device.empty())
            rows.emplace_back(escaped(t.trainedOn), escaped(run.device));
        html << "<h2>" << escaped(t.about) << "</h2>\n<table>\n";
        for (const auto& [name, value] : rows)
            html << "<tr><th class=\"name\">" << name << "</th><td class=\"name\">" << value << "</td></tr>\n";
        html << "</table>\n";
    }
    for (const std::string& line : params.advice)
        html << "<p class=\"advice\">" << escaped(line) << "</p>\n";

    // Per class.
    const auto value = [&](bool defined, double v) { return defined ? number(v, 3) : std::string("—"); };
    html << "<h2>" << escaped(t.perClass) << "</h2>\n<table><tr><th class=\"name\">" << escaped(t.className)
         << "</th><th>" << escaped(t.precision) << "</th><th>" << escaped(t.recall) << "</th><th>" << escaped(t.f1)
         << "</th><th>" << escaped(t.imagesColumn) << "</th></tr>\n";
    for (std::size_t c = 0; c < classes.size() && c < m.perClass.size(); ++c) {
        const ClassMetrics& pc = m.perClass[c];
        html << "<tr><td class=\"name\">" << escaped(classes[c]) << "</td><td>" << value(pc.hasPrecision(), pc.precision)
             << "</td><td>" << value(pc.hasRecall(), pc.recall) << "</td><td>" << value(pc.hasF1(), pc.f1) << "</td><td>"
             << pc.support << "</td></tr>\n";
    }
    html << "</table>\n";

    // The confusion matrix, each cell shaded by its share of its row: blue where right, red where wrong.
    html << "<h2>" << escaped(t.confusion) << "</h2>\n<p class=\"lead\">" << escaped(t.confusionLead)
         << "</p>\n<table class=\"matrix\"><tr><th></th>";
    for (const auto& name : classes)
        html << "<th class=\"col\">" << escaped(name) << "</th>";
    html << "</tr>\n";
    for (std::size_t t = 0; t < m.confusion.size(); ++t) {
        std::int64_t row = 0;
        for (auto v : m.confusion[t])
            row += v;
        html << "<tr><th class=\"name\">" << escaped(classes[t]) << "</th>";
        for (std::size_t p = 0; p < m.confusion[t].size(); ++p) {
            const std::int64_t v = m.confusion[t][p];
            const double share = row > 0 ? double(v) / double(row) : 0.0;
            const char* colour = t == p ? "31,119,180" : "214,39,40";
            html << "<td style=\"background:rgba(" << colour << "," << formatFixed(v > 0 ? 0.12 + 0.75 * share : 0.0, 2)
                 << ")\">" << v << "</td>";
        }
        html << "</tr>\n";
    }
    html << "</table>\n";

    // What a labelling threshold does.
    if (!result.predictions.empty()) {
        const std::vector<ThresholdOutcome> curve = thresholdCurve(result.predictions);
        html << "<h2>" << escaped(t.thresholds) << "</h2>\n<p class=\"lead\">" << escaped(t.thresholdsLead)
             << "</p>\n<table><tr><th>" << escaped(t.uncertainBelow) << "</th><th>" << escaped(t.labelled)
             << "</th><th>" << escaped(t.rightOfThose) << "</th></tr>\n";
        for (int row : thresholdTableRows(curve)) {
            const ThresholdOutcome& o = curve[std::size_t(row)];
            html << "<tr><td>" << (row == 0 ? escaped(t.off) : escaped(percentOf(std::to_string(row)))) << "</td><td>" << o.labelled
                 << " (" << percentText(o.labelledShare()) << ")</td><td>"
                 << (o.labelled ? std::to_string(o.right) + " (" + percentText(o.accuracy()) + ")" : std::string("—"))
                 << "</td></tr>\n";
        }
        html << "</table>\n";
    }

    // The mistakes the model was surest of: where mislabelled images show up.
    std::vector<const Prediction*> wrong = result.mistakes();
    const std::size_t all = wrong.size();
    if (params.mistakes >= 0 && wrong.size() > std::size_t(params.mistakes))
        wrong.resize(std::size_t(params.mistakes));
    html << "<h2>" << escaped(t.mistakes) << "</h2>\n";
    if (all == 0) {
        html << "<p>" << escaped(t.noMistakes) << "</p>\n";
    } else {
        html << "<p class=\"lead\">"
             << (wrong.size() == all ? filled(t.allMistakes, {std::to_string(all)})
                                     : filled(t.someMistakes, {std::to_string(wrong.size()), std::to_string(all)}))
             << "</p>\n<div class=\"mistakes\">\n";
        Progress pr;
        pr.stage = params.heatMap ? "Pictures and heat maps" : "Pictures";
        pr.total = std::int64_t(wrong.size());
        RateMeter meter;
        for (const Prediction* p : wrong) {
            throwIfCancelled(cancel);
            html << "<div class=\"mistake" << (params.heatMap ? " wide" : "") << "\">";
            if (const std::string tags = pictureTags(p->path, p->predicted, params, reader); !tags.empty())
                html << tags << "<br>";
            ++pr.done;
            if (progress) {
                meter.update(pr);
                progress(pr);
            }
            html << escaped(classes[std::size_t(p->label)]) << " → " << escaped(classes[std::size_t(p->predicted)])
                 << "<br>" << percentText(p->confidence) << "<br><span class=\"path\">" << escaped(p->path)
                 << "</span></div>\n";
        }
        html << "</div>\n";
    }
    html << "</body></html>\n";
    return html.str();
}

void writeEvaluationReport(const std::string& path, const EvaluationResult& result, const ReportParams& params,
                           const ImageReader& reader, const ProgressCallback& progress, const CancelFlag* cancel)
{
    writeFileAtomic(path, evaluationReportHtml(result, params, reader, progress, cancel));
}

} // namespace graft
