#include "UsePage.h"

#include "Format.h"
#include "FileDialogs.h"
#include "HeatMapDialog.h"
#include "ImageLoading.h"
#include "Notify.h"
#include "MessageText.h"
#include "ThresholdDialog.h"
#include "app/core/Jobs.h"
#include "core/Error.h"
#include "core/Files.h"
#include "core/Text.h"
#include "data/Dataset.h"
#include "export/Exporter.h"
#include "imageio/ImageDecoder.h"
#include "label/Predict.h"
#include "train/Classifier.h"
#include "train/Evaluator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QMouseEvent>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <utility>

namespace graft::ui {

// The Try it zone: images dropped on it are tried, and it shows the picture tried.
class ImageDropZone : public QLabel
{
public:
    std::function<void(const QStringList&)> onDrop;
    explicit ImageDropZone(QWidget* parent) : QLabel(parent)
    {
        setAcceptDrops(true);
        setAlignment(Qt::AlignCenter);
        setMinimumSize(180, 120); // it grows with the window; the page must fit a 720-pixel screen
        setStyleSheet(QStringLiteral("QLabel { border: 2px dashed palette(mid); border-radius: 8px; }"));
    }

    // The picture tried, as large as the zone is; the zone's size never follows the picture's
    // (a label's would: the window could then not be made smaller again).
    void showImage(const QImage& image)
    {
        m_image = image;
        if (image.isNull())
            setPixmap(QPixmap());
        else
            rescale();
    }
    QSize sizeHint() const override { return {220, 220}; }
    QSize minimumSizeHint() const override { return minimumSize(); }

protected:
    void resizeEvent(QResizeEvent* e) override
    {
        QLabel::resizeEvent(e);
        if (!m_image.isNull()) // else it keeps its "Drop images here"
            rescale();
    }
    void dragEnterEvent(QDragEnterEvent* e) override
    {
        if (e->mimeData()->hasUrls())
            e->acceptProposedAction();
    }
    void dropEvent(QDropEvent* e) override
    {
        QStringList files;
        for (const QUrl& u : e->mimeData()->urls())
            if (u.isLocalFile())
                files << u.toLocalFile();
        if (onDrop && !files.isEmpty())
            onDrop(files);
    }

private:
    void rescale()
    {
        setPixmap(QPixmap::fromImage(m_image).scaled(size() - QSize(8, 8), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    }

    QImage m_image;
};

namespace {
const char* const kBarClass = "graftClass"; // the class a prediction bar shows
} // namespace

struct UsePage::HeatModel
{
    std::string key; // model file, its time, device and threads
    std::optional<Classifier> classifier;
};

UsePage::UsePage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_tryJob(new app::BackgroundJob(this)),
      m_exportJob(new app::BackgroundJob(this)), m_labelJob(new app::BackgroundJob(this)),
      m_undoJob(new app::BackgroundJob(this)), m_heatJob(new app::BackgroundJob(this)),
      m_heatModel(std::make_shared<HeatModel>())
{
    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("useModelCombo"));
    m_model->setAccessibleName(tr("Model to use"));
    m_model->setMinimumContentsLength(30);
    m_model->setPlaceholderText(tr("No trained model yet: train one (step 3), or choose a model file"));
    auto* browseModel = new QPushButton(tr("Other model file…"), this);
    browseModel->setToolTip(tr("Use an exported .pt file or a checkpoint"));
    connect(browseModel, &QPushButton::clicked, this, [this] {
        const QString f = chooseOpenFile(this, QStringLiteral("export"), tr("Model"), tr("Graft models (*.pt);;All files (*)"));
        if (!f.isEmpty()) {
            m_model->insertItem(0, QFileInfo(f).fileName(), f);
            m_model->setCurrentIndex(0);
        }
    });
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Model:"), this));
    top->addWidget(m_model, 1);
    top->addWidget(browseModel);

    // Try it
    auto* tryBox = new QGroupBox(tr("Try it"), this);
    auto* zone = new ImageDropZone(tryBox);
    zone->setObjectName(QStringLiteral("tryDropZone"));
    zone->setAccessibleName(tr("Drop images to classify"));
    zone->setText(tr("Drop images here"));
    zone->onDrop = [this](const QStringList& files) { tryImages(files); };
    m_tryZone = zone;
    auto* choose = new QPushButton(tr("Choose images…"), tryBox);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QStringList files = chooseOpenFiles(this, QStringLiteral("images"), tr("Images to classify"),
                                                  tr("Images (*.jpg *.jpeg *.png *.bmp *.webp *.tif *.tiff)"));
        if (!files.isEmpty())
            tryImages(files);
    });
    m_stopTry = new QPushButton(tr("Stop"), tryBox);
    m_stopTry->setObjectName(QStringLiteral("stopTrying"));
    m_stopTry->setToolTip(tr("Stop classifying; the images done so far are listed"));
    m_stopTry->setVisible(false);
    connect(m_stopTry, &QPushButton::clicked, this, &UsePage::stopTrying);
    m_barsBox = new QWidget(tryBox);
    m_barsBox->setObjectName(QStringLiteral("predictionBars"));
    m_bars = new QVBoxLayout(m_barsBox);
    m_bars->addStretch();
    // Several images at once: one line each (best class and score); the selected one is shown.
    m_tried = new QListWidget(tryBox);
    m_tried->setObjectName(QStringLiteral("triedImages"));
    m_tried->setAccessibleName(tr("Images tried"));
    m_tried->setVisible(false);
    auto* tl = new QHBoxLayout(tryBox);
    auto* tleft = new QVBoxLayout;
    tleft->addWidget(zone, 1);
    auto* tryButtons = new QHBoxLayout;
    tryButtons->addWidget(choose, 1);
    tryButtons->addWidget(m_stopTry);
    tleft->addLayout(tryButtons);
    m_heatToggle = new QCheckBox(tr("&Where it looks"), tryBox);
    m_heatToggle->setObjectName(QStringLiteral("showHeatMap"));
    m_heatToggle->setToolTip(tr("Colour the parts of the picture that made the model choose its class (Grad-CAM): red "
                                "most, blue least. Click a class's bar to see where it finds that class instead."));
    connect(m_heatToggle, &QCheckBox::toggled, this, &UsePage::showHeatMap);
    tleft->addWidget(m_heatToggle);
    // A new example the model gets wrong (or right) can become a training image.
    m_addToDataset = new QPushButton(tr("Add to the dataset as…"), tryBox);
    m_addToDataset->setObjectName(QStringLiteral("addToDataset"));
    m_addToDataset->setToolTip(tr("Copy this image into a class folder of the project's dataset, to train on it next time"));
    m_addToDataset->setVisible(false);
    connect(m_addToDataset, &QPushButton::clicked, this, [this] {
        QStringList classes;
        for (const std::string& c : m_workspace.trainingClasses())
            classes << QString::fromStdString(c);
        if (classes.isEmpty()) {
            QMessageBox::information(this, tr("Add to the dataset"), tr("Open a dataset on the Data step first."));
            return;
        }
        bool ok = false;
        // The model's best guess first, by its class's name now (a class renamed since it trained).
        const int best = int(classes.indexOf(m_workspace.project().currentClassName(m_shownBest)));
        const QString target = QInputDialog::getItem(this, tr("Add to the dataset"), tr("Copy %1 into the class:").arg(QFileInfo(m_shownImage).fileName()),
                                                     classes, std::max(0, best), false, &ok);
        if (ok)
            addToDataset(m_shownImage, target);
    });
    m_heatNote = new QLabel(tryBox);
    m_heatNote->setObjectName(QStringLiteral("heatMapNote"));
    m_heatNote->setWordWrap(true);
    m_heatNote->setVisible(false);
    auto* tmiddle = new QVBoxLayout;
    tmiddle->addWidget(m_barsBox, 1);
    tmiddle->addWidget(m_heatNote);
    tmiddle->addWidget(m_addToDataset, 0, Qt::AlignLeft);
    tl->addLayout(tleft);
    tl->addLayout(tmiddle, 1);
    tl->addWidget(m_tried, 1);

