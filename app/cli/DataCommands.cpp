// models, inspect, predict
#include "CliSupport.h"
#include "Commands.h"
#include "WeightsResolve.h"

#include "app/core/Jobs.h"
#include "app/core/SampleDataset.h"
#include "core/Error.h"
#include "core/Text.h"
#include "imageio/DatasetChecker.h"
#include "imageio/ImageDecoder.h"
#include "label/Predict.h"
#include "models/Model.h"
#include "train/Classifier.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace graft::cli {

int cmdModels(const QStringList& args)
{
    CommandParser p(QStringLiteral("models"), QString(), QStringLiteral("List the architectures Graft can train."));
    if (!p.parse(args))
        return kOk;
    Output out(p.isSet(QStringLiteral("json")));
    if (out.json()) {
        for (const auto& a : architectures())
            out.event("model", Json{{"name", a.name}, {"display_name", a.displayName}, {"family", a.family},
                                    {"parameters", a.parameters}, {"gflops", a.gflops}, {"input_size", a.preprocess.cropSize},
                                    {"top1", a.top1}, {"top5", a.top5}, {"weights", a.weights.fileName},
                                    {"url", a.weights.url}});
        return kOk;
    }
    out.line(QStringLiteral("%1 %2 %3 %4 %5  %6")
                 .arg(QStringLiteral("NAME"), -20).arg(QStringLiteral("PARAMS"), 8).arg(QStringLiteral("GFLOPS"), 7)
                 .arg(QStringLiteral("INPUT"), 5).arg(QStringLiteral("TOP-1"), 6).arg(QStringLiteral("DESCRIPTION")));
    for (const auto& a : architectures())
        out.line(QStringLiteral("%1 %2 %3 %4 %5  %6")
                     .arg(QString::fromStdString(a.name), -20)
                     .arg(QString::fromStdString(humanCount(a.parameters)), 8)
                     .arg(a.gflops, 7, 'f', 2)
                     .arg(a.preprocess.cropSize, 5)
                     .arg(QString::number(a.top1, 'f', 1) + QLatin1Char('%'), 6)
                     .arg(QString::fromStdString(a.summary)));
    return kOk;
}

int cmdSample(const QStringList& args)
{
    CommandParser p(QStringLiteral("sample"), QStringLiteral("[FOLDER]"),
                    QStringLiteral("Make the sample dataset, to try Graft before preparing your own images: the first images of each "
                                   "of Fashion-MNIST's ten classes as PNG files, one folder per class, made from Debian's "
                                   "dataset-fashion-mnist package (nothing is downloaded). A folder that holds the sample already "
                                   "is left as it is. FOLDER defaults to the one the window uses."));
    p.add(QStringLiteral("per-class"), QStringLiteral("Images of each class"), QStringLiteral("N"), QStringLiteral("60"));
    if (!p.parse(args))
        return kOk;
    if (p.positional().size() > 2)
        throw UsageError("give one folder: graft-cli sample [FOLDER]");
    const int perClass = p.intValue(QStringLiteral("per-class"), 1, 6000);
    const QString folder = QFileInfo(p.positional().size() == 2 ? p.positional()[1] : app::defaultSampleFolder()).absoluteFilePath();
    Output out(p.isSet(QStringLiteral("json")));
    const int images = app::makeSampleDataset(folder, perClass);
    if (out.json()) {
        out.event("sample", Json{{"folder", folder.toStdString()}, {"images", images}, {"classes", 10}});
    } else {
        out.line(QStringLiteral("Sample dataset: %1 images in 10 classes at %2").arg(images).arg(folder));
        out.line(QStringLiteral("Next: graft-cli train %1 --out RUN_DIR").arg(folder));
    }
    return kOk;
}

int cmdInspect(const QStringList& args)
{
    CommandParser p(QStringLiteral("inspect"), QStringLiteral("DATASET..."),
                    QStringLiteral("Check a dataset (one sub-folder per class, or the class folders themselves): counts per class, bad files with "
                                   "reasons, duplicates and imbalance. Nothing is modified."));
    p.add(QStringLiteral("quick"), QStringLiteral("Check headers only (fast; finds fewer problems)"));
    p.add(QStringLiteral("max-megapixels"), QStringLiteral("Refuse images larger than this"), QStringLiteral("N"),
          QStringLiteral("100"));
    p.add(QStringLiteral("threads"), QStringLiteral("Threads for checking files (0 = all cores)"), QStringLiteral("N"),
          QStringLiteral("0"));
    if (!p.parse(args))
        return kOk;
    if (p.positional().size() < 2)
        throw UsageError("give the dataset folder: graft-cli inspect DATASET");
    Output out(p.isSet(QStringLiteral("json")));
    CheckParams params;
    for (const QString& root : p.positional().mid(1))
        params.roots.push_back(root.toStdString());
    params.decode = !p.isSet(QStringLiteral("quick"));
    params.maxPixels = std::int64_t(p.doubleValue(QStringLiteral("max-megapixels"), 0.01, 1e5) * 1e6);
    params.threads = p.intValue(QStringLiteral("threads"), 0, 1024);
    const DatasetReport report = checkDataset(params, [&](const Progress& pr) { out.progress(pr, QStringLiteral("files")); });
    out.endProgress();
    if (out.json())
        out.event("report", report.toJson());
    else
        std::fputs(report.toText().c_str(), stdout);
    return report.canTrain() ? kOk : kRuntimeError;
}

