#include "TrainPage.h"

#include "Format.h"
#include "FileDialogs.h"
#include "ImageLoading.h"
#include "Notify.h"
#include "MessageText.h"
#include "SettingsDialog.h"
#include "app/core/Jobs.h"
#include "core/Error.h"
#include "core/Text.h"
#include "imageio/ImageDecoder.h"
#include "train/RunAdvice.h"

#include "LearningRateDialog.h"
#include "QCustomPlotInclude.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QGroupBox>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace graft::ui {

namespace {
QCustomPlot* makeChart(QWidget* parent, const QString& name, const QString& title, const QString& yLabel,
                       const QStringList& series, const QList<QColor>& colours)
{
    auto* plot = new QCustomPlot(parent);
    plot->setObjectName(name);
    plot->setAccessibleName(title);
    plot->setMinimumHeight(150);
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, new QCPTextElement(plot, title, QFont(plot->font().family(), -1, QFont::Bold)));
    plot->xAxis->setLabel(QObject::tr("epoch"));
    // Epochs are whole numbers: ticks at 1, 2, 3 … (or multiples of them on long runs), never 1.5.
    QSharedPointer<QCPAxisTickerFixed> epochs(new QCPAxisTickerFixed);
    epochs->setTickStep(1.0);
    epochs->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    plot->xAxis->setTicker(epochs);
    plot->yAxis->setLabel(yLabel);
    for (int i = 0; i < series.size(); ++i) {
        QCPGraph* g = plot->addGraph();
        g->setName(series[i]);
        g->setPen(QPen(colours[i], 2));
        if (series[i].contains(QObject::tr("validation")) || series[i].contains(QStringLiteral("validation")))
            g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 6));
    }
    plot->legend->setVisible(true);
    plot->legend->setFont(QFont(plot->font().family(), 8));
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    return plot;
}

// The epoch axis from 0 to just past `epochs` (room for the last point's marker).
void showEpochs(QCustomPlot* plot, double epochs)
{
    plot->xAxis->setRange(0, std::max(1.0, epochs) * 1.02);
}

// Fits the curves; the epoch axis runs from 0 to (just past) the end of the epoch reached, so that the first
// epoch fills the chart with ticks at 0 and 1 (not a sliver of 0.2 with no tick at all), and the
// loss and accuracy charts line up.
void rescale(QCustomPlot* plot)
{
    plot->rescaleAxes(true);
    bool any = false;
    double last = 0;
    for (int i = 0; i < plot->graphCount(); ++i) {
        bool found = false;
        const QCPRange keys = plot->graph(i)->getKeyRange(found);
        if (found) {
            last = any ? std::max(last, keys.upper) : keys.upper;
            any = true;
        }
    }
    if (any) {
        // A little room around the curves, so that the last point's marker and the extremes do not
        // sit on the frame.
        showEpochs(plot, std::ceil(last - 1e-6));
        const QCPRange values = plot->yAxis->range();
        const double pad = std::max(values.size() * 0.05, 1e-9);
        plot->yAxis->setRange(values.lower - pad, values.upper + pad);
    }
    plot->replot(QCustomPlot::rpQueuedReplot);
}

app::RunRecord recordOf(const RunInfo& run)
{
    app::RunRecord record;
    record.dir = QString::fromStdString(run.dir);
    record.architecture = QString::fromStdString(run.config.architecture);
    record.status = QString::fromStdString(run.status);
    record.epochs = run.epochsCompleted();
    record.bestAccuracy = run.bestAccuracy();
    record.created = QString::fromStdString(run.created);
    return record;
}
} // namespace