    // Export
    auto* exportBox = new QGroupBox(tr("Export"), this);
    m_export = new QPushButton(tr("E&xport TorchScript…"), exportBox);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setShortcut(QKeySequence(QStringLiteral("Ctrl+E")));
    m_export->setToolTip(tr("One .pt file with the class names and preprocessing, for LibTorch (torch::jit::load) and "
                            "Python (torch.jit.load)"));
    connect(m_export, &QPushButton::clicked, this, &UsePage::exportModel);
    m_exportStatus = new QLabel(exportBox);
    m_exportStatus->setObjectName(QStringLiteral("exportStatus"));
    m_exportStatus->setWordWrap(true);
    m_exportStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The exported file, where the file manager shows it (to copy it to where it is used).
    m_showExport = new QPushButton(tr("Show in folder"), exportBox);
    m_showExport->setObjectName(QStringLiteral("showExport"));
    m_showExport->setVisible(false);
    connect(m_showExport, &QPushButton::clicked, this, [this] {
        if (m_exportResult)
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(QString::fromStdString(m_exportResult->output)).absolutePath()));
    });
    auto* el = new QVBoxLayout(exportBox);
    el->addWidget(m_export);
    el->addWidget(m_exportStatus);
    el->addWidget(m_showExport, 0, Qt::AlignLeft);
    el->addStretch();

    // Batch labelling
    auto* labelBox = new QGroupBox(tr("Label a folder"), this);
    m_input = new QLineEdit(labelBox);
    m_input->setObjectName(QStringLiteral("labelInput"));
    m_input->setPlaceholderText(tr("Folder of new images (searched with its sub-folders)"));
    m_output = new QLineEdit(labelBox);
    m_output->setObjectName(QStringLiteral("labelOutput"));
    m_output->setPlaceholderText(tr("Folder for labels.csv and the sorted images"));
    auto browse = [this](QLineEdit* edit, const QString& purpose, const QString& title) {
        auto* b = new QPushButton(tr("Browse…"), edit->parentWidget());
        connect(b, &QPushButton::clicked, this, [this, edit, purpose, title] {
            const QString d = chooseFolder(this, purpose, title);
            if (d.isEmpty())
                return;
            edit->setText(d);
            if (edit == m_input && m_output->text().isEmpty())
                m_output->setText(d + QStringLiteral("-labelled")); // beside it, never inside it
        });
        return b;
    };
    auto* inRow = new QHBoxLayout;
    inRow->addWidget(m_input, 1);
    inRow->addWidget(browse(m_input, QStringLiteral("images"), tr("Images to label")));
    auto* outRow = new QHBoxLayout;
    outRow->addWidget(m_output, 1);
    outRow->addWidget(browse(m_output, QStringLiteral("output"), tr("Output folder")));
    m_csv = new QRadioButton(tr("CSV only"), labelBox);
    m_csv->setObjectName(QStringLiteral("modeCsv"));
    m_copy = new QRadioButton(tr("Copy into class folders"), labelBox);
    m_copy->setObjectName(QStringLiteral("modeCopy"));
    m_move = new QRadioButton(tr("Move into class folders"), labelBox);
    m_move->setObjectName(QStringLiteral("modeMove"));
    m_move->setToolTip(tr("Moves are recorded in a journal and can be undone"));
    m_copy->setChecked(true);
    m_threshold = new QDoubleSpinBox(labelBox);
    m_threshold->setObjectName(QStringLiteral("threshold"));
    // In percent, as the table shows confidences.
    m_threshold->setRange(0, 100);
    m_threshold->setDecimals(0);
    m_threshold->setSingleStep(5);
    m_threshold->setSuffix(QStringLiteral(" %"));
    m_threshold->setSpecialValueText(tr("off"));
    m_threshold->setToolTip(tr("Images the model is less sure about go to _uncertain/ for a person to check"));
    auto* thresholdHint = new QLabel(tr("Files labelled with a lower confidence go to _uncertain/ for a person to check."), labelBox);
    thresholdHint->setWordWrap(true);
    m_chooseThreshold = new QPushButton(tr("Ch&oose…"), labelBox);
    m_chooseThreshold->setObjectName(QStringLiteral("chooseThreshold"));
    m_chooseThreshold->setToolTip(tr("See on the model's evaluation how many files each threshold labels and how "
                                     "many of them are right"));
    connect(m_chooseThreshold, &QPushButton::clicked, this, &UsePage::chooseThreshold);
    auto* thresholdRow = new QHBoxLayout;
    thresholdRow->addWidget(m_threshold);
    thresholdRow->addWidget(m_chooseThreshold);
    thresholdRow->addWidget(thresholdHint, 1);
    m_thresholdEstimate = new QLabel(labelBox);
    m_thresholdEstimate->setObjectName(QStringLiteral("thresholdEstimate"));
    m_thresholdEstimate->setWordWrap(true);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, &UsePage::updateThresholdEstimate);
    connect(m_model, &QComboBox::currentIndexChanged, this, &UsePage::updateThresholdEstimate);
    m_start = new QPushButton(tr("&Label"), labelBox);
    m_start->setObjectName(QStringLiteral("labelStart"));
    m_stop = new QPushButton(tr("Stop"), labelBox);
    m_stop->setObjectName(QStringLiteral("labelStop"));
    m_stop->setEnabled(false);
    m_openOutput = new QPushButton(tr("Open output folder"), labelBox);
    m_openOutput->setObjectName(QStringLiteral("openOutput"));
    m_openOutput->setEnabled(false);
    m_undo = new QPushButton(tr("Undo copies/moves"), labelBox);
    m_undo->setObjectName(QStringLiteral("undoLabel"));
    m_undo->setEnabled(false);
    // Not on every keystroke: the journal of a large labelling takes a while to read.
    m_undoCheck = new QTimer(this);
    m_undoCheck->setSingleShot(true);
    m_undoCheck->setInterval(300);
    connect(m_undoCheck, &QTimer::timeout, this, &UsePage::updateUndo);
    connect(m_output, &QLineEdit::textChanged, m_undoCheck, qOverload<>(&QTimer::start));
    m_progress = new QProgressBar(labelBox);
    m_progress->setObjectName(QStringLiteral("labelProgress"));
    m_labelStatus = new QLabel(labelBox);
    m_labelStatus->setObjectName(QStringLiteral("labelStatus"));
    m_labelStatus->setWordWrap(true); // a long summary wraps instead of widening the window
    m_labelStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_results = new QTableWidget(0, 3, labelBox);
    m_results->setObjectName(QStringLiteral("labelResults"));
    m_results->setAccessibleName(tr("Labelling results"));
    m_results->setHorizontalHeaderLabels({tr("File"), tr("Label"), tr("Confidence")});
    m_results->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_results->verticalHeader()->setVisible(false);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_start, &QPushButton::clicked, this, &UsePage::startLabeling);
    connect(m_stop, &QPushButton::clicked, m_labelJob, &app::BackgroundJob::cancel);
    connect(m_openOutput, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_output->text())); });
    connect(m_undo, &QPushButton::clicked, this, &UsePage::undoLabeling);

    auto* ll = new QVBoxLayout(labelBox);
    auto* form = new QFormLayout;
    form->addRow(tr("Images:"), inRow);
    form->addRow(tr("Output:"), outRow);
    auto* modes = new QHBoxLayout;
    modes->addWidget(m_csv);
    modes->addWidget(m_copy);
    modes->addWidget(m_move);
    form->addRow(tr("Files:"), modes);
    // The estimate under the box, in the same row: a word-wrapped label in a row of its own took
    // the height of two lines.
    auto* thresholdField = new QVBoxLayout;
    thresholdField->setSpacing(2);
    thresholdField->addLayout(thresholdRow);
    thresholdField->addWidget(m_thresholdEstimate);
    form->addRow(tr("Uncertain below:"), thresholdField);
    ll->addLayout(form);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_openOutput);
    buttons->addWidget(m_undo);
    ll->addLayout(buttons);
    ll->addWidget(m_labelStatus);
    ll->addWidget(m_results, 1);

    auto* upper = new QHBoxLayout;
    upper->addWidget(tryBox, 2);
    upper->addWidget(exportBox, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    // Halves: the picture tried keeps its size when the note on where the model looks shows.
    layout->addLayout(upper, 1);
    layout->addWidget(labelBox, 1);

    // A try ends: its images are listed (those done so far when it was stopped), or the next try
    // given meanwhile starts.
    auto tryEnded = [this](bool show) {
        m_stopTry->setVisible(false);
        if (!m_pendingTry.isEmpty()) {
            tryImages(std::exchange(m_pendingTry, {}));
            return;
        }
        if (show)
            showTryResults();
    };
    connect(m_tryJob, &app::BackgroundJob::finished, this, [tryEnded] { tryEnded(true); });
    connect(m_tryJob, &app::BackgroundJob::cancelled, this, [this, tryEnded] {
        if (m_pendingTry.isEmpty())
            Q_EMIT message(tr("Try it stopped after %Ln image(s)", nullptr, int(m_tryResult->size())));
        tryEnded(true);
    });
    connect(m_tryJob, &app::BackgroundJob::failed, this, [this, tryEnded](const LogMessage& error) {
        const QString why = messageText(error);
        if (m_pendingTry.isEmpty())
            showProblem(this, tr("Try it"), why);
        tryEnded(false);
    });
    connect(m_tried, &QListWidget::currentRowChanged, this, [this](int row) { showTried(row); });
    connect(m_tryJob, &app::BackgroundJob::progress, this, [this](const Progress& p) {
        Q_EMIT message(tr("Try it: %1 of %Ln image(s) classified", nullptr, int(p.total)).arg(QLocale().toString(qint64(p.done))));
    });
    // A labelled file, selected in the table, shows under "Try it" with its scores.
    connect(m_results, &QTableWidget::currentCellChanged, this, [this](int row) { showLabelRecord(row); });
    connect(m_exportJob, &app::BackgroundJob::finished, this, [this] {
        m_export->setEnabled(true);
        m_exportStatus->setText(tr("Exported %1, with %2 (its classes and preprocessing) and %3, which classifies images in "
                                   "Python (python3 %3 IMAGE|FOLDER…); in code: torch.jit.load('%4')")
                                    .arg(QString::fromStdString(m_exportResult->output),
                                         QFileInfo(QString::fromStdString(m_exportResult->sidecar)).fileName(),
                                         QFileInfo(QString::fromStdString(m_exportResult->script)).fileName(),
                                         QFileInfo(QString::fromStdString(m_exportResult->output)).fileName()));
        m_showExport->setVisible(true);
        Q_EMIT message(m_exportStatus->text());
    });
    connect(m_exportJob, &app::BackgroundJob::failed, this, [this](const LogMessage& error) {
        const QString why = messageText(error);
        m_export->setEnabled(true);
        m_showExport->setVisible(false);
        m_exportStatus->setText(tr("Export failed: %1").arg(why));
    });
    connect(m_labelJob, &app::BackgroundJob::progress, this, [this](const Progress& p) {
        m_progress->setMaximum(int(std::max<std::int64_t>(1, p.total)));
        m_progress->setValue(int(p.done));
        m_progress->setFormat(tr("%v of %m · %1 images/s").arg(QLocale().toString(p.itemsPerSecond, 'f', 1)));
    });
    auto labelDone = [this] {
        m_start->setEnabled(true);
        m_stop->setEnabled(false);
    };
    connect(m_labelJob, &app::BackgroundJob::finished, this, [this, labelDone] {
        labelDone();
        m_labelResult = m_pendingLabel;
        showLabelResult();
    });
    connect(m_labelJob, &app::BackgroundJob::failed, this, [this, labelDone](const LogMessage& error) {
        const QString why = messageText(error);
        labelDone();
        m_labelStatus->setText(tr("Labelling failed: %1").arg(why));
        showProblem(this, tr("Label a folder"), why);
    });
    connect(m_undoJob, &app::BackgroundJob::progress, this, [this](const Progress& p) {
        m_progress->setMaximum(int(std::max<std::int64_t>(1, p.total)));
        m_progress->setValue(int(p.done));
        m_progress->setFormat(tr("Undoing %v of %m"));
    });
    connect(m_undoJob, &app::BackgroundJob::finished, this, [this] {
        const UndoResult& u = *m_undoResult;
        m_progress->setFormat(tr("Undone %v of %m"));
        QString text = tr("Undone: %Ln file(s) back as they were.", nullptr, u.restored);
        if (!u.conflicts.empty())
            text += QLatin1Char(' ') + tr("Not undone: %1").arg(QString::fromStdString(join(u.conflicts, "; ")));
        m_labelStatus->setText(text);
        m_start->setEnabled(true);
        updateUndo();
    });
    connect(m_undoJob, &app::BackgroundJob::failed, this, [this](const LogMessage& error) {
        const QString why = messageText(error);
        m_labelStatus->setText(tr("Undo failed: %1").arg(why));
        m_start->setEnabled(true);
        updateUndo();
        showProblem(this, tr("Undo"), why);
    });
    connect(m_heatJob, &app::BackgroundJob::finished, this, &UsePage::heatMapDone);
    connect(m_heatJob, &app::BackgroundJob::cancelled, this, &UsePage::heatMapDone);
    connect(m_heatJob, &app::BackgroundJob::failed, this, [this](const LogMessage& error) {
        if (m_heatAgain) {
            requestHeatMap();
            return;
        }
        m_heatNote->setText(HeatMapDialog::failedNote(messageText(error)));
    });
    connect(&m_workspace, &Workspace::runsChanged, this, &UsePage::refreshRuns);
    connect(&m_workspace, &Workspace::projectReplaced, this, &UsePage::refreshRuns);
    refreshRuns();
}

