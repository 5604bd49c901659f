// Ten epochs with a frozen backbone on a dataset folder, with and without the feature cache: the
// counterpart of `pytorch_transfer.py --mode probe`, which recomputes the backbone every epoch.
// Usage: graft-bench-frozen DATASET --weights FILE [--model mobilenet_v2] [--epochs 10] [--size 224]
//                           [--batch 32] [--threads N] [--no-cache]
// Prints the wall time of the whole run (decoding, caching and all epochs) and the last accuracy.
#include "core/Files.h"
#include "data/Split.h"
#include "imageio/DatasetChecker.h"
#include "imageio/ImageDecoder.h"
#include "train/Trainer.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>

#include <unistd.h>

using namespace graft;

int main(int argc, char** argv)
{
    std::string dataset, weights, model = "mobilenet_v2";
    int epochs = 10, size = 224, batch = 32, threads = 0;
    bool cache = true;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto next = [&] { return std::string(i + 1 < argc ? argv[++i] : ""); };
        if (a == "--weights") weights = next();
        else if (a == "--model") model = next();
        else if (a == "--epochs") epochs = std::stoi(next());
        else if (a == "--size") size = std::stoi(next());
        else if (a == "--batch") batch = std::stoi(next());
        else if (a == "--threads") threads = std::stoi(next());
        else if (a == "--no-cache") cache = false;
        else dataset = a;
    }
    const auto started = std::chrono::steady_clock::now();
    const DatasetReport report = checkDataset({{dataset}});
    // The reference's split: 20% of each class for validation.
    SplitSpec spec;
    spec.validationFraction = 0.2;
    spec.seed = 0;
    const DatasetSplit split = makeSplit(report.index.classes, report.usable, spec);
    TrainConfig c = TrainConfig::forArchitecture(model);
    c.weights = weights;
    c.head.numClasses = int(split.classes.size());
    c.freeze = headOnlyPlan(architecture(model).headNode);
    c.preprocess.cropSize = size;
    c.preprocess.resizeSize = size * 256 / 224;
    c.augment.enabled = false;  // what makes the frozen layers cacheable
    c.featureCache = cache;
    c.epochs = epochs;
    c.batchSize = batch;
    c.learningRate = 1e-3;
    c.weightDecay = 0;
    c.schedule = ScheduleKind::Constant;
    c.threads = threads;
    const auto runDir = std::filesystem::temp_directory_path() / ("graft-bench-frozen-" + std::to_string(::getpid()));
    TrainControl control;
    const TrainResult r = train(TrainJob{runDir.string(), c, split, [](const std::string& p, int) { return readImage(p); }}, {}, control);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    removeTree(runDir);
    std::printf("%s size=%d batch=%d epochs=%d feature_cache=%s train=%zu val=%zu\n", model.c_str(), size, batch, epochs,
                r.run.usedFeatureCache ? "on" : "off", split.train.size(), split.validation.size());
    std::printf("seconds=%.2f\nval_acc=%.3f\n", seconds, r.run.history.back().validation.accuracy);
    return 0;
}
