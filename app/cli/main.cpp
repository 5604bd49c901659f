// graft-cli: everything the Graft window does, without a window.
#include "CliSupport.h"
#include "Commands.h"

#include "core/Error.h"

#include <QCoreApplication>
#include <QLibraryInfo>

#include <opencv2/core/version.hpp>
#include <torch/version.h>

#include <cstdio>
#include <map>

namespace {

const char* kUsage = R"(Usage: graft-cli COMMAND [options]

No-code transfer learning for image classifiers, from the command line.

Commands:
  models                         List the architectures (parameters, FLOPs, input size, ImageNet top-1)
  inspect DATASET...             Check a dataset: counts, bad files, duplicates, imbalance
  train DATASET... --model NAME --out RUN_DIR
                                 Train a classifier (ImageNet weights by default)
  find-lr DATASET... --model NAME
                                 Search for a learning rate for such a training (train --lr find)
  resume RUN_DIR                 Continue an interrupted run, or train a finished one further
  runs FOLDER|PROJECT.graft...   List runs with their state (finished, stopped, interrupted ...)
  evaluate RUN_DIR [DATASET]     Accuracy, per-class metrics, confusion matrix, worst mistakes
  export RUN_DIR --format torchscript --out FILE
                                 One .pt file for LibTorch and Python, and a script that runs it
  label MODEL FOLDER --out DIR [--copy|--move]
                                 Label a folder of new images (CSV; copy/move into class folders)
  predict MODEL IMAGE|FOLDER...  Top classes for images (a folder: its images)
  weights list|download|import|verify|where
                                 Pretrained weights: cache, downloads, imports
  sample [FOLDER]                Make the sample dataset (Fashion-MNIST, 600 images) to try Graft on

Run 'graft-cli COMMAND --help' for a command's options. Every command takes --json for
machine-readable output. Exit codes: 0 success, 1 runtime error, 2 usage error.
)";

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Graft"));
    QCoreApplication::setApplicationName(QStringLiteral("Graft"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GRAFT_VERSION));
    const QStringList args = QCoreApplication::arguments();
    using namespace graft::cli;
    if (args.size() < 2 || args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h") || args[1] == QLatin1String("help")) {
        std::fputs(kUsage, args.size() < 2 ? stderr : stdout);
        return args.size() < 2 ? kUsageError : kOk;
    }
    if (args[1] == QLatin1String("--version")) {
        std::printf("graft-cli %s (LibTorch %s, Qt %s, OpenCV %s)\n", GRAFT_VERSION, TORCH_VERSION, qVersion(), CV_VERSION);
        return kOk;
    }
    static const std::map<QString, int (*)(const QStringList&)> commands{
        {QStringLiteral("models"), cmdModels},     {QStringLiteral("inspect"), cmdInspect},
        {QStringLiteral("train"), cmdTrain},       {QStringLiteral("resume"), cmdResume},
        {QStringLiteral("runs"), cmdRuns},         {QStringLiteral("find-lr"), cmdFindLearningRate},
        {QStringLiteral("evaluate"), cmdEvaluate}, {QStringLiteral("export"), cmdExport},
        {QStringLiteral("label"), cmdLabel},       {QStringLiteral("predict"), cmdPredict},
        {QStringLiteral("weights"), cmdWeights},   {QStringLiteral("sample"), cmdSample}};
    const auto it = commands.find(args[1]);
    const bool json = args.contains(QStringLiteral("--json"));
    auto report = [json](const char* kind, const std::string& message) {
        if (json) {
            std::printf("%s\n", graft::Json{{"event", "error"}, {"kind", kind}, {"message", message}}.dump().c_str());
            std::fflush(stdout);
        }
        std::fprintf(stderr, "graft-cli: %s\n", message.c_str());
    };
    if (it == commands.end()) {
        std::vector<std::string> names;
        for (const auto& [name, run] : commands)
            names.push_back(name.toStdString());
        const std::string guess = suggestCommand(args[1].toStdString(), names);
        report("usage", "unknown command '" + args[1].toStdString() + "'; "
                            + (guess.empty() ? "" : "did you mean '" + guess + "'? ") + "run 'graft-cli --help' for the list");
        return kUsageError;
    }
    try {
        // Each command parses the whole list: program, command name, options.
        return it->second(args);
    } catch (const UsageError& e) {
        report("usage", e.what());
        return kUsageError;
    } catch (const graft::CancelledError&) {
        report("cancelled", "cancelled");
        return kRuntimeError;
    } catch (const std::exception& e) {
        report("runtime", e.what());
        return kRuntimeError;
    }
}