bool UsePage::isBusy() const
{
    return m_tryJob->isRunning() || m_exportJob->isRunning() || m_labelJob->isRunning() || m_undoJob->isRunning()
        || m_heatJob->isRunning();
}

void UsePage::refreshRuns()
{
    const QString current = m_model->currentData().toString();
    m_model->clear();
    const auto& runs = m_workspace.project().runs;
    for (auto it = runs.rbegin(); it != runs.rend(); ++it)
        if (QFileInfo::exists(it->dir + QStringLiteral("/model-best.pt")))
            m_model->addItem(runTitle(it->dir, it->architecture, it->bestAccuracy), it->dir);
    // The one shown before, else the newest (with a placeholder text, adding items selects none).
    const int i = m_model->findData(current);
    m_model->setCurrentIndex(i >= 0 ? i : (m_model->count() > 0 ? 0 : -1));
}

QString UsePage::modelPath() const { return m_model->currentData().toString(); }

void UsePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    updateThresholdEstimate(); // the Evaluate step may have evaluated the model again meanwhile
}

void UsePage::updateThresholdEstimate()
{
    // The run of the chosen model (a run folder, or a checkpoint in one), and when its kept
    // evaluations and its model last changed: read again only when one did.
    const std::string run = runFolderOfModel(modelPath().toStdString());
    const QString runDir = QString::fromStdString(run);
    const bool isRun = !run.empty();
    QString key;
    if (isRun) {
        key = runDir + QLatin1Char('@');
        for (const std::string& file : {keptEvaluationPath(run, "test"), keptEvaluationPath(run, "validation"),
                                        bestModelPath(run)})
            key += QString::number(QFileInfo(QString::fromStdString(file)).lastModified().toMSecsSinceEpoch()) + QLatin1Char(',');
    }
    if (key != m_estimateKey) {
        m_estimateKey = key;
        m_estimateCurve.clear();
        std::string split;
        const std::optional<KeptEvaluation> kept = isRun ? keptEvaluationOfModel(run, &split) : std::nullopt;
        if (kept && !kept->result.predictions.empty()) {
            m_estimateCurve = thresholdCurve(kept->result.predictions);
            const int n = int(kept->result.predictions.size());
            m_estimateImages = (split == "test" ? tr("%Ln test image(s) of %1", nullptr, n)
                                                : tr("%Ln validation image(s) of %1", nullptr, n))
                                   .arg(QFileInfo(runDir).fileName());
        }
    }
    m_chooseThreshold->setEnabled(!m_estimateCurve.empty());
    m_thresholdEstimate->setVisible(isRun);
    if (m_estimateCurve.empty()) {
        m_chooseThreshold->setToolTip(tr("Needs the model's evaluation: choose a run evaluated on the Evaluate step"));
        m_thresholdEstimate->setText(tr("Evaluate this run (step 4) to see here what a threshold does to its images."));
        return;
    }
    m_chooseThreshold->setToolTip(tr("See on the model's evaluation how many files each threshold labels and how many "
                                     "of them are right"));
    const auto percent = std::size_t(std::clamp<long>(std::lround(m_threshold->value()), 0, 100));
    m_thresholdEstimate->setText(tr("On the %1: %2").arg(m_estimateImages, ThresholdDialog::outcomeText(m_estimateCurve[percent])));
}

