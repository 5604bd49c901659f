#include "Trainer.h"

#include "BatchLoader.h"
#include "CheckpointIo.h"
#include "Classifier.h"
#include "Device.h"
#include "Evaluator.h"
#include "FeatureCache.h"
#include "RunAdvice.h"
#include "core/Error.h"
#include "core/Files.h"
#include "core/OutputNames.h"
#include "core/Text.h"
#include "models/ModelInternal.h"
#include "models/nets/Layers.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <fstream>
#include <functional>
#include <limits>
#include <map>
#include <set>
#include <thread>

namespace graft {

namespace {

using Clock = std::chrono::steady_clock;

std::uint64_t mixSeed(std::uint64_t seed, std::uint64_t salt)
{
    std::uint64_t z = seed + 0x9e3779b97f4a7c15ULL * (salt + 1);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return (z ^ (z >> 31)) & 0x7fffffffffffffffULL;
}

// The same batch plan BatchLoader makes, for training from cached features.
std::vector<std::vector<std::size_t>> planEpoch(std::size_t n, int batchSize, std::uint64_t seed, int epoch)
{
    std::vector<std::size_t> order(n);
    for (std::size_t i = 0; i < n; ++i)
        order[i] = i;
    seededShuffle(order, seed * 0x9E3779B97F4A7C15ULL + std::uint64_t(epoch) + 1);
    std::vector<std::vector<std::size_t>> batches;
    for (std::size_t i = 0; i < n; i += std::size_t(batchSize))
        batches.emplace_back(order.begin() + std::ptrdiff_t(i),
                             order.begin() + std::ptrdiff_t(std::min(n, i + std::size_t(batchSize))));
    if (batches.size() > 1 && batches.back().size() == 1)
        batches.pop_back();
    return batches;
}

struct BestState
{
    int epoch = 0;
    double score = -1e300;
    double loss = 1e300;
    int stale = 0;
};

class Session
{
public:
    Session(RunInfo run, DatasetSplit split, ImageReader reader, const TrainEvents& events, TrainControl& control)
        : m_run(std::move(run)), m_split(std::move(split)), m_reader(std::move(reader)), m_events(events),
          m_control(control), m_cfg(m_run.config)
    {
    }

    TrainResult run(bool resume);
    // The learning-rate range test on this session's model and data (see findLearningRate).
    LearningRateFinding findLearningRate(const LearningRateSearch& search,
                                         const std::function<void(const LearningRatePoint&, int, int)>& onPoint);
    std::vector<LogMessage> notes; // logged as the session begins

private:
    void log(const LogMessage& message);
    // The device (logged, with the notes), the model and its optimiser; checks what would fail later.
    void setUp();
    void buildModel();
    void buildOptimizer();
    void checkBatchNormBatches() const;
    void setLearningRate(double factor);
    void prepareData();
    // Returns how long it waited, which epoch times, speed and ETA leave out.
    Clock::duration waitWhilePaused();
    torch::Tensor lossOf(const torch::Tensor& logits, const torch::Tensor& targets, bool training);
    void prepareClassWeights();
    // Starts training epoch `epoch`: its batches planned over the cached features (into `plan`), else
    // the loader's epoch started. Returns how many batches it has.
    std::size_t startTrainEpoch(int epoch, std::vector<std::vector<std::size_t>>& plan);
    // Batch `b` of the epoch on the device: its rows of `plan` from the feature cache, else the
    // loader's next batch through the frozen prefix. False when the loader's epoch is over.
    bool nextBatch(const std::vector<std::vector<std::size_t>>& plan, std::size_t b, torch::Tensor& x, torch::Tensor& y);
    // Only a head on cached features, on the CPU: small matrices, faster on one BLAS thread.
    bool blasOnOneThread() const
    {
        return m_cached && m_trainCache.rowShape().size() == 1 && m_device.device.is_cpu();
    }
    // One optimiser step on a batch; its logits, and its loss in m_lastLoss.
    torch::Tensor trainStep(const torch::Tensor& x, const torch::Tensor& y);
    double m_lastLoss = 0;
    // The validation images' metrics; their predictions too, in m_validation (each image's
    // class and confidence, as the Evaluate step shows them).
    ClassificationMetrics validate();
    CheckpointMeta meta(int epochsDone) const;

    RunInfo m_run;
    DatasetSplit m_split;
    ImageReader m_reader;
    const TrainEvents& m_events;
    TrainControl& m_control;
    TrainConfig& m_cfg;

