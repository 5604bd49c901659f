// The trainer on synthetic shapes and on torchvision-made weights: convergence, determinism, stop,
// resume after an interruption, freezing, the feature cache, early stopping and the options.
#include "SyntheticShapes.h"
#include "TestEnv.h"
#include "TorchProbe.h"
#include "core/Error.h"
#include "core/Files.h"
#include "core/Text.h"
#include "train/Checkpoint.h"
#include "train/Classifier.h"
#include "train/Device.h"
#include "train/Evaluator.h"
#include "train/Metrics.h"
#include "train/RunAdvice.h"
#include "train/Trainer.h"

#include <QDir>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <fstream>
#include <csignal>
#include <dlfcn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <thread>

using namespace graft;

namespace {
TrainConfig smallConfig(const std::string& arch, int size = 32)
{
    TrainConfig c = TrainConfig::forArchitecture(arch);
    c.preprocess.resizeSize = size;
    c.preprocess.cropSize = size;
    c.augment.enabled = false;
    c.epochs = 3;
    c.batchSize = 16;
    c.learningRate = 2e-3;
    c.threads = 2;
    c.loaderThreads = 2;
    c.seed = 5;
    return c;
}

TrainResult run(const QString& dir, const TrainConfig& config, const DatasetSplit& split, TrainEvents events = {})
{
    TrainControl control;
    return train(TrainJob{dir.toStdString(), config, split, test::shapeReader()}, events, control);
}

} // namespace

class TestTraining final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_weights; // torchvision resnet18 weights (random but fixed), as a user would import them

    QString dir(const QString& name) const { return m_dir.filePath(name); }

    // ResNet-18 with the imported weights, training only its new 4-class head.
    TrainConfig headOnlyConfig(int size = 32) const
    {
        TrainConfig c = smallConfig("resnet18", size);
        c.weights = m_weights.toStdString();
        c.head.numClasses = 4;
        c.freeze = buildModel(c).presetHeadOnly();
        return c;
    }