TrainPage::TrainPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_worker(new app::TrainingWorker(this))
{
    auto* form = new QWidget;
    buildForm(form);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(form);
    scroll->setObjectName(QStringLiteral("trainSettings"));
    scroll->setWidgetResizable(true);
    // The settings scroll up and down only: the panel is as wide as its widest row in the language
    // in use, with room for the vertical scroll bar.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(std::max(330, form->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width()
                                              + 2 * scroll->frameWidth()));

    // The run's keys (F5, F6, Shift+F5, Ctrl+F5) belong to the Train menu, active on every step: a
    // button with the same key would make both deaf to it. Mnemonics stay clear of the menu bar's.
    m_start = new QPushButton(tr("Start training"), this);
    m_start->setObjectName(QStringLiteral("startButton"));
    m_start->setToolTip(tr("Start a new run with these settings (F5)"));
    m_pause = new QPushButton(tr("&Pause"), this);
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_pause->setToolTip(tr("Pause after the current batch; press again to resume"));
    m_stop = new QPushButton(tr("St&op"), this);
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_stop->setToolTip(tr("Stop after the current batch. The best model so far is kept and the run can be resumed."));
    connect(m_start, &QPushButton::clicked, this, &TrainPage::start);
    connect(m_pause, &QPushButton::clicked, this, &TrainPage::togglePause);
    connect(m_stop, &QPushButton::clicked, this, &TrainPage::stop);
    m_continue = new QPushButton(tr("&Continue run"), this);
    m_continue->setObjectName(QStringLiteral("continueButton"));
    connect(m_continue, &QPushButton::clicked, this, &TrainPage::continueShownRun);

    m_epochProgress = new QProgressBar(this);
    m_epochProgress->setObjectName(QStringLiteral("epochProgress"));
    m_epochProgress->setFormat(tr("%v of %m epochs")); // done; while training, the epoch running
    m_batchProgress = new QProgressBar(this);
    m_batchProgress->setObjectName(QStringLiteral("batchProgress"));
    m_batchProgress->setFormat(tr("Batch %v of %m"));
    m_speed = new QLabel(this);
    m_speed->setObjectName(QStringLiteral("speedLabel"));
    m_eta = new QLabel(this);
    m_eta->setObjectName(QStringLiteral("etaLabel"));
    m_best = new QLabel(tr("Best model: —"), this);
    m_best->setObjectName(QStringLiteral("bestAccuracy"));

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_start);
    controls->addWidget(m_pause);
    controls->addWidget(m_stop);
    controls->addWidget(m_continue);
    controls->addWidget(m_epochProgress, 1);
    controls->addWidget(m_batchProgress, 1);
    auto* stats = new QHBoxLayout;
    stats->addWidget(m_speed);
    stats->addWidget(m_eta);
    stats->addStretch();
    stats->addWidget(m_best);

    const QColor blue(31, 119, 180), orange(255, 127, 14), green(44, 160, 44);
    m_loss = makeChart(this, QStringLiteral("lossChart"), tr("Loss"), tr("loss"),
                       {tr("training (smoothed)"), tr("validation")}, {blue, orange});
    m_accuracy = makeChart(this, QStringLiteral("accuracyChart"), tr("Accuracy"), tr("accuracy %"),
                           {tr("training"), tr("validation")}, {blue, orange});
    // One point an epoch: a marker shows the first epoch's, which has no line yet.
    m_accuracy->graph(0)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 5));
    m_rate = makeChart(this, QStringLiteral("lrChart"), tr("Learning rate"), tr("learning rate"), {tr("classifier")}, {green});
    m_rate->graph(0)->removeFromLegend(); // one curve: no legend, but for the planned rate's
    m_planned = m_rate->addGraph();
    m_planned->setName(tr("planned"));
    m_planned->setPen(QPen(green, 1.5, Qt::DashLine));
    m_rate->legend->setVisible(false);

    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("trainLog"));
    m_log->setAccessibleName(tr("Training log"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);

    m_runs = new QListWidget(this);
    m_runs->setObjectName(QStringLiteral("runsList"));
    m_runs->setAccessibleName(tr("Runs"));
    m_runs->setToolTip(tr("Select a run to show its curves and continue it; tick runs to overlay their validation curves"));
    connect(m_runs, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item && !isTraining())
            showRun(item->data(Qt::UserRole).toString());
    });
    connect(m_runs, &QListWidget::itemChanged, this, &TrainPage::refreshOverlays);
    m_runs->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_runs, &QWidget::customContextMenuRequested, this, &TrainPage::showRunMenu);

    auto* charts = new QWidget(this);
    auto* cl = new QGridLayout(charts);
    cl->setContentsMargins(0, 0, 0, 0);
    cl->addWidget(m_loss, 0, 0);
    cl->addWidget(m_accuracy, 0, 1);
    cl->addWidget(m_rate, 1, 0);
    auto* runsBox = new QGroupBox(tr("Runs"), charts);
    auto* rl = new QVBoxLayout(runsBox);
    rl->addWidget(m_runs);
    cl->addWidget(runsBox, 1, 1);
    cl->setColumnStretch(0, 1);
    cl->setColumnStretch(1, 1);
    cl->setRowStretch(0, 3);
    cl->setRowStretch(1, 2);
    m_accuracy->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);

    auto* rightSplit = new QSplitter(Qt::Vertical, this);
    rightSplit->setObjectName(QStringLiteral("trainRightSplitter"));
    rightSplit->addWidget(charts);
    rightSplit->addWidget(m_log);
    rightSplit->setStretchFactor(0, 4);
    rightSplit->setStretchFactor(1, 1);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(controls);
    rightLayout->addLayout(stats);
    rightLayout->addWidget(rightSplit, 1);

    auto* split = new QSplitter(this);
    split->setObjectName(QStringLiteral("trainSplitter"));
    split->addWidget(scroll);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_worker, &app::TrainingWorker::batchProgress, this, &TrainPage::onBatch);
    connect(m_worker, &app::TrainingWorker::epochFinished, this, &TrainPage::onEpoch);
    connect(m_worker, &app::TrainingWorker::logLine, this,
            [this](const LogMessage& line) { appendLog(messageText(line), isAdvice(line)); });
    connect(m_worker, &app::TrainingWorker::finished, this, &TrainPage::onFinished);
    connect(m_worker, &app::TrainingWorker::failed, this, &TrainPage::onFailed);
    connect(m_worker, &app::TrainingWorker::pausedChanged, this, [this](bool paused) {
        m_pause->setText(paused ? tr("&Resume") : tr("&Pause"));
        if (paused)
            m_eta->setText(tr("Paused: press Resume (F6) to go on")); // the next batch shows the time left again
    });
    connect(&m_workspace, &Workspace::projectReplaced, this, [this] {
        readConfig();
        refreshRuns();
        if (!m_workspace.project().runs.isEmpty()) {
            showRun(m_workspace.project().runs.last().dir);
        } else {
            m_shownRun.clear();
            clearCharts();
        }
    });
    // Before the first run, the empty charts follow the settings and the split: the epochs set, the
    // learning rate planned.
    auto preview = [this] {
        if (m_shownRun.isEmpty() && !isTraining())
            clearCharts();
    };
    connect(&m_workspace, &Workspace::configChanged, this, preview);
    connect(&m_workspace, &Workspace::reportChanged, this, preview);
    connect(&m_workspace, &Workspace::reportChanged, this, &TrainPage::updateInputSizeNote);
    connect(&m_workspace, &Workspace::configChanged, this, &TrainPage::updateInputSizeNote);
    connect(&m_workspace, &Workspace::architectureChanged, this, &TrainPage::readConfig);
    // Augmentation follows the Model step's move between the head only and fine-tuning.
    connect(&m_workspace, &Workspace::freezeChanged, this, [this] {
        const bool loading = std::exchange(m_loading, true);
        m_augment->setChecked(m_workspace.project().config.augment.enabled);
        m_loading = loading;
        updateEnabled();
    });
    connect(&m_workspace, &Workspace::runsChanged, this, &TrainPage::refreshRuns);
    readConfig();
    refreshRuns();
    setRunning(false);
    if (m_shownRun.isEmpty())
        clearCharts();
}

TrainPage::~TrainPage()
{
    m_worker->stop();
    m_worker->wait();
}

