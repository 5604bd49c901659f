// A training run on disk: run.json (config, classes, status, per-epoch history), split.json,
// checkpoint-last.pt (resume), model-best.pt (use) and log.txt. Every file is written atomically.
#pragma once

#include "Metrics.h"
#include "TrainConfig.h"
#include "core/Files.h"
#include "core/LogMessage.h"

#include <string>
#include <vector>

namespace graft {

struct EpochMetrics
{
    int epoch = 0;                  // 1-based
    double trainLoss = 0;
    double trainAccuracy = 0;
    bool hasValidation = false;
    ClassificationMetrics validation;
    double learningRate = 0;        // at the end of the epoch (head group)
    double seconds = 0;
    bool best = false;

    Json toJson() const;
    static EpochMetrics fromJson(const Json& j);
};

struct RunInfo
{
    std::string dir;
    std::string status = "new";     // running, stopped, finished, early-stopped, failed
    TrainConfig config;
    std::vector<std::string> classes;
    std::vector<EpochMetrics> history;
    int bestEpoch = 0;
    std::string device;
    bool usedFeatureCache = false;
    std::string message;            // why it stopped or failed
    std::string created, updated;   // ISO 8601

    int epochsCompleted() const { return int(history.size()); }
    const EpochMetrics* bestMetrics() const;
    // The best epoch's validation accuracy; < 0 when there is none (no epoch, or no validation).
    double bestAccuracy() const;
    // Finished (all its epochs) or early-stopped: only more epochs (ResumeOptions::epochs) go on.
    static bool hasEnded(const std::string& status) { return status == "finished" || status == "early-stopped"; }
    Json toJson() const;
    void save() const;
    // Throws Error naming the folder when it holds no run.
    static RunInfo load(const std::string& dir);
    static bool exists(const std::string& dir);
    // Throws Error (with the fix: resume it, or another folder) when `dir` holds a run already.
    static void requireNone(const std::string& dir);
    // Whether a process (this one included) is training the run in `dir` now.
    static bool isBeingTrained(const std::string& dir);
    // What a run is now, for people: its status, or "interrupted" when it says it trains but no
    // process trains it (its program ended while training: a crash, kill -9, the window closed).
    static std::string stateOf(const std::string& status, const std::string& dir);
    std::string state() const { return stateOf(status, dir); }
};

// The run folders in `dir`: itself when it is one, else those among its sub-folders, by name.
std::vector<std::string> findRunFolders(const std::string& dir);
// The run a model belongs to: `modelPath` itself when it is a run folder, else the folder of a
// checkpoint in one (its model-best.pt); empty for a model of no run (an export elsewhere).
std::string runFolderOfModel(const std::string& modelPath);

// The lock a training session holds on its run folder (run.lock), so that a second `resume` of the
// same run, from the window or graft-cli, is refused instead of mixing two histories. The system
// releases it when the process ends, however it ends. Throws Error when another process holds it.
FileLock lockRunFolder(const std::string& dir);

struct BatchPoint
{
    int epoch = 0, batch = 0, batches = 0;
    double loss = 0, learningRate = 0;
};
// The per-batch training curve of a run's completed epochs (batches.csv).
std::vector<BatchPoint> readBatchCurve(const std::string& runDir, int completedEpochs);

std::string nowIso8601();

// A run's log: log.txt in English ("TIME  line") and log.jsonl, the same lines as kinds and values
// for the window to write in its language.
void appendRunLog(const std::string& runDir, const std::string& time, const LogMessage& message);
struct RunLogLine
{
    std::string time; // ISO 8601, or empty
    LogMessage message;
};
// The end of a run's log (about its last `maxBytes`): from log.jsonl, or from log.txt as free text
// for runs older than log.jsonl.
std::vector<RunLogLine> readRunLog(const std::string& runDir, std::size_t maxBytes = 256 * 1024);

} // namespace graft