    ExecutionDevice m_device;
    bool m_autocast = false;
    Model m_model;
    std::unique_ptr<torch::optim::Optimizer> m_optimizer;
    std::vector<double> m_baseLr;
    torch::Tensor m_classWeights;
    std::unique_ptr<BatchLoader> m_trainLoader, m_valLoader;
    FeatureCache m_trainCache, m_valCache;
    bool m_cached = false;
    std::size_t m_boundary = 0;
    bool m_useAux = false;
    BestState m_best;
    std::int64_t m_step = 0;
    EvaluationResult m_validation; // of the last validate()
};

void Session::log(const LogMessage& message)
{
    if (m_events.log)
        m_events.log(message);
    appendRunLog(m_run.dir, nowIso8601(), message);
}

void Session::setUp()
{
    m_device = selectDevice(m_cfg.device, m_cfg.threads);
    m_autocast = m_device.device.is_cuda() && m_cfg.mixedPrecision && m_device.bfloat16;
    m_run.device = m_device.description + (m_autocast ? ", bfloat16 mixed precision" : "");
    if (m_device.device.is_cuda())
        log({logid::kDeviceCuda,
             {std::to_string(m_device.device.index()), std::to_string(m_device.gpuCount), m_autocast ? "1" : "0"},
             "Device: " + m_run.device});
    else
        log({logid::kDeviceCpu, {std::to_string(m_device.threads)}, "Device: " + m_run.device});
    for (const LogMessage& note : notes)
        log(note);
    if (m_split.train.empty())
        throw Error(LogMessage{logid::kErrorNoTrainingImages, {}, "no training images: the split left none for training"});
    buildModel();
    buildOptimizer();
    checkBatchNormBatches();
}

void Session::buildModel()
{
    m_model = graft::buildModel(m_cfg, [this](const LogMessage& line) { log(line); });
    m_model.impl()->to(m_device.device);
}

void Session::checkBatchNormBatches() const
{
    // A batch-norm layer that trains normalises each batch by its own statistics: one image is not
    // enough (LibTorch: "Expected more than 1 value per channel when training").
    for (const auto& module : m_model.impl()->net->modules(false)) {
        const auto* bn = dynamic_cast<const torch::nn::BatchNorm2dImpl*>(module.get());
        if (!bn || !bn->weight.defined() || !bn->weight.requires_grad())
            continue;
        if (m_cfg.batchSize < 2)
            throw Error(LogMessage{logid::kErrorBatchOfOne, {},
                                   "a batch size of 1 cannot train batch-norm layers (they need at least 2 images per "
                                   "batch); use a batch size of 2 or more, or freeze the layers with batch norm"});
        if (m_split.train.size() < 2)
            throw Error(LogMessage{logid::kErrorOneTrainingImage, {},
                                   "one training image cannot train batch-norm layers (they need at least 2 images "
                                   "per batch); add images, or freeze the layers with batch norm"});
        return;
    }
}

void Session::buildOptimizer()
{
    const auto& impl = *m_model.impl();
    std::vector<torch::Tensor> head, backbone;
    for (const auto& p : impl.net->named_parameters(true)) {
        if (!p.value().requires_grad())
            continue;
        bool isHead = patternMatches(impl.net->headPath(), p.key());
        for (const auto& aux : impl.net->auxHeadPaths())
            isHead = isHead || patternMatches(aux, p.key());
        (isHead ? head : backbone).push_back(p.value());
    }
    if (head.empty() && backbone.empty())
        throw Error(LogMessage{logid::kErrorAllFrozen, {impl.net->headPath()},
                               "nothing to train: every layer is frozen; make at least the classifier ("
                                   + impl.net->headPath() + ") trainable"});
    if (m_cfg.optimizer == OptimizerKind::Sgd && m_cfg.nesterov && m_cfg.momentum <= 0)
        throw Error("Nesterov momentum needs a momentum above 0 (got " + formatFixed(m_cfg.momentum, 2) + ")");
    if (!(m_cfg.learningRate > 0))
        throw Error("the learning rate must be above 0");
    auto options = [&](double lr) -> std::unique_ptr<torch::optim::OptimizerOptions> {
        switch (m_cfg.optimizer) {
        case OptimizerKind::Sgd:
            return std::make_unique<torch::optim::SGDOptions>(torch::optim::SGDOptions(lr)
                                                                  .momentum(m_cfg.momentum)
                                                                  .nesterov(m_cfg.nesterov)
                                                                  .weight_decay(m_cfg.weightDecay));
        case OptimizerKind::Adam:
            return std::make_unique<torch::optim::AdamOptions>(torch::optim::AdamOptions(lr).weight_decay(m_cfg.weightDecay));
        case OptimizerKind::AdamW:
            return std::make_unique<torch::optim::AdamWOptions>(torch::optim::AdamWOptions(lr).weight_decay(m_cfg.weightDecay));
        }
        return nullptr;
    };
    std::vector<torch::optim::OptimizerParamGroup> groups;
    m_baseLr.clear();
    if (!backbone.empty()) {
        const double lr = m_cfg.learningRate * m_cfg.backboneLrMultiplier;
        groups.emplace_back(backbone, options(lr));
        m_baseLr.push_back(lr);
    }
    if (!head.empty()) {
        groups.emplace_back(head, options(m_cfg.learningRate));
        m_baseLr.push_back(m_cfg.learningRate);
    }
    switch (m_cfg.optimizer) {
    case OptimizerKind::Sgd:
        m_optimizer = std::make_unique<torch::optim::SGD>(groups, torch::optim::SGDOptions(m_cfg.learningRate));
        break;
    case OptimizerKind::Adam:
        m_optimizer = std::make_unique<torch::optim::Adam>(groups, torch::optim::AdamOptions(m_cfg.learningRate));
        break;
    case OptimizerKind::AdamW:
        m_optimizer = std::make_unique<torch::optim::AdamW>(groups, torch::optim::AdamWOptions(m_cfg.learningRate));
        break;
    }
}

void Session::setLearningRate(double factor)
{
    auto& groups = m_optimizer->param_groups();
    for (std::size_t g = 0; g < groups.size(); ++g)
        groups[g].options().set_lr(m_baseLr[g] * factor);
}

void Session::prepareData()
{
    const std::int64_t mb = 1024 * 1024;
    LoaderOptions base;
    base.batchSize = m_cfg.batchSize;
    base.threads = m_cfg.loaderThreads;
    base.preprocess = m_cfg.preprocess;
    base.seed = m_cfg.seed;
    base.cacheBytes = m_cfg.imageCacheMemoryMB * mb / 2;
    LoaderOptions trainOptions = base;
    trainOptions.augment = true;
    trainOptions.augmentation = m_cfg.augment;
    m_trainLoader = std::make_unique<BatchLoader>(m_split.train, m_reader, trainOptions);
    m_valLoader = std::make_unique<BatchLoader>(m_split.validation, m_reader, base);

    m_boundary = m_model.impl()->trainableFrom();
    m_useAux = m_model.impl()->auxTrainable();
    if (const int auxMin = m_model.impl()->net->auxMinInputSize(); m_useAux && m_cfg.preprocess.cropSize < auxMin) {
        m_useAux = false;
        log({logid::kAuxOff, {std::to_string(auxMin), std::to_string(m_cfg.preprocess.cropSize)},
             "Auxiliary classifier not trained: it needs inputs of at least " + std::to_string(auxMin) + "x"
                 + std::to_string(auxMin) + " (the input size is " + std::to_string(m_cfg.preprocess.cropSize)
                 + "); the main classifier trains as usual"});
    }
    if (!m_cfg.featureCache || m_boundary == 0) {
        m_cached = false;
        return;
    }
    if (!m_cfg.augment.isIdentity()) {
        log({logid::kCacheOffAugment, {},
             "Feature cache off: augmentation changes every image each epoch, so the frozen layers must run every "
             "time. Turn augmentation off to compute them once."});
        return;
    }
    const auto& stage = m_model.impl()->net->stages().at(m_boundary);
    log({logid::kCacheComputing, {stage.name},
         "Feature cache: computing the frozen layers once (everything before " + stage.name + ")"});
    const auto started = Clock::now();
    const std::int64_t limit = m_cfg.featureCacheMemoryMB * mb;
    const std::string cacheDir = (fs::path(m_run.dir) / names::kRunFeatureCache).string();
    // Each part's count, with the rate and the time left for the whole cache (training and
    // validation images): on a large dataset it is the longest part of the run by far, so Pause
    // holds it too (after the batch in hand).
    RateMeter meter;
    Progress all;
    all.total = std::int64_t(m_split.train.size() + m_split.validation.size());
    auto progress = [&](std::size_t before, std::size_t done, std::size_t total) {
        meter.skip(waitWhilePaused());
        if (m_events.batch) {
            all.done = std::int64_t(before + done);
            meter.update(all);
            BatchProgress p;
            p.phase = "cache";
            p.epoch = 0;
            p.epochs = m_cfg.epochs;
            p.batch = int(done);
            p.batches = int(total);
            p.imagesPerSecond = all.itemsPerSecond;
            p.etaSeconds = all.etaSeconds;
            m_events.batch(p);
        }
    };
    LoaderOptions plain = base;
    plain.augment = false;
    BatchLoader trainPlain(m_split.train, m_reader, plain);
    m_trainCache.build(*m_model.impl(), m_boundary, trainPlain, limit, cacheDir + "/features-train.bin", m_autocast,
                       [&](std::size_t d, std::size_t t) { progress(0, d, t); }, &m_control.stopFlag());
    if (!m_split.validation.empty())
        m_valCache.build(*m_model.impl(), m_boundary, *m_valLoader, std::max<std::int64_t>(0, limit - m_trainCache.bytes()),
                         cacheDir + "/features-val.bin", m_autocast,
                         [&](std::size_t d, std::size_t t) { progress(m_split.train.size(), d, t); }, &m_control.stopFlag());
    m_cached = true;
    std::vector<std::string> dims;
    for (auto s : m_trainCache.rowShape())
        dims.push_back(std::to_string(s));
    const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
    const std::string images = std::to_string(m_split.train.size() + m_split.validation.size());
    const auto bytes = std::uint64_t(m_trainCache.bytes() + m_valCache.bytes());
    log({logid::kCacheReady,
         {formatFixed(seconds, 2), images, join(dims, ", "), std::to_string(bytes), m_trainCache.onDisk() ? "1" : "0"},
         "Feature cache ready in " + humanDuration(seconds) + ": " + images + " x [" + join(dims, ", ") + "], "
             + humanBytes(bytes) + (m_trainCache.onDisk() ? " on disk" : " in memory")});
    // The loaders' decoded images are no longer needed.
    m_trainLoader.reset();
    m_valLoader = std::make_unique<BatchLoader>(m_split.validation, m_reader, base);
}

Clock::duration Session::waitWhilePaused()
{
    const auto start = Clock::now();
    bool announced = false;
    while (m_control.paused() && !m_control.stopRequested()) {
        if (!announced) {
            log({logid::kPaused, {}, "Paused"});
            announced = true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    if (announced && !m_control.stopRequested())
        log({logid::kResumed, {}, "Resumed"});
    return announced ? Clock::now() - start : Clock::duration::zero();
}

torch::Tensor Session::lossOf(const torch::Tensor& logits, const torch::Tensor& targets, bool training)
{
    namespace F = torch::nn::functional;
    auto options = F::CrossEntropyFuncOptions();
    if (training) {
        options.label_smoothing(m_cfg.labelSmoothing);
        if (m_classWeights.defined())
            options.weight(m_classWeights);
    }
    return F::cross_entropy(logits.to(torch::kFloat32), targets, options);
}

void Session::prepareClassWeights()
{
    if (!m_cfg.classWeights)
        return;
    std::vector<double> counts(m_split.classes.size(), 0.0);
    for (const auto& s : m_split.train)
        counts[std::size_t(s.label)] += 1;
    std::vector<float> w;
    for (double c : counts)
        w.push_back(c > 0 ? float(double(m_split.train.size()) / (double(counts.size()) * c)) : 0.0f);
    m_classWeights = torch::tensor(w).to(m_device.device);
}

std::size_t Session::startTrainEpoch(int epoch, std::vector<std::vector<std::size_t>>& plan)
{
    if (!m_cached)
        return m_trainLoader->startEpoch(epoch, true, true);
    plan = planEpoch(m_split.train.size(), m_cfg.batchSize, m_cfg.seed, epoch);
    return plan.size();
}

bool Session::nextBatch(const std::vector<std::vector<std::size_t>>& plan, std::size_t b, torch::Tensor& x, torch::Tensor& y)
{
    const torch::Device dev = m_device.device;
    if (m_cached) {
        x = m_trainCache.gather(plan[b], dev);
        std::vector<std::int64_t> labels;
        for (auto i : plan[b])
            labels.push_back(m_split.train[i].label);
        y = torch::tensor(labels, torch::kInt64).to(dev);
        return true;
    }
    Batch batch;
    if (!m_trainLoader->next(batch, &m_control.stopFlag()))
        return false;
    x = batch.images.to(dev);
    y = batch.labels.to(dev);
    if (m_boundary > 0) {
        // The frozen prefix needs no gradient: run it as the feature cache would.
        torch::NoGradGuard guard;
        AutocastGuard amp(m_autocast);
        x = m_model.impl()->net->forwardStages(x, 0, m_boundary);
    }
    return true;
}

torch::Tensor Session::trainStep(const torch::Tensor& x, const torch::Tensor& y)
{
    m_optimizer->zero_grad();
    torch::Tensor logits, aux, loss;
    {
        AutocastGuard amp(m_autocast);
        std::tie(logits, aux) = m_model.impl()->net->forwardTrain(x, m_boundary, m_useAux);
    }
    loss = lossOf(logits, y, true);
    if (aux.defined())
        loss = loss + 0.4 * lossOf(aux, y, true);
    loss.backward();
    m_optimizer->step();
    m_lastLoss = loss.item<double>();
    return logits;
}

ClassificationMetrics Session::validate()
{
    const std::size_t classes = m_split.classes.size();
    std::vector<std::vector<std::int64_t>> confusion(classes, std::vector<std::int64_t>(classes, 0));
    m_validation = EvaluationResult{};
    m_validation.classes = m_split.classes;
    if (m_split.validation.empty())
        return ClassificationMetrics::fromConfusion(confusion);
    torch::NoGradGuard guard;
    m_model.impl()->setTraining(false);
    double lossSum = 0;
    std::int64_t seen = 0;
    // `rows`: the positions in the validation list of the batch's images.
    auto account = [&](const torch::Tensor& logits, const torch::Tensor& labels, const std::vector<std::size_t>& rows) {
        lossSum += lossOf(logits, labels, false).item<double>() * double(labels.size(0));
        seen += labels.size(0);
        const torch::Tensor probs = torch::softmax(logits.to(torch::kFloat32), 1).to(torch::kCPU).contiguous();
        for (std::int64_t i = 0; i < probs.size(0); ++i) {
            // Without the probabilities: the kept file leaves them out (EvaluationResult::fromJson).
            Prediction p = predictionOf(m_split.validation[rows[std::size_t(i)]], probs.data_ptr<float>() + i * std::int64_t(classes),
                                        classes, false);
            ++confusion[std::size_t(p.label)][std::size_t(p.predicted)];
            m_validation.predictions.push_back(std::move(p));
        }
    };
    const auto& net = m_model.impl()->net;
    const torch::Device dev = m_device.device;
    if (m_cached) {
        const std::size_t n = m_split.validation.size();
        for (std::size_t i = 0; i < n; i += std::size_t(m_cfg.batchSize)) {
            throwIfCancelled(&m_control.stopFlag());
            std::vector<std::size_t> idx;
            std::vector<std::int64_t> labels;
            for (std::size_t k = i; k < std::min(n, i + std::size_t(m_cfg.batchSize)); ++k) {
                idx.push_back(k);
                labels.push_back(m_split.validation[k].label);
            }
            AutocastGuard amp(m_autocast);
            const torch::Tensor logits = net->forwardStages(m_valCache.gather(idx, dev), m_boundary, net->stages().size());
            account(logits, torch::tensor(labels, torch::kInt64).to(dev), idx);
        }
    } else {
        m_valLoader->startEpoch(0, false);
        Batch b;
        while (m_valLoader->next(b, &m_control.stopFlag())) {
            AutocastGuard amp(m_autocast);
            const torch::Tensor logits = net->forward(b.images.to(dev));
            account(logits, b.labels.to(dev), b.indices);
        }
    }
    m_validation.metrics = ClassificationMetrics::fromConfusion(confusion, seen ? lossSum / double(seen) : 0.0);
    return m_validation.metrics;
}

CheckpointMeta Session::meta(int epochsDone) const
{
    CheckpointMeta m;
    m.architecture = m_cfg.architecture;
    m.head = m_cfg.head;
    m.classes = m_split.classes;
    m.preprocess = m_cfg.preprocess;
    m.freeze = m_cfg.freeze;
    m.epoch = epochsDone;
    return m;
}

TrainResult Session::run(bool resume)
{
    const auto started = Clock::now();
    TrainResult result;
    // The run's random numbers are its own: other threads' cannot change them (see RandomScope).
    nets::RandomScope random(m_cfg.seed);
    setUp();

    int startEpoch = 0;
    if (resume) {
        std::error_code ec;
        const std::string last = lastCheckpointPath(m_run.dir);
        if (fs::exists(last, ec)) {
            const CheckpointMeta saved = restoreCheckpoint(last, m_model, m_optimizer.get());
            startEpoch = saved.epoch;
            m_step = saved.state.value("step", std::int64_t(0));
            m_best.epoch = saved.state.value("best_epoch", 0);
            m_best.score = saved.state.value("best_score", -1e300);
            m_best.loss = saved.state.value("best_loss", 1e300);
            m_best.stale = saved.state.value("stale", 0);
            m_run.history.clear();
            for (const auto& h : saved.state.value("history", Json::array()))
                m_run.history.push_back(EpochMetrics::fromJson(h));
            log({logid::kResuming, {std::to_string(startEpoch), std::to_string(m_cfg.epochs)},
                 "Resuming after epoch " + std::to_string(startEpoch) + " of " + std::to_string(m_cfg.epochs)});
        } else {
            m_run.history.clear();
            log({logid::kRestarting, {}, "No checkpoint yet: starting the run again from the beginning"});
        }
    }

    prepareClassWeights();

    m_run.status = "running";
    m_run.message.clear();
    m_run.updated = nowIso8601();
    m_run.save();

    try {
        prepareData();
    } catch (const CancelledError&) {
        m_run.status = "stopped";
        m_run.message = "stopped while computing the feature cache";
        m_run.save();
        result.run = m_run;
        result.stopped = true;
        result.seconds = std::chrono::duration<double>(Clock::now() - started).count();
        return result;
    }
    m_run.usedFeatureCache = m_cached;
    std::vector<std::vector<std::size_t>> plan;
    const std::size_t stepsPerEpoch = startTrainEpoch(0, plan);
    const std::int64_t totalSteps = std::int64_t(stepsPerEpoch) * m_cfg.epochs;

    // Per-batch curve for charts (batches.csv); rows of an epoch lost to a crash are ignored on load.
    std::ofstream curve(fs::path(m_run.dir) / "batches.csv", std::ios::app);
    if (curve.tellp() == 0)
        curve << "epoch,batch,batches,loss,learning_rate\n";
    double trainSeconds = 0; // time spent in epochs, for the ETA
    std::int64_t batchesTimed = 0;
    bool stopped = false, early = false;
    // The smoothed loss of the charts: an exponential average over the run's batches, not restarted
    // each epoch (on an epoch of a few batches that drew a saw-tooth: each epoch started from its
    // own first batch), divided by its weight so far so that it starts at the first batch's loss.
    double lossAverage = 0, averageWeight = 0;
    const SingleThreadedBlasGuard blas(blasOnOneThread());
    for (int epoch = startEpoch; epoch < m_cfg.epochs && !stopped && !early; ++epoch) {
        auto epochStart = Clock::now();
        // Each epoch's dropout from its own seed, so that a resumed run draws what an uninterrupted
        // one did (the run's own generators, CPU and GPU: see RandomScope).
        random.reseed(mixSeed(m_cfg.seed, std::uint64_t(epoch)));
        m_model.impl()->setTraining(true);
        m_step = std::int64_t(epoch) * std::int64_t(stepsPerEpoch);
        const std::size_t batches = startTrainEpoch(epoch, plan);
        double lossSum = 0;
        std::int64_t correct = 0, seen = 0;
        RateMeter meter;
        Progress rate;
        rate.total = std::int64_t(m_split.train.size());
        try {
            for (std::size_t b = 0; b < batches; ++b) {
                const Clock::duration paused = waitWhilePaused();
                epochStart += paused;
                meter.skip(paused);
                if (m_control.stopRequested()) {
                    stopped = true;
                    break;
                }
                torch::Tensor x, y;
                if (!nextBatch(plan, b, x, y))
                    break;
                const double factor = learningRateFactor(m_cfg, m_step, std::int64_t(stepsPerEpoch), totalSteps);
                setLearningRate(factor);
                const torch::Tensor logits = trainStep(x, y);
                ++m_step;

                const double l = m_lastLoss;
                if (!std::isfinite(l)) {
                    const bool nan = std::isnan(l);
                    const std::string rate = formatFixed(m_cfg.learningRate, 6);
                    throw Error(LogMessage{logid::kErrorDiverged, {nan ? "nan" : "infinite", rate},
                                           std::string("training diverged (the loss became ") + (nan ? "NaN" : "infinite")
                                               + "); lower the learning rate (now " + rate + ")"});
                }
                const std::int64_t n = y.size(0);
                lossSum += l * double(n);
                seen += n;
                correct += logits.argmax(1).eq(y).sum().item<std::int64_t>();
                lossAverage = 0.9 * lossAverage + 0.1 * l;
                averageWeight = 0.9 * averageWeight + 0.1;
                const double smoothed = lossAverage / averageWeight;
                curve << epoch + 1 << ',' << b + 1 << ',' << batches << ',' << smoothed << ','
                      << m_baseLr.back() * factor << '\n';
                rate.done = seen;
                meter.update(rate);
                ++batchesTimed;
                if (m_events.batch) {
                    BatchProgress p;
                    p.phase = "train";
                    p.epoch = epoch + 1;
                    p.epochs = m_cfg.epochs;
                    p.batch = int(b + 1);
                    p.batches = int(batches);
                    p.loss = smoothed;
                    p.batchLoss = l;
                    p.accuracy = double(correct) / double(seen);
                    p.learningRate = m_baseLr.back() * factor;
                    p.imagesPerSecond = rate.itemsPerSecond;
                    p.cachedFeatures = m_cached;
                    const double elapsed = trainSeconds + std::chrono::duration<double>(Clock::now() - epochStart).count();
                    const double perBatch = elapsed / double(std::max<std::int64_t>(1, batchesTimed));
                    const std::int64_t remaining = std::int64_t(m_cfg.epochs - epoch - 1) * std::int64_t(batches)
                        + std::int64_t(batches - b - 1);
                    p.etaSeconds = perBatch * double(remaining);
                    m_events.batch(p);
                }
            }
        } catch (const CancelledError&) {
            stopped = true;
        }
        curve.flush();
        if (stopped)
            break;

        EpochMetrics em;
        em.epoch = epoch + 1;
        em.trainLoss = seen ? lossSum / double(seen) : 0;
        em.trainAccuracy = seen ? double(correct) / double(seen) : 0;
        em.learningRate = m_optimizer->param_groups().back().options().get_lr();
        try {
            if (m_events.batch) {
                BatchProgress p;
                p.phase = "validate";
                p.epoch = epoch + 1;
                p.epochs = m_cfg.epochs;
                m_events.batch(p);
            }
            em.validation = validate();
            em.hasValidation = !m_split.validation.empty();
        } catch (const CancelledError&) {
            stopped = true;
            break;
        }
        em.seconds = std::chrono::duration<double>(Clock::now() - epochStart).count();
        trainSeconds += em.seconds;

        // Best model: by the monitored validation metric (ties in accuracy go to the lower loss);
        // without validation data the latest model is the best one.
        // A loss must drop by more than kMinDelta to count, so that noise is not progress.
        constexpr double kMinDelta = 1e-4;
        bool improved;
        if (!em.hasValidation) {
            improved = true;
        } else if (m_cfg.monitor == MonitorMetric::ValidationAccuracy) {
            const double s = em.validation.accuracy;
            improved = s > m_best.score + 1e-9
                || (std::fabs(s - m_best.score) <= 1e-9 && em.validation.loss < m_best.loss - kMinDelta);
        } else {
            improved = -em.validation.loss > m_best.score + kMinDelta;
        }
        if (improved) {
            m_best.epoch = em.epoch;
            m_best.score = m_cfg.monitor == MonitorMetric::ValidationAccuracy ? em.validation.accuracy : -em.validation.loss;
            m_best.loss = em.validation.loss;
            m_best.stale = 0;
            em.best = true;
            CheckpointMeta best = meta(em.epoch);
            best.state = em.toJson();
            saveModelCheckpoint(bestModelPath(m_run.dir), m_model, best);
            // The best model's evaluation of the validation images, as this epoch measured it: the
            // Evaluate step shows it at once instead of running the network over them again.
            if (em.hasValidation && m_validation.predictions.size() == m_split.validation.size()) {
                try {
                    keepRunEvaluation(m_run.dir, "validation", m_validation);
                } catch (const std::exception&) { // a disk that cannot take it fails nothing: Evaluate runs it
                }
            }
        } else {
            ++m_best.stale;
        }
        m_run.history.push_back(em);
        for (auto& h : m_run.history)
            h.best = h.epoch == m_best.epoch;
        m_run.bestEpoch = m_best.epoch;

        CheckpointMeta last = meta(em.epoch);
        Json history = Json::array();
        for (const auto& h : m_run.history)
            history.push_back(h.toJson());
        last.state = Json{{"step", m_step},         {"best_epoch", m_best.epoch}, {"best_score", m_best.score},
                          {"best_loss", m_best.loss}, {"stale", m_best.stale},    {"history", history},
                          {"rng", "torch and data order reseeded from (seed, epoch) at each epoch"}};
        saveCheckpoint(lastCheckpointPath(m_run.dir), m_model, last, m_optimizer.get());
        m_run.updated = nowIso8601();
        m_run.save();

        const std::string trainLoss = formatFixed(em.trainLoss, 4), trainAccuracy = formatFixed(100 * em.trainAccuracy, 1);
        const std::string valLoss = em.hasValidation ? formatFixed(em.validation.loss, 4) : "";
        const std::string valAccuracy = em.hasValidation ? formatFixed(100 * em.validation.accuracy, 1) : "";
        const std::string seconds = formatFixed(em.seconds, em.seconds < 1 ? 2 : 1);
        std::string line = "Epoch " + std::to_string(em.epoch) + "/" + std::to_string(m_cfg.epochs) + ": train loss "
            + trainLoss + ", accuracy " + trainAccuracy + "%";
        if (em.hasValidation)
            line += "; validation loss " + valLoss + ", accuracy " + valAccuracy + "%";
        line += "; " + seconds + " s" + (em.best ? " (best)" : "");
        log({logid::kEpoch,
             {std::to_string(em.epoch), std::to_string(m_cfg.epochs), trainLoss, trainAccuracy,
              em.hasValidation ? "1" : "0", valLoss, valAccuracy, seconds, em.best ? "1" : "0"},
             line});
        if (m_events.epoch)
            m_events.epoch(em);

        if (m_cfg.earlyStopPatience > 0 && em.hasValidation && m_best.stale >= m_cfg.earlyStopPatience) {
            early = true;
            log({logid::kEarlyStop,
                 {m_cfg.monitor == MonitorMetric::ValidationLoss ? "loss" : "accuracy", std::to_string(m_best.stale),
                  std::to_string(m_best.epoch)},
                 "Early stop: no improvement of " + monitorName(m_cfg.monitor) + " for " + std::to_string(m_best.stale)
                     + " epochs; the best model is from epoch " + std::to_string(m_best.epoch)});
        }
    }

    removeTree(fs::path(m_run.dir) / names::kRunFeatureCache);
    m_run.status = stopped ? "stopped" : early ? "early-stopped" : "finished";
    if (stopped)
        m_run.message = "stopped by the user after " + countOf(m_run.epochsCompleted(), "complete epoch", "complete epochs");
    m_run.updated = nowIso8601();
    m_run.save();
    if (stopped)
        log({logid::kStopped, {std::to_string(m_run.epochsCompleted())}, "Stopped: " + m_run.message + "; resume to continue"});
    else {
        log({logid::kFinished, {early ? "1" : "0", std::to_string(m_best.epoch)},
             "Training " + m_run.status + (m_best.epoch ? "; best model from epoch " + std::to_string(m_best.epoch) : "")});
        for (const LogMessage& advice : runAdvice(m_run))
            log(advice);
    }
    result.run = m_run;
    result.stopped = stopped;
    result.earlyStopped = early;
    result.seconds = std::chrono::duration<double>(Clock::now() - started).count();
    return result;
}

LearningRateFinding Session::findLearningRate(const LearningRateSearch& search,
                                              const std::function<void(const LearningRatePoint&, int, int)>& onPoint)
{
    const auto started = Clock::now();
    LearningRateFinding result;
    nets::RandomScope random(m_cfg.seed);
    setUp();
    result.device = m_run.device;
    prepareClassWeights();
    try {
        prepareData();
    } catch (const CancelledError&) {
        result.stopped = true;
        return result;
    }
    m_model.impl()->setTraining(true);
    const SingleThreadedBlasGuard blas(blasOnOneThread());
    // Batches as training draws them, epoch after epoch until the steps are done.
    int epoch = 0;
    std::vector<std::vector<std::size_t>> plan;
    std::size_t b = 0, batches = startTrainEpoch(epoch, plan);
    const double ratio = search.maxRate / search.minRate;
    double average = 0, lowest = std::numeric_limits<double>::infinity();
    constexpr double kBeta = 0.98; // fastai's smoothing
    try {
        for (int i = 0; i < search.steps; ++i) {
            waitWhilePaused();
            if (m_control.stopRequested()) {
                result.stopped = true;
                break;
            }
            torch::Tensor x, y;
            if (b == batches || !nextBatch(plan, b, x, y)) {
                batches = startTrainEpoch(++epoch, plan);
                b = 0;
                if (!nextBatch(plan, b, x, y))
                    break;
            }
            ++b;
            const double rate = search.minRate * std::pow(ratio, search.steps > 1 ? double(i) / double(search.steps - 1) : 0.0);
            setLearningRate(rate / m_cfg.learningRate); // the backbone's at its multiplier, as in training
            trainStep(x, y);
            const double loss = m_lastLoss;
            if (!std::isfinite(loss)) {
                result.diverged = true;
                break;
            }
            average = kBeta * average + (1 - kBeta) * loss;
            LearningRatePoint point;
            point.learningRate = rate;
            point.loss = average / (1 - std::pow(kBeta, i + 1));
            point.batchLoss = loss;
            result.points.push_back(point);
            lowest = std::min(lowest, point.loss);
            if (onPoint)
                onPoint(point, i + 1, search.steps);
            if (i > 0 && point.loss > search.divergeFactor * lowest) {
                result.diverged = true;
                break;
            }
        }
    } catch (const CancelledError&) {
        result.stopped = true;
    }
    if (!result.points.empty()) {
        const auto low = std::min_element(result.points.begin(), result.points.end(),
                                          [](const LearningRatePoint& a, const LearningRatePoint& b) { return a.loss < b.loss; });
        result.lowestLoss = low->learningRate;
    }
    result.suggested = suggestLearningRate(result.points);
    result.seconds = std::chrono::duration<double>(Clock::now() - started).count();
    return result;
}

} // namespace

double suggestLearningRate(const std::vector<LearningRatePoint>& points)
{
    // fastai's "valley": the longest run of points whose loss keeps falling (not necessarily
    // adjacent ones), and the rate a little past its middle: steep enough to learn fast, well
    // before the loss turns up.
    const std::size_t n = points.size();
    if (n < 10)
        return 0;
    std::vector<std::size_t> longest(n, 1);
    std::size_t start = 0, end = 0;
    for (std::size_t i = 1; i < n; ++i) {
        for (std::size_t j = 0; j < i; ++j)
            if (points[i].loss < points[j].loss && longest[i] < longest[j] + 1)
                longest[i] = longest[j] + 1;
        if (longest[end] < longest[i]) {
            end = i;
            start = end + 1 - longest[end];
        }
    }
    const double sections = double(end - start) / 3.0;
    const std::size_t index = start + std::size_t(sections) + std::size_t(sections / 2);
    return points[std::min(index, n - 1)].learningRate;
}

Model buildModel(const TrainConfig& config, const LogSink& log)
{
    nets::RandomScope random(config.seed); // the initialisation follows the seed alone
    const ArchitectureInfo& info = architecture(config.architecture);
    Model model;
    if (config.weights.empty()) {
        model = Model::create(info.name, config.head.numClasses);
        model.replaceHead(config.head);
        if (log)
            log({logid::kModelScratch, {info.displayName},
                 "Model: " + info.displayName + " from scratch (random initialisation)"});
    } else {
        // Official files carry the 1000-class ImageNet head; files of other heads load all but the head.
        model = Model::create(info.name, 1000);
        model.replaceHead(config.head);
        LoadWeightsOptions options;
        options.allowHeadMismatch = true;
        const WeightsLoadReport report = model.loadWeights(config.weights, options);
        if (log)
            log({logid::kModelWeights,
                 {info.displayName, config.weights, std::to_string(report.tensorsLoaded), report.format,
                  join(report.skippedHead, ", ")},
                 "Model: " + info.displayName + " with weights " + config.weights + ": " + report.summary()});
    }
    model.applyFreeze(config.freeze);
    if (log) {
        const auto trainable = model.trainableParameterCount(), total = model.parameterCount();
        std::vector<std::string> args{std::to_string(trainable), std::to_string(total)};
        for (const auto& rule : config.freeze.rules) {
            args.push_back(rule.trainable ? "train" : "freeze");
            args.push_back(rule.pattern);
        }
        log({logid::kTrainable, args,
             "Trainable parameters: " + humanCount(trainable) + " of " + humanCount(total)
                 + (config.freeze.empty() ? "" : " (" + config.freeze.describe() + ")")});
    }
    return model;
}

namespace {

// What a run needs from its inputs that LibTorch would otherwise reject halfway through.
void checkInputs(const TrainConfig& config, const DatasetSplit& split)
{
    const ArchitectureInfo& arch = architecture(config.architecture);
    if (config.preprocess.cropSize < arch.minInputSize)
        throw Error(LogMessage{logid::kErrorInputTooSmall,
                               {arch.displayName, std::to_string(arch.minInputSize), std::to_string(config.preprocess.cropSize)},
                               arch.displayName + " needs input images of at least " + std::to_string(arch.minInputSize) + "x"
                                   + std::to_string(arch.minInputSize) + " pixels (the input size is "
                                   + std::to_string(config.preprocess.cropSize) + "); raise the input size"});
    split.checkLabels();
}

TrainResult runSession(RunInfo run, DatasetSplit split, const ImageReader& reader, const TrainEvents& events,
                       TrainControl& control, bool resume, std::vector<LogMessage> notes = {})
{
    const std::string dir = run.dir;
    // Record a failure so that the run folder tells what happened, in run.json and at the end of
    // its log; the caller reports it too.
    auto recordFailure = [&dir](const Error& error) {
        try {
            const LogMessage why = error.message();
            appendRunLog(dir, nowIso8601(), failedLine(why));
            RunInfo failed = RunInfo::load(dir);
            failed.status = "failed";
            failed.message = why.text;
            failed.updated = nowIso8601();
            failed.save();
        } catch (const std::exception&) {
        }
    };
    Session session(std::move(run), std::move(split), reader, events, control);
    session.notes = std::move(notes);
    try {
        return session.run(resume);
    } catch (const Error& e) {
        recordFailure(e);
        throw;
    } catch (const c10::Error& e) {
        const Error error(LogMessage{logid::kErrorLibTorch, {e.what_without_backtrace()},
                                     std::string("training failed inside LibTorch: ") + e.what_without_backtrace()});
        recordFailure(error);
        throw error;
    }
}

} // namespace

LearningRateFinding findLearningRate(const TrainConfig& configIn, const DatasetSplit& splitIn, const ImageReader& reader,
                                     const LearningRateSearch& search, const LearningRateEvents& events, TrainControl& control)
{
    if (!(search.minRate > 0) || !(search.maxRate > search.minRate))
        throw Error("the learning rates to search must be above 0, the highest above the lowest");
    if (search.steps < 2)
        throw Error("a learning-rate search needs at least 2 steps");
    if (splitIn.classes.size() < 2)
        throw Error(LogMessage{logid::kErrorTooFewClasses, {std::to_string(splitIn.classes.size())},
                               "a classifier needs at least two classes (found " + std::to_string(splitIn.classes.size()) + ")"});
    if (!reader)
        throw Error("no image reader");
    if (configIn.batchSize < 1)
        throw Error("the batch size must be at least 1");
    checkInputs(configIn, splitIn);
    checkDeviceAvailable(configIn.device);
    // Only the training images: nothing is validated. The feature cache, when it is used, goes to
    // a folder of its own that is removed afterwards, with anything else written there.
    DatasetSplit split = splitIn;
    split.validation.clear();
    split.test.clear();
    // No more images than the search's batches take: on a large dataset the feature cache of every
    // training image would cost more than the search itself.
    const std::size_t enough = std::size_t(search.steps) * std::size_t(configIn.batchSize);
    if (split.train.size() > enough) {
        std::vector<std::size_t> order(split.train.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        seededShuffle(order, configIn.seed);
        order.resize(enough);
        std::sort(order.begin(), order.end());
        std::vector<Sample> some;
        for (std::size_t i : order)
            some.push_back(split.train[i]);
        split.train = std::move(some);
    }
    RunInfo run;
    run.config = configIn;
    run.config.head.numClasses = int(split.classes.size());
    if (!(run.config.learningRate > 0))
        run.config.learningRate = 1e-3; // only the ratio of the rates searched to it is used
    run.classes = split.classes;
    const fs::path scratch = uniquePath(fs::temp_directory_path(), "graft-learning-rate");
    std::error_code ec;
    fs::create_directories(scratch, ec);
    if (ec)
        throw Error(scratch.string() + ": cannot create a folder for the search (" + ec.message()
                    + "); free some space in the temporary folder (TMPDIR)");
    run.dir = scratch.string();
    struct RemoveAfter
    {
        fs::path path;
        ~RemoveAfter() { removeTree(path); }
    } removeAfter{scratch};
    TrainEvents trainEvents;
    trainEvents.batch = events.cache;
    trainEvents.log = events.log;
    Session session(std::move(run), std::move(split), reader, trainEvents, control);
    try {
        return session.findLearningRate(search, events.point);
    } catch (const c10::Error& e) {
        throw Error(LogMessage{logid::kErrorLibTorch, {e.what_without_backtrace()},
                               std::string("the learning-rate search failed inside LibTorch: ") + e.what_without_backtrace()});
    }
}

TrainResult train(const TrainJob& job, const TrainEvents& events, TrainControl& control)
{
    if (job.runDir.empty())
        throw Error("no run folder given (--out)");
    RunInfo::requireNone(job.runDir);
    if (job.split.classes.size() < 2)
        throw Error(LogMessage{logid::kErrorTooFewClasses, {std::to_string(job.split.classes.size())},
                               "a classifier needs at least two classes (found " + std::to_string(job.split.classes.size()) + ")"});
    if (!job.reader)
        throw Error("no image reader");
    if (job.config.epochs < 1 || job.config.batchSize < 1)
        throw Error("epochs and batch size must be at least 1");
    checkInputs(job.config, job.split);
    checkDeviceAvailable(job.config.device); // before the run folder: a retry on the CPU may use the same name
    std::error_code ec;
    fs::create_directories(job.runDir, ec);
    if (ec)
        throw Error(LogMessage{logid::kErrorRunFolderNotCreated, {job.runDir, ec.message()},
                               job.runDir + ": cannot create the run folder (" + ec.message()
                                   + "); choose a folder you can write to, or free some disk space"});
    const FileLock lock = lockRunFolder(job.runDir);
    RunInfo::requireNone(job.runDir); // started by another process since the check above
    RunInfo run;
    run.dir = job.runDir;
    run.config = job.config;
    run.config.head.numClasses = int(job.split.classes.size());
    run.classes = job.split.classes;
    run.created = run.updated = nowIso8601();
    run.status = "running";
    job.split.save((fs::path(job.runDir) / names::kRunSplit).string());
    run.save();
    return runSession(std::move(run), job.split, job.reader, events, control, false);
}

std::string replayMoves(const std::string& path, const std::vector<MovedImage>& moves, const MovedImage** lastMove)
{
    std::string now = path;
    for (const MovedImage& m : moves)
        if (m.folder && isUnderFolder(now, m.from)) {
            now = m.to + now.substr(m.from.size());
        } else if (!m.folder && m.from == now) {
            now = m.to;
            if (lastMove)
                *lastMove = &m;
        }
    return now;
}

std::size_t followMoves(DatasetSplit& split, const std::vector<MovedImage>& moves, std::size_t* renamedOnly)
{
    // Names a class had before or after its folder was renamed, grouped: a move into "Coat" is a
    // move into the split's class "Jacket" when Coat was renamed Jacket (or the other way round).
    std::map<std::string, std::string> alias;
    const std::function<std::string(const std::string&)> root = [&](const std::string& n) {
        const auto it = alias.find(n);
        return it == alias.end() || it->second == n ? n : root(it->second);
    };
    for (const MovedImage& m : moves)
        if (m.folder && !m.oldClass.empty() && !m.newClass.empty() && root(m.oldClass) != root(m.newClass))
            alias[root(m.oldClass)] = root(m.newClass);
    const auto classIndex = [&](const std::string& name) {
        for (std::size_t c = 0; c < split.classes.size(); ++c)
            if (split.classes[c] == name)
                return int(c);
        for (std::size_t c = 0; c < split.classes.size(); ++c)
            if (root(split.classes[c]) == root(name))
                return int(c);
        return -1;
    };
    std::size_t changed = 0;
    if (renamedOnly)
        *renamedOnly = 0;
    for (auto* part : {&split.train, &split.validation, &split.test})
        for (Sample& s : *part) {
            const MovedImage* last = nullptr;
            const std::string path = replayMoves(s.path, moves, &last);
            std::error_code ec;
            if (path == s.path || fs::exists(s.path, ec) || !fs::exists(path, ec))
                continue; // not moved, put back, or gone from there too: nothing to follow
            s.path = path;
            if (last)
                if (const int label = classIndex(last->newClass); label >= 0)
                    s.label = label;
            ++changed;
            if (!last && renamedOnly)
                ++*renamedOnly;
        }
    return changed;
}

namespace {
// The deepest folder that holds all of `paths` (files).
std::string commonFolder(const std::vector<std::string>& paths)
{
    if (paths.empty())
        return {};
    fs::path common = fs::path(paths.front()).parent_path();
    for (const std::string& p : paths)
        while (!common.empty() && common != common.root_path()) {
            const auto rel = fs::path(p).lexically_relative(common);
            if (!rel.empty() && *rel.begin() != "..")
                break;
            common = common.parent_path();
        }
    return common.string();
}
} // namespace

DatasetSplit currentRunSplit(const std::string& runDir, const std::vector<std::string>& datasetRoots,
                             const std::vector<MovedImage>& moves, std::vector<LogMessage>* notes)
{
    DatasetSplit split = DatasetSplit::load((fs::path(runDir) / names::kRunSplit).string());
    DatasetRelocation relocation(datasetRoots);
    std::error_code ec;
    if (!split.savedIn.empty()) // the run folder moved: its images moved along when they were beside it
        relocation.addMovedFolder(split.savedIn, fs::absolute(fs::path(runDir), ec).lexically_normal().string());
    const DatasetSplit before = split;
    const std::size_t relocated = relocateSplit(split, relocation);
    std::vector<MovedImage> followed = moves;
    for (MovedImage& m : followed) {
        m.from = relocation.map(m.from);
        m.to = relocation.map(m.to);
    }
    std::size_t renamed = 0;
    const std::size_t followedCount = followMoves(split, followed, &renamed);
    const std::size_t moved = followedCount - renamed;
    if (notes && relocated) {
        // Named by the folders that hold all of the images that changed, then and now.
        std::vector<std::string> then, now;
        for (const auto& [a, b] : {std::pair{&before.train, &split.train}, std::pair{&before.validation, &split.validation},
                                   std::pair{&before.test, &split.test}})
            for (std::size_t i = 0; i < a->size(); ++i)
                if ((*a)[i].path != (*b)[i].path) {
                    then.push_back((*a)[i].path);
                    now.push_back((*b)[i].path);
                }
        const std::string folderNow = commonFolder(now), folderThen = commonFolder(then);
        notes->push_back({logid::kImagesRelocated, {std::to_string(relocated), folderNow, folderThen},
                          countOf(std::int64_t(relocated), "image", "images") + " of the run found in " + folderNow
                              + ", where their dataset is now (it was in " + folderThen + ")"});
    }
    if (notes && renamed)
        notes->push_back({logid::kImagesRenamed, {std::to_string(renamed)},
                          countOf(std::int64_t(renamed), "image", "images") + " in class folders renamed since the run "
                          "began: read from the renamed folders, with the run's class names"});
    if (notes && moved)
        notes->push_back({logid::kImagesMoved, {std::to_string(moved)},
                          countOf(std::int64_t(moved), "image", "images")
                              + " moved to another class since the run began: used where "
                              + (moved == 1 ? "it is" : "they are") + " now, with " + (moved == 1 ? "its" : "their")
                              + " new class"});
    return split;
}

TrainResult resumeTraining(const std::string& runDir, const ImageReader& reader, const TrainEvents& events,
                           TrainControl& control, const ResumeOptions& options)
{
    if (!RunInfo::exists(runDir))
        RunInfo::load(runDir); // throws the message naming the folder, before a lock file is put there
    const FileLock lock = lockRunFolder(runDir);
    RunInfo run = RunInfo::load(runDir); // as the last session left it
    std::vector<LogMessage> notes;
    DatasetSplit split = currentRunSplit(runDir, options.datasetRoots, options.moved, &notes);
    if (!notes.empty())
        split.save((fs::path(runDir) / names::kRunSplit).string());
    // Images gone since: a few (bad ones deleted) and the run goes on without them, split.json
    // keeping them for when they come back; most of them, or all of a class's training images,
    // is a dataset that is not there, and training on the rest would be another run.
    std::set<std::string> missing;
    for (const auto* part : {&split.train, &split.validation})
        for (std::string& path : missingFiles(*part))
            missing.insert(std::move(path));
    if (!missing.empty()) {
        DatasetSplit present = split;
        for (auto* part : {&present.train, &present.validation})
            part->erase(std::remove_if(part->begin(), part->end(), [&](const Sample& s) { return missing.count(s.path) > 0; }),
                        part->end());
        std::vector<int> before(split.classes.size(), 0), after(split.classes.size(), 0);
        for (const Sample& s : split.train)
            ++before[std::size_t(s.label)];
        for (const Sample& s : present.train)
            ++after[std::size_t(s.label)];
        std::string emptied;
        for (std::size_t c = 0; c < before.size() && emptied.empty(); ++c)
            if (before[c] > 0 && after[c] == 0)
                emptied = split.classes[c];
        const std::string example = *missing.begin();
        if (mostlyMissing(missing.size(), split.train.size() + split.validation.size()) || !emptied.empty())
            throw Error(LogMessage{
                logid::kErrorImagesMissing, {std::to_string(missing.size()), example, emptied},
                countOf(std::int64_t(missing.size()), "image", "images") + " of the run "
                    + (missing.size() == 1 ? "is" : "are") + " not where the run found "
                    + (missing.size() == 1 ? "it" : "them") + ", such as " + example
                    + (emptied.empty() ? std::string() : ", every training image of the class " + emptied)
                    + ". If the dataset's folder was moved or renamed, give its new place (open the dataset there "
                      "in the project, or graft-cli resume --moved-dataset DIR); if images were deleted, put them "
                      "back, or start a new run on the dataset as it is now"});
        notes.push_back({logid::kImagesMissing, {std::to_string(missing.size()), example},
                         countOf(std::int64_t(missing.size()), "image", "images") + " of the run "
                             + (missing.size() == 1 ? "is no longer there (deleted, or moved out of the dataset): " + example
                                                        + "; trained without it; put it back to train on it again"
                                                    : "are no longer there (deleted, or moved out of the dataset), such as "
                                                        + example + ": trained without them; put them back to train on "
                                                          "them again")});
        split = std::move(present);
    }
    if (options.epochs > 0) {
        if (options.epochs < run.epochsCompleted())
            throw Error(runDir + ": already trained for " + std::to_string(run.epochsCompleted()) + " epochs; --epochs "
                        "must be at least that");
        run.config.epochs = options.epochs;
    } else if (RunInfo::hasEnded(run.status)) {
        throw Error(runDir + ": this run is " + run.status + " after " + std::to_string(run.epochsCompleted())
                    + " epochs; pass --epochs N (more than " + std::to_string(run.epochsCompleted())
                    + ") to train further");
    }
    if (options.deviceOverride >= 0)
        run.config.device = DeviceChoice(options.deviceOverride);
    if (options.threads >= 0)
        run.config.threads = options.threads;
    checkInputs(run.config, split);
    return runSession(std::move(run), split, reader, events, control, true, std::move(notes));
}

} // namespace graft
