// Long engine jobs off the GUI thread. TrainingWorker runs training on its own QThread and turns the
// engine's callbacks into queued signals (throttled, so the window never drowns in updates);
// BackgroundJob does the same for any other job (checking a dataset, evaluating, exporting, labelling).
// Outcomes (finished/failed/cancelled) are delivered on the owner's thread after the worker thread
// has ended, so isRunning() is false in their handlers. Teardown is cancel, then wait.
#pragma once

#include "core/Job.h"
#include "train/Trainer.h"

#include <QElapsedTimer>
#include <QMetaType>
#include <QObject>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

Q_DECLARE_METATYPE(graft::BatchProgress)
Q_DECLARE_METATYPE(graft::EpochMetrics)
Q_DECLARE_METATYPE(graft::TrainResult)
Q_DECLARE_METATYPE(graft::Progress)
Q_DECLARE_METATYPE(graft::LogMessage)

namespace graft::app {

class TrainingWorker : public QObject
{
    Q_OBJECT

public:
    explicit TrainingWorker(QObject* parent = nullptr);
    ~TrainingWorker() override;

    void startNew(TrainJob job);
    void startResume(const QString& runDir, const ResumeOptions& options, ImageReader reader);
    bool isRunning() const;
    bool isPaused() const { return m_control.paused(); }
    // Blocks until the worker thread ends (after stop()); for shutdown and tests.
    bool wait(int milliseconds = -1);

public Q_SLOTS:
    void pause();
    void resume();
    void stop();

Q_SIGNALS:
    void started(const QString& runDir);
    void batchProgress(const graft::BatchProgress& progress);
    void epochFinished(const graft::EpochMetrics& metrics);
    void logLine(const graft::LogMessage& line); // the English text, and its kind and values to translate
    void finished(const graft::TrainResult& result);
    void failed(const graft::LogMessage& why);
    void pausedChanged(bool paused);

private:
    void launch(const QString& runDir, std::function<TrainResult(const TrainEvents&, TrainControl&)> work);
    void deliver();

    TrainControl m_control;
    std::unique_ptr<QThread> m_thread;
    bool m_active = false;          // from start until the outcome is delivered
    std::optional<TrainResult> m_result;
    LogMessage m_error;
};

class BackgroundJob : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<void(const ProgressCallback& progress, const CancelFlag* cancel)>;

    explicit BackgroundJob(QObject* parent = nullptr);
    ~BackgroundJob() override;

    // Runs `work` on a new thread; finished/failed/cancelled arrive on this object's thread.
    void start(Work work);
    bool isRunning() const;
    bool wait(int milliseconds = -1);

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void progress(const graft::Progress& progress);
    void finished();
    void failed(const graft::LogMessage& why); // the English text, and its kind and values to translate
    void cancelled();

private:
    void deliver();

    enum class Outcome { Finished, Failed, Cancelled };
    CancelFlag m_cancel{false};
    std::unique_ptr<QThread> m_thread;
    bool m_active = false;          // from start until the outcome is delivered
    Outcome m_outcome = Outcome::Finished;
    LogMessage m_error;
};

// Decodes image files for the engine (OpenCV), with reduced-size JPEG decoding when allowed.
ImageReader fileImageReader();

} // namespace graft::app