private Q_SLOTS:
    void followMovesToTheLastPlace()
    {
        // Continuing and evaluating a run read a moved image where it is now: moved twice, at the
        // second place with the last class; one put back where it was, unchanged.
        QTemporaryDir dir;
        const std::string root = dir.path().toStdString();
        auto file = [&](const std::string& name) {
            test::writeBytes(QString::fromStdString(root + "/" + name), "x");
            return root + "/" + name;
        };
        const std::string first = root + "/a/1.png", second = root + "/b/1.png", last = file("c/1.png");
        const std::string back = file("a/2.png");
        DatasetSplit split;
        split.classes = {"a", "b", "c"};
        split.validation = {{first, 0}, {back, 0}};
        const std::vector<MovedImage> moves{{first, second, "b"}, {second, last, "c"}, {back, root + "/b/2.png", "b"}};
        QCOMPARE(followMoves(split, moves), std::size_t(1));
        QCOMPARE(split.validation[0].path, last);
        QCOMPARE(split.validation[0].label, 2);
        QCOMPARE(split.validation[1].path, back);
        QCOMPARE(split.validation[1].label, 0);
    }

    void followMovesThroughRenamedClassFolders()
    {
        // The class folder "c" renamed "coat" after training (Data: Rename class), an image of "a"
        // moved into it before the rename and another after it, under the new name: the run reads
        // them all in "coat" and gives them its own class "c". The folder "b" renamed twice.
        QTemporaryDir dir;
        const std::string root = dir.path().toStdString();
        for (const char* f : {"coat/1.png", "coat/moved-before.png", "coat/moved-after.png", "bags/1.png"})
            test::writeBytes(QString::fromStdString(root + "/" + f), "x");
        DatasetSplit split;
        split.classes = {"a", "b", "c"};
        split.train = {{root + "/c/1.png", 2}, {root + "/a/before.png", 0}, {root + "/a/after.png", 0},
                       {root + "/b/1.png", 1}, {root + "/bc/1.png", 1}};
        std::vector<MovedImage> moves{
            {root + "/a/before.png", root + "/c/moved-before.png", "c"},
            {root + "/c", root + "/coat", "coat", true, "c"},
            {root + "/a/after.png", root + "/coat/moved-after.png", "coat"},
            {root + "/b", root + "/bag", "bag", true, "b"},
            {root + "/bag", root + "/bags", "bags", true, "bag"},
        };
        std::size_t renamedOnly = 0;
        QCOMPARE(followMoves(split, moves, &renamedOnly), std::size_t(4));
        QCOMPARE(renamedOnly, std::size_t(2));
        QCOMPARE(split.train[0].path, root + "/coat/1.png");
        QCOMPARE(split.train[0].label, 2);
        QCOMPARE(split.train[1].path, root + "/coat/moved-before.png");
        QCOMPARE(split.train[1].label, 2);
        QCOMPARE(split.train[2].path, root + "/coat/moved-after.png");
        QCOMPARE(split.train[2].label, 2); // "coat" is the run's "c"
        QCOMPARE(split.train[3].path, root + "/bags/1.png");
        QCOMPARE(split.train[3].label, 1);
        QCOMPARE(split.train[4].path, root + "/bc/1.png"); // "bc" is not below "b"
        // One path at a time (a kept evaluation's images): where it is now, and the move that took it.
        const MovedImage* last = nullptr;
        QCOMPARE(replayMoves(root + "/c/9.png", moves, &last), root + "/coat/9.png");
        QVERIFY(last == nullptr); // only its folder was renamed
        QCOMPARE(replayMoves(root + "/a/after.png", moves, &last), root + "/coat/moved-after.png");
        QVERIFY(last == &moves[2]);
    }

    void initTestCase()
    {
        test::installCrashBacktrace();
        QVERIFY(test::runPython(QStringLiteral("make_reference.py"), {QStringLiteral("resnet18"), dir(QStringLiteral("r18"))}));
        m_weights = dir(QStringLiteral("r18/weights.pth"));
    }

    void convergesOnShapes()
    {
        TrainConfig c = smallConfig("resnet18");
        c.epochs = 6;
        const DatasetSplit split = test::shapeSplit(60, 0.25);
        std::vector<BatchProgress> batches;
        std::vector<EpochMetrics> epochs;
        TrainEvents events;
        events.batch = [&](const BatchProgress& p) { batches.push_back(p); };
        events.epoch = [&](const EpochMetrics& m) { epochs.push_back(m); };
        const TrainResult r = run(dir(QStringLiteral("converge")), c, split, events);
        QCOMPARE(QString::fromStdString(r.run.status), QStringLiteral("finished"));
        QCOMPARE(int(epochs.size()), 6);
        const EpochMetrics* best = r.run.bestMetrics();
        QVERIFY(best);
        qInfo("best validation accuracy %.3f after %.1f s on %s", best->validation.accuracy, r.seconds,
              r.run.device.c_str());
        QVERIFY2(best->validation.accuracy > 0.95, qPrintable(QString::number(best->validation.accuracy)));
        // Where it ran is recorded: "CPU, N threads" here, "CUDA GPU 0 of 1, ..." on a GPU machine.
        const QString device = QString::fromStdString(r.run.device);
        QVERIFY2(device.startsWith(QStringLiteral("CPU")) || device.startsWith(QStringLiteral("CUDA")), qPrintable(device));
        // Progress had everything a chart needs.
        const auto last = std::find_if(batches.rbegin(), batches.rend(), [](const BatchProgress& p) { return p.phase == "train"; });
        QVERIFY(last != batches.rend());
        QVERIFY(last->imagesPerSecond > 0);
        QVERIFY(last->learningRate > 0);
        QCOMPARE(last->epoch, 6);
        // The run folder holds what resume and evaluation need.
        for (const char* f : {"run.json", "split.json", "model-best.pt", "checkpoint-last.pt", "log.txt"})
            QVERIFY2(QFile::exists(dir(QStringLiteral("converge/")) + QLatin1String(f)), f);
        const Classifier classifier = Classifier::load(dir(QStringLiteral("converge")).toStdString());
        QCOMPARE(classifier.classes(), test::shapeClasses());
        // Its log, read back as the window shows it: every line with its kind and values (log.jsonl)
        // and the same English text as log.txt.
        const std::vector<RunLogLine> log = readRunLog(dir(QStringLiteral("converge")).toStdString());
        QCOMPARE(QString::fromStdString(log.front().message.id),
                 QString::fromLatin1(device.startsWith(QStringLiteral("CPU")) ? logid::kDeviceCpu : logid::kDeviceCuda));
        QCOMPARE(int(std::count_if(log.begin(), log.end(), [](const RunLogLine& l) { return l.message.id == logid::kEpoch; })), 6);
        for (const RunLogLine& l : log) {
            QVERIFY2(!l.message.id.empty() && !l.message.text.empty() && l.time.size() == 20, l.message.text.c_str());
            QVERIFY(std::find(allLogIds().begin(), allLogIds().end(), l.message.id) != allLogIds().end());
        }
        // It ends with "Training finished", then what the curves say (adviceFromTheCurves).
        const std::vector<LogMessage> advice = runAdvice(r.run);
        QVERIFY(log.size() > advice.size());
        const RunLogLine& finished = log[log.size() - advice.size() - 1];
        QCOMPARE(QString::fromStdString(finished.message.id), QString::fromLatin1(logid::kFinished));
        QCOMPARE(finished.message.args, (std::vector<std::string>{"0", std::to_string(r.run.bestEpoch)}));
        for (std::size_t i = 0; i < advice.size(); ++i)
            QCOMPARE(log[log.size() - advice.size() + i].message.text, advice[i].text);
        QFile text(dir(QStringLiteral("converge/log.txt")));
        QVERIFY(text.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(text.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), int(log.size()));
        QCOMPARE(lines.back(), QString::fromStdString(log.back().time + "  " + log.back().message.text));
    }

    void runLogReadsOlderRunsAndCutLines()
    {
        // A run from before log.jsonl: log.txt's lines as free text, with their times. A log.jsonl
        // line cut short by a crash is left out; a long log is read from its end.
        const std::string older = dir(QStringLiteral("log-older")).toStdString();
        fs::create_directories(older);
        std::ofstream(fs::path(older) / "log.txt") << "2026-11-01T10:00:00Z  Device: CPU (2 threads)\nno time here\n";
        std::vector<RunLogLine> log = readRunLog(older);
        QCOMPARE(int(log.size()), 2);
        QCOMPARE(QString::fromStdString(log[0].time), QStringLiteral("2026-11-01T10:00:00Z"));
        QCOMPARE(QString::fromStdString(log[0].message.text), QStringLiteral("Device: CPU (2 threads)"));
        QVERIFY(log[0].message.id.empty());
        QCOMPARE(QString::fromStdString(log[1].message.text), QStringLiteral("no time here"));
        QVERIFY(log[1].time.empty());

        const std::string newer = dir(QStringLiteral("log-newer")).toStdString();
        fs::create_directories(newer);
        for (int i = 1; i <= 200; ++i)
            appendRunLog(newer, "2026-11-01T10:00:00Z", {logid::kResuming, {std::to_string(i), "200"}, "Resuming"});
        std::ofstream(fs::path(newer) / "log.jsonl", std::ios::app) << "{\"time\": \"2026-11-01T10:0";
        log = readRunLog(newer, 2000);
        QVERIFY(log.size() > 5 && log.size() < 50);
        QCOMPARE(log.back().message.args, (std::vector<std::string>{"200", "200"}));
        QCOMPARE(QString::fromStdString(log.back().message.id), QString::fromLatin1(logid::kResuming));
        QCOMPARE(int(readRunLog(newer).size()), 200);
    }

    void smoothedLossRunsAcrossEpochs()
    {
        // The charts' smoothed loss is one exponential average over all batches of the run: it starts
        // at the first batch's loss and does not restart at each epoch.
        TrainConfig c = smallConfig("resnet18");
        c.epochs = 3;
        std::vector<BatchProgress> batches;
        TrainEvents events;
        events.batch = [&](const BatchProgress& p) {
            if (p.phase == "train")
                batches.push_back(p);
        };
        run(dir(QStringLiteral("smoothed")), c, test::shapeSplit(24, 0.25), events);
        QVERIFY(batches.size() >= 6);
        QCOMPARE(batches.front().loss, batches.front().batchLoss);
        double average = 0, weight = 0;
        for (const auto& p : batches) {
            average = 0.9 * average + 0.1 * p.batchLoss;
            weight = 0.9 * weight + 0.1;
            QVERIFY2(std::abs(p.loss - average / weight) < 1e-9 * std::max(1.0, p.loss),
                     qPrintable(QStringLiteral("epoch %1 batch %2: %3").arg(p.epoch).arg(p.batch).arg(p.loss)));
        }
        QVERIFY(batches.back().epoch == 3 && batches.back().loss != batches.back().batchLoss);
    }

    void sameSeedSameMetrics()
    {
        TrainConfig c = smallConfig("resnet18");
        c.epochs = 2;
        c.augment.enabled = true;
        const DatasetSplit split = test::shapeSplit(24, 0.25);
        const TrainResult a = run(dir(QStringLiteral("det-a")), c, split);
        const TrainResult b = run(dir(QStringLiteral("det-b")), c, split);
        QCOMPARE(a.run.history.size(), std::size_t(2));
        QCOMPARE(b.run.history.size(), std::size_t(2));
        for (int e = 0; e < 2; ++e) {
            QCOMPARE(a.run.history[std::size_t(e)].trainLoss, b.run.history[std::size_t(e)].trainLoss);
            QCOMPARE(a.run.history[std::size_t(e)].validation.loss, b.run.history[std::size_t(e)].validation.loss);
        }
    }

    void otherThreadsRandomNumbersDoNotChangeARun()
    {
        // In the window, other threads build models (the layer list, evaluation, Try it) while a run
        // trains: their random numbers (initialisation) and seeds must not reach the run's dropout
        // or initialisation. MobileNetV2 from scratch: random initialisation and a dropout head.
        TrainConfig c = smallConfig("mobilenet_v2");
        c.epochs = 2;
        c.freeze = FreezePlan{};
        const DatasetSplit split = test::shapeSplit(24, 0.25);
        const TrainResult quiet = run(dir(QStringLiteral("rng-quiet")), c, split);
        std::atomic<bool> done{false};
        std::thread other([&done] {
            for (int i = 0; !done; ++i) {
                torch::rand({256});
                if (i % 50 == 0)
                    torch::manual_seed(std::uint64_t(i));
            }
        });
        const TrainResult busy = run(dir(QStringLiteral("rng-busy")), c, split);
        done = true;
        other.join();
        QCOMPARE(busy.run.history.size(), quiet.run.history.size());
        for (std::size_t e = 0; e < quiet.run.history.size(); ++e) {
            QCOMPARE(busy.run.history[e].trainLoss, quiet.run.history[e].trainLoss);
            QCOMPARE(busy.run.history[e].validation.loss, quiet.run.history[e].validation.loss);
        }
    }

    void stopReturnsWithinOneBatch()
    {
        TrainConfig c = smallConfig("resnet18");
        const DatasetSplit split = test::shapeSplit(40, 0.25);
        TrainControl control;
        int afterStop = 0;
        bool requested = false;
        TrainEvents events;
        events.batch = [&](const BatchProgress& p) {
            if (p.phase != "train")
                return;
            if (requested)
                ++afterStop;
            if (p.epoch == 2 && p.batch == 2) {
                control.requestStop();
                requested = true;
            }
        };
        const TrainResult r = train(TrainJob{dir(QStringLiteral("stop")).toStdString(), c, split, test::shapeReader()},
                                    events, control);
        QVERIFY(r.stopped);
        QCOMPARE(afterStop, 0);
        QCOMPARE(r.run.epochsCompleted(), 1);
        QCOMPARE(QString::fromStdString(RunInfo::load(dir(QStringLiteral("stop")).toStdString()).status), QStringLiteral("stopped"));
        // The best model so far is kept.
        QVERIFY(QFile::exists(dir(QStringLiteral("stop/model-best.pt"))));
    }

    void pauseWaitsAndIsLeftOutOfTimes()
    {
        // Paused in epoch 1 from another thread for a while: no batch runs meanwhile, the log says
        // so, and the epoch's time and the ETA leave the pause out. Bounds come from clocks read
        // here (not fixed durations), so a slow or busy machine cannot fail them: what the engine
        // reports without the pause is at most the wall time seen here less the pause.
        TrainConfig c = smallConfig("resnet18");
        c.epochs = 2;
        const DatasetSplit split = test::shapeSplit(24, 0.25);
        constexpr double pauseSeconds = 3.0;
        TrainControl control;
        std::thread resumer;
        using Clock = std::chrono::steady_clock;
        const auto seconds = [](Clock::duration d) { return std::chrono::duration<double>(d).count(); };
        Clock::time_point pausedAt;
        double gap = 0, etaAfter = -1, etaBound = 0, epochWall = 0;
        QStringList log;
        TrainEvents events;
        events.log = [&](const LogMessage& line) { log << QString::fromStdString(line.text); };
        const auto started = Clock::now();
        events.epoch = [&](const EpochMetrics& m) {
            if (m.epoch == 1)
                epochWall = seconds(Clock::now() - started);
        };
        events.batch = [&](const BatchProgress& p) {
            if (p.phase != "train" || p.epoch != 1)
                return;
            if (p.batch == 1) {
                control.setPaused(true);
                pausedAt = std::chrono::steady_clock::now();
                resumer = std::thread([&] {
                    std::this_thread::sleep_for(std::chrono::duration<double>(pauseSeconds));
                    control.setPaused(false);
                });
            } else if (p.batch == 2) {
                gap = seconds(Clock::now() - pausedAt);
                etaAfter = p.etaSeconds;
                // ETA = time per batch so far (2 batches, the pause left out) × batches left.
                const int left = (p.epochs - 1) * p.batches + p.batches - 2;
                etaBound = (seconds(Clock::now() - started) - 0.9 * pauseSeconds) / 2 * left;
            }
        };
        const TrainResult r = train(TrainJob{dir(QStringLiteral("paused")).toStdString(), c, split, test::shapeReader()},
                                    events, control);
        resumer.join();
        QCOMPARE(QString::fromStdString(r.run.status), QStringLiteral("finished"));
        QVERIFY2(gap >= pauseSeconds - 0.1, qPrintable(QString::number(gap))); // nothing trained while paused
        QVERIFY(log.contains(QStringLiteral("Paused")) && log.contains(QStringLiteral("Resumed")));
        const double reported = r.run.history[0].seconds;
        QVERIFY2(reported <= epochWall - 0.9 * pauseSeconds,
                 qPrintable(QStringLiteral("epoch 1: %1 s reported, %2 s wall").arg(reported).arg(epochWall)));
        QVERIFY2(etaAfter >= 0 && etaAfter <= etaBound + 1e-3,
                 qPrintable(QStringLiteral("ETA %1 s, at most %2 s").arg(etaAfter).arg(etaBound)));
    }

    void oneSessionPerRunFolder()
    {
        // While a run trains, a second session on its folder (another window, graft-cli resume) is
        // refused with the reason, and the run is seen as being trained.
        TrainConfig c = smallConfig("resnet18");
        const DatasetSplit split = test::shapeSplit(24, 0.25);
        const std::string folder = dir(QStringLiteral("locked")).toStdString();
        TrainControl control;
        QString second;
        bool seenTraining = false;
        TrainEvents events;
        events.batch = [&](const BatchProgress& p) {
            if (p.phase != "train" || p.epoch != 2 || !second.isEmpty())
                return;
            seenTraining = RunInfo::isBeingTrained(folder);
            TrainControl other;
            second = test::errorOf([&] { resumeTraining(folder, test::shapeReader(), {}, other); });
            control.requestStop();
        };
        QVERIFY(train(TrainJob{folder, c, split, test::shapeReader()}, events, control).stopped);
        QVERIFY(seenTraining);
        QVERIFY2(second.contains(QStringLiteral("being trained right now")), qPrintable(second));
        QVERIFY(!RunInfo::isBeingTrained(folder));
        QCOMPARE(QString::fromStdString(RunInfo::load(folder).status), QStringLiteral("stopped"));

        // A process that holds the lock and dies (kill -9) leaves the run free to resume.
        // The holder is a child process that takes the lock as a training session does, then waits
        // (only open/flock/pause after fork: safe in this multithreaded process).
        const std::string lockFile = folder + "/run.lock";
        const pid_t holder = ::fork();
        QVERIFY(holder >= 0);
        if (holder == 0) {
            FileLock lock;
            if (lock.tryLock(lockFile))
                ::pause();
            ::_exit(1);
        }
        QTRY_VERIFY(RunInfo::isBeingTrained(folder));
        control.reset();
        const QString busy = test::errorOf([&] { resumeTraining(folder, test::shapeReader(), {}, control); });
        QVERIFY2(busy.contains(QStringLiteral("being trained right now")), qPrintable(busy));
        ::kill(holder, SIGKILL);
        QCOMPARE(::waitpid(holder, nullptr, 0), holder);
        QVERIFY(!RunInfo::isBeingTrained(folder));
        QCOMPARE(QString::fromStdString(resumeTraining(folder, test::shapeReader(), {}, control).run.status),
                 QStringLiteral("finished"));
    }

    void resumeAfterInterruptionMatchesUninterrupted()
    {
        // Augmentation and dropout on: resuming must replay the same random numbers.
        TrainConfig c = smallConfig("mobilenet_v3_small");
        c.augment.enabled = true;
        c.augment.scaleMin = 0.5;
        c.epochs = 3;
        const DatasetSplit split = test::shapeSplit(24, 0.25);
        const TrainResult whole = run(dir(QStringLiteral("whole")), c, split);

        TrainControl control;
        TrainEvents events;
        events.batch = [&](const BatchProgress& p) {
            if (p.phase == "train" && p.epoch == 2 && p.batch == 3)
                control.requestStop(); // like kill -9 in epoch 2: only epoch 1 is on disk
        };
        const std::string cut = dir(QStringLiteral("cut")).toStdString();
        QVERIFY(train(TrainJob{cut, c, split, test::shapeReader()}, events, control).stopped);
        control.reset();
        const TrainResult resumed = resumeTraining(cut, test::shapeReader(), {}, control);
        QCOMPARE(QString::fromStdString(resumed.run.status), QStringLiteral("finished"));
        QCOMPARE(resumed.run.epochsCompleted(), 3);
        QCOMPARE(resumed.run.history.size(), std::size_t(3));
        QCOMPARE(whole.run.history.size(), std::size_t(3));
        // On the CPU the resumed run is the uninterrupted one bit for bit. cuDNN picks non-deterministic
        // kernels (atomic adds in backward), so on a GPU the same numbers replayed agree to rounding.
        const bool onCpu = QString::fromStdString(whole.run.device).startsWith(QStringLiteral("CPU"));
        for (int e = 0; e < 3; ++e) {
            const double x = resumed.run.history[std::size_t(e)].trainLoss;
            const double y = whole.run.history[std::size_t(e)].trainLoss;
            if (onCpu)
                QCOMPARE(x, y);
            else
                QVERIFY2(std::abs(x - y) <= 1e-3 * std::abs(y), qPrintable(QStringLiteral("%1 vs %2").arg(x).arg(y)));
        }
        const Model a = loadCheckpointModel(lastCheckpointPath(dir(QStringLiteral("whole")).toStdString()));
        const Model b = loadCheckpointModel(lastCheckpointPath(cut));
        if (onCpu)
            QCOMPARE(test::tensorDigests(a), test::tensorDigests(b));
        // A finished run says how to train further.
        const QString err = test::errorOf([&] { resumeTraining(cut, test::shapeReader(), {}, control); });
        QVERIFY2(err.contains(QStringLiteral("--epochs")), qPrintable(err));
        ResumeOptions more;
        more.epochs = 4;
        QCOMPARE(resumeTraining(cut, test::shapeReader(), {}, control, more).run.epochsCompleted(), 4);
    }

    void fullDiskFailsTheRunWithItsReason()
    {
        // A checkpoint that does not fit on the disk: LibTorch's writer threw twice and the program
        // ended (std::terminate). Now the run fails with the file and what to do, no partial file
        // left. The disk is "full" past 1 MB for this process (RLIMIT_FSIZE: writes fail with EFBIG).
        TrainConfig c = smallConfig("resnet18");
        c.epochs = 1;
        const QString runDir = dir(QStringLiteral("full-disk"));
        rlimit before{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &before), 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = before;
        small.rlim_cur = 1 << 20;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        QString message;
        LogMessage kind;
        try {
            run(runDir, c, test::shapeSplit(8, 0.25));
        } catch (const Error& e) {
            message = QString::fromUtf8(e.what());
            kind = e.message();
        }
        setrlimit(RLIMIT_FSIZE, &before);
        std::signal(SIGXFSZ, previousHandler);
        QVERIFY2(message.startsWith(runDir + QStringLiteral("/model-best.pt: could not be written (")), qPrintable(message));
        QVERIFY2(message.endsWith(QStringLiteral("free some disk space, or use a folder on another disk")), qPrintable(message));
        // The window writes it in its language from its kind and values ...
        QCOMPARE(QString::fromStdString(kind.id), QString::fromLatin1(logid::kErrorNotWritten));
        QCOMPARE(kind.args.size(), std::size_t(2));
        QCOMPARE(QString::fromStdString(kind.args[0]), runDir + QStringLiteral("/model-best.pt"));
        QCOMPARE(kind.text, message.toStdString());
        const RunInfo failed = RunInfo::load(runDir.toStdString());
        QCOMPARE(QString::fromStdString(failed.status), QStringLiteral("failed"));
        // ... and the run's log ends with it, for when the run is shown again.
        const RunLogLine last = readRunLog(runDir.toStdString()).back();
        QCOMPARE(QString::fromStdString(last.message.id), QString::fromLatin1(logid::kFailed));
        QCOMPARE(last.message.args.front(), kind.id);
        QCOMPARE(std::vector<std::string>(last.message.args.begin() + 1, last.message.args.end()), kind.args);
        QCOMPARE(QString::fromStdString(last.message.text), QStringLiteral("Failed: ") + message);
        const LogMessage back = failedError(last.message); // and read back as the error it was
        QCOMPARE(back.id, kind.id);
        QCOMPARE(back.args, kind.args);
        QCOMPARE(back.text, kind.text);
        for (const QString& f : QDir(runDir).entryList(QDir::Files | QDir::Hidden))
            QVERIFY2(!f.contains(QStringLiteral(".tmp-")), qPrintable(f));
    }

    void frozenTensorsStayBitwiseUnchanged()
    {
        TrainConfig c = smallConfig("resnet18");
        c.weights = m_weights.toStdString();
        c.augment.enabled = true; // trainable batch norms see training-mode batches
        c.epochs = 2;
        c.head.numClasses = 4;
        Model probe = buildModel(c);
        c.freeze = probe.presetLastBlocks(1);
        const Model initial = buildModel(c);
        const auto before = test::tensorDigests(initial);
        const TrainResult r = run(dir(QStringLiteral("freeze")), c, test::shapeSplit(24, 0.25));
        QCOMPARE(QString::fromStdString(r.run.status), QStringLiteral("finished"));
        const auto after = test::tensorDigests(loadCheckpointModel(lastCheckpointPath(dir(QStringLiteral("freeze")).toStdString())));
        const auto trainable = test::trainableFlags(initial);
        int frozen = 0, changed = 0;
        for (const auto& [name, digest] : before) {
            const QString n = QString::fromStdString(name);
            const bool inTrainedPart = n.startsWith(QStringLiteral("layer4.")) || n.startsWith(QStringLiteral("fc."));
            if (!inTrainedPart) {
                QVERIFY2(after.at(name) == digest, qPrintable(n + QStringLiteral(" changed although frozen")));
                ++frozen;
            } else if (trainable.count(name)) {
                QVERIFY2(after.at(name) != digest, qPrintable(n + QStringLiteral(" did not train")));
                ++changed;
            }
        }
        QCOMPARE(frozen, 90);    // parameters and batch-norm statistics of conv1..layer3
        QVERIFY(changed > 10);
    }

    void featureCacheGivesTheSameMetrics()
    {
        TrainConfig c = headOnlyConfig(48);
        const DatasetSplit split = test::shapeSplit(30, 0.25);
        std::vector<LogMessage> logs;
        TrainEvents events;
        events.log = [&](const LogMessage& line) { logs.push_back(line); };
        const TrainResult cached = run(dir(QStringLiteral("cache-on")), c, split, events);
        c.featureCache = false;
        const TrainResult plain = run(dir(QStringLiteral("cache-off")), c, split);
        QVERIFY(cached.run.usedFeatureCache);
        QVERIFY(!plain.run.usedFeatureCache);
        QCOMPARE(cached.run.history.size(), std::size_t(c.epochs));
        QCOMPARE(plain.run.history.size(), std::size_t(c.epochs));
        QVERIFY(std::any_of(logs.begin(), logs.end(), [](const LogMessage& l) {
            return l.id == logid::kCacheReady && l.args.size() == 5 && l.args[4] == "0" && startsWith(l.text, "Feature cache ready");
        }));
        for (int e = 0; e < c.epochs; ++e) {
            const auto& a = cached.run.history[std::size_t(e)];
            const auto& b = plain.run.history[std::size_t(e)];
            QVERIFY2(std::fabs(a.trainLoss - b.trainLoss) < 1e-4, qPrintable(QStringLiteral("%1 vs %2").arg(a.trainLoss).arg(b.trainLoss)));
            QVERIFY(std::fabs(a.validation.loss - b.validation.loss) < 1e-4);
            QCOMPARE(a.validation.accuracy, b.validation.accuracy);
        }
        // The best model's evaluation of the validation images is kept as the run measured it (so
        // the Evaluate step shows it without running the network again), and it is what evaluating
        // the saved model gives.
        for (const TrainResult* r : {&cached, &plain}) {
            const std::optional<KeptEvaluation> kept = keptRunEvaluation(r->run.dir, "validation");
            QVERIFY(kept);
            const EpochMetrics* best = r->run.bestMetrics();
            QCOMPARE(kept->result.metrics.accuracy, best->validation.accuracy);
            QVERIFY(std::fabs(kept->result.metrics.loss - best->validation.loss) < 1e-6);
            const EvaluationResult again = evaluate(Classifier::load(r->run.dir), split.validation, test::shapeReader());
            QCOMPARE(kept->result.predictions.size(), again.predictions.size());
            // On CUDA the run measured in bfloat16 (mixed precision), the saved model evaluates in
            // float32: about three significant digits agree then (1.33331 against 1.33301 on an H100).
            const bool bfloat16 = r->run.device.find("mixed precision") != std::string::npos;
            const double tolerance = bfloat16 ? 2e-3 : 1e-4;
            QVERIFY2(std::fabs(kept->result.metrics.loss - again.metrics.loss) < tolerance * std::max(1.0, double(again.metrics.loss)),
                     qPrintable(QStringLiteral("%1 vs %2").arg(kept->result.metrics.loss).arg(again.metrics.loss)));
            double furthest = 0;
            for (std::size_t i = 0; i < again.predictions.size(); ++i) {
                const Prediction& k = kept->result.predictions[i];
                const Prediction& e = again.predictions[i];
                QCOMPARE(k.path, e.path);
                QCOMPARE(k.label, e.label);
                QCOMPARE(k.predicted, e.predicted);
                furthest = std::max(furthest, double(std::fabs(k.confidence - e.confidence)));
            }
            QVERIFY2(furthest < (bfloat16 ? 5e-2 : 1e-4), qPrintable(QStringLiteral("confidences differ by up to %1").arg(furthest)));
            qInfo("%s: confidences differ by up to %g", r->run.device.c_str(), furthest);
        }
    }

    void blasOnOneThreadForAHeadOnCachedFeatures()
    {
        // OpenBLAS's own threads spin beside LibTorch's while a head trains on cached features;
        // the trainer multiplies on one BLAS thread then, and puts the count back after.
        const SingleThreadedBlasGuard off(false);
        QVERIFY(!off.active());
        const auto get = reinterpret_cast<int (*)()>(dlsym(RTLD_DEFAULT, "openblas_get_num_threads"));
        if (!get)
            QSKIP("LibTorch here does not use OpenBLAS");
        const int before = get();
        {
            const SingleThreadedBlasGuard guard(true);
            QCOMPARE(get(), 1);
            QCOMPARE(guard.active(), before > 1);
        }
        QCOMPARE(get(), before);
    }

    void featureCacheOnDisk()
    {
        // Over the memory limit the cache lives on disk, with the same result.
        TrainConfig c = headOnlyConfig(48);
        const DatasetSplit split = test::shapeSplit(30, 0.25);
        const TrainResult memory = run(dir(QStringLiteral("cache-memory")), c, split);
        c.featureCacheMemoryMB = 0;
        TrainEvents events;
        events.log = [](const LogMessage& line) { qInfo("%s", line.text.c_str()); };
        const TrainResult disk = run(dir(QStringLiteral("cache-disk")), c, split, events);
        QVERIFY(disk.run.usedFeatureCache);
        QCOMPARE(disk.run.history.size(), std::size_t(c.epochs));
        QCOMPARE(memory.run.history.size(), std::size_t(c.epochs));
        QVERIFY(std::fabs(disk.run.history.back().trainLoss - memory.run.history.back().trainLoss) < 1e-4);
        QVERIFY(!QFileInfo::exists(dir(QStringLiteral("cache-disk/cache")))); // cleaned up

        // A cache that cannot be written fails the run with a reason the window can translate.
        QVERIFY(QDir().mkpath(dir(QStringLiteral("cache-blocked"))));
        test::writeBytes(dir(QStringLiteral("cache-blocked/cache")), "a file where the cache folder goes");
        try {
            run(dir(QStringLiteral("cache-blocked")), c, split);
            QFAIL("the run should fail");
        } catch (const Error& e) {
            QCOMPARE(QString::fromUtf8(e.message().id.c_str()), QString::fromUtf8(logid::kErrorCannotCreateFile));
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("features-train.bin")), e.what());
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("turn the feature cache off")), e.what());
        }
    }

    void featureCacheProgressAndStop()
    {
        // Computing the cache tells its rate and the time it still takes (on a large dataset it
        // is most of the run), and Stop ends it there: a stopped run whose time counts the cache.
        TrainConfig c = headOnlyConfig(48);
        const DatasetSplit split = test::shapeSplit(30, 0.25);
        std::vector<BatchProgress> seen;
        TrainEvents events;
        events.batch = [&](const BatchProgress& p) {
            if (p.phase == "cache")
                seen.push_back(p);
        };
        run(dir(QStringLiteral("cache-progress")), c, split, events);
        QVERIFY(!seen.empty());
        QVERIFY(std::any_of(seen.begin(), seen.end(), [](const BatchProgress& p) { return p.imagesPerSecond > 0 && p.etaSeconds >= 0; }));
        QCOMPARE(seen.back().etaSeconds, 0.0); // the last image of the validation part: nothing left

        // Pause holds the cache too, from the batch in hand to Resume.
        using Clock = std::chrono::steady_clock;
        constexpr double pauseSeconds = 1.0;
        TrainControl pausing;
        std::thread resumer;
        Clock::time_point pausedAt;
        double gap = -1;
        QStringList log;
        events.log = [&](const LogMessage& line) { log << QString::fromStdString(line.text); };
        events.batch = [&](const BatchProgress& p) {
            if (p.phase != "cache")
                return;
            if (!resumer.joinable()) {
                pausing.setPaused(true);
                pausedAt = Clock::now();
                resumer = std::thread([&] {
                    std::this_thread::sleep_for(std::chrono::duration<double>(pauseSeconds));
                    pausing.setPaused(false);
                });
            } else if (gap < 0) {
                gap = std::chrono::duration<double>(Clock::now() - pausedAt).count();
            }
        };
        const TrainResult paused = train(TrainJob{dir(QStringLiteral("cache-paused")).toStdString(), c, split, test::shapeReader()},
                                         events, pausing);
        resumer.join();
        QCOMPARE(QString::fromStdString(paused.run.status), QStringLiteral("finished"));
        QVERIFY2(gap >= pauseSeconds - 0.1, qPrintable(QString::number(gap)));
        QVERIFY(log.contains(QStringLiteral("Paused")) && log.contains(QStringLiteral("Resumed")));
        events.log = {};

        TrainControl control;
        events.batch = [&](const BatchProgress& p) {
            if (p.phase == "cache")
                control.requestStop();
        };
        const TrainResult stopped = train(TrainJob{dir(QStringLiteral("cache-stop")).toStdString(), c, split, test::shapeReader()},
                                          events, control);
        QVERIFY(stopped.stopped);
        QCOMPARE(stopped.run.epochsCompleted(), 0);
        QVERIFY(stopped.seconds > 0);
        QCOMPARE(QString::fromStdString(RunInfo::load(dir(QStringLiteral("cache-stop")).toStdString()).status), QStringLiteral("stopped"));
    }

    void featureCacheOffWithAugmentation()
    {
        // Augmentation changes the inputs every epoch: no cache then.
        TrainConfig c = headOnlyConfig(48);
        c.augment.enabled = true;
        TrainEvents events;
        events.log = [](const LogMessage& line) { qInfo("%s", line.text.c_str()); };
        const TrainResult r = run(dir(QStringLiteral("cache-aug")), c, test::shapeSplit(30, 0.25), events);
        QVERIFY(!r.run.usedFeatureCache);
        QCOMPARE(r.run.epochsCompleted(), c.epochs);
    }

    void earlyStoppingKeepsTheBestEpoch()
    {
        TrainConfig c = headOnlyConfig();
        c.learningRate = 1e-12; // nothing improves after the first epoch
        c.epochs = 10;
        c.earlyStopPatience = 2;
        const TrainResult r = run(dir(QStringLiteral("early")), c, test::shapeSplit(16, 0.25));
        QVERIFY(r.earlyStopped);
        QCOMPARE(QString::fromStdString(r.run.status), QStringLiteral("early-stopped"));
        QCOMPARE(r.run.epochsCompleted(), 3);
        QCOMPARE(r.run.bestEpoch, 1);
    }

    void optimizersAndSchedules_data()
    {
        QTest::addColumn<QString>("optimizer");
        QTest::addColumn<QString>("schedule");
        QTest::newRow("sgd nesterov step warmup") << QStringLiteral("sgd") << QStringLiteral("step");
        QTest::newRow("adamw onecycle") << QStringLiteral("adamw") << QStringLiteral("onecycle");
        QTest::newRow("adam constant") << QStringLiteral("adam") << QStringLiteral("constant");
    }

    void optimizersAndSchedules()
    {
        QFETCH(QString, optimizer);
        QFETCH(QString, schedule);
        TrainConfig c = smallConfig("resnet18");
        c.optimizer = optimizerFromName(optimizer.toStdString());
        c.schedule = scheduleFromName(schedule.toStdString());
        c.nesterov = true;
        c.learningRate = c.optimizer == OptimizerKind::Sgd ? 0.02 : 2e-3;
        c.warmupEpochs = 0.5;
        c.stepEpochs = 1;
        c.labelSmoothing = 0.1;
        c.classWeights = true;
        c.epochs = 2;
        const TrainResult r = run(dir(QStringLiteral("opt-") + optimizer), c, test::shapeSplit(16, 0.25, 3));
        QCOMPARE(r.run.epochsCompleted(), 2);
        for (const auto& h : r.run.history)
            QVERIFY(std::isfinite(h.trainLoss));
        // The config round-trips through run.json.
        const RunInfo loaded = RunInfo::load(dir(QStringLiteral("opt-") + optimizer).toStdString());
        QCOMPARE(QString::fromStdString(loaded.config.toJson().dump()), QString::fromStdString(r.run.config.toJson().dump()));
    }

    void learningRateSchedules()
    {
        TrainConfig c;
        c.schedule = ScheduleKind::Cosine;
        QCOMPARE(learningRateFactor(c, 0, 10, 100), 1.0);
        QVERIFY(std::fabs(learningRateFactor(c, 50, 10, 100) - 0.5) < 1e-9);
        QVERIFY(learningRateFactor(c, 99, 10, 100) < 0.01);
        c.warmupEpochs = 1;
        QCOMPARE(learningRateFactor(c, 0, 10, 100), 0.1);
        QCOMPARE(learningRateFactor(c, 9, 10, 100), 1.0);
        c.warmupEpochs = 0;
        c.schedule = ScheduleKind::Step;
        c.stepEpochs = 2;
        c.stepGamma = 0.5;
        QCOMPARE(learningRateFactor(c, 19, 10, 100), 1.0);
        QCOMPARE(learningRateFactor(c, 20, 10, 100), 0.5);
        QCOMPARE(learningRateFactor(c, 45, 10, 100), 0.25);
        c.schedule = ScheduleKind::OneCycle;
        QVERIFY(std::fabs(learningRateFactor(c, 0, 10, 100) - 0.04) < 1e-9);
        QVERIFY(std::fabs(learningRateFactor(c, 30, 10, 100) - 1.0) < 1e-9);
        QVERIFY(learningRateFactor(c, 100, 10, 100) < 1e-4);
    }

    void inceptionTrainsBelowItsAuxiliaryHeadsInputSize()
    {
        // Inception V3 takes inputs from 75 px, but its auxiliary head only trains on 299 px or more
        // (LibTorch: "Output size is too small"): smaller runs train without it, and say so.
        TrainConfig c = smallConfig("inception_v3", 80);
        c.epochs = 1;
        c.batchSize = 8;
        std::vector<LogMessage> logs;
        TrainEvents events;
        events.log = [&](const LogMessage& line) { logs.push_back(line); };
        const TrainResult r = run(dir(QStringLiteral("inception-small")), c, test::shapeSplit(6, 0.25), events);
        QCOMPARE(QString::fromStdString(r.run.status), QStringLiteral("finished"));
        QVERIFY(std::any_of(logs.begin(), logs.end(), [](const LogMessage& l) {
            return l.id == logid::kAuxOff && startsWith(l.text, "Auxiliary classifier not trained");
        }));
    }

    void learningRateSearch()
    {
        // The range test on a head over the feature cache: the rate rises geometrically, the loss is
        // recorded until it has grown to 4x its lowest, the suggestion lies where it was falling;
        // the same seed gives the same curve, and nothing is left behind.
        TrainConfig c = headOnlyConfig();
        const DatasetSplit split = test::shapeSplit(40, 0.25);
        LearningRateSearch search;
        search.minRate = 1e-5;
        search.maxRate = 10;
        search.steps = 60;
        std::vector<int> steps;
        int cacheEvents = 0;
        std::vector<LogMessage> log;
        LearningRateEvents events;
        events.point = [&](const LearningRatePoint&, int step, int total) {
            QCOMPARE(total, 60);
            steps.push_back(step);
        };
        events.cache = [&](const BatchProgress& p) { cacheEvents += p.phase == "cache"; };
        // In the temporary folder (TMPDIR), removed afterwards.
        const QString temp = dir(QStringLiteral("tmp"));
        QVERIFY(QDir().mkpath(temp));
        const QByteArray tmpdir = qgetenv("TMPDIR");
        qputenv("TMPDIR", temp.toUtf8());
        const auto restoreTmpdir = qScopeGuard([&tmpdir] {
            if (tmpdir.isNull())
                qunsetenv("TMPDIR");
            else
                qputenv("TMPDIR", tmpdir);
        });
        bool scratchSeen = false;
        events.log = [&](const LogMessage& m) {
            log.push_back(m);
            scratchSeen = scratchSeen || !QDir(temp).entryList({QStringLiteral("graft-learning-rate*")}, QDir::Dirs).isEmpty();
        };
        TrainControl control;
        const LearningRateFinding f = findLearningRate(c, split, test::shapeReader(), search, events, control);
        QVERIFY(scratchSeen);
        QCOMPARE(QDir(temp).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size(), 0);
        QVERIFY(!f.stopped);
        QVERIFY2(f.diverged, qPrintable(QString::number(f.points.size())));
        QVERIFY2(f.points.size() >= 20 && f.points.size() < 60, qPrintable(QString::number(f.points.size())));
        QCOMPARE(int(steps.size()), int(f.points.size()));
        QCOMPARE(steps.back(), int(f.points.size()));
        QVERIFY(cacheEvents > 0); // the frozen backbone computed once, as in training
        QVERIFY(std::any_of(log.begin(), log.end(), [](const LogMessage& m) { return m.id == logid::kCacheReady; }));
        const double step = std::pow(1e6, 1.0 / 59);
        QCOMPARE(f.points.front().learningRate, 1e-5);
        for (std::size_t i = 1; i < f.points.size(); ++i) {
            QVERIFY(std::fabs(f.points[i].learningRate / f.points[i - 1].learningRate - step) < 1e-9);
            QVERIFY(std::isfinite(f.points[i].loss));
        }
        QCOMPARE(f.points.front().loss, f.points.front().batchLoss); // debiased: the first is the batch's
        QVERIFY(f.suggested > search.minRate && f.suggested < f.points.back().learningRate);
        QVERIFY(f.lowestLoss >= f.suggested);
        const auto at = std::find_if(f.points.begin(), f.points.end(),
                                     [&](const LearningRatePoint& p) { return p.learningRate == f.suggested; });
        QVERIFY(at != f.points.end());
        QVERIFY2(at->loss < f.points.front().loss, qPrintable(QStringLiteral("%1 at %2").arg(at->loss).arg(f.suggested)));
        qInfo("suggested %g (lowest loss at %g), %zu points in %.1f s", f.suggested, f.lowestLoss, f.points.size(), f.seconds);

        const LearningRateFinding again = findLearningRate(c, split, test::shapeReader(), search, {}, control);
        QCOMPARE(again.points.size(), f.points.size());
        for (std::size_t i = 0; i < f.points.size(); ++i)
            QCOMPARE(again.points[i].batchLoss, f.points[i].batchLoss);
        QCOMPARE(again.suggested, f.suggested);

        // No more images than its batches take: 5 batches of 4 cache 20 of the 30 training images.
        TrainConfig fewer = c;
        fewer.batchSize = 4;
        LearningRateSearch brief = search;
        brief.steps = 5;
        std::vector<LogMessage> briefLog;
        LearningRateEvents briefEvents;
        briefEvents.log = [&](const LogMessage& m) { briefLog.push_back(m); };
        QCOMPARE(findLearningRate(fewer, split, test::shapeReader(), brief, briefEvents, control).points.size(), std::size_t(5));
        const auto ready = std::find_if(briefLog.begin(), briefLog.end(), [](const LogMessage& m) { return m.id == logid::kCacheReady; });
        QVERIFY(ready != briefLog.end());
        QCOMPARE(ready->args.at(1), std::string("20"));

        // Stopped: the points so far, too few to suggest anything.
        LearningRateEvents stopAt5;
        stopAt5.point = [&](const LearningRatePoint&, int s, int) {
            if (s == 5)
                control.requestStop();
        };
        const LearningRateFinding stopped = findLearningRate(c, split, test::shapeReader(), search, stopAt5, control);
        control.reset();
        QVERIFY(stopped.stopped);
        QCOMPARE(stopped.points.size(), std::size_t(5));
        QCOMPARE(stopped.suggested, 0.0);

        // The whole network, batches from the loader (no cache): a few steps, across epochs.
        TrainConfig whole = smallConfig("resnet18");
        search.steps = 8; // 30 training images in batches of 16: two batches an epoch
        search.maxRate = 1e-2;
        const LearningRateFinding uncached = findLearningRate(whole, split, test::shapeReader(), search, {}, control);
        QCOMPARE(uncached.points.size(), std::size_t(8));
        QVERIFY(!uncached.diverged);
        QCOMPARE(uncached.points.back().learningRate, 1e-2);

        // Bad searches are refused with the reason.
        search.minRate = 0;
        QVERIFY_THROWS_EXCEPTION(Error, findLearningRate(c, split, test::shapeReader(), search, {}, control));
    }

    void learningRateSuggestionIsInTheValley()
    {
        // A loss flat (and noisy) until 1e-4, falling until 1e-2, then rising: the suggestion lies
        // on the fall, a little past its middle (1e-3); too few points suggest nothing.
        std::vector<LearningRatePoint> points;
        for (int i = 0; i <= 60; ++i) {
            LearningRatePoint p;
            p.learningRate = std::pow(10.0, -6 + i / 10.0);
            const double decade = std::log10(p.learningRate);
            p.loss = decade < -4 ? 2.0 + (i % 2 ? 0.01 : -0.01) : decade < -2 ? 2.0 - 0.75 * (decade + 4) : 0.5 + (decade + 2);
            points.push_back(p);
        }
        const double s = suggestLearningRate(points);
        QVERIFY2(s > 3e-4 && s < 3e-3, qPrintable(QString::number(s)));
        points.resize(9);
        QCOMPARE(suggestLearningRate(points), 0.0);
    }

    void adviceFromTheCurves()
    {
        // After a run, what its curves say, for someone who cannot read them yet.
        const auto runOf = [](const std::vector<std::array<double, 4>>& epochs, int best, const char* status = "finished") {
            RunInfo run; // each epoch: training loss, training accuracy, validation loss, validation accuracy
            run.status = status;
            run.config.learningRate = 0.01;
            for (std::size_t i = 0; i < epochs.size(); ++i) {
                EpochMetrics e;
                e.epoch = int(i) + 1;
                e.trainLoss = epochs[i][0];
                e.trainAccuracy = epochs[i][1];
                e.hasValidation = true;
                e.validation.loss = epochs[i][2];
                e.validation.accuracy = epochs[i][3];
                e.best = e.epoch == best;
                run.history.push_back(e);
            }
            run.bestEpoch = best;
            return run;
        };
        const auto kinds = [](const RunInfo& run) {
            QStringList out;
            for (const LogMessage& m : runAdvice(run))
                out << QString::fromStdString(m.id);
            return out;
        };
        // A good run that levelled off says nothing.
        QCOMPARE(kinds(runOf({{1.2, .60, 1.0, .66}, {.9, .80, .93, .77}, {.76, .85, .83, .78}, {.66, .88, .79, .775}, {.64, .87, .788, .775}}, 3)),
                 QStringList());
        // The loss rose: the learning rate.
        const RunInfo rising = runOf({{1.4, .30, 1.3, .35}, {1.9, .25, 2.0, .25}, {2.3, .20, 2.4, .22}}, 1);
        QCOMPARE(kinds(rising), QStringList{QString::fromLatin1(logid::kAdviceRateTooHigh)});
        const LogMessage tooHigh = runAdvice(rising).front();
        QCOMPARE(tooHigh.args, (std::vector<std::string>{"1.4000", "2.3000", "0.01"}));
        QVERIFY2(QString::fromStdString(tooHigh.text).contains(QStringLiteral("learning rate (0.01) is likely too high")), tooHigh.text.c_str());
        // A first loss far above guessing's (ln 4 = 1.39 for four classes): the learning rate.
        RunInfo wild = runOf({{40.3, .60, 41.3, .71}, {14.0, .83, 33.2, .76}, {9.3, .87, 32.7, .78}, {4.3, .92, 40.9, .79}}, 4);
        QCOMPARE(kinds(wild), QStringList()); // without its classes, no guessing to compare with
        wild.classes = test::shapeClasses(4);
        QCOMPARE(kinds(wild), QStringList{QString::fromLatin1(logid::kAdviceLossTooHigh)});
        QCOMPARE(runAdvice(wild).front().args, (std::vector<std::string>{"40.3000", "4", "1.39", "0.01"}));
        // It cannot fit the training images.
        QCOMPARE(kinds(runOf({{2.2, .20, 2.2, .21}, {2.0, .30, 2.0, .30}, {1.9, .35, 1.95, .33}}, 3)).first(),
                 QString::fromLatin1(logid::kAdviceUnderfitting));
        // Memorising: after epoch 2 the training loss falls and the validation loss rises.
        const RunInfo memorising = runOf({{1.0, .60, .9, .70}, {.6, .80, .6, .80}, {.3, .92, .7, .79}, {.1, .99, .9, .76}}, 2);
        QCOMPARE(kinds(memorising), QStringList{QString::fromLatin1(logid::kAdviceOverfitting)});
        QCOMPARE(runAdvice(memorising).front().args, (std::vector<std::string>{"2", "99.0", "50"}));
        // Still improving at the end; not when the run stopped early or was stopped.
        const RunInfo improving = runOf({{1.0, .60, 1.0, .60}, {.8, .70, .8, .70}, {.7, .75, .7, .74}, {.6, .80, .62, .78}}, 4);
        QCOMPARE(kinds(improving), QStringList{QString::fromLatin1(logid::kAdviceStillImproving)});
        QCOMPARE(runAdvice(improving).front().args, (std::vector<std::string>{"74.0", "78.0", "1"}));
        QCOMPARE(kinds(runOf({{1.0, .60, 1.0, .60}, {.8, .70, .8, .70}, {.7, .75, .7, .74}, {.6, .80, .62, .78}}, 4, "stopped")),
                 QStringList());
        QCOMPARE(kinds(runOf({{1.0, .60, 1.0, .60}}, 1)), QStringList()); // one epoch says too little
    }

    void metricsFromConfusion()
    {
        // Rows: true class, columns: predicted. D neither occurs nor is predicted (a class of the model
        // missing from an evaluation folder); E is predicted once but never occurs.
        const ClassificationMetrics m = ClassificationMetrics::fromConfusion(
            {{3, 1, 0, 0, 0}, {1, 2, 0, 0, 0}, {0, 0, 2, 0, 1}, {0, 0, 0, 0, 0}, {0, 0, 0, 0, 0}}, 0.5);
        QCOMPARE(m.count, std::int64_t(10));
        QCOMPARE(m.accuracy, 0.7);
        QCOMPARE(m.perClass[0].precision, 0.75);
        QCOMPARE(m.perClass[1].recall, 2.0 / 3.0);
        QCOMPARE(m.perClass[2].precision, 1.0);
        QCOMPARE(m.perClass[2].support, std::int64_t(3));
        QVERIFY(std::fabs(m.perClass[2].f1 - 0.8) < 1e-12);
        QCOMPARE(m.perClass[4].f1, 0.0);
        // What is not defined says so: D has no precision, recall or F1; E no recall.
        QVERIFY(!m.perClass[3].hasPrecision() && !m.perClass[3].hasRecall() && !m.perClass[3].hasF1());
        QVERIFY(m.perClass[4].hasPrecision() && !m.perClass[4].hasRecall() && m.perClass[4].hasF1());
        QCOMPARE(m.perClass[4].predicted, std::int64_t(1));
        QVERIFY(m.perClass[0].hasPrecision() && m.perClass[0].hasRecall() && m.perClass[0].hasF1());
        // sklearn.metrics.f1_score(y_true, y_pred, average="macro") averages A, B, C and E: D is left out.
        QVERIFY2(std::fabs(m.macroF1 - (0.75 + 2.0 / 3.0 + 0.8 + 0.0) / 4) < 1e-12, qPrintable(QString::number(m.macroF1)));
        QCOMPARE(ClassificationMetrics::fromJson(m.toJson()).macroF1, m.macroF1);
    }

    void predictionsAsCsv()
    {
        // Class names and paths with commas and quotes stay one field each (RFC 4180).
        EvaluationResult r;
        r.classes = {"T-shirt, top", "Bag"};
        r.predictions.push_back({"/data/T-shirt, top/a \"1\".png", 0, 1, 0.75f});
        r.predictions.push_back({"/data/Bag/b.png", 1, 1, 0.5f});
        QCOMPARE(QString::fromStdString(r.predictionsCsv()),
                 QStringLiteral("path,label,predicted,confidence\n"
                                "\"/data/T-shirt, top/a \"\"1\"\".png\",\"T-shirt, top\",Bag,0.750000\n"
                                "/data/Bag/b.png,Bag,Bag,0.500000\n"));
    }

    void clearErrors()
    {
        TrainConfig c = smallConfig("resnet18");
        c.freeze = FreezePlan{{{"all", false}}};
        const QString frozen = test::errorOf([&] { run(dir(QStringLiteral("err-frozen")), c, test::shapeSplit(8, 0.25)); });
        QVERIFY2(frozen.contains(QStringLiteral("every layer is frozen")), qPrintable(frozen));
        QCOMPARE(QString::fromStdString(RunInfo::load(dir(QStringLiteral("err-frozen")).toStdString()).status), QStringLiteral("failed"));
        const QString again = test::errorOf([&] { run(dir(QStringLiteral("err-frozen")), smallConfig("resnet18"), test::shapeSplit(8, 0.25)); });
        QVERIFY2(again.contains(QStringLiteral("already holds a run")), qPrintable(again));
        const QString one = test::errorOf([&] { run(dir(QStringLiteral("err-one")), smallConfig("resnet18"), test::shapeSplit(8, 0.25, 1)); });
        QVERIFY2(one.contains(QStringLiteral("at least two classes")), qPrintable(one));
        const QString missing = test::errorOf([&] {
            TrainConfig w = smallConfig("resnet18");
            w.weights = "/no/weights.pth";
            run(dir(QStringLiteral("err-weights")), w, test::shapeSplit(8, 0.25));
        });
        QVERIFY2(missing.contains(QStringLiteral("/no/weights.pth")), qPrintable(missing));
        // Inputs LibTorch would reject mid-run are refused before the run starts.
        const QString small = test::errorOf([&] { run(dir(QStringLiteral("err-small")), smallConfig("vgg16", 16), test::shapeSplit(8, 0.25)); });
        QVERIFY2(small.contains(QStringLiteral("at least 32x32")) && small.contains(QStringLiteral("raise the input size")),
                 qPrintable(small));
        DatasetSplit damaged = test::shapeSplit(8, 0.25);
        damaged.train.back().label = 9;
        const QString label = test::errorOf([&] { run(dir(QStringLiteral("err-label")), smallConfig("resnet18"), damaged); });
        QVERIFY2(label.contains(QStringLiteral("class number 9")), qPrintable(label));
        // A run folder that cannot be made (a file where its parent folder goes) fails with its kind.
        test::writeBytes(dir(QStringLiteral("err-blocked")), "a file, not a folder");
        try {
            run(dir(QStringLiteral("err-blocked/run")), smallConfig("resnet18"), test::shapeSplit(4, 0.25));
            QFAIL("the run should fail");
        } catch (const Error& e) {
            QCOMPARE(QString::fromUtf8(e.message().id.c_str()), QString::fromUtf8(logid::kErrorRunFolderNotCreated));
            QCOMPARE(QString::fromStdString(e.message().args.at(0)), dir(QStringLiteral("err-blocked/run")));
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("cannot create the run folder")), e.what());
        }
        if (!cudaAvailable()) {
            // No GPU here: refused before the run folder exists, so a retry on the CPU can use its name.
            TrainConfig gpu = smallConfig("resnet18");
            gpu.device = DeviceChoice::Cuda;
            const QString noGpu = test::errorOf([&] { run(dir(QStringLiteral("err-gpu")), gpu, test::shapeSplit(4, 0.25)); });
            QVERIFY2(noGpu.contains(QStringLiteral("--device cpu")), qPrintable(noGpu));
            QVERIFY(!QFileInfo::exists(dir(QStringLiteral("err-gpu"))));
        }
        TrainConfig single = smallConfig("resnet18");
        single.batchSize = 1;
        const QString batchNorm = test::errorOf([&] { run(dir(QStringLiteral("err-batch1")), single, test::shapeSplit(8, 0.25)); });
        QVERIFY2(batchNorm.contains(QStringLiteral("batch size of 2 or more")), qPrintable(batchNorm));
        single.freeze = buildModel(single).presetHeadOnly(); // no batch norm trains: one image per batch is fine
        single.epochs = 1;
        QCOMPARE(QString::fromStdString(run(dir(QStringLiteral("batch1-head")), single, test::shapeSplit(4, 0.25)).run.status),
                 QStringLiteral("finished"));
    }

    void predictionsAndHeatMapsOnTheGpuAsOnTheCpu()
    {
        // On a GPU the classifier of the Evaluate and Use steps (probabilities, and Grad-CAM heat
        // maps: where the model looks) gives what it gives on the CPU, up to rounding (cuDNN's
        // kernels, TF32 convolutions). Runs where LibTorch has CUDA and a GPU (scripts/gpu-check).
        if (!cudaAvailable())
            QSKIP("no GPU here");
        TrainConfig c = smallConfig("resnet18");
        c.epochs = 2;
        const TrainResult r = run(dir(QStringLiteral("gpu-classifier")), c, test::shapeSplit(12, 0.25));
        const Classifier cpu = Classifier::load(r.run.dir, DeviceChoice::Cpu, 2);
        const Classifier gpu = Classifier::load(r.run.dir, DeviceChoice::Cuda);
        std::vector<Image> crops;
        for (int cls = 0; cls < 4; ++cls)
            crops.push_back(test::drawShape(cls, 100 + cls, c.preprocess.cropSize));
        const std::vector<std::vector<float>> onCpu = cpu.probabilities(crops);
        const std::vector<std::vector<float>> onGpu = gpu.probabilities(crops);
        QCOMPARE(onGpu.size(), onCpu.size());
        for (std::size_t i = 0; i < crops.size(); ++i)
            for (std::size_t k = 0; k < onCpu[i].size(); ++k)
                QVERIFY2(std::fabs(onCpu[i][k] - onGpu[i][k]) < 1e-2,
                         qPrintable(QStringLiteral("image %1, class %2: %3 on the CPU, %4 on the GPU").arg(i).arg(k).arg(onCpu[i][k]).arg(onGpu[i][k])));
        for (const Image& crop : crops) {
            const HeatMap a = cpu.heatMap(crop);
            const HeatMap b = gpu.heatMap(crop);
            QCOMPARE(b.layer, a.layer);
            QCOMPARE(b.classIndex, a.classIndex);
            QCOMPARE(b.width, a.width);
            QCOMPARE(b.height, a.height);
            float furthest = 0;
            for (std::size_t v = 0; v < a.values.size(); ++v)
                furthest = std::max(furthest, std::fabs(a.values[v] - b.values[v]));
            QVERIFY2(furthest < 0.05f, qPrintable(QStringLiteral("heat maps differ by up to %1").arg(furthest)));
        }
    }

    void modelFilesThatAreNotGraftCheckpoints()
    {
        // Every way a file can fail to be a Graft model reaches the window as one translatable kind.
        QTemporaryDir tmp;
        const std::string plain = (tmp.path() + QStringLiteral("/plain.pt")).toStdString();
        torch::serialize::OutputArchive archive;
        archive.write("x", torch::zeros({1}));
        archive.save_to(plain);
        const std::string text = (tmp.path() + QStringLiteral("/text.pt")).toStdString();
        test::writeBytes(QString::fromStdString(text), "not a zip");
        for (const std::string& path : {plain, text}) {
            try {
                readCheckpointMeta(path);
                QFAIL("not a checkpoint");
            } catch (const Error& e) {
                QCOMPARE(QString::fromUtf8(e.message().id.c_str()), QString::fromUtf8(logid::kErrorNotAModel));
                QCOMPARE(e.message().args.at(0), path);
            }
        }
    }

    void filesystemFromTheStandardLibraryNotLibTorch()
    {
        // Upstream LibTorch exports its own copy of libstdc++'s std::filesystem, whose remove_all
        // crashed on CUDA (issue 3): the programs name libstdc++ just before LibTorch (graft_torch
        // in CMakeLists.txt) so that their calls bind to the system's libstdc++, or to the program
        // itself where the toolchain links libstdc++ statically. Where LibTorch has no such copy
        // this holds anyway.
        using RemoveAll = std::uintmax_t (*)(const fs::path&, std::error_code&);
        const RemoveAll removeAll = &fs::remove_all;
        Dl_info info{};
        QVERIFY(::dladdr(reinterpret_cast<void*>(removeAll), &info) != 0 && info.dli_fname);
        std::error_code error;
        const fs::path self = fs::canonical("/proc/self/exe", error);
        const fs::path from = fs::canonical(info.dli_fname, error);
        QVERIFY2(QByteArray(info.dli_fname).contains("libstdc++") || (!self.empty() && from == self), info.dli_fname);
    }
};

QTEST_APPLESS_MAIN(TestTraining)
#include "tst_training.moc"
