#include "Evaluator.h"

#include "BatchLoader.h"
#include "ClassifierImpl.h"
#include "RunFolder.h"
#include "core/Error.h"
#include "core/Files.h"
#include "core/OutputNames.h"
#include "core/Text.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace graft {

std::string EvaluationResult::predictionsCsv() const
{
    std::string csv = "path,label,predicted,confidence\n";
    for (const auto& p : predictions)
        csv += csvField(p.path) + "," + csvField(classes[std::size_t(p.label)]) + ","
            + csvField(classes[std::size_t(p.predicted)]) + "," + formatFixed(p.confidence, 6) + "\n";
    return csv;
}

std::vector<const Prediction*> EvaluationResult::mistakes() const
{
    std::vector<const Prediction*> wrong;
    for (const auto& p : predictions)
        if (p.label != p.predicted)
            wrong.push_back(&p);
    std::stable_sort(wrong.begin(), wrong.end(), [](const Prediction* a, const Prediction* b) { return a->confidence > b->confidence; });
    return wrong;
}

Json EvaluationResult::toJson(bool withPredictions) const
{
    Json j = metrics.toJson();
    j["classes"] = classes;
    j["failures"] = failures;
    if (withPredictions) {
        Json preds = Json::array();
        for (const auto& p : predictions)
            preds.push_back({{"path", p.path}, {"label", classes.at(std::size_t(p.label))},
                             {"predicted", classes.at(std::size_t(p.predicted))}, {"confidence", p.confidence}});
        j["predictions"] = preds;
    }
    return j;
}

EvaluationResult EvaluationResult::fromJson(const Json& j)
{
    EvaluationResult r;
    r.classes = j.at("classes").get<std::vector<std::string>>();
    r.metrics = ClassificationMetrics::fromJson(j);
    r.failures = j.value("failures", std::vector<std::string>{});
    if (r.metrics.confusion.size() != r.classes.size())
        throw Error("the confusion matrix does not match the classes");
    const auto indexOf = [&](const std::string& name) {
        const auto it = std::find(r.classes.begin(), r.classes.end(), name);
        if (it == r.classes.end())
            throw Error(name + ": not one of the classes");
        return int(it - r.classes.begin());
    };
    for (const auto& p : j.value("predictions", Json::array())) {
        Prediction pr;
        pr.path = p.at("path").get<std::string>();
        pr.label = indexOf(p.at("label").get<std::string>());
        pr.predicted = indexOf(p.at("predicted").get<std::string>());
        pr.confidence = p.at("confidence").get<float>();
        r.predictions.push_back(std::move(pr));
    }
    return r;
}

ThresholdOutcome thresholdOutcome(const std::vector<Prediction>& predictions, double threshold)
{
    ThresholdOutcome o;
    o.threshold = threshold;
    o.images = std::int64_t(predictions.size());
    for (const Prediction& p : predictions) {
        if (p.confidence < threshold) // Labeler: `confidence < threshold` goes to _uncertain/
            continue;
        ++o.labelled;
        if (p.predicted == p.label)
            ++o.right;
    }
    return o;
}

std::vector<ThresholdOutcome> thresholdCurve(const std::vector<Prediction>& predictions)
{
    std::vector<ThresholdOutcome> curve;
    curve.reserve(101);
    for (int percent = 0; percent <= 100; ++percent)
        curve.push_back(thresholdOutcome(predictions, percent / 100.0));
    return curve;
}

int lowestThresholdPercentFor(const std::vector<ThresholdOutcome>& curve, double accuracy)
{
    for (const ThresholdOutcome& o : curve)
        if (o.labelled > 0 && o.accuracy() >= accuracy)
            return int(std::lround(o.threshold * 100));
    return -1;
}

std::vector<int> thresholdTableRows(const std::vector<ThresholdOutcome>& curve)
{
    std::set<int> rows{0};
    for (double share : {0.95, 0.9, 0.8, 0.7, 0.6, 0.5})
        for (int t = int(curve.size()) - 1; t > 0; --t)
            if (curve[std::size_t(t)].labelledShare() >= share) {
                rows.insert(t);
                break;
            }
    for (double accuracy : {0.95, 0.99})
        if (const int t = lowestThresholdPercentFor(curve, accuracy); t >= 0)
            rows.insert(t);
    return {rows.begin(), rows.end()};
}

std::string keptEvaluationPath(const std::string& runDir, const std::string& split)
{
    return (fs::path(runDir) / (names::kEvaluationPrefix + split + ".json")).string();
}