void UsePage::chooseThreshold()
{
    updateThresholdEstimate();
    if (m_estimateCurve.empty())
        return;
    auto* dialog = new ThresholdDialog(m_estimateCurve, m_estimateImages, int(std::lround(m_threshold->value())), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_threshold->setValue(dialog->percent()); });
    dialog->open();
}

void UsePage::tryImages(const QStringList& files)
{
    const QString model = modelPath();
    if (model.isEmpty()) {
        QMessageBox::information(this, tr("Try it"), tr("Train a model first (or choose a model file)."));
        return;
    }
    if (m_tryJob->isRunning()) { // the latest images win: stop this try, then start theirs
        m_pendingTry = files;
        m_tryJob->cancel();
        return;
    }
    m_pendingTry.clear();
    m_stopTry->setVisible(true);
    m_triedModel = model;
    m_tryResult = std::make_shared<std::vector<Tried>>();
    std::vector<std::string> given;
    for (const QString& f : files)
        given.push_back(f.toStdString());
    m_tryJob->start([model, given, device = m_workspace.device(), threads = m_workspace.threads(), result = m_tryResult](
                        const ProgressCallback& progress, const CancelFlag* cancel) {
        std::vector<std::string> emptyFolders;
        const std::vector<std::string> images = expandImagePaths(given, &emptyFolders, cancel);
        if (images.empty())
            throw Error(noImagesInFolderMessage(emptyFolders.empty() ? std::string("no images given") : emptyFolders.front()));
        const Classifier c = Classifier::load(model.toStdString(), device, threads);
        Progress p;
        p.stage = "Trying";
        p.total = images.size();
        PredictParams params;
        params.preprocess = c.preprocess();
        params.topK = 5;
        params.threads = threads;
        const auto classify = [&c](const std::vector<Image>& crops) { return c.probabilities(crops); };
        predictFiles(images, app::fileImageReader(), classify, params, [&](std::vector<FilePrediction>& batch) {
            for (const FilePrediction& f : batch) {
                Tried t;
                t.path = QString::fromStdString(f.path);
                t.error = QString::fromStdString(f.error);
                for (const auto& [label, score] : f.top)
                    t.top.emplace_back(c.classes()[label], score);
                result->push_back(std::move(t));
            }
            p.done += std::int64_t(batch.size());
            progress(p);
        }, cancel);
        if (std::all_of(result->begin(), result->end(), [](const Tried& t) { return !t.error.isEmpty(); }))
            throw Error(result->front().error.toStdString()); // nothing to show: say why
    });
}

