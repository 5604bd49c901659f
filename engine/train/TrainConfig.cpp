#include "TrainConfig.h"

#include "core/Error.h"

#include <cmath>

namespace graft {

namespace {
template <class E>
E fromTable(const std::string& name, const std::vector<std::pair<E, const char*>>& table, const char* what)
{
    std::string valid;
    for (const auto& [value, text] : table) {
        if (name == text)
            return value;
        valid += std::string(valid.empty() ? "" : ", ") + text;
    }
    throw Error(std::string("unknown ") + what + " '" + name + "' (use " + valid + ")");
}
template <class E>
std::string toName(E value, const std::vector<std::pair<E, const char*>>& table)
{
    for (const auto& [v, text] : table)
        if (v == value)
            return text;
    return "?";
}

const std::vector<std::pair<OptimizerKind, const char*>> kOptimizers{
    {OptimizerKind::Sgd, "sgd"}, {OptimizerKind::Adam, "adam"}, {OptimizerKind::AdamW, "adamw"}};
const std::vector<std::pair<ScheduleKind, const char*>> kSchedules{{ScheduleKind::Constant, "constant"},
                                                                   {ScheduleKind::Step, "step"},
                                                                   {ScheduleKind::Cosine, "cosine"},
                                                                   {ScheduleKind::OneCycle, "onecycle"}};
const std::vector<std::pair<DeviceChoice, const char*>> kDevices{
    {DeviceChoice::Auto, "auto"}, {DeviceChoice::Cpu, "cpu"}, {DeviceChoice::Cuda, "cuda"}};
const std::vector<std::pair<MonitorMetric, const char*>> kMonitors{
    {MonitorMetric::ValidationAccuracy, "val_accuracy"}, {MonitorMetric::ValidationLoss, "val_loss"}};
} // namespace

std::string optimizerName(OptimizerKind k) { return toName(k, kOptimizers); }
OptimizerKind optimizerFromName(const std::string& n) { return fromTable(n, kOptimizers, "optimizer"); }
std::string scheduleName(ScheduleKind k) { return toName(k, kSchedules); }
ScheduleKind scheduleFromName(const std::string& n) { return fromTable(n, kSchedules, "schedule"); }
std::string deviceName(DeviceChoice d) { return toName(d, kDevices); }
DeviceChoice deviceFromName(const std::string& n) { return fromTable(n, kDevices, "device"); }
std::string monitorName(MonitorMetric m) { return toName(m, kMonitors); }
MonitorMetric monitorFromName(const std::string& n) { return fromTable(n, kMonitors, "metric"); }

Json preprocessToJson(const PreprocessSpec& p)
{
    return Json{{"resize", p.resizeSize}, {"crop", p.cropSize}, {"interpolation", interpolationName(p.interpolation)},
                {"mean", p.mean}, {"std", p.std}};
}

PreprocessSpec preprocessFromJson(const Json& j, PreprocessSpec p)
{
    p.resizeSize = j.value("resize", p.resizeSize);
    p.cropSize = j.value("crop", p.cropSize);
    p.interpolation = interpolationFromName(j.value("interpolation", interpolationName(p.interpolation)));
    p.mean = j.value("mean", p.mean);
    p.std = j.value("std", p.std);
    return p;
}

namespace {
Json augmentJson(const AugmentSpec& a)
{
    return Json{{"enabled", a.enabled},       {"random_resized_crop", a.randomResizedCrop},
                {"scale_min", a.scaleMin},    {"scale_max", a.scaleMax},
                {"ratio_min", a.ratioMin},    {"ratio_max", a.ratioMax},
                {"horizontal_flip", a.horizontalFlip}, {"rotation_degrees", a.rotationDegrees},
                {"brightness", a.brightness}, {"contrast", a.contrast},
                {"saturation", a.saturation}, {"hue", a.hue}};
}
AugmentSpec augmentFromJson(const Json& j)
{
    AugmentSpec a;
    a.enabled = j.value("enabled", a.enabled);
    a.randomResizedCrop = j.value("random_resized_crop", a.randomResizedCrop);
    a.scaleMin = j.value("scale_min", a.scaleMin);
    a.scaleMax = j.value("scale_max", a.scaleMax);
    a.ratioMin = j.value("ratio_min", a.ratioMin);
    a.ratioMax = j.value("ratio_max", a.ratioMax);
    a.horizontalFlip = j.value("horizontal_flip", a.horizontalFlip);
    a.rotationDegrees = j.value("rotation_degrees", a.rotationDegrees);
    a.brightness = j.value("brightness", a.brightness);
    a.contrast = j.value("contrast", a.contrast);
    a.saturation = j.value("saturation", a.saturation);
    a.hue = j.value("hue", a.hue);
    return a;
}
} // namespace

Json TrainConfig::toJson() const
{
    return Json{{"architecture", architecture},
                {"weights", weights},
                {"head", head.toJson()},
                {"freeze", freeze.toJson()},
                {"preprocess", preprocessToJson(preprocess)},
                {"augment", augmentJson(augment)},
                {"epochs", epochs},
                {"batch_size", batchSize},
                {"optimizer", optimizerName(optimizer)},
                {"learning_rate", learningRate},
                {"momentum", momentum},
                {"nesterov", nesterov},
                {"backbone_lr_multiplier", backboneLrMultiplier},
                {"weight_decay", weightDecay},
                {"schedule", scheduleName(schedule)},
                {"step_epochs", stepEpochs},
                {"step_gamma", stepGamma},
                {"warmup_epochs", warmupEpochs},
                {"label_smoothing", labelSmoothing},
                {"class_weights", classWeights},
                {"early_stop_patience", earlyStopPatience},
                {"monitor", monitorName(monitor)},
                {"seed", seed},
                {"device", deviceName(device)},
                {"threads", threads},
                {"mixed_precision", mixedPrecision},
                {"feature_cache", featureCache},
                {"feature_cache_memory_mb", featureCacheMemoryMB},
                {"loader_threads", loaderThreads},
                {"image_cache_memory_mb", imageCacheMemoryMB}};
}

TrainConfig TrainConfig::fromJson(const Json& j)
{
    TrainConfig c = forArchitecture(j.value("architecture", std::string("mobilenet_v2")));
    c.weights = j.value("weights", c.weights);
    if (j.contains("head"))
        c.head = HeadSpec::fromJson(j.at("head"));
    if (j.contains("freeze"))
        c.freeze = FreezePlan::fromJson(j.at("freeze"));
    if (j.contains("preprocess"))
        c.preprocess = preprocessFromJson(j.at("preprocess"), c.preprocess);
    if (j.contains("augment"))
        c.augment = augmentFromJson(j.at("augment"));
    c.epochs = j.value("epochs", c.epochs);
    c.batchSize = j.value("batch_size", c.batchSize);
    c.optimizer = optimizerFromName(j.value("optimizer", optimizerName(c.optimizer)));
    c.learningRate = j.value("learning_rate", c.learningRate);
    c.momentum = j.value("momentum", c.momentum);
    c.nesterov = j.value("nesterov", c.nesterov);
    c.backboneLrMultiplier = j.value("backbone_lr_multiplier", c.backboneLrMultiplier);
    c.weightDecay = j.value("weight_decay", c.weightDecay);
    c.schedule = scheduleFromName(j.value("schedule", scheduleName(c.schedule)));
    c.stepEpochs = j.value("step_epochs", c.stepEpochs);
    c.stepGamma = j.value("step_gamma", c.stepGamma);
    c.warmupEpochs = j.value("warmup_epochs", c.warmupEpochs);
    c.labelSmoothing = j.value("label_smoothing", c.labelSmoothing);
    c.classWeights = j.value("class_weights", c.classWeights);
    c.earlyStopPatience = j.value("early_stop_patience", c.earlyStopPatience);
    c.monitor = monitorFromName(j.value("monitor", monitorName(c.monitor)));
    c.seed = j.value("seed", c.seed);
    c.device = deviceFromName(j.value("device", deviceName(c.device)));
    c.threads = j.value("threads", c.threads);
    c.mixedPrecision = j.value("mixed_precision", c.mixedPrecision);
    c.featureCache = j.value("feature_cache", c.featureCache);
    c.featureCacheMemoryMB = j.value("feature_cache_memory_mb", c.featureCacheMemoryMB);
    c.loaderThreads = j.value("loader_threads", c.loaderThreads);
    c.imageCacheMemoryMB = j.value("image_cache_memory_mb", c.imageCacheMemoryMB);
    return c;
}

TrainConfig TrainConfig::forArchitecture(const std::string& name)
{
    TrainConfig c;
    const ArchitectureInfo& info = graft::architecture(name);
    c.architecture = info.name;
    c.preprocess = info.preprocess;
    return c;
}

double learningRateFactor(const TrainConfig& c, std::int64_t step, std::int64_t stepsPerEpoch, std::int64_t totalSteps)
{
    const auto warmup = std::int64_t(std::llround(c.warmupEpochs * double(stepsPerEpoch)));
    if (c.schedule != ScheduleKind::OneCycle && warmup > 0 && step < warmup)
        return double(step + 1) / double(warmup);
    const double t = double(step - (c.schedule == ScheduleKind::OneCycle ? 0 : warmup));
    const double span = std::max<double>(1.0, double(totalSteps - (c.schedule == ScheduleKind::OneCycle ? 0 : warmup)));
    switch (c.schedule) {
    case ScheduleKind::Constant:
        return 1.0;
    case ScheduleKind::Step:
        return std::pow(c.stepGamma, double(step / std::max<std::int64_t>(1, stepsPerEpoch * std::max(1, c.stepEpochs))));
    case ScheduleKind::Cosine:
        return 0.5 * (1.0 + std::cos(M_PI * std::min(1.0, t / span)));
    case ScheduleKind::OneCycle: {
        // torch.optim.lr_scheduler.OneCycleLR: 30% up from 1/25 to 1, cosine down to 1/25/1e4.
        const double up = 0.3 * span;
        const double start = 1.0 / 25.0, end = start / 1e4;
        if (t < up)
            return start + (1.0 - start) * 0.5 * (1.0 - std::cos(M_PI * t / up));
        return end + (1.0 - end) * 0.5 * (1.0 + std::cos(M_PI * std::min(1.0, (t - up) / std::max(1.0, span - up))));
    }
    }
    return 1.0;
}

} // namespace graft
