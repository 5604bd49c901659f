// Training a classifier: new runs and resumed ones, with per-batch and per-epoch progress, pause,
// resume and stop, early stopping, best-model selection, checkpoints after every epoch and the
// feature cache for frozen backbones. Runs on the calling thread; the app puts it on a QThread.
#pragma once

#include "RunFolder.h"
#include "TrainConfig.h"
#include "core/Job.h"
#include "core/LogMessage.h"
#include "data/ImageSource.h"
#include "data/Split.h"

#include <atomic>
#include <functional>
#include <string>
#include <vector>

namespace graft {

struct BatchProgress
{
    std::string phase;         // "train", "validate", "cache"
    int epoch = 0, epochs = 0; // 1-based epoch
    int batch = 0, batches = 0;
    double loss = 0;           // smoothed training loss (an exponential average over the run's batches)
    double batchLoss = 0;      // this batch's loss
    double accuracy = 0;       // running training accuracy this epoch
    double learningRate = 0;
    double imagesPerSecond = 0;
    double etaSeconds = -1;    // whole run; while the feature cache is computed ("cache"), the whole cache's
    bool cachedFeatures = false; // the frozen layers' output comes from the feature cache
};

struct TrainEvents
{
    std::function<void(const BatchProgress&)> batch;
    std::function<void(const EpochMetrics&)> epoch;
    LogSink log; // a line of the run's log (log.txt has them all)
};

// Pause, resume and stop from another thread.
class TrainControl
{
public:
    void requestStop() { m_stop = true; }
    void setPaused(bool paused) { m_paused = paused; }
    bool stopRequested() const { return m_stop; }
    bool paused() const { return m_paused; }
    CancelFlag& stopFlag() { return m_stop; }
    void reset() { m_stop = false; m_paused = false; }

private:
    CancelFlag m_stop{false};
    std::atomic<bool> m_paused{false};
};

// The learning-rate range test ("find a learning rate"): the model a run of `config` would start
// from trains on the training images for `steps` batches while the learning rate rises
// exponentially from minRate to maxRate (the backbone's at its multiplier, as in training), and
// the loss is recorded; the search ends early once the loss has grown to divergeFactor times its
// lowest. A good learning rate for the run lies where the loss falls fastest, before it turns up.
// Nothing is kept: no run folder, and the model is thrown away.
struct LearningRateSearch
{
    double minRate = 1e-7;
    double maxRate = 10;
    int steps = 100;
    double divergeFactor = 4;
};

struct LearningRatePoint
{
    double learningRate = 0;
    double loss = 0;      // smoothed: an exponential average of the batches' losses so far, debiased
    double batchLoss = 0; // this batch's
};

struct LearningRateFinding
{
    std::vector<LearningRatePoint> points;
    double suggested = 0;  // suggestLearningRate(points); 0: too few points to say
    double lowestLoss = 0; // the rate where the smoothed loss was lowest
    bool diverged = false; // the search ended where the loss grew past divergeFactor x its lowest (or NaN)
    bool stopped = false;  // by the user (TrainControl); the points so far are kept
    std::string device;
    double seconds = 0;
};

struct LearningRateEvents
{
    std::function<void(const LearningRatePoint&, int step, int steps)> point;
    std::function<void(const BatchProgress&)> cache; // the feature cache being computed (phase "cache")
    LogSink log; // what the search does: device, model, trainable parameters, feature cache
};

// The feature cache is used as in training (a frozen prefix and no augmentation), in a folder of the
// system's temporary folder that is removed afterwards; of at most steps x batch size training
// images (drawn by the seed), all that the search's batches take. Pause and stop through `control`.
LearningRateFinding findLearningRate(const TrainConfig& config, const DatasetSplit& split, const ImageReader& reader,
                                     const LearningRateSearch& search, const LearningRateEvents& events,
                                     TrainControl& control);
// fastai's "valley": along the longest stretch of points whose smoothed loss keeps falling, the rate
// a little past its middle. 0 for fewer than 10 points.
double suggestLearningRate(const std::vector<LearningRatePoint>& points);

struct TrainJob
{
    std::string runDir;        // created; must not hold a run already
    TrainConfig config;        // head.numClasses is set from the split
    DatasetSplit split;
    ImageReader reader;
};

struct TrainResult
{
    RunInfo run;
    bool stopped = false;      // by the user
    bool earlyStopped = false;
    double seconds = 0;
};

TrainResult train(const TrainJob& job, const TrainEvents& events, TrainControl& control);

// The model a run starts from: the architecture, the weights file (if any), a new head for
// config.head, the freeze plan; initialised from config.seed, so the same config gives the same model.
// `log` receives what was done.
Model buildModel(const TrainConfig& config, const LogSink& log = {});

// An image moved to another class folder since a run began (the window's Evaluate step: "Move to
// class"), from where it was to where it is now; or (`folder`) a class folder renamed (the Data
// step's "Rename class"), from its old path to its new one, with the class's old and new names.
struct MovedImage
{
    std::string from, to;
    std::string newClass;
    bool folder = false;
    std::string oldClass; // folder moves: the class's name before
};
// Where the image recorded at `path` is after `moves`, replayed in order (`path` itself when none
// applies); `lastMove` gets the last image move that did (unchanged when only folders were renamed).
std::string replayMoves(const std::string& path, const std::vector<MovedImage>& moves,
                        const MovedImage** lastMove = nullptr);
// Points the samples of `split` at where moved images are now, replaying `moves` in order (moved
// again, or its folder renamed since: the last place). An image moved to another class takes that
// class when it is one of the split's, under any of its names (renamed classes keep the run's
// name). Returns how many changed, and in `renamedOnly` how many of them only because a folder was
// renamed. A move whose image is back where it was, or no longer where it went, is ignored.
// Continuing a run and evaluating it both follow the project's moves through it.
std::size_t followMoves(DatasetSplit& split, const std::vector<MovedImage>& moves, std::size_t* renamedOnly = nullptr);

// The split of a run as it is to be used now, read from its folder: images missing at their recorded
// path are looked for where their dataset is now (a moved or renamed folder, a project taken to
// another disk): beside the run folder as they were, when it moved with them, else under
// `datasetRoots` (see DatasetRelocation); then `moves` are followed (their paths relocated the same way). `notes`
// gets a line for each kind of change, none when nothing changed. Saves nothing.
DatasetSplit currentRunSplit(const std::string& runDir, const std::vector<std::string>& datasetRoots,
                             const std::vector<MovedImage>& moves, std::vector<LogMessage>* notes = nullptr);

struct ResumeOptions
{
    int epochs = 0;            // > 0: train up to this many epochs in total (extends a finished run)
    int deviceOverride = -1;   // -1: as configured; else a DeviceChoice
    int threads = -1;
    // Moves in the order they were made. The run reads those images where they are now, with their
    // new class (one of the run's), and its split.json is updated; a move whose image is back where
    // it was, or no longer where it went, is ignored.
    std::vector<MovedImage> moved;
    // Where the run's dataset is now, when its folder moved since the run began (currentRunSplit).
    std::vector<std::string> datasetRoots;
};
// Continues a run from its last checkpoint (after a stop, a crash or kill -9): the same data order,
// random numbers and schedule, so it ends where an uninterrupted run would have ended.
TrainResult resumeTraining(const std::string& runDir, const ImageReader& reader, const TrainEvents& events,
                           TrainControl& control, const ResumeOptions& options = {});

} // namespace graft