void TrainPage::buildForm(QWidget* form)
{
    auto spin = [form](const QString& name, int lo, int hi, const QString& tip) {
        auto* s = new QSpinBox(form);
        s->setObjectName(name);
        s->setRange(lo, hi);
        s->setToolTip(tip);
        return s;
    };
    auto dspin = [form](const QString& name, double lo, double hi, int decimals, double step, const QString& tip) {
        auto* s = new QDoubleSpinBox(form);
        s->setObjectName(name);
        s->setRange(lo, hi);
        s->setDecimals(decimals);
        s->setSingleStep(step);
        s->setToolTip(tip);
        return s;
    };
    auto combo = [form](const QString& name, const QStringList& items, const QString& tip) {
        auto* c = new QComboBox(form);
        c->setObjectName(name);
        c->addItems(items);
        c->setToolTip(tip);
        return c;
    };
    m_epochs = spin(QStringLiteral("epochs"), 1, 10000, tr("How many times training goes through all training images. More epochs can fit better, until the model starts memorising (watch the validation curves)."));
    m_batch = spin(QStringLiteral("batchSize"), 1, 4096, tr("Images per training step. Larger batches are faster per image but need more memory; 16–64 works for most."));
    m_inputSize = spin(QStringLiteral("inputSize"), 32, 1024, tr("The images are resized and cropped to this size. The model's own size is best; smaller is faster."));
    m_optimizer = combo(QStringLiteral("optimizer"), {QStringLiteral("Adam"), QStringLiteral("AdamW"), QStringLiteral("SGD")}, tr("How weights are updated. Adam adapts per weight and is forgiving; SGD with momentum can generalise better with tuning."));
    m_lr = dspin(QStringLiteral("learningRate"), 0.000001, 10, 6, 0.0001, tr("Step size of each update for the new classifier. Too high: the loss jumps or explodes; too low: slow progress. 0.001 suits Adam."));
    m_momentum = dspin(QStringLiteral("momentum"), 0, 0.999, 3, 0.05, tr("SGD only: how much of the previous update carries over (0.9 is usual)."));
    m_nesterov = new QCheckBox(tr("Nesterov momentum"), form);
    m_nesterov->setObjectName(QStringLiteral("nesterov"));
    m_nesterov->setToolTip(tr("SGD only, with a momentum above 0: a look-ahead form of momentum"));
    m_backboneMult = dspin(QStringLiteral("backboneLrMultiplier"), 0, 10, 3, 0.05, tr("Learning rate of unfrozen pretrained layers as a multiple of the classifier's. Small values (0.1) keep what they learned on ImageNet."));
    m_weightDecay = dspin(QStringLiteral("weightDecay"), 0, 1, 6, 0.0001, tr("Pulls weights towards zero to fight overfitting."));
    m_schedule = combo(QStringLiteral("schedule"), {tr("Cosine"), tr("Constant"), tr("Step"), tr("One-cycle")}, tr("How the learning rate changes over the run. Cosine lowers it smoothly to zero."));
    m_warmup = dspin(QStringLiteral("warmup"), 0, 100, 1, 0.5, tr("Epochs over which the learning rate ramps up from zero; steadies the first steps."));
    m_labelSmoothing = dspin(QStringLiteral("labelSmoothing"), 0, 0.5, 2, 0.05, tr("Makes the model less over-confident; 0.1 is a common choice."));
    m_classWeights = new QCheckBox(tr("Weight classes by rarity"), form);
    m_classWeights->setObjectName(QStringLiteral("classWeights"));
    m_classWeights->setToolTip(tr("For imbalanced datasets: mistakes on small classes count more."));
    m_patience = spin(QStringLiteral("patience"), 0, 1000, tr("Stop when validation has not improved for this many epochs (0 = never stop early). The best model is kept either way."));
    m_patience->setSpecialValueText(tr("off"));
    m_monitor = combo(QStringLiteral("monitor"), {tr("validation accuracy"), tr("validation loss")}, tr("What decides the best model and early stopping."));
    m_seed = spin(QStringLiteral("seed"), 0, 2147483647, tr("The same seed, data and settings give the same results."));

    m_augment = new QCheckBox(tr("Augment training images"), form);
    m_augment->setObjectName(QStringLiteral("augment"));
    m_augment->setToolTip(tr("Random changes to each training image every epoch, so the model learns what matters. With a frozen backbone, turning it off lets Graft compute the frozen layers once (much faster)."));
    m_randomCrop = new QCheckBox(tr("Random crops and zoom"), form);
    m_randomCrop->setObjectName(QStringLiteral("randomCrop"));
    m_flip = new QCheckBox(tr("Horizontal flips"), form);
    m_flip->setObjectName(QStringLiteral("flip"));
    m_flip->setToolTip(tr("Turn off when left and right matter (text, arrows)"));
    m_rotation = dspin(QStringLiteral("rotation"), 0, 180, 0, 5, tr("Random rotation up to this many degrees"));
    m_jitter = dspin(QStringLiteral("colorJitter"), 0, 1, 2, 0.05, tr("Random brightness, contrast and saturation changes of up to this strength"));
    auto* preview = new QPushButton(tr("Preview…"), form);
    preview->setObjectName(QStringLiteral("previewAugmentation"));
    preview->setToolTip(tr("Show what augmentation makes of a training image"));
    connect(preview, &QPushButton::clicked, this, &TrainPage::showAugmentationPreview);

    m_device = combo(QStringLiteral("device"), {}, tr("Automatic uses the GPU when there is one"));
    SettingsDialog::addDeviceChoices(m_device); // as in Preferences
    m_threads = spin(QStringLiteral("threads"), 0, 512, tr("CPU threads for training (0 = all cores)"));
    m_threads->setSpecialValueText(tr("all cores"));

    auto* layout = new QVBoxLayout(form);
    auto* training = new QGroupBox(tr("Training"), form);
    auto* tl = new QFormLayout(training);
    tl->addRow(tr("Epochs:"), m_epochs);
    tl->addRow(tr("Batch size:"), m_batch);
    tl->addRow(tr("Input size:"), m_inputSize);
    m_inputSizeNote = new QLabel(training);
    m_inputSizeNote->setObjectName(QStringLiteral("inputSizeNote"));
    m_inputSizeNote->setWordWrap(true);
    m_inputSizeNote->hide();
    tl->addRow(QString(), m_inputSizeNote);
    tl->addRow(tr("Optimizer:"), m_optimizer);
    auto* findRate = m_findRate = new QPushButton(tr("F&ind…"), training);
    findRate->setObjectName(QStringLiteral("findLearningRate"));
    findRate->setToolTip(tr("Try rates from very small to too large on a few batches of your images, with these "
                            "settings, and see where the loss falls fastest (the range test)"));
    connect(findRate, &QPushButton::clicked, this, &TrainPage::findLearningRate);
    auto* lrRow = new QHBoxLayout;
    lrRow->addWidget(m_lr, 1);
    lrRow->addWidget(findRate);
    tl->addRow(tr("Learning rate:"), lrRow);
    tl->addRow(tr("Momentum:"), m_momentum);
    tl->addRow(QString(), m_nesterov);
    tl->addRow(tr("Backbone rate ×:"), m_backboneMult);
    tl->addRow(tr("Weight decay:"), m_weightDecay);
    tl->addRow(tr("Schedule:"), m_schedule);
    tl->addRow(tr("Warm-up epochs:"), m_warmup);
    tl->addRow(tr("Label smoothing:"), m_labelSmoothing);
    tl->addRow(QString(), m_classWeights);
    tl->addRow(tr("Early stopping:"), m_patience);
    tl->addRow(tr("Best model by:"), m_monitor);
    tl->addRow(tr("Seed:"), m_seed);
    auto* aug = new QGroupBox(tr("Augmentation"), form);
    auto* al = new QFormLayout(aug);
    al->addRow(m_augment);
    al->addRow(m_randomCrop);
    al->addRow(m_flip);
    al->addRow(tr("Rotation (°):"), m_rotation);
    al->addRow(tr("Colour jitter:"), m_jitter);
    al->addRow(preview);
    auto* compute = new QGroupBox(tr("Compute"), form);
    compute->setToolTip(tr("This computer's setting (also in Preferences), for every project: where training, "
                           "evaluation and labelling run"));
    auto* cl = new QFormLayout(compute);
    cl->addRow(tr("Device:"), m_device);
    cl->addRow(tr("Threads:"), m_threads);
    layout->addWidget(training);
    layout->addWidget(aug);
    layout->addWidget(compute);
    layout->addStretch();

    for (QSpinBox* s : {m_epochs, m_batch, m_inputSize, m_patience, m_seed})
        connect(s, &QSpinBox::valueChanged, this, &TrainPage::writeConfig);
    for (QDoubleSpinBox* s : {m_lr, m_momentum, m_backboneMult, m_weightDecay, m_warmup, m_labelSmoothing, m_rotation, m_jitter})
        connect(s, &QDoubleSpinBox::valueChanged, this, &TrainPage::writeConfig);
    for (QComboBox* c : {m_optimizer, m_schedule, m_monitor})
        connect(c, &QComboBox::currentIndexChanged, this, &TrainPage::writeConfig);
    // The Compute box is this computer's setting (as in Preferences), not the project's.
    const auto writeCompute = [this] {
        if (!m_loading)
            m_workspace.setCompute(DeviceChoice(std::max(0, m_device->currentIndex())), m_threads->value());
    };
    connect(m_device, &QComboBox::currentIndexChanged, this, writeCompute);
    connect(m_threads, &QSpinBox::valueChanged, this, writeCompute);
    connect(&m_workspace, &Workspace::computeChanged, this, &TrainPage::readCompute);
    for (QCheckBox* c : {m_nesterov, m_classWeights, m_augment, m_randomCrop, m_flip})
        connect(c, &QCheckBox::toggled, this, &TrainPage::writeConfig);
}

