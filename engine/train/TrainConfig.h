// Everything that defines a training run: model, weights, head, freezing, preprocessing,
// augmentation and hyperparameters. Saved in the run folder; the same config gives the same run.
#pragma once

#include "core/Json.h"
#include "data/Transforms.h"
#include "models/LayerTree.h"
#include "models/Model.h"

#include <cstdint>
#include <string>

namespace graft {

enum class OptimizerKind { Sgd, Adam, AdamW };
enum class ScheduleKind { Constant, Step, Cosine, OneCycle };
enum class DeviceChoice { Auto, Cpu, Cuda };
enum class MonitorMetric { ValidationAccuracy, ValidationLoss };

struct TrainConfig
{
    // Model
    std::string architecture = "mobilenet_v2";
    std::string weights;          // weights file; empty: train from scratch (random initialisation)
    HeadSpec head;                // numClasses is set from the dataset
    FreezePlan freeze;            // empty: everything trainable

    // Data
    PreprocessSpec preprocess;    // the architecture's unless changed
    AugmentSpec augment;

    // Optimisation
    int epochs = 10;
    int batchSize = 32;
    OptimizerKind optimizer = OptimizerKind::Adam;
    double learningRate = 1e-3;
    double momentum = 0.9;        // SGD
    bool nesterov = false;        // SGD
    double backboneLrMultiplier = 0.1; // learning rate of unfrozen non-head layers = this x learningRate
    double weightDecay = 1e-4;
    ScheduleKind schedule = ScheduleKind::Cosine;
    int stepEpochs = 5;           // Step schedule: multiply by stepGamma every stepEpochs
    double stepGamma = 0.1;
    double warmupEpochs = 0;      // linear warm-up, in epochs (fractions allowed)
    double labelSmoothing = 0.0;
    bool classWeights = false;    // weight the loss by inverse class frequency
    int earlyStopPatience = 0;    // epochs without improvement before stopping; 0 = off
    MonitorMetric monitor = MonitorMetric::ValidationAccuracy;
    std::uint64_t seed = 42;

    // Execution
    DeviceChoice device = DeviceChoice::Auto;
    int threads = 0;              // CPU threads for LibTorch; 0 = all cores
    bool mixedPrecision = true;   // CUDA only (bfloat16 autocast where the GPU has it)
    bool featureCache = true;     // cache the frozen prefix's output when augmentation is off
    std::int64_t featureCacheMemoryMB = 2048; // above this the cache goes to disk
    int loaderThreads = 0;        // decoding threads; 0 = all cores
    std::int64_t imageCacheMemoryMB = 1024; // decoded images kept in memory for small datasets

    Json toJson() const;
    static TrainConfig fromJson(const Json& j);
    // The architecture's preprocessing, head and defaults applied to a config.
    static TrainConfig forArchitecture(const std::string& architecture);
};

// A model's preprocessing as stored in run configs, checkpoints and exported metadata.
Json preprocessToJson(const PreprocessSpec& p);
PreprocessSpec preprocessFromJson(const Json& j, PreprocessSpec defaults = {});

std::string optimizerName(OptimizerKind k);
OptimizerKind optimizerFromName(const std::string& name);
std::string scheduleName(ScheduleKind k);
ScheduleKind scheduleFromName(const std::string& name);
std::string deviceName(DeviceChoice d);
DeviceChoice deviceFromName(const std::string& name);
std::string monitorName(MonitorMetric m);
MonitorMetric monitorFromName(const std::string& name);

// Learning-rate factor (multiplies the base rate) at `step` of `totalSteps`, `stepsPerEpoch` a epoch.
double learningRateFactor(const TrainConfig& config, std::int64_t step, std::int64_t stepsPerEpoch,
                          std::int64_t totalSteps);

} // namespace graft