int cmdPredict(const QStringList& args)
{
    CommandParser p(QStringLiteral("predict"), QStringLiteral("MODEL IMAGE|FOLDER..."),
                    QStringLiteral("Classify images with a trained model (run folder, checkpoint or exported .pt), or "
                                   "with ImageNet weights: graft-cli predict --imagenet ARCH [--weights FILE] IMAGE... "
                                   "A folder stands for the images in it and its sub-folders. To sort a folder's "
                                   "images into class folders, or for a CSV, see 'graft-cli label'."));
    p.add(QStringLiteral("top-k"), QStringLiteral("How many classes to show"), QStringLiteral("N"), QStringLiteral("5"));
    p.add(QStringLiteral("imagenet"), QStringLiteral("Use an architecture with ImageNet weights"), QStringLiteral("ARCH"));
    p.add(QStringLiteral("weights"), QStringLiteral("ImageNet weights file for --imagenet (default: auto)"),
          QStringLiteral("FILE"), QStringLiteral("auto"));
    p.add(QStringLiteral("device"), QStringLiteral("auto, cpu or cuda"), QStringLiteral("DEVICE"), QStringLiteral("auto"));
    p.add(QStringLiteral("heatmap"),
          QStringLiteral("Also write where the model looks for its best guess (Grad-CAM: red where the evidence for "
                         "the class lies; the border it never sees darkened) as IMAGE-heatmap.png into DIR"),
          QStringLiteral("DIR"));
    p.add(QStringLiteral("heatmap-class"), QStringLiteral("With --heatmap: where the model sees this class instead"),
          QStringLiteral("CLASS"));
    if (!p.parse(args))
        return kOk;
    Output out(p.isSet(QStringLiteral("json")));
    QStringList positional = p.positional().mid(1);
    const int topK = p.intValue(QStringLiteral("top-k"), 1, 1000);
    const QString heatDir = p.value(QStringLiteral("heatmap"));
    const std::string heatClass = p.value(QStringLiteral("heatmap-class")).toStdString();
    if (!heatClass.empty() && heatDir.isEmpty())
        throw UsageError("--heatmap-class goes with --heatmap DIR");

    std::vector<std::string> classes;
    PreprocessSpec pre;
    std::function<std::vector<std::vector<float>>(const std::vector<Image>&)> run;
    ClassHeatMap explain;
    Classifier classifier;
    Model imagenet;
    if (p.isSet(QStringLiteral("imagenet"))) {
        if (positional.isEmpty())
            throw UsageError("give at least one image");
        const ArchitectureInfo& arch = architecture(p.value(QStringLiteral("imagenet")).toStdString());
        const QString weights = resolveWeights(arch, p.value(QStringLiteral("weights")), out);
        if (weights.isEmpty())
            throw Error("--imagenet needs weights; pass --weights FILE");
        imagenet = Model::create(arch.name);
        imagenet.loadWeights(weights.toStdString());
        QFile f(QStringLiteral(":/graft/data/imagenet_classes.txt"));
        f.open(QIODevice::ReadOnly);
        for (const QString& line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            classes.push_back(line.trimmed().toStdString());
        pre = arch.preprocess;
        explain = [&](const Image& crop, int classIndex) {
            std::vector<float> input(3 * std::size_t(pre.cropSize * pre.cropSize));
            toNormalizedChw(crop, pre.mean, pre.std, input.data());
            return imagenet.heatMap(input, pre.cropSize, classIndex);
        };
        run = [&](const std::vector<Image>& crops) {
            std::vector<float> input(crops.size() * 3 * std::size_t(pre.cropSize * pre.cropSize));
            for (std::size_t i = 0; i < crops.size(); ++i)
                toNormalizedChw(crops[i], pre.mean, pre.std, input.data() + i * 3 * std::size_t(pre.cropSize * pre.cropSize));
            const auto logits = imagenet.predictLogits(input, int(crops.size()), pre.cropSize);
            std::vector<std::vector<float>> probs(crops.size());
            for (std::size_t i = 0; i < crops.size(); ++i) {
                const float* row = logits.data() + i * 1000;
                const float mx = *std::max_element(row, row + 1000);
                float sum = 0;
                probs[i].resize(1000);
                for (int k = 0; k < 1000; ++k)
                    sum += (probs[i][std::size_t(k)] = std::exp(row[k] - mx));
                for (auto& v : probs[i])
                    v /= sum;
            }
            return probs;
        };
    } else {
        if (positional.size() < 2)
            throw UsageError("give a model and at least one image: graft-cli predict MODEL IMAGE|FOLDER...");
        classifier = Classifier::load(positional.takeFirst().toStdString(), deviceFromName(p.value(QStringLiteral("device")).toStdString()));
        classes = classifier.classes();
        pre = classifier.preprocess();
        run = [&](const std::vector<Image>& crops) { return classifier.probabilities(crops); };
        if (!heatDir.isEmpty())
            classifier.requireHeatMaps();
        explain = heatMapsOf(classifier);
    }
    int heatIndex = -1; // the class the heat maps show (-1: each image's best guess)
    if (!heatClass.empty()) {
        const auto it = std::find(classes.begin(), classes.end(), heatClass);
        if (it == classes.end()) {
            const std::string guess = closestName(heatClass, classes);
            throw UsageError("--heatmap-class: the model has no class '" + heatClass + "'; "
                             + (guess.empty() ? "its classes: " + listSome(classes) : "did you mean '" + guess + "'?"));
        }
        heatIndex = int(it - classes.begin());
    }
    makeHeatMapFolder(heatDir);
    // The class whose heat map a file gets: the one asked for, else its best guess.
    const auto heatClassOf = [&](const FilePrediction& f) { return heatIndex >= 0 ? heatIndex : int(f.top.front().first); };
    // Where the model looks for it in a file: the picture written to the heat map folder.
    const auto writeHeatMap = [&](const FilePrediction& f, Json* event) -> QString {
        const int shownClass = heatClassOf(f);
        const HeatMapPicture shown = heatMapPicture(f.path, app::fileImageReader(), pre, explain, shownClass);
        const fs::path file = uniquePath(heatDir.toStdString(), fs::path(f.path).stem().string() + "-heatmap.png");
        writeImage(shown.picture, file.string());
        if (event) {
            (*event)["heatmap"] = file.string();
            (*event)["heatmap_class"] = classes[std::size_t(shownClass)];
            (*event)["heatmap_layer"] = shown.map.layer;
            (*event)["heatmap_evidence"] = !shown.map.noEvidence();
        }
        return QString::fromStdString(file.string())
            + (shown.map.noEvidence() ? QStringLiteral(" (no place in the picture speaks for it: chosen because the "
                                                       "other classes scored lower still)")
                                      : QString());
    };
    int failures = 0;
    std::vector<std::string> given, emptyFolders;
    for (const QString& path : positional)
        given.push_back(path.toStdString());
    const std::vector<std::string> images = expandImagePaths(given, &emptyFolders);
    for (const std::string& folder : emptyFolders) {
        const std::string why = noImagesInFolderMessage(folder).text;
        if (out.json()) // one event a problem, with its path
            out.event("error", Json{{"path", folder}, {"message", why}});
        else
            out.warning(QString::fromStdString(why));
        ++failures;
    }
    PredictParams params;
    params.preprocess = pre;
    params.topK = topK;
    predictFiles(images, app::fileImageReader(), run, params, [&](std::vector<FilePrediction>& batch) {
        for (const FilePrediction& f : batch) {
            if (!f.error.empty()) {
                if (out.json())
                    out.event("error", Json{{"path", f.path}, {"message", f.error}});
                else
                    out.warning(QString::fromStdString(f.error));
                ++failures;
            } else if (out.json()) {
                Json top = Json::array();
                for (const auto& [label, score] : f.top)
                    top.push_back({{"label", classes[label]}, {"score", score}});
                Json event{{"path", f.path}, {"top", top}};
                if (!heatDir.isEmpty())
                    writeHeatMap(f, &event);
                out.event("prediction", event);
            } else {
                out.line(QString::fromStdString(f.path));
                for (const auto& [label, score] : f.top)
                    out.line(QStringLiteral("  %1  %2").arg(percent(score), 6).arg(QString::fromStdString(classes[label])));
                if (!heatDir.isEmpty())
                    out.line(QStringLiteral("  where it looks for %1: %2")
                                 .arg(QString::fromStdString(classes[std::size_t(heatClassOf(f))]),
                                      writeHeatMap(f, nullptr)));
            }
        }
    });
    return failures ? kRuntimeError : kOk;
}

} // namespace graft::cli