void TrainPage::readConfig()
{
    m_loading = true;
    const TrainConfig& c = m_workspace.project().config;
    m_epochs->setValue(c.epochs);
    m_batch->setValue(c.batchSize);
    m_inputSize->setMinimum(graft::architecture(c.architecture).minInputSize);
    m_inputSize->setValue(c.preprocess.cropSize);
    m_optimizer->setCurrentIndex(c.optimizer == OptimizerKind::Adam ? 0 : c.optimizer == OptimizerKind::AdamW ? 1 : 2);
    m_lr->setValue(c.learningRate);
    m_momentum->setValue(c.momentum);
    m_nesterov->setChecked(c.nesterov);
    m_backboneMult->setValue(c.backboneLrMultiplier);
    m_weightDecay->setValue(c.weightDecay);
    m_schedule->setCurrentIndex(int(c.schedule == ScheduleKind::Cosine ? 0 : c.schedule == ScheduleKind::Constant ? 1
                                                                          : c.schedule == ScheduleKind::Step   ? 2 : 3));
    m_warmup->setValue(c.warmupEpochs);
    m_labelSmoothing->setValue(c.labelSmoothing);
    m_classWeights->setChecked(c.classWeights);
    m_patience->setValue(c.earlyStopPatience);
    m_monitor->setCurrentIndex(c.monitor == MonitorMetric::ValidationAccuracy ? 0 : 1);
    m_seed->setValue(int(c.seed));
    m_augment->setChecked(c.augment.enabled);
    m_randomCrop->setChecked(c.augment.randomResizedCrop);
    m_flip->setChecked(c.augment.horizontalFlip);
    m_rotation->setValue(c.augment.rotationDegrees);
    m_jitter->setValue(c.augment.brightness);
    m_loading = false;
    readCompute();
    updateEnabled();
    updateInputSizeNote();
}

void TrainPage::updateInputSizeNote()
{
    // Small pictures (Fashion-MNIST's are 28 px) enlarged many times: the time the input size
    // costs is worth saying, since it grows with its square.
    const DatasetReport* r = m_workspace.report();
    const int size = m_inputSize->value();
    const int half = size / 2;
    m_inputSizeNote->setVisible(r && r->imageSizes.muchSmallerThan(size) && half >= m_inputSize->minimum());
    if (m_inputSizeNote->isHidden())
        return;
    const double enlargement = r->imageSizes.enlargement(size);
    m_inputSizeNote->setText((!r->imageSizes.varied() ? tr("The images are %1×%2 px, enlarged %3× here. Half this size (%4 px) trains about 4× "
                                         "faster, at some cost in accuracy.")
                                    : tr("The images are about %1×%2 px, enlarged %3× here. Half this size (%4 px) trains "
                                         "about 4× faster, at some cost in accuracy."))
                                 .arg(r->imageSizes.typicalWidth).arg(r->imageSizes.typicalHeight)
                                 .arg(QLocale().toString(enlargement, 'f', enlargement == std::floor(enlargement) ? 0 : 1)).arg(half));
}

void TrainPage::readCompute()
{
    const bool loading = std::exchange(m_loading, true);
    m_device->setCurrentIndex(int(m_workspace.device()));
    m_threads->setValue(m_workspace.threads());
    m_loading = loading;
}

void TrainPage::writeConfig()
{
    if (m_loading)
        return;
    TrainConfig c = m_workspace.project().config;
    c.epochs = m_epochs->value();
    c.batchSize = m_batch->value();
    if (c.preprocess.cropSize != m_inputSize->value()) {
        const PreprocessSpec base = graft::architecture(c.architecture).preprocess;
        c.preprocess.cropSize = m_inputSize->value();
        c.preprocess.resizeSize = int(std::lround(double(m_inputSize->value()) * base.resizeSize / base.cropSize));
    }
    const OptimizerKind optimizers[] = {OptimizerKind::Adam, OptimizerKind::AdamW, OptimizerKind::Sgd};
    c.optimizer = optimizers[std::max(0, m_optimizer->currentIndex())];
    c.learningRate = m_lr->value();
    c.momentum = m_momentum->value();
    c.nesterov = m_nesterov->isChecked() && c.momentum > 0; // Nesterov needs momentum to look ahead with
    c.backboneLrMultiplier = m_backboneMult->value();
    c.weightDecay = m_weightDecay->value();
    const ScheduleKind schedules[] = {ScheduleKind::Cosine, ScheduleKind::Constant, ScheduleKind::Step, ScheduleKind::OneCycle};
    c.schedule = schedules[std::max(0, m_schedule->currentIndex())];
    c.warmupEpochs = m_warmup->value();
    c.labelSmoothing = m_labelSmoothing->value();
    c.classWeights = m_classWeights->isChecked();
    c.earlyStopPatience = m_patience->value();
    c.monitor = m_monitor->currentIndex() == 0 ? MonitorMetric::ValidationAccuracy : MonitorMetric::ValidationLoss;
    c.seed = std::uint64_t(m_seed->value());
    c.augment.enabled = m_augment->isChecked();
    c.augment.randomResizedCrop = m_randomCrop->isChecked();
    c.augment.horizontalFlip = m_flip->isChecked();
    c.augment.rotationDegrees = m_rotation->value();
    c.augment.brightness = c.augment.contrast = c.augment.saturation = m_jitter->value();
    m_workspace.setConfig(c);
    updateEnabled();
}

void TrainPage::updateEnabled()
{
    // Options that do not apply to the current choices are shown, but greyed out.
    for (QWidget* w : std::initializer_list<QWidget*>{m_randomCrop, m_flip, m_rotation, m_jitter})
        w->setEnabled(m_augment->isChecked());
    const bool sgd = m_optimizer->currentIndex() == 2;
    m_momentum->setEnabled(sgd);
    m_nesterov->setEnabled(sgd && m_momentum->value() > 0);
}

bool TrainPage::isTraining() const { return m_worker->isRunning(); }

void TrainPage::setRunning(bool running)
{
    m_start->setEnabled(!running);
    m_findRate->setEnabled(!running); // the search would take the computer from the training
    m_pause->setEnabled(running);
    m_stop->setEnabled(running);
    m_pause->setText(tr("&Pause"));
    if (!running)
        m_epochProgress->setFormat(tr("%v of %m epochs"));
    updateContinue();
}

void TrainPage::clearCharts()
{
    for (QCustomPlot* plot : {m_loss, m_accuracy, m_rate}) {
        for (int i = 0; i < plot->graphCount(); ++i)
            plot->graph(i)->data()->clear();
        // Empty, the axes show what is coming: the epochs set, accuracy in per cent.
        showEpochs(plot, m_epochs->value());
        plot->replot(QCustomPlot::rpQueuedReplot);
    }
    m_accuracy->yAxis->setRange(0, 100);
    m_loss->yAxis->setRange(0, 2.5);
    m_best->setText(tr("Best model: —"));
    drawPlannedRate();
}

