// Step 3, Train: hyperparameters with sensible defaults and explanations, augmentation with a
// preview, device and threads; start, pause, resume, stop; live charts of loss, accuracy and learning
// rate with progress, speed, ETA and best accuracy; a log; and the runs panel to compare runs.
#pragma once

#include "Workspace.h"
#include "train/RunFolder.h"
#include "train/Trainer.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QCPGraph;
class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

class QTextBlock;

namespace graft::app {
class TrainingWorker;
}

namespace graft::ui {

class TrainPage : public QWidget
{
    Q_OBJECT

public:
    TrainPage(Workspace& workspace, QWidget* parent = nullptr);
    ~TrainPage() override;
    bool isTraining() const;
    app::TrainingWorker* worker() const { return m_worker; }
    QCustomPlot* lossChart() const { return m_loss; }
    QCustomPlot* rateChart() const { return m_rate; }
    // Before a project's first run, the learning-rate chart shows the rate the settings plan,
    // epoch by epoch (warm-up, schedule); this graph holds it, and is empty once a run is shown.
    QCPGraph* plannedRate() const { return m_planned; }
    bool startsAfterDownload() const { return m_startAfterDownload; }
    // The run whose curves are shown (selected in the runs list, or the last one trained).
    QString shownRun() const { return m_shownRun; }
    // Continues a run from its last completed epoch (after a stop, a crash or a quit); totalEpochs > 0
    // trains up to that many epochs in all, which also takes a finished run further. False, with the
    // reason shown, when it cannot start.
    bool continueRun(const QString& runDir, int totalEpochs = 0);
    // Adds a run trained elsewhere (graft-cli, another project) to the project; false if it is none.
    bool addRunFolder(const QString& runDir);
    // Takes a run off the project's list; with `toTrash` its folder also goes to the desktop's trash
    // (from where it can be restored). Not the run training now. False, with the reason shown, if not.
    bool removeRun(const QString& runDir, bool toTrash);
    // Makes a run's settings (architecture, weights, head, freezing, input size, hyperparameters,
    // augmentation) the project's, for the next run.
    bool useRunSettings(const QString& runDir);

public Q_SLOTS:
    void start();
    // After the download that start() asked for: starts the run (ok) or lets it be.
    void downloadEnded(bool ok);
    void togglePause();
    void stop();
    // Continues the shown run; for a finished one, asks up to how many epochs.
    void continueShownRun();
    void chooseRunFolder();
    void showAugmentationPreview();
    // Opens "Find a learning rate" (the range test with the project's settings); its rate, when
    // used, becomes the learning rate of the next run.
    void findLearningRate();
    void readCompute(); // the Compute box from this computer's settings

Q_SIGNALS:
    void message(const QString& text);
    void trainingStarted(const QString& runDir); // a new run, or one continued, is on the project's list
    // Start was pressed without the ImageNet weights, and the user chose to download them: the run
    // starts when downloadEnded(true) comes.
    void weightsDownloadWanted();
    void trainingFinished(const QString& runDir);

private:
    // The job a run of the project's settings is on this computer (its device and threads), with
    // `weights`; none, with the reason shown under `title`, when the split cannot be made.
    std::optional<TrainJob> jobFromSettings(const QString& title, const QString& weights);
    void buildForm(QWidget* form);
    void readConfig();
    void updateInputSizeNote();
    void writeConfig();
    void updateEnabled();
    void setRunning(bool running);
    void clearCharts();
    void drawPlannedRate();
    void onBatch(const BatchProgress& p);
    void onEpoch(const EpochMetrics& m);
    void onFinished(const TrainResult& r);
    void onFailed(const LogMessage& error);
    void showRun(const QString& runDir);
    // The run in `runDir`, or none after telling why under `title`.
    std::optional<RunInfo> loadRun(const QString& runDir, const QString& title);
    bool continueLoaded(const RunInfo& run, int totalEpochs);
    void drawBatchCurve(const QString& runDir, int epochs);
    void showRunMenu(const QPoint& pos);
    void refreshRuns();
    void updateContinue();
    // What the list shows of a run, read from its run.json (once per change of the file: a long
    // run's history with its confusion matrices is large).
    struct RunSummary
    {
        QString state;     // run.json's status; "interrupted" for one that was training when its
                           // program ended, "missing" for a folder that is gone
        double best = -1;  // best validation accuracy, < 0 when none
        QDateTime modified; // of run.json when read,
        qint64 size = -1;   // and its size
        QString message;    // why it failed, for one that did (in the window's language when its log tells)
    };
    RunSummary runSummary(const QString& runDir) const;
    static QString stateText(const QString& state);
    void refreshOverlays();
    void appendLog(const QString& line, bool advice = false);
    // What a run's curves said (an "advice-" line) stands out of the log.
    void markAdvice(const QTextBlock& block);

    Workspace& m_workspace;
    app::TrainingWorker* m_worker;
    QString m_runDir;

    QSpinBox* m_epochs;
    QSpinBox* m_batch;
    QSpinBox* m_inputSize;
    QLabel* m_inputSizeNote; // small images enlarged a lot: what a smaller input size saves
    QComboBox* m_optimizer;
    QDoubleSpinBox* m_lr;
    QPushButton* m_findRate;
    QDoubleSpinBox* m_momentum;
    QCheckBox* m_nesterov;
    QDoubleSpinBox* m_backboneMult;
    QDoubleSpinBox* m_weightDecay;
    QComboBox* m_schedule;
    QDoubleSpinBox* m_warmup;
    QDoubleSpinBox* m_labelSmoothing;
    QCheckBox* m_classWeights;
    QSpinBox* m_patience;
    QComboBox* m_monitor;
    QSpinBox* m_seed;
    QCheckBox* m_augment;
    QCheckBox* m_randomCrop;
    QCheckBox* m_flip;
    QDoubleSpinBox* m_rotation;
    QDoubleSpinBox* m_jitter;
    QComboBox* m_device;
    QSpinBox* m_threads;

    QPushButton* m_start;
    QPushButton* m_pause;
    QPushButton* m_stop;
    QPushButton* m_continue;
    QString m_shownRun;
    QProgressBar* m_epochProgress;
    QProgressBar* m_batchProgress;
    QLabel* m_speed;
    QLabel* m_eta;
    QLabel* m_best;
    QCustomPlot* m_loss;
    QCustomPlot* m_accuracy;
    QCustomPlot* m_rate;
    QCPGraph* m_planned = nullptr;
    QPlainTextEdit* m_log;
    QListWidget* m_runs;
    bool m_loading = false;
    bool m_startAfterDownload = false;
    mutable QHash<QString, RunSummary> m_runCache;
};

} // namespace graft::ui