void UsePage::showTryResults()
{
    const QSignalBlocker block(m_tried);
    m_tried->clear();
    for (const Tried& t : *m_tryResult) {
        const QString name = QFileInfo(t.path).fileName();
        auto* item = new QListWidgetItem(t.error.isEmpty() ? tr("%1 — %2 %3%").arg(name, QString::fromStdString(t.top.front().first))
                                                                 .arg(decimal(100.0 * t.top.front().second, 1))
                                                           : tr("%1 — could not be read").arg(name),
                                         m_tried);
        item->setToolTip(t.error.isEmpty() ? QDir::toNativeSeparators(t.path) : t.error);
        if (!t.error.isEmpty())
            item->setForeground(QColor(200, 40, 40));
    }
    m_tried->setVisible(m_tryResult->size() > 1);
    if (m_tryResult->empty())
        return;
    m_tried->setCurrentRow(0);
    showTried(0);
}

void UsePage::stopTrying()
{
    m_pendingTry.clear();
    m_tryJob->cancel();
}

void UsePage::showPrediction(const QString& model, const QString& path, const std::vector<std::pair<std::string, float>>& top)
{
    while (m_bars->count() > 1) {
        QLayoutItem* item = m_bars->takeAt(0);
        delete item->widget();
        delete item;
    }
    try {
        // Kept to show again without the heat map: at most the size a heat-map picture has.
        const QImage image = toQImage(readImage(path.toStdString()));
        m_shownPlain = std::max(image.width(), image.height()) > 1024
            ? image.scaled(1024, 1024, Qt::KeepAspectRatio, Qt::SmoothTransformation)
            : image;
    } catch (const Error&) {
        m_shownPlain = QImage();
    }
    showShownImage(m_shownPlain);
    m_shownImage = path;
    m_shownModel = model;
    m_shownBest = top.empty() ? QString() : QString::fromStdString(top.front().first);
    m_heatClass.clear();
    m_addToDataset->setVisible(!top.empty() && m_workspace.report() != nullptr);
    auto* title = new QLabel(QFileInfo(path).fileName(), m_barsBox);
    title->setObjectName(QStringLiteral("predictionTitle"));
    title->setToolTip(QDir::toNativeSeparators(path));
    m_bars->insertWidget(0, title);
    int i = 1;
    for (const auto& [label, score] : top) {
        auto* bar = new QProgressBar(m_barsBox);
        bar->setRange(0, 1000);
        bar->setValue(int(score * 1000));
        bar->setFormat(QStringLiteral("%1  %2").arg(QString::fromStdString(label), percent(score)));
        bar->setAccessibleName(bar->format());
        // A click shows where the model sees this class.
        bar->setProperty(kBarClass, QString::fromStdString(label));
        bar->setToolTip(tr("Click: where the model sees %1").arg(QString::fromStdString(label)));
        bar->setCursor(Qt::PointingHandCursor);
        bar->installEventFilter(this);
        m_bars->insertWidget(i++, bar);
    }
    requestHeatMap();
}