void TrainPage::drawPlannedRate()
{
    m_planned->data()->clear();
    const bool preview = m_shownRun.isEmpty() && !isTraining();
    m_rate->legend->setVisible(preview);
    if (!preview) {
        if (!isTraining()) { // a run is shown: its batches are not this one's
            m_batchProgress->reset();
            m_batchProgress->setFormat(tr("Batch %v of %m"));
        }
        m_rate->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    const TrainConfig& c = m_workspace.project().config;
    std::int64_t perEpoch = 20; // the schedule's shape, until the dataset tells the batches of an epoch
    const DatasetReport* report = m_workspace.report();
    if (report && report->canTrain()) {
        try {
            const std::size_t images = m_workspace.currentSplit().train.size();
            perEpoch = std::max<std::int64_t>(1, std::int64_t((images + std::size_t(c.batchSize) - 1) / std::size_t(c.batchSize)));
        } catch (const Error&) {
        }
    }
    // The bars say what is coming, not empty frames.
    m_epochProgress->setFormat(tr("%v of %m epochs"));
    m_epochProgress->setMaximum(std::max(1, c.epochs));
    m_epochProgress->setValue(0);
    m_batchProgress->setFormat(tr("%n batches an epoch", nullptr, int(perEpoch)));
    m_batchProgress->setMaximum(int(perEpoch));
    m_batchProgress->setValue(0);
    // Step by step as training will set it (the engine's own schedule), at most a few thousand points.
    const std::int64_t total = perEpoch * std::max(1, c.epochs);
    const std::int64_t stride = std::max<std::int64_t>(1, total / 2000);
    for (std::int64_t step = 0; step < total; step += stride)
        m_planned->addData(double(step + 1) / double(perEpoch), c.learningRate * learningRateFactor(c, step, perEpoch, total));
    if ((total - 1) % stride != 0)
        m_planned->addData(double(total) / double(perEpoch), c.learningRate * learningRateFactor(c, total - 1, perEpoch, total));
    rescale(m_rate);
}

void TrainPage::start()
{
    if (isTraining())
        return;
    const DatasetReport* report = m_workspace.report();
    if (!report) {
        QMessageBox::information(this, tr("Train"), tr("Open a dataset on the Data step first."));
        return;
    }
    if (!report->canTrain()) {
        QMessageBox::warning(this, tr("Train"), tr("The dataset cannot be used yet: %1")
                                                    .arg(QString::fromStdString(join(report->errors, "; "))));
        return;
    }
    QString why;
    const QString weights = m_workspace.resolvedWeights(&why);
    if (weights == QLatin1String("?")) {
        if (m_workspace.project().weightsSource != QLatin1String("auto")) {
            QMessageBox::warning(this, tr("Train"), why);
            return;
        }
        // The architecture's ImageNet weights are not here yet: offer to fetch them and go on.
        const ArchitectureInfo& arch = graft::architecture(m_workspace.project().config.architecture);
        auto* box = new QMessageBox(QMessageBox::Question, tr("Train"),
                                    tr("%1's ImageNet weights are not on this computer yet. Download them (%2) and start "
                                       "training when they are here?")
                                        .arg(QString::fromStdString(arch.displayName),
                                             QString::fromStdString(humanBytes(std::uint64_t(arch.weights.approxBytes)))),
                                    QMessageBox::Yes | QMessageBox::No, this);
        box->setObjectName(QStringLiteral("downloadQuestion"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this](int answer) {
            if (answer != QMessageBox::Yes)
                return;
            m_startAfterDownload = true;
            appendLog(tr("Downloading the weights; training starts when they are here."));
            Q_EMIT weightsDownloadWanted();
        });
        box->open();
        return;
    }
    std::optional<TrainJob> prepared = jobFromSettings(tr("Train"), weights);
    if (!prepared)
        return;
    TrainJob& job = *prepared;
    m_runDir = m_workspace.project().newRunDir();
    m_shownRun = m_runDir;
    job.runDir = m_runDir.toStdString();
    clearCharts();
    m_log->clear();
    appendLog(tr("Run folder: %1").arg(m_runDir));
    try {
        m_worker->startNew(job);
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Train"), QString::fromUtf8(e.what()));
        return;
    }
    setRunning(true);
    m_epochProgress->setMaximum(job.config.epochs);
    m_epochProgress->setValue(0);
    app::RunRecord record;
    record.dir = m_runDir;
    record.architecture = QString::fromStdString(job.config.architecture);
    record.status = QStringLiteral("running");
    record.created = QString::fromStdString(nowIso8601());
    m_workspace.addRun(record);
    Q_EMIT trainingStarted(m_runDir);
}

std::optional<TrainJob> TrainPage::jobFromSettings(const QString& title, const QString& weights)
{
    TrainJob job;
    try {
        job.split = m_workspace.currentSplit();
    } catch (const Error& e) {
        QMessageBox::warning(this, title, QString::fromUtf8(e.what()));
        return std::nullopt;
    }
    job.config = m_workspace.project().config;
    job.config.device = m_workspace.device(); // this computer's choice
    job.config.threads = m_workspace.threads();
    job.config.weights = weights.toStdString();
    job.config.head.numClasses = int(job.split.classes.size());
    job.reader = app::fileImageReader();
    return job;
}

void TrainPage::findLearningRate()
{
    const QString title = tr("Find a learning rate");
    if (isTraining())
        return;
    const DatasetReport* report = m_workspace.report();
    if (!report || !report->canTrain()) {
        QMessageBox::information(this, title, tr("Open a dataset that can be trained on (the Data step) first."));
        return;
    }
    QString why;
    const QString weights = m_workspace.resolvedWeights(&why);
    if (weights == QLatin1String("?")) {
        QMessageBox::information(this, title,
                                 m_workspace.project().weightsSource != QLatin1String("auto")
                                     ? why
                                     : tr("The model's ImageNet weights are not on this computer yet: download them on "
                                          "the Model step (Start offers it too), then search."));
        return;
    }
    const std::optional<TrainJob> job = jobFromSettings(title, weights);
    if (!job)
        return;
    auto* dialog = new LearningRateDialog(job->config, job->split, LearningRateSearch{}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->chosenRate() > 0) {
            m_lr->setValue(dialog->chosenRate());
            appendLog(tr("Learning rate for the next run: %1 (from the learning-rate search)").arg(LearningRateDialog::rateText(m_lr->value())));
        }
    });
    dialog->open();
}

void TrainPage::downloadEnded(bool ok)
{
    if (!std::exchange(m_startAfterDownload, false))
        return;
    if (ok)
        start();
    else
        appendLog(tr("The weights were not downloaded; training did not start."));
}

void TrainPage::togglePause()
{
    if (m_worker->isPaused())
        m_worker->resume();
    else
        m_worker->pause();
}

std::optional<RunInfo> TrainPage::loadRun(const QString& runDir, const QString& title)
{
    try {
        return RunInfo::load(runDir.toStdString());
    } catch (const Error& e) {
        showProblem(this, title, QString::fromUtf8(e.what()));
        return std::nullopt;
    }
}

bool TrainPage::continueRun(const QString& runDir, int totalEpochs)
{
    if (isTraining())
        return false;
    const std::optional<RunInfo> run = loadRun(runDir, tr("Continue run"));
    return run && continueLoaded(*run, totalEpochs);
}

bool TrainPage::continueLoaded(const RunInfo& info, int totalEpochs)
{
    const QString runDir = QString::fromStdString(info.dir);
    if (RunInfo::isBeingTrained(info.dir)) {
        showProblem(this, tr("Continue run"), tr("%1 is being trained right now, by another Graft window or graft-cli. "
                                                 "Wait for it to end, or stop it there first.").arg(runDir));
        return false;
    }
    if (RunInfo::hasEnded(info.status) && totalEpochs <= info.epochsCompleted()) {
        showProblem(this, tr("Continue run"), tr("This run has finished its %Ln epoch(s); give more epochs to train it further.",
                                                 nullptr, info.epochsCompleted()));
        return false;
    }
    ResumeOptions options;
    options.epochs = totalEpochs;
    // Where it trains is this computer's choice (the Compute box), as for a new run: a run started
    // on a GPU machine goes on here on the CPU when this one has none.
    options.deviceOverride = int(m_workspace.device());
    options.threads = m_workspace.threads();
    // Images moved to their right class on the Evaluate step since: the run follows them.
    options.moved = m_workspace.project().movedImages();
    // A dataset folder moved since the run began (opened at its new place): the run finds it there.
    options.datasetRoots = m_workspace.project().datasetFolders();
    showRun(runDir);
    m_log->clear();
    const int target = totalEpochs > 0 ? totalEpochs : info.config.epochs;
    appendLog(tr("Continuing %1 after epoch %2, up to epoch %3").arg(QFileInfo(runDir).fileName()).arg(info.epochsCompleted()).arg(target));
    m_runDir = runDir;
    try {
        m_worker->startResume(runDir, options, app::fileImageReader());
    } catch (const Error& e) {
        showProblem(this, tr("Continue run"), QString::fromUtf8(e.what()));
        return false;
    }
    setRunning(true);
    m_epochProgress->setMaximum(target);
    m_epochProgress->setValue(info.epochsCompleted());
    app::RunRecord record = recordOf(info);
    record.status = QStringLiteral("running");
    const auto& runs = m_workspace.project().runs;
    if (std::any_of(runs.begin(), runs.end(), [&](const app::RunRecord& r) { return r.dir == runDir; }))
        m_workspace.updateRun(record);
    else
        m_workspace.addRun(record);
    Q_EMIT trainingStarted(runDir);
    return true;
}

