// Step 3, Train: hyperparameters with sensible defaults and explanations, augmentation with a
// preview, device and threads; start, pause, resume, stop; live charts of loss, accuracy and learning
// rate with progress, speed, ETA and best accuracy; a log; and the runs panel to compare runs.
#pragma once

#include "Workspace.h"
#include "train/RunFolder.h"
#include "train/Trainer.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

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

public Q_SLOTS:
    void start();
    void togglePause();
    void stop();
    void showAugmentationPreview();

Q_SIGNALS:
    void message(const QString& text);
    void trainingFinished(const QString& runDir);

private:
    void buildForm(QWidget* form);
    void readConfig();
    void writeConfig();
    void updateEnabled();
    void setRunning(bool running);
    void clearCharts();
    void onBatch(const BatchProgress& p);
    void onEpoch(const EpochMetrics& m);
    void onFinished(const TrainResult& r);
    void onFailed(const QString& why);
    void showRun(const QString& runDir);
    void refreshRuns();
    void refreshOverlays();
    void appendLog(const QString& line);

    Workspace& m_workspace;
    app::TrainingWorker* m_worker;
    QString m_runDir;

    QSpinBox* m_epochs;
    QSpinBox* m_batch;
    QSpinBox* m_inputSize;
    QComboBox* m_optimizer;
    QDoubleSpinBox* m_lr;
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
    QProgressBar* m_epochProgress;
    QProgressBar* m_batchProgress;
    QLabel* m_speed;
    QLabel* m_eta;
    QLabel* m_best;
    QCustomPlot* m_loss;
    QCustomPlot* m_accuracy;
    QCustomPlot* m_rate;
    QPlainTextEdit* m_log;
    QListWidget* m_runs;
    double m_bestAccuracy = -1;
    bool m_loading = false;
};

} // namespace graft::ui