Prediction predictionOf(const Sample& sample, const float* probabilities, std::size_t classes, bool keepProbabilities)
{
    Prediction p;
    p.path = sample.path;
    p.label = sample.label;
    if (keepProbabilities)
        p.probabilities.assign(probabilities, probabilities + classes);
    p.predicted = int(std::max_element(probabilities, probabilities + classes) - probabilities);
    p.confidence = probabilities[p.predicted];
    return p;
}

void keepRunEvaluation(const std::string& runDir, const std::string& split, const EvaluationResult& result)
{
    if (result.predictions.empty())
        return;
    Json j = result.toJson(true);
    j["split"] = split;
    j["time"] = nowIso8601();
    writeFileAtomic(keptEvaluationPath(runDir, split), j.dump());
}

std::optional<KeptEvaluation> keptRunEvaluation(const std::string& runDir, const std::string& split)
{
    const fs::path file = keptEvaluationPath(runDir, split);
    std::error_code ec1, ec2;
    const auto kept = fs::last_write_time(file, ec1);
    const auto model = fs::last_write_time(fs::path(runDir) / names::kBestModel, ec2);
    if (ec1 || ec2 || kept < model) // none, or made before the model it would describe
        return std::nullopt;
    try {
        const Json j = Json::parse(readFile(file));
        return KeptEvaluation{EvaluationResult::fromJson(j), j.value("time", std::string())};
    } catch (const std::exception&) { // damaged: as if there were none (evaluating again rewrites it)
        return std::nullopt;
    }
}

std::optional<KeptEvaluation> keptEvaluationOfModel(const std::string& modelPath, std::string* split, std::string* runDir)
{
    const std::string dir = runFolderOfModel(modelPath);
    if (dir.empty())
        return std::nullopt;
    for (const char* which : {"test", "validation"})
        if (std::optional<KeptEvaluation> kept = keptRunEvaluation(dir, which)) {
            if (split)
                *split = which;
            if (runDir)
                *runDir = dir;
            return kept;
        }
    return std::nullopt;
}

EvaluationResult evaluate(const Classifier& classifier, const std::vector<Sample>& samplesIn, const ImageReader& reader,
                          const EvaluateParams& params, const ProgressCallback& progress, const CancelFlag* cancel)
{
    auto& impl = *classifier.impl();
    EvaluationResult result;
    result.classes = impl.classes;
    const std::size_t k = impl.classes.size();
    std::vector<std::vector<std::int64_t>> confusion(k, std::vector<std::int64_t>(k, 0));

    std::vector<Sample> samples;
    for (const auto& s : samplesIn) {
        if (s.label < 0 || std::size_t(s.label) >= k)
            throw Error(s.path + ": its class is not one the model knows");
        samples.push_back(s);
    }
    LoaderOptions options;
    options.batchSize = params.batchSize;
    options.threads = params.threads;
    options.preprocess = impl.preprocess;
    options.normalize = impl.normalizedInput;
    options.skipUnreadable = true;
    BatchLoader loader(samples, reader, options);
    loader.startEpoch(0, false);
    Progress p;
    p.stage = "Evaluating";
    p.total = std::int64_t(samples.size());
    RateMeter meter;
    double lossSum = 0;
    Batch batch;
    // Unreadable files (gone or damaged since the split) come back as the batch's failures.
    while (loader.next(batch, cancel)) {
        for (const auto& failure : batch.failures)
            result.failures.push_back(failure.second);
        if (!batch.indices.empty()) {
            const torch::Tensor logits = impl.logits(batch.images);
            const torch::Tensor probs = torch::softmax(logits, 1).to(torch::kCPU).contiguous();
            lossSum += torch::nn::functional::cross_entropy(logits.to(torch::kCPU), batch.labels).item<double>()
                * double(batch.labels.size(0));
            for (std::int64_t i = 0; i < probs.size(0); ++i) {
                Prediction pr = predictionOf(samples[batch.indices[std::size_t(i)]], probs.data_ptr<float>() + i * std::int64_t(k), k, true);
                ++confusion[std::size_t(pr.label)][std::size_t(pr.predicted)];
                result.predictions.push_back(std::move(pr));
            }
        }
        p.done = std::int64_t(result.predictions.size() + result.failures.size());
        if (progress) {
            meter.update(p);
            progress(p);
        }
    }
    const std::size_t evaluated = result.predictions.size();
    result.metrics = ClassificationMetrics::fromConfusion(confusion, evaluated ? lossSum / double(evaluated) : 0.0);
    return result;
}

} // namespace graft