void TrainPage::continueShownRun()
{
    if (isTraining() || m_shownRun.isEmpty())
        return;
    const std::optional<RunInfo> info = loadRun(m_shownRun, tr("Continue run"));
    if (!info)
        return;
    int total = 0;
    if (RunInfo::hasEnded(info->status)) {
        const int done = info->epochsCompleted();
        bool ok = false;
        total = QInputDialog::getInt(this, tr("Train further"),
                                     tr("%1 has trained for %Ln epoch(s). Train it up to how many epochs in all?", nullptr, done)
                                         .arg(QFileInfo(m_shownRun).fileName()),
                                     2 * done, done + 1, 100000, 1, &ok);
        if (!ok)
            return;
    }
    continueLoaded(*info, total);
}

bool TrainPage::addRunFolder(const QString& runDir)
{
    const QString dir = QDir::cleanPath(QFileInfo(runDir).absoluteFilePath());
    const std::optional<RunInfo> info = loadRun(dir, tr("Add a run"));
    if (!info)
        return false;
    const auto& runs = m_workspace.project().runs;
    if (std::none_of(runs.begin(), runs.end(), [&](const app::RunRecord& r) { return r.dir == dir; }))
        m_workspace.addRun(recordOf(*info));
    if (!isTraining())
        showRun(dir);
    return true;
}

void TrainPage::showRunMenu(const QPoint& pos)
{
    QListWidgetItem* item = m_runs->itemAt(pos);
    if (!item)
        return;
    const QString dir = item->data(Qt::UserRole).toString();
    const bool busy = isTraining() && dir == m_runDir;
    QMenu menu(this);
    QAction* open = menu.addAction(tr("Open run folder"), this, [dir] { QDesktopServices::openUrl(QUrl::fromLocalFile(dir)); });
    open->setEnabled(QFileInfo::exists(dir));
    menu.addAction(tr("Use its settings for the next run"), this, [this, dir] { useRunSettings(dir); })
        ->setEnabled(QFileInfo::exists(dir));
    QAction* forget = menu.addAction(tr("Remove from the list (keep its folder)"), this, [this, dir] { removeRun(dir, false); });
    QAction* trash = menu.addAction(tr("Move to trash…"), this, [this, dir] {
        if (QMessageBox::question(this, tr("Move to trash"), tr("Move the run %1 and its models to the trash? It can be restored from there.")
                                                                .arg(QFileInfo(dir).fileName())) == QMessageBox::Yes)
            removeRun(dir, true);
    });
    forget->setEnabled(!busy);
    trash->setEnabled(!busy && QFileInfo::exists(dir));
    menu.exec(m_runs->viewport()->mapToGlobal(pos));
}

bool TrainPage::removeRun(const QString& runDir, bool toTrash)
{
    // Off the list is harmless while graft-cli trains it elsewhere; its folder is not to be moved then.
    if ((isTraining() && runDir == m_runDir) || (toTrash && RunInfo::isBeingTrained(runDir.toStdString()))) {
        showProblem(this, tr("Remove run"), tr("%1 is being trained right now; stop it first.").arg(runDir));
        return false;
    }
    if (toTrash && QFileInfo::exists(runDir) && !QFile::moveToTrash(runDir)) {
        showProblem(this, tr("Remove run"), tr("%1 could not be moved to the trash; remove it yourself, or check its permissions.").arg(runDir));
        return false;
    }
    m_workspace.removeRun(runDir);
    if (m_shownRun == runDir) {
        const auto& runs = m_workspace.project().runs;
        if (!runs.isEmpty())
            showRun(runs.last().dir);
        else {
            m_shownRun.clear();
            clearCharts();
            updateContinue();
        }
    }
    return true;
}

bool TrainPage::useRunSettings(const QString& runDir)
{
    const std::optional<RunInfo> info = loadRun(runDir, tr("Use a run's settings"));
    if (!info)
        return false;
    const TrainConfig& c = info->config;
    // The head first: the Model step builds its layer list for the architecture with it.
    m_workspace.setHead(c.head);
    m_workspace.setArchitecture(c.architecture);
    // Its weights: none (from scratch), the architecture's ImageNet weights, or the file it imported.
    const QString weights = QString::fromStdString(c.weights);
    const app::WeightsLocation zoo = m_workspace.weights().find(graft::architecture(c.architecture));
    if (weights.isEmpty())
        m_workspace.setWeightsSource(QStringLiteral("none"));
    else if ((zoo.source != app::WeightsLocation::Source::None && QFileInfo(zoo.path) == QFileInfo(weights)) || !QFileInfo::exists(weights))
        m_workspace.setWeightsSource(QStringLiteral("auto"));
    else
        m_workspace.setWeightsSource(weights);
    m_workspace.setFreeze(c.freeze);
    m_workspace.setConfig(c);
    readConfig();
    Q_EMIT message(tr("The next run uses the settings of %1").arg(QFileInfo(runDir).fileName()));
    return true;
}

void TrainPage::chooseRunFolder()
{
    const QString dir = chooseFolder(this, QStringLiteral("runs"), tr("Add a run folder (made by graft-cli train or another project)"),
                                     m_workspace.project().runsFolder());
    if (!dir.isEmpty())
        addRunFolder(dir);
}

void TrainPage::stop()
{
    if (!isTraining())
        return;
    m_stop->setEnabled(false);
    appendLog(tr("Stopping after the current batch…"));
    m_worker->stop();
}

void TrainPage::onBatch(const BatchProgress& p)
{
    if (p.phase == "cache") {
        m_batchProgress->setFormat(tr("Computing frozen layers %v of %m"));
        m_batchProgress->setMaximum(std::max(1, p.batches));
        m_batchProgress->setValue(p.batch);
        // On a large dataset this is most of the run: how fast, and how long it still takes.
        if (p.imagesPerSecond > 0)
            m_speed->setText(tr("%1 images/s").arg(decimal(p.imagesPerSecond, 1)));
        if (p.etaSeconds >= 0 && !m_worker->isPaused())
            m_eta->setText(tr("%1 left for the frozen layers").arg(QString::fromStdString(humanDuration(p.etaSeconds))));
        return;
    }
    if (p.phase != "train")
        return;
    m_batchProgress->setFormat(tr("Batch %v of %m"));
    m_batchProgress->setMaximum(std::max(1, p.batches));
    m_batchProgress->setValue(p.batch);
    m_epochProgress->setMaximum(p.epochs);
    m_epochProgress->setValue(p.epoch - 1);
    m_epochProgress->setFormat(tr("Epoch %1 of %m").arg(p.epoch)); // the first epoch is epoch 1, not 0
    m_speed->setText(p.cachedFeatures ? tr("%1 images/s (frozen layers computed once)").arg(QLocale().toString(p.imagesPerSecond, 'f', 0))
                                      : tr("%1 images/s").arg(decimal(p.imagesPerSecond, 1)));
    if (!m_worker->isPaused()) // a batch that ended as Pause was pressed keeps "Paused" shown
        m_eta->setText(p.etaSeconds >= 0 ? tr("%1 left").arg(QString::fromStdString(humanDuration(p.etaSeconds))) : QString());
    const double x = p.epoch - 1 + double(p.batch) / std::max(1, p.batches);
    m_loss->graph(0)->addData(x, p.loss);
    m_rate->graph(0)->addData(x, p.learningRate);
    rescale(m_loss);
    rescale(m_rate);
    // The accuracy chart's epochs line up with the loss chart's, the running epoch included.
    if (m_accuracy->xAxis->range() != m_loss->xAxis->range()) {
        m_accuracy->xAxis->setRange(m_loss->xAxis->range());
        m_accuracy->replot(QCustomPlot::rpQueuedReplot);
    }
}