void UsePage::showShownImage(const QImage& image)
{
    m_tryZone->showImage(image);
}

bool UsePage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonRelease && static_cast<QMouseEvent*>(event)->button() == Qt::LeftButton) {
        const QVariant className = watched->property(kBarClass);
        if (className.isValid()) {
            explainClass(className.toString());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void UsePage::explainClass(const QString& className)
{
    m_heatClass = className;
    if (m_heatToggle->isChecked())
        requestHeatMap();
    else
        m_heatToggle->setChecked(true); // asks for it
}

void UsePage::showHeatMap(bool on)
{
    if (m_heatToggle->isChecked() != on) {
        m_heatToggle->setChecked(on); // comes back here
        return;
    }
    if (on) {
        requestHeatMap();
        return;
    }
    m_heatNote->setVisible(false);
    showShownImage(m_shownPlain);
    // The classifier kept for heat maps goes (a VGG holds half a gigabyte); a job running keeps its own.
    m_heatModel = std::make_shared<HeatModel>();
    boldenBar({});
}

void UsePage::boldenBar(const QString& className)
{
    for (QProgressBar* bar : m_barsBox->findChildren<QProgressBar*>()) {
        QFont font = bar->font();
        font.setBold(!className.isEmpty() && bar->property(kBarClass).toString() == className);
        bar->setFont(font);
    }
}

void UsePage::requestHeatMap()
{
    if (!m_heatToggle->isChecked() || m_shownImage.isEmpty() || m_shownModel.isEmpty() || m_shownBest.isEmpty()) {
        m_heatNote->setVisible(false);
        return;
    }
    if (m_heatJob->isRunning()) { // one at a time: the latest request follows this one
        m_heatAgain = true;
        return;
    }
    m_heatAgain = false;
    const QString className = m_heatClass.isEmpty() ? m_shownBest : m_heatClass;
    boldenBar(className);
    m_heatNote->setText(tr("Looking where the model sees %1…").arg(className));
    m_heatNote->setVisible(true);
    auto result = m_heatResult = std::make_shared<HeatShown>();
    result->model = m_shownModel;
    result->image = m_shownImage;
    result->className = className;
    // The classifier is loaded once for the images that follow; a continued run rewrites its model.
    const QString file = QFileInfo(m_shownModel).isDir() ? QString::fromStdString(bestModelPath(m_shownModel.toStdString()))
                                                         : m_shownModel;
    const DeviceChoice device = m_workspace.device();
    const int threads = m_workspace.threads();
    const std::string key = file.toStdString() + '\n' + QFileInfo(file).lastModified().toString(Qt::ISODateWithMs).toStdString()
        + '\n' + std::to_string(int(device)) + '\n' + std::to_string(threads);
    m_heatJob->start([result, key, device, threads, cache = m_heatModel](const ProgressCallback&, const CancelFlag*) {
        if (cache->key != key || !cache->classifier) {
            cache->classifier.reset();
            cache->classifier = Classifier::load(result->model.toStdString(), device, threads);
            cache->key = key;
        }
        const Classifier& c = *cache->classifier;
        if (!c.hasHeatMaps()) {
            result->unavailable = true;
            return;
        }
        const auto& classes = c.classes();
        const auto it = std::find(classes.begin(), classes.end(), result->className.toStdString());
        const int index = it == classes.end() ? -1 : int(it - classes.begin());
        result->picture = heatMapPicture(result->image.toStdString(), app::fileImageReader(), c.preprocess(), heatMapsOf(c), index);
    });
}

void UsePage::heatMapDone()
{
    if (m_heatAgain) {
        requestHeatMap();
        return;
    }
    const HeatShown& r = *m_heatResult;
    if (!m_heatToggle->isChecked() || r.image != m_shownImage || r.model != m_shownModel)
        return;
    if (r.unavailable) {
        m_heatNote->setText(tr("An exported TorchScript file keeps no layers to look into; choose the run it was exported "
                               "from to see where the model looks."));
        return;
    }
    showShownImage(toQImage(r.picture.picture));
    m_heatNote->setText(heatMapNote(r.className, r.picture));
}

QString UsePage::heatMapNote(const QString& className, const HeatMapPicture& picture)
{
    QString note = picture.map.noEvidence()
        ? tr("No place in the picture speaks for %1: the model chose it because the other classes scored lower still "
             "(Grad-CAM on %2).")
              .arg(className, QString::fromStdString(picture.map.layer))
        : tr("Where the model sees %1: red most, blue least (Grad-CAM on %2).")
              .arg(className, QString::fromStdString(picture.map.layer));
    if (picture.edgeCut)
        note += QLatin1Char(' ') + HeatMapDialog::edgeCutNote();
    return note;
}

bool UsePage::addToDataset(const QString& image, const QString& className)
{
    const DatasetReport* report = m_workspace.report();
    const QString title = tr("Add to the dataset");
    if (!report) {
        showProblem(this, title, tr("Open a dataset on the Data step first."));
        return false;
    }
    const QString file = QFileInfo(image).absoluteFilePath();
    for (const QString& root : m_workspace.project().datasetRoots)
        if (file.startsWith(QDir(root).absolutePath() + QLatin1Char('/'))) {
            showProblem(this, title, tr("%1 is in the dataset already; to change its class, use Move to class on the Evaluate step.").arg(file));
            return false;
        }
    const QString folder = QString::fromStdString(report->index.classFolder(className.toStdString()));
    if (folder.isEmpty()) {
        showProblem(this, title, tr("The dataset has no folder for the class “%1”; add one with Add folder on the Data step.").arg(className));
        return false;
    }
    // A copy under a name not taken (the original stays where it is), complete or not at all.
    QDir().mkpath(folder);
    try {
        copyFileAtomic(file.toStdString(), uniquePath(folder.toStdString(), QFileInfo(file).fileName().toStdString()));
    } catch (const Error&) {
        showProblem(this, title, tr("%1 could not be copied into %2; check that the folder is writable and the disk has room.").arg(file, folder));
        return false;
    }
    Q_EMIT message(tr("Added %1 to the dataset as %2 (a copy)").arg(QFileInfo(file).fileName(), className));
    Q_EMIT datasetChanged();
    return true;
}

void UsePage::showTried(int row)
{
    if (!m_tryResult || row < 0 || row >= int(m_tryResult->size()))
        return;
    const Tried& t = (*m_tryResult)[std::size_t(row)];
    { // one image is shown at a time: the labelling table's row is no longer the one
        const QSignalBlocker block(m_results);
        m_results->setCurrentCell(-1, -1);
    }
    showPrediction(m_triedModel, t.path, t.top);
    if (!t.error.isEmpty())
        m_bars->insertWidget(1, new QLabel(t.error, m_barsBox));
}

void UsePage::showLabelRecord(int row)
{
    if (!m_labelResult || row < 0 || row >= int(m_labelResult->records.size()))
        return;
    const LabelRecord& rec = m_labelResult->records[std::size_t(row)];
    if (!rec.error.empty())
        return; // the table says why it could not be read
    {
        const QSignalBlocker block(m_tried);
        m_tried->setCurrentRow(-1);
    }
    // Where the file is now: a move took it to its class folder.
    const QString path = QString::fromStdString(rec.destination.empty() || QFileInfo::exists(QString::fromStdString(rec.path))
                                                    ? rec.path
                                                    : rec.destination);
    showPrediction(m_labelledModel, path, rec.top);
}

void UsePage::exportModel()
{
    if (modelPath().isEmpty()) {
        QMessageBox::information(this, tr("Export"), tr("Train a model first."));
        return;
    }
    // Named after the project and the run's network; the first time, in the project's folder.
    const QString project = m_workspace.project().path;
    QString network = QFileInfo(modelPath()).completeBaseName(); // a model file
    for (const auto& r : m_workspace.project().runs)
        if (r.dir == modelPath())
            network = r.architecture;
    const QString name = (project.isEmpty() ? QString() : m_workspace.project().name() + QLatin1Char('-')) + network
        + QStringLiteral(".pt");
    const QString file = chooseSaveFile(this, QStringLiteral("export"), tr("Export TorchScript"), name, tr("TorchScript (*.pt)"),
                                        project.isEmpty() ? QString() : QFileInfo(project).absolutePath());
    if (!file.isEmpty())
        exportTo(file);
}

void UsePage::exportTo(const QString& file)
{
    const QString source = modelPath();
    if (source.isEmpty() || m_exportJob->isRunning())
        return;
    m_export->setEnabled(false);
    m_exportStatus->setText(tr("Exporting…"));
    m_exportResult = std::make_shared<ExportResult>();
    m_exportJob->start([source, file, result = m_exportResult](const ProgressCallback&, const CancelFlag*) {
        *result = exportTorchScript({source.toStdString(), file.toStdString()});
    });
}

void UsePage::startLabeling()
{
    const LabelMode mode = m_move->isChecked() ? LabelMode::Move : m_copy->isChecked() ? LabelMode::Copy : LabelMode::CsvOnly;
    if (mode == LabelMode::Move
        && QMessageBox::question(this, tr("Label a folder"), tr("Move the images out of %1 into class folders? The moves can be undone.")
                                                                 .arg(m_input->text())) != QMessageBox::Yes)
        return;
    labelFolder(m_input->text(), m_output->text(), mode, m_threshold->value() / 100.0);
}

void UsePage::labelFolder(const QString& input, const QString& output, LabelMode mode, double threshold)
{
    if (modelPath().isEmpty() || input.isEmpty() || output.isEmpty()) {
        QMessageBox::information(this, tr("Label a folder"), tr("Choose a model, the folder of images and an output folder."));
        return;
    }
    m_input->setText(input);
    m_output->setText(output);
    m_threshold->setValue(100.0 * threshold);
    (mode == LabelMode::Move ? m_move : mode == LabelMode::Copy ? m_copy : m_csv)->setChecked(true);
    m_labelledFolder = QFileInfo(input).absoluteFilePath();
    m_labelledModel = modelPath(); // the table is emptied until its results come
    LabelParams params;
    params.model = modelPath().toStdString();
    params.input = input.toStdString();
    params.output = output.toStdString();
    params.mode = mode;
    params.threshold = threshold;
    params.threads = m_workspace.threads();
    params.device = m_workspace.device();
    m_pendingLabel = std::make_shared<LabelResult>();
    m_start->setEnabled(false);
    m_stop->setEnabled(true);
    m_results->setRowCount(0);
    m_labelStatus->setText(tr("Labelling…"));
    m_labelJob->start([params, result = m_pendingLabel](const ProgressCallback& progress, const CancelFlag* cancel) {
        *result = graft::labelFolder(params, app::fileImageReader(), progress, cancel);
    });
}

void UsePage::showLabelResult()
{
    const LabelResult& r = *m_labelResult;
    m_results->setRowCount(int(r.records.size()));
    for (int i = 0; i < int(r.records.size()); ++i) {
        const auto& rec = r.records[std::size_t(i)];
        const QString tip = QString::fromStdString(rec.error);
        // Paths within the labelled folder, as the user knows them; the whole path in its tooltip.
        const QString path = QString::fromStdString(rec.path);
        const QString relative = QDir(m_labelledFolder).relativeFilePath(path);
        auto* file = new QTableWidgetItem(QDir::toNativeSeparators(relative.startsWith(QStringLiteral("../")) ? path : relative));
        auto* label = new QTableWidgetItem(rec.error.empty() ? QString::fromStdString(rec.label) : tr("unreadable"));
        auto* conf = new QTableWidgetItem(rec.error.empty() ? percent(rec.confidence)
                                                            : QStringLiteral("—"));
        QString where = QDir::toNativeSeparators(path);
        if (!rec.destination.empty())
            where += QStringLiteral("\n→ ") + QDir::toNativeSeparators(QString::fromStdString(rec.destination));
        for (QTableWidgetItem* item : {file, label, conf})
            item->setToolTip(rec.error.empty() ? where + QLatin1Char('\n') + tr("Select the row to see the image and its scores under “Try it”.")
                                               : tip);
        if (!rec.error.empty())
            label->setForeground(QColor(200, 40, 40));
        m_results->setItem(i, 0, file);
        m_results->setItem(i, 1, label);
        m_results->setItem(i, 2, conf);
    }
    QStringList counts;
    for (const auto& [label, n] : r.counts)
        counts << QStringLiteral("%1: %2").arg(QString::fromStdString(label)).arg(n);
    const int labelled = int(r.records.size()) - r.failures;
    // The rate is the one the progress bar showed: loading the model comes before the first image.
    const QString summary = (r.stopped ? tr("Stopped after %Ln image(s) in %1 s (%2 s loading the model, then %3 images/s): %4.", nullptr, labelled)
                                       : tr("Labelled %Ln image(s) in %1 s (%2 s loading the model, then %3 images/s): %4.", nullptr, labelled))
                                .arg(QLocale().toString(r.seconds, 'f', 1), QLocale().toString(r.loadSeconds, 'f', 1),
                                     QLocale().toString(r.imagesPerSecond, 'f', 1), counts.join(QStringLiteral(", ")));
    QStringList parts{summary};
    if (r.failures)
        parts << tr("%Ln file(s) could not be read (see the table).", nullptr, r.failures);
    if (r.earlier)
        parts << tr("%Ln of them had been copied or moved by an earlier run into this output folder and stay where they are.",
                    nullptr, r.earlier);
    parts << tr("Results: %1").arg(QString::fromStdString(r.csvPath));
    m_labelStatus->setText(parts.join(QLatin1Char(' ')));
    m_openOutput->setEnabled(true);
    updateUndo();
}

void UsePage::updateUndo()
{
    // Whatever labelled into this output folder (this window, an earlier session, graft-cli) can be undone.
    m_undoCheck->stop();
    const QString output = m_output->text();
    const int n = m_undoJob->isRunning() ? 0 : undoableIn(output);
    m_undo->setEnabled(n > 0);
    m_undo->setToolTip(n > 0 ? tr("Put the %Ln file(s) copied or moved into %1 back as they were", nullptr, n).arg(output)
                             : tr("Nothing to undo in the output folder"));
}

int UsePage::undoableIn(const QString& output) const
{
    if (output.isEmpty())
        return 0;
    try {
        return undoableCount(journalPathIn(output.toStdString()));
    } catch (const Error&) {
        return 0; // an unreadable journal: nothing this window can undo (graft-cli label --undo says why)
    }
}

void UsePage::undoLabeling()
{
    const QString output = m_output->text();
    const int n = undoableIn(output);
    if (n == 0) {
        updateUndo();
        return;
    }
    if (QMessageBox::question(this, tr("Undo"), tr("Put the %Ln file(s) copied or moved into %1 back as they were?", nullptr, n)
                                                    .arg(output)) != QMessageBox::Yes)
        return;
    undoLabelingIn(output);
}

void UsePage::undoLabelingIn(const QString& output)
{
    if (m_undoJob->isRunning() || m_labelJob->isRunning())
        return;
    m_output->setText(output);
    m_undoResult = std::make_shared<UndoResult>();
    m_undo->setEnabled(false);
    m_start->setEnabled(false);
    m_labelStatus->setText(tr("Undoing…"));
    const std::string journal = journalPathIn(output.toStdString());
    m_undoJob->start([journal, result = m_undoResult](const ProgressCallback& progress, const CancelFlag*) {
        *result = graft::undoLabeling(journal, progress);
    });
}

} // namespace graft::ui
