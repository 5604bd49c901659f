// train, resume, evaluate, export
#include "CliSupport.h"
#include "Commands.h"
#include "WeightsResolve.h"

#include "app/core/Jobs.h"
#include "app/core/Project.h"
#include "core/Error.h"
#include "core/Files.h"
#include "core/Text.h"
#include "export/Exporter.h"
#include "imageio/DatasetChecker.h"
#include "imageio/ImageDecoder.h"
#include "label/Predict.h"
#include "report/EvaluationReport.h"
#include "train/Checkpoint.h"
#include "train/Classifier.h"
#include "train/Evaluator.h"
#include "train/RunAdvice.h"
#include "train/Trainer.h"

#include <QDateTime>
#include <QFileInfo>

#include <algorithm>
#include <filesystem>

#include <csignal>

namespace graft::cli {

namespace {

TrainControl* g_control = nullptr;

void onInterrupt(int)
{
    // First Ctrl-C: stop after the current batch (the run can be resumed). Second: quit now.
    if (g_control && !g_control->stopRequested()) {
        g_control->requestStop();
        return;
    }
    std::signal(SIGINT, SIG_DFL);
    std::raise(SIGINT);
}

struct InterruptGuard
{
    explicit InterruptGuard(TrainControl& control)
    {
        g_control = &control;
        std::signal(SIGINT, onInterrupt);
        std::signal(SIGTERM, onInterrupt);
    }
    ~InterruptGuard()
    {
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        g_control = nullptr;
    }
};

TrainEvents consoleEvents(Output& out)
{
    TrainEvents events;
    events.log = [&out](const LogMessage& line) { out.line(QString::fromStdString(line.text)); };
    events.batch = [&out](const BatchProgress& b) {
        Progress p;
        if (b.phase == "cache") {
            p.stage = "Computing frozen layers (feature cache)";
        } else if (b.phase == "validate") {
            return;
        } else {
            p.stage = "Epoch " + std::to_string(b.epoch) + "/" + std::to_string(b.epochs) + "  loss "
                + formatFixed(b.loss, 4) + "  acc " + formatFixed(100 * b.accuracy, 1) + "%";
        }
        p.done = b.batch;
        p.total = b.batches;
        p.itemsPerSecond = b.imagesPerSecond;
        p.etaSeconds = b.etaSeconds;
        if (out.json()) {
            static Throttle throttle(500);
            if (throttle.ready() || b.batch == b.batches)
                out.event("batch", Json{{"phase", b.phase}, {"epoch", b.epoch}, {"epochs", b.epochs}, {"batch", b.batch},
                                        {"batches", b.batches}, {"loss", b.loss}, {"accuracy", b.accuracy},
                                        {"learning_rate", b.learningRate}, {"images_per_second", b.imagesPerSecond},
                                        {"eta_seconds", b.etaSeconds}});
        } else {
            out.progress(p);
        }
    };
    events.epoch = [&out](const EpochMetrics& m) { out.event("epoch", m.toJson()); };
    return events;
}

int reportResult(const TrainResult& r, Output& out)
{
    const EpochMetrics* best = r.run.bestMetrics();
    out.event("result", Json{{"run_dir", r.run.dir}, {"status", r.run.status}, {"epochs", r.run.epochsCompleted()},
                             {"best_epoch", r.run.bestEpoch},
                             {"best_validation_accuracy", r.run.bestAccuracy()},
                             {"device", r.run.device}, {"feature_cache", r.run.usedFeatureCache}, {"seconds", r.seconds}});
    QString summary = QStringLiteral("Run %1: %2 after %3 in %4")
                          .arg(QString::fromStdString(r.run.dir), QString::fromStdString(r.run.status),
                               QString::fromStdString(countOf(r.run.epochsCompleted(), "epoch", "epochs")),
                               QString::fromStdString(humanDuration(r.seconds)));
    if (best && best->hasValidation)
        summary += QStringLiteral("; best validation accuracy %1 (epoch %2)").arg(percent(best->validation.accuracy)).arg(best->epoch);
    out.line(summary);
    const QString dir = QString::fromStdString(r.run.dir);
    if (r.stopped)
        out.line(QStringLiteral("Continue with: graft-cli resume %1").arg(dir));
    else if (best) // what to do with the model now
        out.line(QStringLiteral("Next: graft-cli evaluate %1 (per class, mistakes); graft-cli export %1 --format torchscript "
                                "--out model.pt; graft-cli label %1 FOLDER --out DIR")
                     .arg(dir));
    return kOk;
}

FreezePlan freezeFromOptions(const CommandParser& p, const ArchitectureInfo& arch, bool pretrained)
{
    auto expand = [&](const QString& list) {
        std::vector<std::string> out;
        for (const QString& item : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString t = item.trimmed();
            out.push_back(t == QLatin1String("head") ? arch.headNode : t.toStdString());
        }
        return out;
    };
    if (p.isSet(QStringLiteral("trainable-from"))) {
        if (p.isSet(QStringLiteral("freeze")) || p.isSet(QStringLiteral("unfreeze")))
            throw UsageError("--trainable-from cannot be combined with --freeze/--unfreeze");
        const Model m = Model::create(arch.name);
        return m.presetTrainableFrom(p.value(QStringLiteral("trainable-from")).toStdString());
    }
    if (!p.isSet(QStringLiteral("freeze")) && !p.isSet(QStringLiteral("unfreeze")))
        return pretrained ? headOnlyPlan(arch.headNode) : FreezePlan{};
    FreezePlan plan;
    const QString freeze = p.value(QStringLiteral("freeze"));
    if (freeze != QLatin1String("none"))
        for (const auto& pattern : expand(freeze))
            plan.rules.push_back({pattern == "backbone" ? "all" : pattern, false});
    if (freeze == QLatin1String("backbone"))
        plan.rules.push_back({arch.headNode, true});
    for (const auto& pattern : expand(p.value(QStringLiteral("unfreeze"))))
        plan.rules.push_back({pattern, true});
    // A pattern that names no layer is refused now, not after the weights were downloaded.
    Model::create(arch.name).applyFreeze(plan);
    return plan;
}

} // namespace

namespace {

// A learning rate in a few digits, as --lr takes it: 0.0023, 1e-07.
QString rateText(double rate) { return QString::number(rate, 'g', 2); }

void addTrainingOptions(CommandParser& p)
{
    p.add(QStringLiteral("model"), QStringLiteral("Architecture (see 'graft-cli models')"), QStringLiteral("NAME"), QStringLiteral("mobilenet_v2"));
    p.add(QStringLiteral("weights"), QStringLiteral("auto (ImageNet weights, downloaded once), none (from scratch) or a file"), QStringLiteral("auto|none|FILE"), QStringLiteral("auto"));
    p.add(QStringLiteral("freeze"), QStringLiteral("Layers to freeze: comma-separated node names or patterns, 'all', 'backbone', 'none'"), QStringLiteral("SPEC"));
    p.add(QStringLiteral("unfreeze"), QStringLiteral("Layers to train after --freeze (e.g. layer4,head)"), QStringLiteral("SPEC"));
    p.add(QStringLiteral("trainable-from"), QStringLiteral("Freeze everything before this layer, train it and everything after"), QStringLiteral("NODE"));
    p.add(QStringLiteral("hidden"), QStringLiteral("Hidden units in the new head (0 = one linear layer)"), QStringLiteral("N"), QStringLiteral("0"));
    p.add(QStringLiteral("dropout"), QStringLiteral("Dropout before the last layer of a head with hidden units"), QStringLiteral("P"), QStringLiteral("0.2"));
    p.add(QStringLiteral("epochs"), QStringLiteral("Passes over the training images"), QStringLiteral("N"), QStringLiteral("10"));
    p.add(QStringLiteral("batch-size"), QStringLiteral("Images per step"), QStringLiteral("N"), QStringLiteral("32"));
    p.add(QStringLiteral("optimizer"), QStringLiteral("sgd, adam or adamw"), QStringLiteral("NAME"), QStringLiteral("adam"));
    p.add(QStringLiteral("lr"), QStringLiteral("Learning rate of the head; 'find': search for one first (see 'graft-cli find-lr')"),
          QStringLiteral("X|find"), QStringLiteral("0.001"));
    p.add(QStringLiteral("backbone-lr-mult"), QStringLiteral("Learning rate of unfrozen backbone layers, as a multiple of --lr"), QStringLiteral("X"), QStringLiteral("0.1"));
    p.add(QStringLiteral("momentum"), QStringLiteral("SGD momentum"), QStringLiteral("X"), QStringLiteral("0.9"));
    p.add(QStringLiteral("nesterov"), QStringLiteral("Nesterov momentum (SGD)"));
    p.add(QStringLiteral("weight-decay"), QStringLiteral("L2 weight decay"), QStringLiteral("X"), QStringLiteral("0.0001"));
    p.add(QStringLiteral("schedule"), QStringLiteral("constant, step, cosine or onecycle"), QStringLiteral("NAME"), QStringLiteral("cosine"));
    p.add(QStringLiteral("warmup"), QStringLiteral("Linear warm-up in epochs"), QStringLiteral("EPOCHS"), QStringLiteral("0"));
    p.add(QStringLiteral("step-epochs"), QStringLiteral("Step schedule: epochs between drops"), QStringLiteral("N"), QStringLiteral("5"));
    p.add(QStringLiteral("step-gamma"), QStringLiteral("Step schedule: factor at each drop"), QStringLiteral("X"), QStringLiteral("0.1"));
    p.add(QStringLiteral("label-smoothing"), QStringLiteral("Label smoothing"), QStringLiteral("X"), QStringLiteral("0"));
    p.add(QStringLiteral("class-weights"), QStringLiteral("Weight the loss by inverse class frequency (imbalanced data)"));
    p.add(QStringLiteral("early-stop"), QStringLiteral("Stop after N epochs without improvement (0 = off)"), QStringLiteral("N"), QStringLiteral("0"));
    p.add(QStringLiteral("monitor"), QStringLiteral("val_accuracy or val_loss, for the best model and early stopping"), QStringLiteral("METRIC"), QStringLiteral("val_accuracy"));
    p.add(QStringLiteral("augment"), QStringLiteral("auto (off when only the head trains), on or off"), QStringLiteral("MODE"), QStringLiteral("auto"));
    p.add(QStringLiteral("no-flip"), QStringLiteral("No random horizontal flips"));
    p.add(QStringLiteral("no-random-crop"), QStringLiteral("No random resized crops"));
    p.add(QStringLiteral("rotate"), QStringLiteral("Random rotation up to this many degrees"), QStringLiteral("DEG"), QStringLiteral("0"));
    p.add(QStringLiteral("color-jitter"), QStringLiteral("Random brightness/contrast/saturation strength"), QStringLiteral("X"), QStringLiteral("0"));
    p.add(QStringLiteral("input-size"), QStringLiteral("Network input size (default: the model's)"), QStringLiteral("PIXELS"));
    p.add(QStringLiteral("val-fraction"), QStringLiteral("Fraction of each class for validation"), QStringLiteral("X"), QStringLiteral("0.2"));
    p.add(QStringLiteral("test-fraction"), QStringLiteral("Fraction of each class kept for a final test"), QStringLiteral("X"), QStringLiteral("0"));
    p.add(QStringLiteral("val-dir"), QStringLiteral("Separate validation folder (same class folders)"), QStringLiteral("DIR"));
    p.add(QStringLiteral("exclude-classes"), QStringLiteral("Classes to leave out of training (comma-separated), as the window's 'Leave out of training'"),
          QStringLiteral("NAMES"));
    p.add(QStringLiteral("seed"), QStringLiteral("Random seed (split, initialisation, order)"), QStringLiteral("N"), QStringLiteral("42"));
    p.add(QStringLiteral("device"), QStringLiteral("auto, cpu or cuda"), QStringLiteral("DEVICE"), QStringLiteral("auto"));
    p.add(QStringLiteral("threads"), QStringLiteral("CPU threads (0 = all cores)"), QStringLiteral("N"), QStringLiteral("0"));
    p.add(QStringLiteral("no-feature-cache"), QStringLiteral("Recompute frozen layers every epoch"));
    p.add(QStringLiteral("feature-cache-mb"), QStringLiteral("Memory for the feature cache before it goes to disk"), QStringLiteral("MB"), QStringLiteral("2048"));
    p.add(QStringLiteral("offline"), QStringLiteral("Never download weights"));
}

struct PreparedTraining
{
    TrainConfig config;
    DatasetSplit split;
    const ArchitectureInfo* arch = nullptr;
    bool findRate = false; // --lr find
};

// A training's configuration and split from the options of addTrainingOptions and the datasets:
// the weights resolved (downloaded when needed), the images checked and split, and what was found
// said. `beforeWeights` runs once the folders are known to be there, before any download.
PreparedTraining prepareTraining(const CommandParser& p, const QStringList& datasets, Output& out,
                                 const std::function<void()>& beforeWeights)
{
    // Option values that name nothing (a model, an optimizer, ...) are usage errors.
    const auto usage = [](const auto& fn) {
        try {
            return fn();
        } catch (const Error& e) {
            throw UsageError(e.what());
        }
    };
    const ArchitectureInfo& arch = *usage([&] { return &architecture(p.value(QStringLiteral("model")).toStdString()); });
    PreparedTraining prepared{TrainConfig::forArchitecture(arch.name), {}, &arch};
    TrainConfig& c = prepared.config;
    const QString weightsSpec = p.value(QStringLiteral("weights"));
    SplitSpec spec;
    usage([&] {
        c.head.hidden = p.intValue(QStringLiteral("hidden"), 0, 100000);
        c.head.dropout = p.doubleValue(QStringLiteral("dropout"), 0, 0.99);
        c.epochs = p.intValue(QStringLiteral("epochs"), 1, 100000);
        c.batchSize = p.intValue(QStringLiteral("batch-size"), 1, 100000);
        c.optimizer = optimizerFromName(p.value(QStringLiteral("optimizer")).toStdString());
        if (p.value(QStringLiteral("lr")) == QLatin1String("find"))
            prepared.findRate = true; // the search decides; the rate searched is relative to none
        else
            c.learningRate = p.doubleValue(QStringLiteral("lr"), 1e-12, 100);
        c.backboneLrMultiplier = p.doubleValue(QStringLiteral("backbone-lr-mult"), 0, 100);
        c.momentum = p.doubleValue(QStringLiteral("momentum"), 0, 0.9999);
        c.nesterov = p.isSet(QStringLiteral("nesterov"));
        c.weightDecay = p.doubleValue(QStringLiteral("weight-decay"), 0, 1);
        c.schedule = scheduleFromName(p.value(QStringLiteral("schedule")).toStdString());
        c.warmupEpochs = p.doubleValue(QStringLiteral("warmup"), 0, 1000);
        c.stepEpochs = p.intValue(QStringLiteral("step-epochs"), 1, 100000);
        c.stepGamma = p.doubleValue(QStringLiteral("step-gamma"), 0, 1);
        c.labelSmoothing = p.doubleValue(QStringLiteral("label-smoothing"), 0, 0.99);
        c.classWeights = p.isSet(QStringLiteral("class-weights"));
        c.earlyStopPatience = p.intValue(QStringLiteral("early-stop"), 0, 100000);
        c.monitor = monitorFromName(p.value(QStringLiteral("monitor")).toStdString());
        c.seed = std::uint64_t(p.intValue(QStringLiteral("seed"), 0, 2147483647));
        c.device = deviceFromName(p.value(QStringLiteral("device")).toStdString());
        c.threads = p.intValue(QStringLiteral("threads"), 0, 1024);
        c.featureCache = !p.isSet(QStringLiteral("no-feature-cache"));
        c.featureCacheMemoryMB = p.intValue(QStringLiteral("feature-cache-mb"), 0, 1 << 30);
        if (p.isSet(QStringLiteral("input-size"))) {
            const int size = p.intValue(QStringLiteral("input-size"), arch.minInputSize, 2048);
            c.preprocess.resizeSize = int(std::lround(double(size) * c.preprocess.resizeSize / c.preprocess.cropSize));
            c.preprocess.cropSize = size;
        }
        c.augment.horizontalFlip = !p.isSet(QStringLiteral("no-flip"));
        c.augment.randomResizedCrop = !p.isSet(QStringLiteral("no-random-crop"));
        c.augment.rotationDegrees = p.doubleValue(QStringLiteral("rotate"), 0, 180);
        const double jitter = p.doubleValue(QStringLiteral("color-jitter"), 0, 1);
        c.augment.brightness = c.augment.contrast = c.augment.saturation = jitter;

        c.freeze = freezeFromOptions(p, arch, weightsSpec != QLatin1String("none"));
        const QString augment = p.value(QStringLiteral("augment"));
        if (augment == QLatin1String("auto"))
            c.augment.enabled = !(c.freeze == headOnlyPlan(arch.headNode));
        else if (augment == QLatin1String("on") || augment == QLatin1String("off"))
            c.augment.enabled = augment == QLatin1String("on");
        else
            throw UsageError("--augment takes auto, on or off");

        spec.validationFraction = p.doubleValue(QStringLiteral("val-fraction"), 0, 0.95);
        spec.testFraction = p.doubleValue(QStringLiteral("test-fraction"), 0, 0.95);
        spec.seed = c.seed;
        if (p.isSet(QStringLiteral("val-dir")))
            spec.validationRoots = {QFileInfo(p.value(QStringLiteral("val-dir"))).absoluteFilePath().toStdString()};

        return 0;
    });
    // Mistakes found at once come before the weights' download: folders that are not there, a
    // run folder in use. Then the weights: a download problem should show before minutes of
    // checking images.
    for (const QString& d : datasets)
        requireDatasetFolder(std::filesystem::absolute(d.toStdString()));
    for (const std::string& d : spec.validationRoots)
        requireDatasetFolder(d);
    if (beforeWeights)
        beforeWeights();
    c.weights = resolveWeights(arch, weightsSpec, out, !p.isSet(QStringLiteral("offline"))).toStdString();

    CheckParams check;
    for (const QString& d : datasets)
        check.roots.push_back(d.toStdString());
    const DatasetReport report = checkDataset(check, [&](const Progress& pr) { out.progress(pr, QStringLiteral("files")); });
    out.endProgress();
    out.line(QStringLiteral("Dataset: %1 classes, %2 images").arg(report.classes.size()).arg(report.usable.size()));
    // Small pictures enlarged many times: the input size's cost grows with its square (as the window says).
    if (const ImageSizeStats& sizes = report.imageSizes; sizes.muchSmallerThan(c.preprocess.cropSize)
                                                         && c.preprocess.cropSize / 2 >= arch.minInputSize)
        out.line(QStringLiteral("Note: the images are %1 px, enlarged %2x to %3 px; --input-size %4 trains about 4x faster, "
                                "at some cost in accuracy")
                     .arg(QString::fromStdString(sizes.typical())).arg(sizes.enlargement(c.preprocess.cropSize), 0, 'g', 2)
                     .arg(c.preprocess.cropSize).arg(c.preprocess.cropSize / 2));
    for (const auto& problem : report.problems)
        out.warning(QStringLiteral("skipped %1").arg(QString::fromStdString(problem.reason)));
    for (const auto& w : report.warnings)
        out.warning(QString::fromStdString(w));
    if (!report.canTrain())
        throw Error("cannot train on " + join(report.index.roots, ", ") + ": " + join(report.errors, "; "));

    // The classes that train: those with images, less the ones left out.
    std::vector<std::string> leftOut;
    for (const QString& name : p.value(QStringLiteral("exclude-classes")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        leftOut.push_back(name.trimmed().toStdString());
        if (report.index.classIndex(leftOut.back()) < 0)
            throw UsageError("--exclude-classes: no class '" + leftOut.back() + "' in the dataset (its classes: "
                             + listSome(report.index.classes) + ")");
    }
    const std::vector<std::string> classes = report.trainingClasses(leftOut);
    if (classes.size() < 2)
        throw Error("at least two classes with images are needed for training; " + std::to_string(classes.size())
                    + (classes.size() == 1 ? " is" : " are") + " left");
    DatasetSplit& split = prepared.split;
    if (spec.validationRoots.empty()) {
        split = splitDataset(report, classes, spec);
    } else {
        const DatasetReport validation = checkValidationFolders(spec, report.index.classes);
        for (const auto& problem : validation.problems)
            out.warning(QStringLiteral("skipped %1").arg(QString::fromStdString(problem.reason)));
        if (const std::string leak = sharedImagesWarning(sharedImages(validation, report)); !leak.empty())
            out.warning(QString::fromStdString(leak));
        split = splitDataset(report, classes, spec, &validation);
    }
    out.line(QStringLiteral("Split: %1 training, %2 validation, %3 test images")
                 .arg(split.train.size()).arg(split.validation.size()).arg(split.test.size()));
    // What is frozen follows in the run's log, with the parameter counts.
    out.line(QStringLiteral("Training %1; augmentation %2")
                 .arg(QString::fromStdString(arch.displayName), c.augment.enabled ? QStringLiteral("on") : QStringLiteral("off")));

    return prepared;
}

// find-lr's --min-lr, --max-lr and --steps (train --lr find searches with the defaults).
LearningRateSearch searchFromOptions(const CommandParser& p)
{
    LearningRateSearch search;
    search.minRate = p.doubleValue(QStringLiteral("min-lr"), 1e-12, 100);
    search.maxRate = p.doubleValue(QStringLiteral("max-lr"), 1e-12, 1e6);
    search.steps = p.intValue(QStringLiteral("steps"), 10, 100000);
    if (!(search.maxRate > search.minRate))
        throw UsageError("--max-lr must be above --min-lr");
    return search;
}

// The learning-rate range test with progress, Ctrl-C to stop (keeping the points so far), and
// what it found: a row a decade, the suggestion.
LearningRateFinding searchLearningRate(const PreparedTraining& t, const LearningRateSearch& search, Output& out)
{
    out.line(QStringLiteral("Searching for a learning rate: %1 batches, the rate rising from %2 to %3 (%4)")
                 .arg(search.steps).arg(search.minRate, 0, 'g', 3).arg(search.maxRate, 0, 'g', 3)
                 .arg(QString::fromStdString(optimizerName(t.config.optimizer))));
    TrainControl control;
    InterruptGuard guard(control);
    LearningRateEvents events;
    events.log = [&out](const LogMessage& line) { out.line(QString::fromStdString(line.text)); };
    events.cache = [&out](const BatchProgress& b) {
        Progress p;
        p.stage = "Computing frozen layers (feature cache)";
        p.done = b.batch;
        p.total = b.batches;
        p.itemsPerSecond = b.imagesPerSecond;
        p.etaSeconds = b.etaSeconds;
        out.progress(p);
    };
    events.point = [&out](const LearningRatePoint& point, int step, int steps) {
        Progress p;
        p.stage = "Learning rate " + rateText(point.learningRate).toStdString() + "  loss " + formatFixed(point.loss, 4);
        p.done = step;
        p.total = steps;
        out.progress(p, QStringLiteral("batches"));
    };
    const LearningRateFinding f = findLearningRate(t.config, t.split, app::fileImageReader(), search, events, control);
    out.endProgress();
    Json points = Json::array();
    for (const LearningRatePoint& point : f.points)
        points.push_back({{"learning_rate", point.learningRate}, {"loss", point.loss}, {"batch_loss", point.batchLoss}});
    out.event("learning_rate_search", Json{{"points", points}, {"suggested", f.suggested}, {"lowest_loss", f.lowestLoss},
                                          {"diverged", f.diverged}, {"stopped", f.stopped}, {"device", f.device},
                                          {"seconds", f.seconds}});
    if (!out.json() && !f.points.empty()) {
        out.line(QStringLiteral("  learning rate   loss (smoothed)"));
        // A row at each power of ten passed, and the last point.
        double nextDecade = 0;
        for (std::size_t i = 0; i < f.points.size(); ++i) {
            const LearningRatePoint& point = f.points[i];
            if (i + 1 < f.points.size() && point.learningRate < nextDecade * (1 - 1e-9))
                continue;
            out.line(QStringLiteral("  %1   %2").arg(rateText(point.learningRate), -13)
                         .arg(point.loss, 0, 'f', 4));
            nextDecade = std::pow(10.0, std::floor(std::log10(point.learningRate) + 1e-9) + 1);
        }
    }
    QString how = f.stopped ? QStringLiteral("Stopped after %1 batches").arg(f.points.size())
                            : QStringLiteral("%1 batches in %2").arg(f.points.size()).arg(QString::fromStdString(humanDuration(f.seconds)));
    if (f.diverged && !f.points.empty())
        how += QStringLiteral("; the loss took off at %1").arg(rateText(f.points.back().learningRate));
    if (!f.points.empty())
        how += QStringLiteral("; lowest loss at %1").arg(rateText(f.lowestLoss));
    out.line(how);
    return f;
}

} // namespace

int cmdTrain(const QStringList& args)
{
    CommandParser p(QStringLiteral("train"), QStringLiteral("DATASET... --model NAME --out RUN_DIR"),
                    QStringLiteral("Train a classifier on a dataset with one sub-folder per class (or on the class folders "
                                   "themselves: train cats dogs ...). By default a "
                                   "pretrained model trains only its new head (freeze the backbone) and a model "
                                   "from scratch trains everything. At the end it says what the curves show, when "
                                   "they show something clear (a learning rate too high, overfitting, still "
                                   "improving ...), and what to try."));
    p.add(QStringLiteral("out"), QStringLiteral("Run folder to create"), QStringLiteral("RUN_DIR"));
    addTrainingOptions(p);
    if (!p.parse(args))
        return kOk;
    Output out(p.isSet(QStringLiteral("json")));
    const QStringList datasets = p.positional().mid(1);
    if (datasets.isEmpty())
        throw UsageError("give the dataset folder: graft-cli train DATASET --model NAME --out RUN_DIR");
    if (!p.isSet(QStringLiteral("out")))
        throw UsageError("give the run folder to create with --out RUN_DIR");
    const std::string runDir = p.value(QStringLiteral("out")).toStdString();
    PreparedTraining t = prepareTraining(p, datasets, out, [&runDir] { RunInfo::requireNone(runDir); });
    if (t.findRate) {
        const LearningRateFinding f = searchLearningRate(t, LearningRateSearch{}, out);
        if (f.stopped)
            return kOk;
        if (f.suggested <= 0)
            throw Error("the learning-rate search found no rate to suggest (too few batches before the loss took off); "
                        "give one with --lr");
        t.config.learningRate = f.suggested;
        out.line(QStringLiteral("Training with the learning rate found: %1").arg(rateText(f.suggested)));
    }

    TrainControl control;
    InterruptGuard guard(control);
    const TrainResult result = train(TrainJob{runDir, t.config, t.split, app::fileImageReader()},
                                     consoleEvents(out), control);
    out.endProgress();
    return reportResult(result, out);
}

int cmdFindLearningRate(const QStringList& args)
{
    CommandParser p(QStringLiteral("find-lr"), QStringLiteral("DATASET... --model NAME"),
                    QStringLiteral("Search for a learning rate for a training (the range test): the model trains on the "
                                   "training images for a number of batches while the learning rate rises from --min-lr "
                                   "to --max-lr; the loss falls, then takes off. The rate suggested lies where it fell "
                                   "fastest (fastai's 'valley'). Takes the options of 'train' (the same model, freezing, "
                                   "optimizer, batch size and augmentation as the training it is for); nothing is kept. "
                                   "'train --lr find' searches, then trains with the rate found."));
    addTrainingOptions(p);
    p.add(QStringLiteral("min-lr"), QStringLiteral("Learning rate of the first batch"), QStringLiteral("X"), QStringLiteral("1e-7"));
    p.add(QStringLiteral("max-lr"), QStringLiteral("Learning rate of the last batch"), QStringLiteral("X"), QStringLiteral("10"));
    p.add(QStringLiteral("steps"), QStringLiteral("Batches to train (the search ends early once the loss has grown to 4x its lowest)"),
          QStringLiteral("N"), QStringLiteral("100"));
    if (!p.parse(args))
        return kOk;
    Output out(p.isSet(QStringLiteral("json")));
    const QStringList datasets = p.positional().mid(1);
    if (datasets.isEmpty())
        throw UsageError("give the dataset folder: graft-cli find-lr DATASET --model NAME");
    const LearningRateSearch search = searchFromOptions(p);
    const PreparedTraining t = prepareTraining(p, datasets, out, {});
    const LearningRateFinding f = searchLearningRate(t, search, out);
    if (f.suggested > 0) {
        const QString rate = rateText(f.suggested);
        out.line(QStringLiteral("Suggested learning rate: %1").arg(rate));
        out.line(QStringLiteral("Train with it: graft-cli train %1 --lr %2 ... (the same options), or --lr find")
                     .arg(datasets.join(QLatin1Char(' ')), rate));
    } else if (!f.stopped) {
        out.line(QStringLiteral("No rate to suggest: the loss took off within the first batches; lower --min-lr or raise --steps"));
    }
    return kOk;
}

namespace {
// Where a run finds its images now: the project's moves (Evaluate: Move to class) and dataset
// folders, and a dataset folder moved or renamed since the run began.
void addRunDataOptions(CommandParser& p, const QString& asTheWindow)
{
    p.add(QStringLiteral("project"), QStringLiteral("Follow the images moved to another class in this project's window "
                                                    "(Evaluate: Move to class), and look for the run's images in the "
                                                    "project's dataset folders, %1").arg(asTheWindow),
          QStringLiteral("PROJECT.graft"));
    p.add(QStringLiteral("moved-dataset"), QStringLiteral("Where the run's dataset folder is now, when it was moved or "
                                                          "renamed since the run began (repeat for several folders)"),
          QStringLiteral("DIR"));
}

void runDataOptions(const CommandParser& p, std::vector<std::string>& roots, std::vector<MovedImage>& moved)
{
    for (const QString& dir : p.values(QStringLiteral("moved-dataset"))) {
        if (!QFileInfo(dir).isDir())
            throw UsageError(dir.toStdString() + ": no such folder (--moved-dataset takes the dataset's folder as it is now)");
        roots.push_back(QFileInfo(dir).absoluteFilePath().toStdString());
    }
    if (p.isSet(QStringLiteral("project"))) {
        const app::Project project = app::Project::load(p.value(QStringLiteral("project")));
        moved = project.movedImages();
        for (std::string& root : project.datasetFolders())
            roots.push_back(std::move(root));
    }
}
} // namespace

int cmdResume(const QStringList& args)
{
    CommandParser p(QStringLiteral("resume"), QStringLiteral("RUN_DIR"),
                    QStringLiteral("Continue a run from its last checkpoint (after a stop, a crash or kill -9), or "
                                   "train a finished run further with --epochs."));
    p.add(QStringLiteral("epochs"), QStringLiteral("Train up to this many epochs in total"), QStringLiteral("N"));
    p.add(QStringLiteral("device"), QStringLiteral("auto, cpu or cuda (default: as the run was started)"), QStringLiteral("DEVICE"));
    p.add(QStringLiteral("threads"), QStringLiteral("CPU threads (0 = all cores)"), QStringLiteral("N"));
    addRunDataOptions(p, QStringLiteral("as the window's Continue does"));
    if (!p.parse(args))
        return kOk;
    Output out(p.isSet(QStringLiteral("json")));
    if (p.positional().size() != 2)
        throw UsageError("give the run folder: graft-cli resume RUN_DIR");
    ResumeOptions options;
    runDataOptions(p, options.datasetRoots, options.moved);
    if (p.isSet(QStringLiteral("epochs")))
        options.epochs = p.intValue(QStringLiteral("epochs"), 1, 100000);
    if (p.isSet(QStringLiteral("device")))
        options.deviceOverride = int(deviceFromName(p.value(QStringLiteral("device")).toStdString()));
    if (p.isSet(QStringLiteral("threads")))
        options.threads = p.intValue(QStringLiteral("threads"), 0, 1024);
    TrainControl control;
    InterruptGuard guard(control);
    const TrainResult result = resumeTraining(p.positional()[1].toStdString(), app::fileImageReader(), consoleEvents(out),
                                              control, options);
    out.endProgress();
    return reportResult(result, out);
}

namespace {
// A run's time (ISO 8601, UTC, as run.json keeps it) in the user's time zone, to the minute.
QString localTime(const std::string& iso)
{
    const QDateTime t = QDateTime::fromString(QString::fromStdString(iso), Qt::ISODate);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString::fromStdString(iso);
}
} // namespace

int cmdRuns(const QStringList& args)
{
    CommandParser p(QStringLiteral("runs"), QStringLiteral("FOLDER|PROJECT.graft..."),
                    QStringLiteral("List training runs with their state: a run folder, the run folders inside a folder "
                                   "(a project's NAME-runs, or where 'train --out' put them), or a project's runs. A run "
                                   "whose program ended while it trained is 'interrupted': continue it with resume."));
    if (!p.parse(args))
        return kOk;
    Output out(p.isSet(QStringLiteral("json")));
    const QStringList pos = p.positional().mid(1);
    if (pos.isEmpty())
        throw UsageError("give a folder of runs or a project: graft-cli runs FOLDER|PROJECT.graft");
    std::vector<std::string> dirs;
    for (const QString& arg : pos) {
        const QFileInfo info(arg);
        if (!info.exists())
            throw Error(arg.toStdString() + ": not found; give a run folder, a folder of runs or a .graft project");
        std::vector<std::string> found;
        if (info.isFile()) {
            for (const auto& r : app::Project::load(arg).runs)
                found.push_back(r.dir.toStdString());
        } else {
            found = findRunFolders(arg.toStdString());
        }
        if (found.empty())
            out.warning(QStringLiteral("%1: no runs there (a run folder holds run.json)").arg(arg));
        dirs.insert(dirs.end(), found.begin(), found.end());
    }
    if (dirs.empty())
        throw Error("no runs found");
    if (!out.json())
        out.line(QStringLiteral("%1 %2 %3 %4 %5  %6").arg(QStringLiteral("RUN"), -40).arg(QStringLiteral("MODEL"), -18)
                     .arg(QStringLiteral("STATE"), -13).arg(QStringLiteral("EPOCHS"), 7).arg(QStringLiteral("BEST"), 6)
                     .arg(QStringLiteral("UPDATED")));
    for (const std::string& dir : dirs) {
        RunInfo run;
        try {
            run = RunInfo::load(dir);
        } catch (const Error& e) {
            out.warning(QString::fromUtf8(e.what()));
            continue;
        }
        const double bestAccuracy = run.bestAccuracy();
        const std::string state = run.state();
        if (out.json()) {
            Json j{{"dir", run.dir}, {"architecture", run.config.architecture}, {"state", state}, {"status", run.status},
                   {"epochs_completed", run.epochsCompleted()}, {"epochs", run.config.epochs}, {"created", run.created},
                   {"updated", run.updated}, {"message", run.message}};
            if (bestAccuracy >= 0)
                j["best_accuracy"] = bestAccuracy;
            out.event("run", j);
            continue;
        }
        out.line(QStringLiteral("%1 %2 %3 %4 %5  %6").arg(QString::fromStdString(dir), -40)
                     .arg(QString::fromStdString(run.config.architecture), -18).arg(QString::fromStdString(state), -13)
                     .arg(QStringLiteral("%1/%2").arg(run.epochsCompleted()).arg(run.config.epochs), 7)
                     .arg(bestAccuracy >= 0 ? percent(bestAccuracy) : QStringLiteral("—"), 6)
                     .arg(localTime(run.updated)));
        if (state == "interrupted")
            out.line(QStringLiteral("    continue it with: graft-cli resume %1").arg(QString::fromStdString(dir)));
        if (state == "failed" && !run.message.empty()) // why, in its first line (the whole of it: --json)
            out.line(QStringLiteral("    failed: %1").arg(QString::fromStdString(run.message).section(QLatin1Char('\n'), 0, 0)));
    }
    return kOk;
}

int cmdEvaluate(const QStringList& args)
{
    CommandParser p(QStringLiteral("evaluate"), QStringLiteral("RUN_DIR|MODEL [DATASET...]"),
                    QStringLiteral("Accuracy, per-class precision/recall/F1 and the confusion matrix of a trained "
                                   "model: on its run's validation (or test) images, or on a labelled dataset. Images "
                                   "that cannot be read (gone or damaged) are listed and left out; the exit code is then 1."));
    p.add(QStringLiteral("split"), QStringLiteral("validation, test or train images of the run"), QStringLiteral("NAME"), QStringLiteral("validation"));
    p.add(QStringLiteral("predictions"), QStringLiteral("Write every prediction to this CSV file"), QStringLiteral("FILE"));
    p.add(QStringLiteral("mistakes"), QStringLiteral("List the N images the model got wrong most confidently, the likeliest "
                                                     "to be mislabelled (0: every mistake)"), QStringLiteral("N"));
    p.add(QStringLiteral("heatmaps"),
          QStringLiteral("For each mistake listed (--mistakes, else the 10 most confident), write where the model found "
                         "its guess and the true class, on one scale (Grad-CAM), as IMAGE-guess-CLASS.png and "
                         "IMAGE-true-CLASS.png into DIR"),
          QStringLiteral("DIR"));
    p.add(QStringLiteral("report"),
          QStringLiteral("Write the evaluation as one HTML page to keep or send: what the model is and what its "
                         "curves said, metrics, per-class table, confusion matrix, what a labelling threshold does, "
                         "and the mistakes (--mistakes, else the 24 most confident) with their pictures and where "
                         "the model looks in them"),
          QStringLiteral("FILE"));
    p.add(QStringLiteral("device"), QStringLiteral("auto, cpu or cuda"), QStringLiteral("DEVICE"), QStringLiteral("auto"));
    addRunDataOptions(p, QStringLiteral("as the window's Evaluate step does (a run folder only)"));
    if (!p.parse(args))
        return kOk;
    Output out(p.isSet(QStringLiteral("json")));
    const QString heatDir = p.value(QStringLiteral("heatmaps"));
    const bool listMistakes = p.isSet(QStringLiteral("mistakes")) || !heatDir.isEmpty();
    const int mistakesShown = p.isSet(QStringLiteral("mistakes")) ? p.intValue(QStringLiteral("mistakes"), 0, 1000000000)
                                                                  : listMistakes ? 10 : 0;
    const QStringList pos = p.positional().mid(1);
    if (pos.isEmpty())
        throw UsageError("give a run folder or model: graft-cli evaluate RUN_DIR [DATASET]");
    const Classifier classifier = Classifier::load(pos[0].toStdString(), deviceFromName(p.value(QStringLiteral("device")).toStdString()));
    if (!heatDir.isEmpty())
        classifier.requireHeatMaps();
    makeHeatMapFolder(heatDir);
    std::vector<Sample> samples;
    if (pos.size() > 1) {
        CheckParams check;
        for (const QString& d : pos.mid(1))
            check.roots.push_back(d.toStdString());
        LabelledImages images = labelledImagesFor(check, classifier.classes(),
                                                  [&](const Progress& pr) { out.progress(pr, QStringLiteral("files")); });
        out.endProgress();
        for (const auto& problem : images.report.problems)
            out.warning(QStringLiteral("skipped %1").arg(QString::fromStdString(problem.reason)));
        if (!images.unknownClasses.empty())
            out.warning(QStringLiteral("classes the model does not know were left out: %1")
                            .arg(QString::fromStdString(listSome(images.unknownClasses))));
        samples = std::move(images.samples);
    } else {
        if (!QFileInfo(pos[0]).isDir())
            throw UsageError("evaluating a model file needs a labelled dataset: graft-cli evaluate MODEL DATASET");
        std::vector<std::string> roots;
        std::vector<MovedImage> moved;
        runDataOptions(p, roots, moved);
        std::vector<LogMessage> notes;
        const DatasetSplit split = currentRunSplit(pos[0].toStdString(), roots, moved, &notes);
        for (const LogMessage& note : notes)
            out.line(QString::fromStdString(note.text));
        const QString which = p.value(QStringLiteral("split"));
        samples = which == QLatin1String("test") ? split.test : which == QLatin1String("train") ? split.train : split.validation;
        if (which != QLatin1String("test") && which != QLatin1String("train") && which != QLatin1String("validation"))
            throw UsageError("--split takes validation, test or train");
        if (samples.empty())
            throw Error("the run has no " + which.toStdString() + " images");
        if (const auto missing = missingFiles(samples); mostlyMissing(missing.size(), samples.size()))
            out.warning(QStringLiteral("%1 of the %2 images are not where the run found them (such as %3): if the "
                                       "dataset's folder was moved or renamed, give its new place with --moved-dataset DIR")
                            .arg(missing.size()).arg(samples.size()).arg(QString::fromStdString(missing.front())));
    }
    const EvaluationResult r = evaluate(classifier, samples, app::fileImageReader(), {},
                                        [&](const Progress& pr) { out.progress(pr); });
    out.endProgress();
    const QString split = p.value(QStringLiteral("split"));
    if (pos.size() == 1 && split != QLatin1String("train")) {
        try { // the window shows it when the run is chosen on its Evaluate step
            keepRunEvaluation(pos[0].toStdString(), split.toStdString(), r);
        } catch (const Error&) {
        }
    }
    for (const auto& failure : r.failures)
        out.warning(QStringLiteral("not evaluated: %1").arg(QString::fromStdString(failure)));
    if (p.isSet(QStringLiteral("predictions")))
        writeFileAtomic(p.value(QStringLiteral("predictions")).toStdString(), r.predictionsCsv());
    QString reportFile;
    if (p.isSet(QStringLiteral("report"))) {
        ReportParams report;
        report.title = fs::path(pos[0].toStdString()).filename().string();
        if (report.title.empty()) // "run/"
            report.title = fs::path(pos[0].toStdString()).parent_path().filename().string();
        std::vector<std::string> folders;
        for (const QString& d : pos.mid(1))
            folders.push_back(d.toStdString());
        report.images = std::to_string(r.metrics.count) + " "
            + (folders.empty() ? p.value(QStringLiteral("split")).toStdString() + " images of the run"
                               : "images of " + join(folders, ", "));
        report.made = QDateTime::currentDateTime().toString(Qt::ISODate).toStdString();
        if (p.isSet(QStringLiteral("mistakes")))
            report.mistakes = mistakesShown > 0 ? mistakesShown : 1000000;
        if (RunInfo::exists(pos[0].toStdString())) {
            report.run = RunInfo::load(pos[0].toStdString());
            for (const LogMessage& advice : runAdvice(*report.run))
                report.advice.push_back(advice.text);
        }
        if (classifier.hasHeatMaps()) { // where it looks in each mistake (a TorchScript export keeps no layers)
            report.heatMap = heatMapsOf(classifier);
            report.preprocess = classifier.preprocess();
        }
        const std::string file = p.value(QStringLiteral("report")).toStdString();
        writeEvaluationReport(file, r, report, app::fileImageReader(),
                              [&](const Progress& pr) { out.progress(pr, QStringLiteral("images")); });
        out.endProgress();
        out.event("report", Json{{"path", file}});
        reportFile = QString::fromStdString(file); // said last, after what it holds
    }
    std::vector<const Prediction*> mistakes;
    std::size_t allMistakes = 0;
    if (listMistakes) {
        mistakes = r.mistakes();
        allMistakes = mistakes.size();
        if (mistakesShown > 0 && mistakes.size() > std::size_t(mistakesShown))
            mistakes.resize(std::size_t(mistakesShown));
    }
    // Where the model looks in each mistake listed: its guess, then the true class.
    std::vector<std::pair<std::string, std::string>> heatFiles;
    for (std::size_t i = 0; !heatDir.isEmpty() && i < mistakes.size(); ++i) {
        const Prediction& w = *mistakes[i];
        Progress pr;
        pr.stage = "Heat maps";
        pr.done = std::int64_t(i);
        pr.total = std::int64_t(mistakes.size());
        out.progress(pr, QStringLiteral("images"));
        const std::vector<HeatMapPicture> shown = heatMapPictures(w.path, app::fileImageReader(), classifier.preprocess(),
                                                                  heatMapsOf(classifier), {w.predicted, w.label});
        const std::string stem = fs::path(w.path).stem().string();
        const fs::path guess = uniquePath(heatDir.toStdString(), stem + "-guess-" + r.classes[std::size_t(w.predicted)] + ".png");
        writeImage(shown[0].picture, guess.string());
        const fs::path truth = uniquePath(heatDir.toStdString(), stem + "-true-" + r.classes[std::size_t(w.label)] + ".png");
        writeImage(shown[1].picture, truth.string());
        heatFiles.emplace_back(guess.string(), truth.string());
    }
    out.endProgress();
    // What `label --threshold` would do to these images: at every whole percent (--json), or at the
    // rows of thresholdTableRows (the table).
    const std::vector<ThresholdOutcome> curve = thresholdCurve(r.predictions);
    const std::vector<int> rows = thresholdTableRows(curve);
    if (out.json()) {
        Json evaluation = r.toJson(false);
        evaluation["thresholds"] = Json::array();
        for (const ThresholdOutcome& o : curve)
            evaluation["thresholds"].push_back({{"threshold", o.threshold}, {"labelled", o.labelled}, {"right", o.right}});
        out.event("evaluation", evaluation);
        for (std::size_t i = 0; i < mistakes.size(); ++i) {
            const Prediction* w = mistakes[i];
            Json event{{"path", w->path}, {"label", r.classes[std::size_t(w->label)]},
                       {"predicted", r.classes[std::size_t(w->predicted)]}, {"confidence", w->confidence}};
            if (i < heatFiles.size()) {
                event["heatmap_guess"] = heatFiles[i].first;
                event["heatmap_true"] = heatFiles[i].second;
            }
            out.event("mistake", event);
        }
        return r.failures.empty() ? kOk : kRuntimeError; // like label: some files were not looked at
    }
    const auto& m = r.metrics;
    out.line(QStringLiteral("Images: %1   accuracy %2   macro F1 %3   loss %4%5")
                 .arg(m.count).arg(percent(m.accuracy)).arg(m.macroF1, 0, 'f', 3).arg(m.loss, 0, 'f', 4)
                 .arg(r.failures.empty() ? QString()
                                         : QStringLiteral("   (%1 unreadable, left out)").arg(r.failures.size())));
    out.line(QString());
    // Class names in terminal columns (a Chinese name takes two a character), at least 20 wide.
    int nameWidth = 20;
    for (const auto& name : r.classes)
        nameWidth = std::max(nameWidth, displayWidth(name) + 1);
    const auto name = [&](const std::string& n) { return QString::fromStdString(padRight(n, nameWidth)); };
    const auto value = [](bool defined, double v, int width) {
        return defined ? QStringLiteral("%1").arg(v, width, 'f', 3) : QStringLiteral("%1").arg(QStringLiteral("—"), width);
    };
    out.line(name("class") + QStringLiteral("%1 %2 %3 %4").arg(QStringLiteral("precision"), 10)
                 .arg(QStringLiteral("recall"), 8).arg(QStringLiteral("F1"), 7).arg(QStringLiteral("images"), 7));
    for (std::size_t c = 0; c < r.classes.size(); ++c) {
        const ClassMetrics& pc = m.perClass[c];
        out.line(name(r.classes[c]) + QStringLiteral("%1 %2 %3 %4").arg(value(pc.hasPrecision(), pc.precision, 10),
                                                                      value(pc.hasRecall(), pc.recall, 8),
                                                                      value(pc.hasF1(), pc.f1, 7))
                                          .arg(pc.support, 7));
    }
    if (std::any_of(m.perClass.begin(), m.perClass.end(), [](const ClassMetrics& pc) { return !pc.hasPrecision() || !pc.hasRecall(); }))
        out.line(QStringLiteral("(— : not defined; precision of a class never predicted, recall of one without images)"));
    out.line(QString());
    // Columns are numbered like the rows: ten class names do not fit across a terminal.
    out.line(QStringLiteral("Confusion matrix (rows: true class; columns: predicted class, numbered as the rows):"));
    std::int64_t largest = 0;
    for (const auto& row : m.confusion)
        for (auto v : row)
            largest = std::max<std::int64_t>(largest, v);
    const int numberWidth = int(std::to_string(r.classes.size()).size());
    const int cell = std::max<int>(int(std::to_string(largest).size()), numberWidth) + 2;
    QString header = QString(numberWidth + 1 + nameWidth, QLatin1Char(' '));
    for (std::size_t c = 0; c < r.classes.size(); ++c)
        header += QStringLiteral("%1").arg(c + 1, cell);
    out.line(header);
    for (std::size_t c = 0; c < r.classes.size(); ++c) {
        QString row = QStringLiteral("%1 ").arg(c + 1, numberWidth) + name(r.classes[c]);
        for (auto v : m.confusion[c])
            row += QStringLiteral("%1").arg(v, cell);
        out.line(row);
    }
    if (m.count > 0) {
        out.line(QString());
        out.line(QStringLiteral("Labelling with a threshold (graft-cli label --threshold X: files the model is less sure "
                                "of go to _uncertain/), on these images:"));
        out.line(QStringLiteral("  threshold   labelled           right of those"));
        for (int t : rows) {
            const ThresholdOutcome& o = curve[std::size_t(t)];
            out.line(QStringLiteral("  %1   %2 %3   %4 %5")
                         .arg(o.threshold > 0 ? QString::number(o.threshold, 'f', 2) : QStringLiteral("off"), -9)
                         .arg(o.labelled, 7).arg(QStringLiteral("(%1)").arg(percent(o.labelledShare())), -9)
                         .arg(o.right, 7).arg(o.labelled ? QStringLiteral("(%1)").arg(percent(o.accuracy())) : QString()));
        }
    }
    if (listMistakes) {
        const std::size_t all = allMistakes;
        out.line(QString());
        if (all == 0) {
            out.line(QStringLiteral("No mistakes: every image was recognised."));
        } else {
            out.line(QStringLiteral("Mistakes, the most confident first (the likeliest to be mislabelled): %1")
                         .arg(mistakes.size() == all ? QStringLiteral("all %1").arg(all)
                                                     : QStringLiteral("%1 of %2").arg(mistakes.size()).arg(all)));
            int pairWidth = 0;
            std::vector<std::string> pairs;
            for (const Prediction* w : mistakes) {
                pairs.push_back(r.classes[std::size_t(w->label)] + " → " + r.classes[std::size_t(w->predicted)]);
                pairWidth = std::max(pairWidth, displayWidth(pairs.back()));
            }
            for (std::size_t i = 0; i < mistakes.size(); ++i) {
                out.line(QStringLiteral("  %1  %2  %3").arg(percent(mistakes[i]->confidence), 6)
                             .arg(QString::fromStdString(padRight(pairs[i], pairWidth)), QString::fromStdString(mistakes[i]->path)));
                if (i < heatFiles.size())
                    out.line(QStringLiteral("          where it looks: %1  %2")
                                 .arg(QString::fromStdString(heatFiles[i].first), QString::fromStdString(heatFiles[i].second)));
            }
        }
    }
    if (!reportFile.isEmpty()) {
        out.line(QString());
        out.line(QStringLiteral("Report: %1").arg(reportFile));
    }
    return r.failures.empty() ? kOk : kRuntimeError;
}

int cmdExport(const QStringList& args)
{
    CommandParser p(QStringLiteral("export"), QStringLiteral("RUN_DIR --format torchscript --out FILE"),
                    QStringLiteral("Export a trained model as one TorchScript file (with its class names and "
                                   "preprocessing) that LibTorch and Python's torch.jit.load run, with NAME.json (the same "
                                   "metadata) and NAME_predict.py (classifies image files with it in Python) beside it."));
    p.add(QStringLiteral("format"), QStringLiteral("torchscript"), QStringLiteral("FORMAT"), QStringLiteral("torchscript"));
    p.add(QStringLiteral("out"), QStringLiteral("The .pt file to write"), QStringLiteral("FILE"));
    if (!p.parse(args))
        return kOk;
    Output out(p.isSet(QStringLiteral("json")));
    if (p.positional().size() != 2)
        throw UsageError("give the run folder: graft-cli export RUN_DIR --out FILE");
    if (p.value(QStringLiteral("format")) != QLatin1String("torchscript"))
        throw UsageError("--format: only 'torchscript' is supported");
    if (!p.isSet(QStringLiteral("out")))
        throw UsageError("give the file to write with --out FILE.pt");
    const ExportResult r = exportTorchScript({p.positional()[1].toStdString(), p.value(QStringLiteral("out")).toStdString()});
    out.line(QStringLiteral("Exported %1 (and %2, %3)").arg(QString::fromStdString(r.output), QString::fromStdString(r.sidecar),
                                                           QString::fromStdString(r.script)));
    out.line(QStringLiteral("Classify images in Python: python3 %1 IMAGE|FOLDER...").arg(QFileInfo(QString::fromStdString(r.script)).fileName()));
    out.line(QStringLiteral("In your code: m = torch.jit.load('%1'); m.class_names; m(x) with x of shape [N, 3, %2, %2] in [0, 1]")
                 .arg(QFileInfo(QString::fromStdString(r.output)).fileName())
                 .arg(r.metadata["preprocess"]["crop"].get<int>()));
    out.event("exported", Json{{"path", r.output}, {"sidecar", r.sidecar}, {"script", r.script}, {"metadata", r.metadata}});
    return kOk;
}

} // namespace graft::cli