void TrainPage::onEpoch(const EpochMetrics& m)
{
    m_epochProgress->setValue(m.epoch);
    m_accuracy->graph(0)->addData(m.epoch, 100 * m.trainAccuracy);
    if (m.hasValidation) {
        m_loss->graph(1)->addData(m.epoch, m.validation.loss);
        m_accuracy->graph(1)->addData(m.epoch, 100 * m.validation.accuracy);
        // The model the run keeps, as the engine chose it (by the monitored metric, ties in
        // accuracy going to the lower loss), not merely the highest accuracy seen.
        if (m.best)
            m_best->setText(tr("Best model: epoch %1 · validation accuracy %2%").arg(m.epoch).arg(decimal(100 * m.validation.accuracy, 1)));
    }
    rescale(m_loss);
    rescale(m_accuracy);
}

void TrainPage::onFinished(const TrainResult& r)
{
    const app::RunRecord record = recordOf(r.run);
    m_shownRun = record.dir;
    m_workspace.updateRun(record);
    setRunning(false);
    m_eta->clear();
    // Every batch, as the run recorded it: live, batches closer than the charts' refresh were skipped.
    drawBatchCurve(record.dir, record.epochs);
    Q_EMIT message(r.stopped ? tr("Training stopped") : r.earlyStopped ? tr("Training stopped early: no more improvement") : tr("Training finished"));
    Q_EMIT trainingFinished(record.dir);
}

void TrainPage::onFailed(const LogMessage& error)
{
    const QString why = messageText(error);
    appendLog(messageText(failedLine(error))); // as the run's log keeps it
    for (app::RunRecord r : m_workspace.project().runs)
        if (r.dir == m_runDir) {
            // As the run folder tells it: a run refused before it began keeps its own state.
            try {
                r = recordOf(RunInfo::load(m_runDir.toStdString()));
            } catch (const Error&) {
                r.status = QStringLiteral("failed");
            }
            m_workspace.updateRun(r);
        }
    setRunning(false);
    showProblem(this, tr("Training failed"), why);
}

void TrainPage::appendLog(const QString& line, bool advice)
{
    m_log->appendPlainText(line);
    if (advice)
        markAdvice(m_log->document()->lastBlock());
}

void TrainPage::markAdvice(const QTextBlock& block)
{
    QTextBlockFormat format = block.blockFormat();
    format.setBackground(QColor(240, 180, 0, 60)); // amber, on light and dark themes
    QTextCursor(block).setBlockFormat(format);
}

void TrainPage::refreshRuns()
{
    const QSignalBlocker block(m_runs);
    QSet<QString> checked;
    for (int i = 0; i < m_runs->count(); ++i)
        if (m_runs->item(i)->checkState() == Qt::Checked)
            checked << m_runs->item(i)->data(Qt::UserRole).toString();
    m_runs->clear();
    for (const auto& r : m_workspace.project().runs) {
        // The run folder is the truth (the project may have been saved while it trained, or the
        // run continued by graft-cli since); the record is what is known when the folder is gone.
        const RunSummary run = runSummary(r.dir);
        const QString& state = run.state;
        const double best = state == QLatin1String("missing") || state == QLatin1String("running") ? r.bestAccuracy : run.best;
        const QString text = runTitle(r.dir, r.architecture, best, stateText(state));
        auto* item = new QListWidgetItem(text, m_runs);
        item->setData(Qt::UserRole, r.dir);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(r.dir) ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(state == QLatin1String("interrupted")
                             ? tr("%1\nIts program ended while it trained; Continue run goes on from its last completed epoch.").arg(r.dir)
                         : state == QLatin1String("failed") && !run.message.isEmpty()
                             ? tr("%1\nFailed: %2").arg(r.dir, run.message)
                             : r.dir);
        if (r.dir == m_shownRun)
            m_runs->setCurrentItem(item);
    }
    updateContinue();
}

TrainPage::RunSummary TrainPage::runSummary(const QString& runDir) const
{
    if (isTraining() && runDir == m_runDir)
        return {QStringLiteral("running"), -1, {}, -1}; // its folder may not be written yet
    const QFileInfo file(runDir + QStringLiteral("/run.json"));
    if (!file.exists())
        return {QStringLiteral("missing"), -1, {}, -1};
    RunSummary summary;
    const auto cached = m_runCache.constFind(runDir);
    if (cached != m_runCache.constEnd() && cached->modified == file.lastModified() && cached->size == file.size()) {
        summary = *cached;
    } else {
        try {
            const RunInfo run = RunInfo::load(runDir.toStdString());
            summary = {QString::fromStdString(run.status), run.bestAccuracy(), file.lastModified(), file.size(),
                       QString::fromStdString(run.message)};
            if (run.status == "failed") { // why, in the window's language when its log tells this failure
                const std::vector<RunLogLine> log = readRunLog(runDir.toStdString(), 64 * 1024);
                const auto last = std::find_if(log.rbegin(), log.rend(),
                                                [](const RunLogLine& l) { return l.message.id == logid::kFailed; });
                const LogMessage why = last != log.rend() ? failedError(last->message) : LogMessage{};
                if (why.text == run.message)
                    summary.message = messageText(why);
            }
            m_runCache.insert(runDir, summary);
        } catch (const Error&) {
            return {QStringLiteral("missing"), -1, {}, -1};
        }
    }
    summary.state = QString::fromStdString(RunInfo::stateOf(summary.state.toStdString(), runDir.toStdString()));
    return summary;
}

QString TrainPage::stateText(const QString& state)
{
    if (state == QLatin1String("running"))
        return tr("training");
    if (state == QLatin1String("stopped"))
        return tr("stopped");
    if (state == QLatin1String("finished"))
        return tr("finished");
    if (state == QLatin1String("early-stopped"))
        return tr("stopped early");
    if (state == QLatin1String("failed"))
        return tr("failed");
    if (state == QLatin1String("interrupted"))
        return tr("interrupted");
    if (state == QLatin1String("missing"))
        return tr("folder missing");
    return state;
}

void TrainPage::updateContinue()
{
    const QString state = m_shownRun.isEmpty() || isTraining() ? QString() : runSummary(m_shownRun).state;
    const bool further = RunInfo::hasEnded(state.toStdString());
    const bool unfinished = state == QLatin1String("stopped") || state == QLatin1String("interrupted")
                            || state == QLatin1String("failed");
    m_continue->setEnabled(further || unfinished);
    m_continue->setToolTip(further ? tr("Train the selected run further, for more epochs")
                                   : tr("Continue the selected run from its last completed epoch (after a stop, a crash or quitting)"));
}

