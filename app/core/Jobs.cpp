#include "Jobs.h"

#include "core/Error.h"
#include "imageio/ImageDecoder.h"

#include <mutex>

namespace graft::app {

namespace {
void registerTypes()
{
    static std::once_flag once;
    std::call_once(once, [] {
        qRegisterMetaType<graft::BatchProgress>();
        qRegisterMetaType<graft::EpochMetrics>();
        qRegisterMetaType<graft::TrainResult>();
        qRegisterMetaType<graft::Progress>();
        qRegisterMetaType<graft::LogMessage>();
    });
}
} // namespace

ImageReader fileImageReader()
{
    return [](const std::string& path, int minShorterSide) {
        DecodeOptions options;
        options.minShorterSide = minShorterSide;
        return readImage(path, options);
    };
}

TrainingWorker::TrainingWorker(QObject* parent) : QObject(parent) { registerTypes(); }

TrainingWorker::~TrainingWorker()
{
    stop();
    wait();
}

bool TrainingWorker::isRunning() const { return m_active; }

bool TrainingWorker::wait(int milliseconds)
{
    if (!m_thread)
        return true;
    return milliseconds < 0 ? m_thread->wait() : m_thread->wait(QDeadlineTimer(milliseconds));
}

void TrainingWorker::pause()
{
    if (!m_control.paused()) {
        m_control.setPaused(true);
        Q_EMIT pausedChanged(true);
    }
}

void TrainingWorker::resume()
{
    if (m_control.paused()) {
        m_control.setPaused(false);
        Q_EMIT pausedChanged(false);
    }
}

void TrainingWorker::stop()
{
    m_control.requestStop();
    resume();
}

void TrainingWorker::startNew(TrainJob job)
{
    const QString dir = QString::fromStdString(job.runDir);
    launch(dir, [job = std::move(job)](const TrainEvents& events, TrainControl& control) {
        return train(job, events, control);
    });
}

void TrainingWorker::startResume(const QString& runDir, const ResumeOptions& options, ImageReader reader)
{
    launch(runDir, [dir = runDir.toStdString(), options, reader = std::move(reader)](const TrainEvents& events,
                                                                                       TrainControl& control) {
        return resumeTraining(dir, reader, events, control, options);
    });
}

void TrainingWorker::launch(const QString& runDir, std::function<TrainResult(const TrainEvents&, TrainControl&)> work)
{
    if (isRunning())
        throw Error("a training run is already in progress; stop it first");
    wait();
    m_control.reset();
    m_result.reset();
    m_error = {};
    m_active = true;
    m_thread.reset(QThread::create([this, work = std::move(work)] {
        // Progress is emitted from this thread to receivers on the GUI thread: Qt queues it.
        QElapsedTimer throttle;
        throttle.start();
        TrainEvents events;
        events.batch = [this, &throttle](const BatchProgress& p) {
            const bool lastOfEpoch = p.batch == p.batches;
            if (p.phase == "train" && !lastOfEpoch && throttle.elapsed() < 50)
                return;
            throttle.restart();
            Q_EMIT batchProgress(p);
        };
        events.epoch = [this](const EpochMetrics& m) { Q_EMIT epochFinished(m); };
        events.log = [this](const LogMessage& line) { Q_EMIT logLine(line); };
        try {
            m_result = work(events, m_control);
        } catch (const std::exception& e) {
            m_error = messageOf(e);
        }
    }));
    m_thread->setObjectName(QStringLiteral("graft-training"));
    connect(m_thread.get(), &QThread::finished, this, &TrainingWorker::deliver);
    m_thread->start();
    Q_EMIT started(runDir);
}

void TrainingWorker::deliver()
{
    m_thread->wait();
    m_active = false;
    if (m_result)
        Q_EMIT finished(*m_result);
    else
        Q_EMIT failed(m_error);
}

BackgroundJob::BackgroundJob(QObject* parent) : QObject(parent) { registerTypes(); }

BackgroundJob::~BackgroundJob()
{
    cancel();
    wait();
}

bool BackgroundJob::isRunning() const { return m_active; }

bool BackgroundJob::wait(int milliseconds)
{
    if (!m_thread)
        return true;
    return milliseconds < 0 ? m_thread->wait() : m_thread->wait(QDeadlineTimer(milliseconds));
}

void BackgroundJob::cancel() { m_cancel = true; }

void BackgroundJob::start(Work work)
{
    if (isRunning())
        throw Error("a job is already running");
    wait();
    m_cancel = false;
    m_active = true;
    m_error = {};
    m_thread.reset(QThread::create([this, work = std::move(work)] {
        QElapsedTimer throttle;
        throttle.start();
        const ProgressCallback progressFn = [this, &throttle](const Progress& p) {
            if (p.done != p.total && throttle.elapsed() < 50)
                return;
            throttle.restart();
            Q_EMIT progress(p);
        };
        try {
            // A job that returns after a stop (labelling keeps its partial results) has finished.
            work(progressFn, &m_cancel);
            m_outcome = Outcome::Finished;
        } catch (const CancelledError&) {
            m_outcome = Outcome::Cancelled;
        } catch (const std::exception& e) {
            m_outcome = Outcome::Failed;
            m_error = messageOf(e);
        }
    }));
    connect(m_thread.get(), &QThread::finished, this, &BackgroundJob::deliver);
    m_thread->start();
}

void BackgroundJob::deliver()
{
    m_thread->wait();
    m_active = false;
    switch (m_outcome) {
    case Outcome::Finished: Q_EMIT finished(); break;
    case Outcome::Cancelled: Q_EMIT cancelled(); break;
    case Outcome::Failed: Q_EMIT failed(m_error); break;
    }
}

} // namespace graft::app