void TrainPage::showRun(const QString& runDir)
{
    m_shownRun = runDir;
    {
        const QSignalBlocker block(m_runs);
        for (int i = 0; i < m_runs->count(); ++i)
            if (m_runs->item(i)->data(Qt::UserRole).toString() == runDir)
                m_runs->setCurrentRow(i);
    }
    updateContinue();
    clearCharts();
    RunInfo info;
    try {
        info = RunInfo::load(runDir.toStdString());
    } catch (const Error& e) {
        appendLog(QString::fromUtf8(e.what()));
        return;
    }
    drawBatchCurve(runDir, info.epochsCompleted());
    for (const auto& m : info.history)
        onEpoch(m);
    // Its log, as the run folder keeps it (the end of a long one).
    if (!isTraining()) {
        QStringList lines;
        std::vector<int> advice; // their first text blocks (a message may take several lines)
        int blocks = 0;
        for (const RunLogLine& line : readRunLog(runDir.toStdString())) {
            const QDateTime time = QDateTime::fromString(QString::fromStdString(line.time), Qt::ISODate);
            if (isAdvice(line.message))
                advice.push_back(blocks);
            lines << (time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) + QStringLiteral("  ")
                                     : QString())
                    + messageText(line.message);
            blocks += 1 + int(lines.back().count(QLatin1Char('\n')));
        }
        m_log->setPlainText(lines.join(QLatin1Char('\n')));
        for (const int i : advice)
            markAdvice(m_log->document()->findBlockByNumber(i));
        m_log->moveCursor(QTextCursor::End);
    }
    m_epochProgress->setMaximum(info.config.epochs);
    m_epochProgress->setValue(info.epochsCompleted());
    rescale(m_rate);
    refreshOverlays();
    if (m_loss->graph(0)->dataCount() == 0) { // stopped before its first batch: its epochs, its rate
        for (QCustomPlot* plot : {m_loss, m_accuracy, m_rate}) {
            showEpochs(plot, info.config.epochs);
            plot->replot(QCustomPlot::rpQueuedReplot);
        }
        m_rate->yAxis->setRange(0, info.config.learningRate * 1.05);
    }
}

void TrainPage::drawBatchCurve(const QString& runDir, int epochs)
{
    m_loss->graph(0)->data()->clear();
    m_rate->graph(0)->data()->clear();
    const std::vector<BatchPoint> points = readBatchCurve(runDir.toStdString(), epochs);
    for (const auto& p : points) {
        const double x = p.epoch - 1 + double(p.batch) / std::max(1, p.batches);
        m_loss->graph(0)->addData(x, p.loss);
        m_rate->graph(0)->addData(x, p.learningRate);
    }
    if (!points.empty() && !isTraining()) { // the bar as the run's last epoch left it, not an empty frame
        m_batchProgress->setFormat(tr("Batch %v of %m"));
        m_batchProgress->setMaximum(std::max(1, points.back().batches));
        m_batchProgress->setValue(points.back().batch);
    }
    rescale(m_loss);
    rescale(m_rate);
}

void TrainPage::refreshOverlays()
{
    // Remove earlier overlays (graphs beyond the built-in ones), then draw the ticked runs dashed.
    while (m_loss->graphCount() > 2)
        m_loss->removeGraph(m_loss->graphCount() - 1);
    while (m_accuracy->graphCount() > 2)
        m_accuracy->removeGraph(m_accuracy->graphCount() - 1);
    static const QList<QColor> colours{QColor(148, 103, 189), QColor(140, 86, 75), QColor(227, 119, 194), QColor(127, 127, 127)};
    int k = 0;
    for (int i = 0; i < m_runs->count(); ++i) {
        QListWidgetItem* item = m_runs->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        RunInfo info;
        try {
            info = RunInfo::load(item->data(Qt::UserRole).toString().toStdString());
        } catch (const Error&) {
            continue;
        }
        const QColor colour = colours[k++ % colours.size()];
        QPen pen(colour, 1.5, Qt::DashLine);
        QCPGraph* loss = m_loss->addGraph();
        QCPGraph* acc = m_accuracy->addGraph();
        const QString name = QFileInfo(item->data(Qt::UserRole).toString()).fileName();
        loss->setName(tr("%1 validation").arg(name));
        acc->setName(tr("%1 validation").arg(name));
        loss->setPen(pen);
        acc->setPen(pen);
        for (const auto& m : info.history)
            if (m.hasValidation) {
                loss->addData(m.epoch, m.validation.loss);
                acc->addData(m.epoch, 100 * m.validation.accuracy);
            }
    }
    rescale(m_loss);
    rescale(m_accuracy);
}

void TrainPage::showAugmentationPreview()
{
    const DatasetReport* r = m_workspace.report();
    if (!r || r->usable.empty()) {
        QMessageBox::information(this, tr("Augmentation"), tr("Open a dataset first."));
        return;
    }
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("augmentationPreview"));
    dialog.setWindowTitle(tr("Augmentation preview"));
    auto* grid = new QGridLayout(&dialog);
    auto* title = new QLabel(&dialog);
    title->setObjectName(QStringLiteral("previewTitle"));
    grid->addWidget(title, 0, 0, 1, 4);
    QList<QLabel*> views;
    for (int i = 0; i < 8; ++i) {
        auto* view = new QLabel(&dialog);
        view->setObjectName(QStringLiteral("previewImage"));
        view->setFixedSize(164, 164);
        view->setAlignment(Qt::AlignCenter);
        grid->addWidget(view, 1 + i / 4, i % 4);
        views << view;
    }
    views.first()->setToolTip(tr("As validation sees it"));
    const TrainConfig& c = m_workspace.project().config;
    if (!c.augment.enabled)
        grid->addWidget(new QLabel(tr("Augmentation is off: every epoch sees the original. Above: what it would do."), &dialog), 3, 0, 1, 4);
    auto* another = new QPushButton(tr("Another image"), &dialog);
    another->setObjectName(QStringLiteral("previewAnother"));
    auto* close = new QPushButton(tr("Close"), &dialog);
    connect(close, &QPushButton::clicked, &dialog, &QDialog::accept);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(another);
    buttons->addStretch();
    buttons->addWidget(close);
    grid->addLayout(buttons, 4, 0, 1, 4);

    // A random training image: first as validation sees it, then seven random augmentations of it.
    int shown = -1;
    const auto draw = [&] {
        int pick = QRandomGenerator::global()->bounded(int(r->usable.size()));
        if (pick == shown && r->usable.size() > 1)
            pick = (pick + 1) % int(r->usable.size());
        shown = pick;
        const Sample& sample = r->usable[std::size_t(pick)];
        title->setText(tr("Original (%1), then seven augmentations").arg(QFileInfo(QString::fromStdString(sample.path)).fileName()));
        Image source;
        try {
            source = readImage(sample.path);
        } catch (const Error& e) {
            title->setText(QString::fromUtf8(e.what()));
            for (QLabel* view : views)
                view->clear();
            return;
        }
        const auto show = [](QLabel* view, const Image& image) {
            view->setPixmap(QPixmap::fromImage(toQImage(image)).scaled(160, 160, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        };
        show(views.first(), evalTransform(source, c.preprocess));
        for (int i = 1; i < views.size(); ++i) {
            Rng rng = Rng::forSample(c.seed, std::uint64_t(pick), std::uint64_t(i));
            show(views[i], trainTransform(source, c.preprocess, c.augment, rng));
        }
    };
    connect(another, &QPushButton::clicked, &dialog, draw);
    draw();
    dialog.exec();
}

} // namespace graft::ui
