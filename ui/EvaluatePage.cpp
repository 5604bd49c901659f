#include "EvaluatePage.h"

#include "ConfusionMatrixWidget.h"
#include "FileDialogs.h"
#include "Format.h"
#include "HeatMapDialog.h"
#include "ImageLoading.h"
#include "ImageTrash.h"
#include "Notify.h"
#include "MessageText.h"
#include "app/core/Jobs.h"
#include "core/Error.h"
#include "core/Files.h"
#include "core/OutputNames.h"
#include "core/Text.h"
#include "imageio/DatasetChecker.h"
#include "label/Predict.h"
#include "report/EvaluationReport.h"
#include "train/Classifier.h"
#include "train/RunAdvice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QSet>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QUrl>
#include <QTimer>
#include <QVBoxLayout>

#include <optional>
#include <unordered_set>
#include <utility>

namespace graft::ui {

namespace {
// The "on" choices, in the order of the combo box.
constexpr int kTestChoice = 1;   // after the validation images
constexpr int kFolderChoice = 2;
} // namespace

EvaluatePage::EvaluatePage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_job(new app::BackgroundJob(this)), m_thumbnails(new ThumbnailLoader(96, this))
{
    m_runs = new QComboBox(this);
    m_runs->setObjectName(QStringLiteral("runCombo"));
    m_runs->setAccessibleName(tr("Run to evaluate"));
    m_runs->setMinimumContentsLength(30);
    m_runs->setPlaceholderText(tr("No runs yet: train a model (step 3)"));
    m_split = new QComboBox(this);
    m_split->setObjectName(QStringLiteral("splitCombo"));
    m_split->addItems({tr("validation images"), tr("test images"), tr("a labelled folder…")});
    m_split->setAccessibleName(tr("Images to evaluate on"));
    m_split->setToolTip(tr("The run's validation or test images, or another folder with one sub-folder per class"));
    connect(m_split, &QComboBox::activated, this, [this](int index) {
        if (index == kFolderChoice) {
            chooseFolder();
        } else {
            m_lastSplit = index;
            showKept();
        }
    });
    connect(m_runs, &QComboBox::currentIndexChanged, this, &EvaluatePage::showKept);
    // Its key is Ctrl+Shift+E (no mnemonic: an underlined letter that Alt does not press would mislead).
    m_evaluate = new QPushButton(tr("Evaluate"), this);
    m_evaluate->setObjectName(QStringLiteral("evaluateButton"));
    m_evaluate->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+E")));
    m_evaluate->setToolTip(tr("Evaluate the run on these images (Ctrl+Shift+E); press again to stop"));
    connect(m_evaluate, &QPushButton::clicked, this, [this] {
        if (m_job->isRunning()) // the button is Stop meanwhile: a large folder can take minutes
            stopEvaluating();
        else
            evaluateSelected();
    });
    m_save = new QPushButton(tr("Save &predictions…"), this);
    m_save->setObjectName(QStringLiteral("savePredictions"));
    m_save->setToolTip(tr("Write every image's true class, predicted class and confidence to a CSV file"));
    m_save->setEnabled(false);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString file = chooseSaveFile(this, QStringLiteral("export"), tr("Save predictions"),
                                            QFileInfo(m_resultRun).fileName() + QStringLiteral("-predictions.csv"),
                                            tr("CSV files (*.csv)"), m_resultRun);
        if (!file.isEmpty())
            savePredictions(file);
    });
    m_saveReport = new QPushButton(tr("Save &report…"), this);
    m_saveReport->setObjectName(QStringLiteral("saveReport"));
    m_saveReport->setToolTip(tr("One HTML page to keep or send: the metrics, the confusion matrix, what a labelling "
                                "threshold does, and the most confident mistakes with their pictures and where the "
                                "model looks in them"));
    m_saveReport->setEnabled(false);
    connect(m_saveReport, &QPushButton::clicked, this, [this] {
        if (m_reportJob->isRunning()) { // the button is Stop meanwhile
            m_reportJob->cancel();
            return;
        }
        const QString file = chooseSaveFile(this, QStringLiteral("export"), tr("Save report"),
                                            QFileInfo(m_resultRun).fileName() + QStringLiteral("-evaluation.html"),
                                            tr("Web pages (*.html)"), m_resultRun);
        if (!file.isEmpty())
            saveReport(file, true);
    });
    m_reportJob = new app::BackgroundJob(this);
    connect(m_reportJob, &app::BackgroundJob::progress, this, [this](const Progress& p) {
        Q_EMIT message(tr("Writing the report: %1 of %2 pictures").arg(p.done).arg(p.total));
    });
    // Written, stopped or failed: the button saves reports again.
    const auto reportEnded = [this] {
        m_saveReport->setText(tr("Save &report…"));
        m_saveReport->setEnabled(bool(m_result));
    };
    connect(m_reportJob, &app::BackgroundJob::finished, this, reportEnded);
    connect(m_reportJob, &app::BackgroundJob::cancelled, this, [this, reportEnded] {
        reportEnded();
        Q_EMIT message(tr("Report stopped: nothing was written"));
    });
    connect(m_reportJob, &app::BackgroundJob::failed, this, [this, reportEnded](const LogMessage& why) {
        reportEnded();
        showProblem(this, tr("Save report"), messageText(why));
    });
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Run:"), this));
    top->addWidget(m_runs, 1);
    top->addWidget(new QLabel(tr("on"), this));
    top->addWidget(m_split);
    top->addWidget(m_evaluate);
    top->addWidget(m_save);
    top->addWidget(m_saveReport);
    top->addWidget(m_progress, 1);

    m_summary = new QLabel(tr("Choose a run and evaluate it."), this);
    m_summary->setObjectName(QStringLiteral("metricsSummary"));
    m_summary->setWordWrap(true); // a long one (why nothing could be read) wraps, not widens the window
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_summary->setFont(big);

    m_perClass = new QTableWidget(0, 5, this);
    m_perClass->setObjectName(QStringLiteral("perClassTable"));
    m_perClass->setAccessibleName(tr("Per-class metrics"));
    m_perClass->setHorizontalHeaderLabels({tr("Class"), tr("Precision"), tr("Recall"), tr("F1"), tr("Images")});
    m_perClass->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_perClass->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch); // class names take the room
    m_perClass->verticalHeader()->setVisible(false);
    m_perClass->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_perClass->setSortingEnabled(true);
    m_perClass->setToolTip(tr("Precision: of the images predicted as this class, the share that are. "
                              "Recall: of the images of this class, the share found. F1 balances both."));

    m_matrix = new ConfusionMatrixWidget(this);
    m_matrix->setObjectName(QStringLiteral("confusionMatrix"));
    m_matrix->setAccessibleName(tr("Confusion matrix"));
    connect(m_matrix, &ConfusionMatrixWidget::cellClicked, this, &EvaluatePage::showCell);

    m_cellTitle = new QLabel(tr("Click a cell of the matrix to see its images."), this);
    m_cellTitle->setObjectName(QStringLiteral("cellTitle"));
    m_cellTitle->setWordWrap(true);
    m_imagesModel = new ThumbnailListModel(m_thumbnails, this);
    // A thumbnail and the lines under it: the classes (two lines for long names), the confidence.
    m_images = newThumbnailGrid(m_imagesModel, m_thumbnails->size(), QSize(136, 168), this);
    m_images->setObjectName(QStringLiteral("cellImages"));
    m_images->setAccessibleName(tr("Images of the selected cell"));
    m_images->setWordWrap(true);
    m_images->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_images, &QListView::doubleClicked, this, [](const QModelIndex& index) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(index.data(Qt::UserRole).toString()));
    });
    connect(m_images, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QString path = m_images->indexAt(pos).data(Qt::UserRole).toString();
        if (path.isEmpty())
            return;
        QMenu menu(this);
        menu.addAction(tr("Open"), this, [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); });
        menu.addAction(tr("Where the model looks…"), this, [this, path] { showWhereItLooks(path); });
        menu.addAction(tr("Move to class…"), this, &EvaluatePage::moveSelected)->setEnabled(m_move->isEnabled());
        QAction* trash = menu.addAction(tr("Move to trash…"), this, &EvaluatePage::trashSelected);
        trash->setShortcut(QKeySequence::Delete);
        trash->setEnabled(m_move->isEnabled());
        menu.exec(m_images->viewport()->mapToGlobal(pos));
    });
    auto* trashKey = new QShortcut(QKeySequence::Delete, m_images, nullptr, nullptr, Qt::WidgetShortcut);
    connect(trashKey, &QShortcut::activated, this, &EvaluatePage::trashSelected);
    m_move = new QPushButton(tr("Mo&ve to class…"), this);
    m_move->setObjectName(QStringLiteral("moveButton"));
    m_move->setToolTip(tr("Fix a mislabelled image: move the file into another class folder of the dataset"));
    connect(m_move, &QPushButton::clicked, this, &EvaluatePage::moveSelected);

    auto* whereItLooks = new QPushButton(tr("Where it &looks…"), this);
    whereItLooks->setObjectName(QStringLiteral("whereItLooksButton"));
    whereItLooks->setToolTip(tr("Where the model found the evidence for its guess, and for the true class, in the selected "
                                "image (Grad-CAM): a model that looks at the background shows it here"));
    connect(whereItLooks, &QPushButton::clicked, this, [this] {
        const QString path = m_images->currentIndex().data(Qt::UserRole).toString();
        if (path.isEmpty() || !showWhereItLooks(path))
            QMessageBox::information(this, tr("Where it looks"), tr("Select an image first."));
    });

    m_allMistakes = new QPushButton(tr("All mista&kes"), this);
    m_allMistakes->setObjectName(QStringLiteral("allMistakes"));
    m_allMistakes->setToolTip(tr("Every image the model got wrong, most confident first: the likeliest to be mislabelled"));
    m_allMistakes->setEnabled(false);
    connect(m_allMistakes, &QPushButton::clicked, this, &EvaluatePage::showMistakes);

    m_heatMaps = new QCheckBox(tr("Heat m&aps"), this);
    m_heatMaps->setObjectName(QStringLiteral("gridHeatMaps"));
    m_heatMaps->setToolTip(tr("Colour every image where the model found the evidence for the class it chose "
                              "(Grad-CAM): a model that looks at the background, or at a watermark, shows it at a glance"));
    connect(m_heatMaps, &QCheckBox::toggled, this, &EvaluatePage::showHeatMaps);
    connect(&m_workspace, &Workspace::computeChanged, this, &EvaluatePage::updateHeatMaps);

    auto* cellBox = new QWidget(this);
    auto* cb = new QVBoxLayout(cellBox);
    cb->setContentsMargins(0, 0, 0, 0);
    auto* cellTop = new QHBoxLayout;
    cellTop->addWidget(m_cellTitle, 1);
    cellTop->addWidget(m_heatMaps);
    cellTop->addWidget(m_allMistakes);
    cellTop->addWidget(whereItLooks);
    cellTop->addWidget(m_move);
    cb->addLayout(cellTop);
    cb->addWidget(m_images, 1);

    auto* left = new QSplitter(Qt::Vertical, this);
    left->setObjectName(QStringLiteral("evaluateLeftSplitter"));
    left->addWidget(m_perClass);
    // Many classes make a matrix larger than its pane: it scrolls rather than cut its last rows off.
    m_matrixScroll = new QScrollArea(this);
    m_matrixScroll->setObjectName(QStringLiteral("confusionMatrixScroll"));
    m_matrixScroll->setWidget(m_matrix);
    m_matrixScroll->setWidgetResizable(true);
    m_matrixScroll->setFrameShape(QFrame::NoFrame);
    left->addWidget(m_matrixScroll);
    left->setStretchFactor(1, 2);
    auto* body = new QSplitter(this);
    body->setObjectName(QStringLiteral("evaluateSplitter"));
    body->addWidget(left);
    body->addWidget(cellBox);
    body->setStretchFactor(0, 1);
    body->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(body, 1);

    connect(m_job, &app::BackgroundJob::progress, this, [this](const Progress& p) {
        m_progress->setMaximum(int(std::max<std::int64_t>(1, p.total)));
        m_progress->setValue(int(p.done));
    });
    // The newest request wins: one asked for while another runs starts when that one ends.
    auto next = [this] {
        m_progress->setVisible(false);
        showRunning(false);
        if (!m_queuedRun.isEmpty())
            QTimer::singleShot(0, this, [this] { evaluateRun(std::exchange(m_queuedRun, QString())); });
    };
    connect(m_job, &app::BackgroundJob::finished, this, [this, next] {
        if (m_queuedRun.isEmpty()) {
            m_result = m_pending;
            m_unknown = m_pendingUnknown;
            m_resultRun = m_pendingRun;
            m_resultFolder = m_pendingFolder;
            m_resultSplit = m_pendingSplit;
            m_keptTime.clear();
            showResult();
        }
        next();
    });
    connect(m_job, &app::BackgroundJob::cancelled, this, [this, next] {
        if (m_queuedRun.isEmpty()) { // stopped, not replaced: the result shown before stays
            if (m_result)
                showResult();
            else
                m_summary->setText(tr("Evaluation stopped."));
        }
        next();
    });
    connect(m_job, &app::BackgroundJob::failed, this, [this, next](const LogMessage& error) {
        const QString why = messageText(error);
        next();
        m_summary->setText(tr("Evaluation failed: %1").arg(why));
        showProblem(this, tr("Evaluate"), why);
    });
    connect(&m_workspace, &Workspace::runsChanged, this, &EvaluatePage::refreshRuns);
    connect(&m_workspace, &Workspace::relabelled, this, &EvaluatePage::followRelabel);
    connect(&m_workspace, &Workspace::imagesTrashed, this, &EvaluatePage::followTrash);
    connect(&m_workspace, &Workspace::projectReplaced, this, &EvaluatePage::refreshRuns);
    refreshRuns();
}

bool EvaluatePage::isBusy() const { return m_job->isRunning(); }

QString EvaluatePage::chosenSplit() const
{
    switch (m_split->currentIndex()) {
    case kFolderChoice: return {};
    case kTestChoice: return QStringLiteral("test");
    default: return QStringLiteral("validation");
    }
}

void EvaluatePage::showRunning(bool running)
{
    m_evaluate->setText(running ? tr("Stop") : tr("Evaluate"));
    m_evaluate->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+E"))); // setText set its mnemonic, none
}

void EvaluatePage::evaluateIfNothingShown()
{
    if (!m_result && !m_job->isRunning() && m_runs->currentIndex() >= 0 && m_split->currentIndex() != kFolderChoice)
        evaluateSelected();
}

void EvaluatePage::stopEvaluating()
{
    m_queuedRun.clear();
    m_job->cancel();
}

void EvaluatePage::refreshRuns()
{
    const QString current = m_runs->currentData().toString();
    m_runs->clear();
    const auto& runs = m_workspace.project().runs;
    for (auto it = runs.rbegin(); it != runs.rend(); ++it) {
        if (!QFileInfo::exists(it->dir + QStringLiteral("/model-best.pt")))
            continue;
        m_runs->addItem(runTitle(it->dir, it->architecture, it->bestAccuracy), it->dir);
    }
    // The one shown before, else the newest (with a placeholder text, adding items selects none).
    const int i = m_runs->findData(current);
    m_runs->setCurrentIndex(i >= 0 ? i : (m_runs->count() > 0 ? 0 : -1));
    showKept();
}

void EvaluatePage::showRun(const QString& runDir)
{
    const int i = m_runs->findData(runDir);
    if (!m_job->isRunning() && i >= 0 && m_split->currentIndex() != kFolderChoice) {
        if (m_resultRun == runDir)
            m_result.reset(); // shown before the run went on: what is kept now, or evaluated again
        m_runs->setCurrentIndex(i);
        showKept();
        if (m_result && m_resultRun == runDir)
            return;
    }
    evaluateRun(runDir);
}

void EvaluatePage::evaluateSelected()
{
    if (m_runs->currentIndex() < 0) {
        QMessageBox::information(this, tr("Evaluate"), tr("Train a model first."));
        return;
    }
    evaluateRun(m_runs->currentData().toString());
}

void EvaluatePage::evaluateRun(const QString& runDir)
{
    if (m_job->isRunning()) {
        m_queuedRun = runDir;
        m_job->cancel();
        return;
    }
    m_pendingRun = runDir;
    m_pendingFolder = m_split->currentIndex() == kFolderChoice ? m_folder : QString();
    m_pendingSplit = chosenSplit();
    const int i = m_runs->findData(runDir);
    if (i >= 0)
        m_runs->setCurrentIndex(i);
    const bool test = m_pendingSplit == QLatin1String("test");
    const std::string splitName = m_pendingSplit.toStdString();
    const std::string folder = m_pendingFolder.toStdString();
    m_pending = std::make_shared<EvaluationResult>();
    m_pendingUnknown = std::make_shared<std::vector<std::string>>();
    showRunning(true);
    m_progress->setVisible(true);
    m_progress->setValue(0);
    m_summary->setText(tr("Evaluating…"));
    const std::string dir = runDir.toStdString();
    const int threads = m_workspace.threads();
    const DeviceChoice device = m_workspace.device();
    const std::vector<MovedImage> moves = m_workspace.project().movedImages();
    const std::vector<std::string> roots = m_workspace.project().datasetFolders();
    m_job->start([dir, test, splitName, folder, threads, device, moves, roots, result = m_pending, unknown = m_pendingUnknown](
                     const ProgressCallback& progress, const CancelFlag* cancel) {
        if (!folder.empty()) {
            // Another labelled folder: its class folders matched to the run's classes by name. Files
            // that are not images are left out here; damaged ones by evaluate(). Both are listed.
            const Classifier classifier = Classifier::load(dir, device, threads);
            CheckParams check;
            check.roots = {folder};
            check.decode = false;
            LabelledImages images = labelledImagesFor(check, classifier.classes(), progress, cancel);
            *unknown = std::move(images.unknownClasses);
            *result = evaluate(classifier, images.samples, app::fileImageReader(), {}, progress, cancel);
            for (const auto& problem : images.report.problems)
                result->failures.push_back(problem.reason);
            return;
        }
        // Files moved since training (relabelled) are evaluated at their new place with their new label,
        // as continuing the run trains on them, and a dataset folder moved since (opened at its new
        // place) is followed. Files gone since are left out by evaluate() and listed.
        const DatasetSplit split = currentRunSplit(dir, roots, moves);
        const auto& samples = test ? split.test : split.validation;
        if (samples.empty())
            throw Error(test ? "this run has no test images (set a test share on the Data step)"
                             : "this run has no validation images (set a validation share on the Data step)");
        const Classifier classifier = Classifier::load(dir, device, threads);
        *result = evaluate(classifier, samples, app::fileImageReader(), {}, progress, cancel);
        try { // kept for the next time the project is opened; a disk that cannot take it fails nothing
            keepRunEvaluation(dir, splitName, *result);
        } catch (const Error&) {
        }
    });
}

namespace {
// Are most of the images of `result` not where they were evaluated (their dataset moved)?
bool imagesMostlyGone(const EvaluationResult& result)
{
    std::size_t gone = 0;
    std::error_code ec;
    for (const Prediction& p : result.predictions)
        gone += fs::exists(p.path, ec) ? 0 : 1;
    return mostlyMissing(gone, result.predictions.size());
}
} // namespace

namespace {
// Moves `result`'s images as `moves` did (those whose index `movedOnly` holds for): each opens where it
// is now, and one moved to another class has it as its true class (the record names the class by
// its folder; the run knows it by the name it had when trained). True when any moved; the confusion
// matrix follows, the metrics from it are the caller's (refreshResult).
template <typename Filter>
bool followMoves(EvaluationResult& result, const std::vector<MovedImage>& moves, const app::Project& project, Filter movedOnly)
{
    const auto labelOf = [&](const std::string& folderClass) {
        for (std::size_t c = 0; c < result.classes.size(); ++c)
            if (project.currentClassName(QString::fromStdString(result.classes[c])) == QString::fromStdString(folderClass))
                return int(c);
        return -1;
    };
    bool changed = false;
    for (std::size_t i = 0; i < result.predictions.size(); ++i) {
        Prediction& p = result.predictions[i];
        if (!movedOnly(i))
            continue;
        const MovedImage* image = nullptr;
        std::string now = replayMoves(p.path, moves, &image);
        if (now == p.path)
            continue;
        p.path = std::move(now);
        changed = true;
        const int label = image ? labelOf(image->newClass) : -1;
        if (label >= 0 && label != p.label) {
            --result.metrics.confusion[std::size_t(p.label)][std::size_t(p.predicted)];
            p.label = label;
            ++result.metrics.confusion[std::size_t(p.label)][std::size_t(p.predicted)];
        }
    }
    return changed;
}

// Leaves out of `result` the images for which `gone` holds (the confusion matrix follows); returns
// their paths.
template <typename Gone>
std::vector<std::string> leaveOut(EvaluationResult& result, Gone gone)
{
    std::vector<std::string> left;
    auto& predictions = result.predictions;
    for (auto it = predictions.begin(); it != predictions.end();)
        if (gone(*it)) {
            --result.metrics.confusion[std::size_t(it->label)][std::size_t(it->predicted)];
            left.push_back(std::move(it->path));
            it = predictions.erase(it);
        } else {
            ++it;
        }
    return left;
}
} // namespace

void EvaluatePage::showKept()
{
    const QString split = chosenSplit();
    if (m_job->isRunning() || m_runs->currentIndex() < 0 || split.isEmpty())
        return;
    const QString runDir = m_runs->currentData().toString();
    if (m_result && runDir == m_resultRun && split == m_resultSplit)
        return; // shown already
    std::optional<KeptEvaluation> kept = keptRunEvaluation(runDir.toStdString(), split.toStdString());
    if (!kept || imagesMostlyGone(kept->result))
        return; // a dataset folder moved since: evaluated again where the images are now
    // Which images are not where the kept file says: each file looked at once, however many there are.
    std::error_code ec;
    const std::vector<Prediction>& predictions = kept->result.predictions;
    std::vector<bool> absent(predictions.size());
    for (std::size_t i = 0; i < predictions.size(); ++i)
        absent[i] = !fs::exists(predictions[i].path, ec);
    // Images moved since (to another class, or in a class folder renamed; while another run was
    // shown, or by another window) open where they are now, with the class they have now.
    bool moved = followMoves(kept->result, m_workspace.project().movedImages(), m_workspace.project(),
                             [&absent](std::size_t i) { return bool(absent[i]); });
    // A few gone altogether (trashed or deleted since): left out and said, as evaluating leaves them out.
    std::unordered_set<std::string> gone;
    for (std::size_t i = 0; i < predictions.size(); ++i)
        if (absent[i] && !fs::exists(predictions[i].path, ec)) // not where the moves took it either
            gone.insert(predictions[i].path);
    for (const std::string& path : leaveOut(kept->result, [&gone](const Prediction& p) { return gone.count(p.path) > 0; })) {
        kept->result.failures.push_back(path + ": file not found");
        moved = true;
    }
    m_result = std::make_shared<EvaluationResult>(std::move(kept->result));
    m_unknown.reset();
    m_resultRun = runDir;
    m_resultFolder.clear();
    m_resultSplit = split;
    m_keptTime = QString::fromStdString(kept->time);
    if (moved)
        refreshResult(); // kept as it is now
    else
        showResult();
}

void EvaluatePage::showHeatMaps(bool on)
{
    if (m_heatMaps->isChecked() != on)
        m_heatMaps->setChecked(on); // comes back here through toggled
    else
        updateHeatMaps();
}

void EvaluatePage::updateHeatMaps()
{
    const bool on = m_heatMaps->isChecked() && m_result && !m_resultRun.isEmpty();
    const DeviceChoice device = m_workspace.device();
    const int threads = m_workspace.threads();
    const QString key = on ? m_resultRun + QLatin1Char('\n') + QString::number(int(device)) + QLatin1Char('\n')
                                 + QString::number(threads)
                           : QString();
    if (key == m_heatKey)
        return;
    m_heatKey = key;
    m_imagesModel->setOverlay(nullptr);
    delete std::exchange(m_heatThumbnails, nullptr); // waits for the map in hand
    if (!on)
        return;
    // One model, loaded on first use on the loader's one thread and kept for the next thumbnail.
    struct Source
    {
        std::string model;
        DeviceChoice device;
        int threads;
        std::optional<Classifier> classifier;
    };
    auto source = std::make_shared<Source>(Source{m_resultRun.toStdString(), device, threads, std::nullopt});
    const int size = m_thumbnails->size();
    m_heatThumbnails = new ThumbnailLoader(
        size, this,
        [source, size](const std::string& path, int classIndex) {
            if (!source->classifier)
                source->classifier.emplace(Classifier::load(source->model, source->device, source->threads));
            const Classifier& c = *source->classifier;
            return heatMapPicture(path, app::fileImageReader(), c.preprocess(), heatMapsOf(c), classIndex, 2 * size).picture;
        },
        1);
    m_imagesModel->setOverlay(m_heatThumbnails);
}

void EvaluatePage::showResult()
{
    updateHeatMaps();
    const EvaluationResult& r = *m_result;
    const auto& m = r.metrics;
    QString summary = tr("Accuracy %1% · macro F1 %2 · %Ln image(s)", nullptr, int(m.count)).arg(decimal(100 * m.accuracy, 1)).arg(decimal(m.macroF1, 3));
    QStringList unreadable;
    for (const auto& f : r.failures)
        unreadable << QString::fromStdString(f);
    if (!unreadable.isEmpty())
        summary += tr(" · %Ln image(s) could not be read and were left out", nullptr, int(unreadable.size()));
    if (m_unknown && !m_unknown->empty())
        summary += tr(" · left out, as the model does not know them: %1").arg(QString::fromStdString(listSome(*m_unknown, 4)));
    m_save->setEnabled(!r.predictions.empty());
    m_saveReport->setEnabled(!r.predictions.empty() || m_reportJob->isRunning()); // Stop while one is written
    // Moving fixes the project's own images; those of another folder are not the project's to move.
    m_move->setEnabled(m_resultFolder.isEmpty());
    m_move->setToolTip(m_resultFolder.isEmpty()
                           ? tr("Fix a mislabelled image: move the file into another class folder of the dataset")
                           : tr("Only images of the project's dataset or validation folders are moved here; %1 is another folder")
                                 .arg(m_resultFolder));
    if (!m_keptTime.isEmpty()) {
        const QDateTime made = QDateTime::fromString(m_keptTime, Qt::ISODate).toLocalTime();
        summary += tr(" · evaluated %1 (Evaluate runs it again)").arg(QLocale().toString(made, QLocale::ShortFormat));
    }
    if (r.predictions.empty() && !unreadable.isEmpty() && m_resultFolder.isEmpty())
        summary = tr("None of the run's %Ln image(s) could be read: they are not where the run found them. If the "
                     "dataset's folder was moved or renamed, open it at its new place on the Data step and evaluate "
                     "again.", nullptr, int(unreadable.size()));
    m_summary->setText(summary);
    m_summary->setToolTip(unreadable.join(QLatin1Char('\n')));
    QStringList classes;
    for (const auto& c : r.classes)
        classes << QString::fromStdString(c);
    m_perClass->setSortingEnabled(false);
    m_perClass->setRowCount(int(classes.size()));
    for (int c = 0; c < classes.size(); ++c) {
        const auto& pc = m.perClass[std::size_t(c)];
        m_perClass->setItem(c, 0, new QTableWidgetItem(classes[c]));
        int col = 1;
        const std::pair<bool, double> values[] = {{pc.hasPrecision(), pc.precision}, {pc.hasRecall(), pc.recall}, {pc.hasF1(), pc.f1}};
        for (const auto& [defined, v] : values) {
            // Text with three decimals ("1.000" beside "0.833"); values in [0, 1] so written sort as numbers.
            auto* item = new QTableWidgetItem(defined ? QLocale().toString(v, 'f', 3) : QStringLiteral("—"));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!defined)
                item->setToolTip(col == 1   ? tr("Not defined: the model predicted this class for none of these images")
                                 : col == 2 ? tr("Not defined: none of these images belong to this class")
                                            : tr("Not defined: this class is neither among these images nor among the predictions"));
            m_perClass->setItem(c, col++, item);
        }
        auto* support = new QTableWidgetItem;
        support->setData(Qt::DisplayRole, qlonglong(pc.support));
        support->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_perClass->setItem(c, 4, support);
    }
    // Class order until the user sorts: enabling sorting sorts by the indicator, so clear it first.
    m_perClass->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_perClass->setSortingEnabled(true);
    m_matrix->setMatrix(classes, m.confusion);
    m_allMistakes->setEnabled(true);
    showMistakes();
}

namespace {
// One image of the grid, tagged with the class it was taken for (offered first by Move to class).
ThumbnailEntry imageEntry(const Prediction& p, const QString& text, const QString& predicted)
{
    const QString path = QString::fromStdString(p.path);
    return {path, text, EvaluatePage::tr("%1\npredicted %2 with %3% confidence").arg(path, predicted).arg(decimal(100.0 * p.confidence, 1)),
            p.predicted};
}
} // namespace

void EvaluatePage::showMistakes()
{
    m_cellRow = m_cellColumn = -1;
    m_matrix->setSelectedCell(-1, -1);
    m_imagesModel->clear();
    if (!m_result)
        return;
    const std::vector<const Prediction*> wrong = m_result->mistakes();
    m_cellTitle->setText(m_result->predictions.empty() ? tr("No image was evaluated.")
                         : wrong.empty() ? tr("No mistakes: every image was recognised. Click a cell of the matrix to see its images.")
                                         : tr("%Ln image(s) the model got wrong, most confident first (the likeliest to be mislabelled); "
                                              "click a cell of the matrix for one pair", nullptr, int(wrong.size())));
    const auto& classes = m_result->classes;
    QVector<ThumbnailEntry> entries;
    entries.reserve(qsizetype(wrong.size()));
    for (const Prediction* p : wrong) {
        const QString truth = QString::fromStdString(classes[std::size_t(p->label)]);
        const QString predicted = QString::fromStdString(classes[std::size_t(p->predicted)]);
        entries.push_back(imageEntry(*p, tr("%1 → %2\n%3%").arg(truth, predicted).arg(decimal(100.0 * p->confidence, 1)), predicted));
    }
    m_imagesModel->setEntries(std::move(entries));
}

void EvaluatePage::showCell(int trueClass, int predicted)
{
    m_cellRow = trueClass;
    m_cellColumn = predicted;
    m_matrix->setSelectedCell(trueClass, predicted);
    const QRect shown = m_matrix->cellRect(trueClass, predicted);
    m_matrixScroll->ensureVisible(shown.center().x(), shown.center().y(), shown.width(), shown.height());
    m_imagesModel->clear();
    if (!m_result)
        return;
    std::vector<const Prediction*> cell;
    for (const auto& p : m_result->predictions)
        if (p.label == trueClass && p.predicted == predicted)
            cell.push_back(&p);
    std::sort(cell.begin(), cell.end(), [](const Prediction* a, const Prediction* b) { return a->confidence > b->confidence; });
    const QString t = QString::fromStdString(m_result->classes[std::size_t(trueClass)]);
    const QString pr = QString::fromStdString(m_result->classes[std::size_t(predicted)]);
    m_cellTitle->setText(trueClass == predicted ? tr("%Ln %1 image(s) recognised correctly, most confident first", nullptr, int(cell.size())).arg(t)
                                                : tr("%Ln %1 image(s) taken for %2, most confident first", nullptr, int(cell.size())).arg(t, pr));
    QVector<ThumbnailEntry> entries;
    entries.reserve(qsizetype(cell.size()));
    for (const Prediction* p : cell)
        entries.push_back(imageEntry(*p, percent(p->confidence), pr));
    m_imagesModel->setEntries(std::move(entries));
}

void EvaluatePage::moveSelected()
{
    const QStringList paths = selectedImagePaths(m_images);
    if (paths.isEmpty() || !m_result) {
        QMessageBox::information(this, tr("Move to class"), tr("Select one or more images first."));
        return;
    }
    QStringList classes;
    for (const auto& c : m_result->classes)
        classes << QString::fromStdString(c);
    bool ok = false;
    const QString target = QInputDialog::getItem(this, tr("Move to class"), tr("Move %Ln image(s) to the class:", nullptr, int(paths.size())),
                                                 classes, std::max(0, m_images->currentIndex().data(ThumbnailListModel::TagRole).toInt()), false, &ok);
    if (!ok)
        return;
    const auto answer = QMessageBox::question(this, tr("Move to class"),
                                              tr("Move %Ln file(s) into the dataset folder of “%1”? The move is recorded in the project.",
                                                 nullptr, int(paths.size())).arg(target));
    if (answer != QMessageBox::Yes)
        return;
    for (const QString& path : paths)
        moveToClass(path, target, false);
}

bool EvaluatePage::moveToClass(const QString& path, const QString& newClass, bool confirm)
{
    if (!m_result)
        return false;
    if (confirm && QMessageBox::question(this, tr("Move to class"), tr("Move %1 into the class “%2”?").arg(path, newClass)) != QMessageBox::Yes)
        return false;
    QString why;
    const QString dst = m_workspace.moveImageToClass(path, newClass, &why);
    if (dst.isEmpty()) {
        if (!why.isEmpty())
            QMessageBox::warning(this, tr("Move to class"), why);
        return false;
    }
    // The shown result followed the move already (followRelabel), as it does a move on the Data step.
    Q_EMIT message(tr("Moved %1 to %2").arg(QFileInfo(path).fileName(), newClass));
    Q_EMIT datasetChanged();
    return true;
}

void EvaluatePage::followRelabel(const app::RelabelRecord& move)
{
    if (!m_result || !m_resultFolder.isEmpty()) // another folder's images are not the project's to move
        return;
    // Built in place: GCC 12 took a one-element list made from a local for a bad free (-Wfree-nonheap-object).
    std::vector<MovedImage> moves(1);
    moves[0] = {move.from.toStdString(), move.to.toStdString(), move.newClass.toStdString(), move.folder,
                move.oldClass.toStdString()};
    if (followMoves(*m_result, moves, m_workspace.project(), [](std::size_t) { return true; }))
        refreshResult();
}

void EvaluatePage::refreshResult()
{
    m_result->metrics = ClassificationMetrics::fromConfusion(m_result->metrics.confusion, m_result->metrics.loss);
    if (m_resultFolder.isEmpty() && !m_resultSplit.isEmpty()) {
        try { // the kept evaluation follows the change too
            keepRunEvaluation(m_resultRun.toStdString(), m_resultSplit.toStdString(), *m_result);
        } catch (const Error&) {
        }
    }
    const int row = m_cellRow, column = m_cellColumn;
    showResult(); // shows the mistakes
    if (row >= 0)
        showCell(row, column);
}

void EvaluatePage::trashSelected()
{
    if (!m_move->isEnabled()) // images of another folder are not the project's to remove
        return;
    trashImages(selectedImagePaths(m_images));
}

int EvaluatePage::trashImages(const QStringList& paths, bool confirm)
{
    if (!m_result || !m_resultFolder.isEmpty())
        return 0;
    const QStringList trashed = moveImagesToTrash(this, paths, confirm);
    if (!trashed.isEmpty()) {
        m_workspace.noteTrashed(trashed); // the shown result leaves them out (followTrash)
        Q_EMIT message(tr("Moved %Ln image(s) to the trash", nullptr, int(trashed.size())));
        Q_EMIT datasetChanged();
    }
    return int(trashed.size());
}

void EvaluatePage::followTrash(const QStringList& trashed)
{
    if (!m_result || !m_resultFolder.isEmpty())
        return;
    const QSet<QString> gone(trashed.begin(), trashed.end());
    if (!leaveOut(*m_result, [&gone](const Prediction& p) { return gone.contains(QString::fromStdString(p.path)); }).empty())
        refreshResult();
}

void EvaluatePage::chooseFolder()
{
    const QString folder = graft::ui::chooseFolder(this, QStringLiteral("dataset"), tr("Evaluate on a labelled folder (one sub-folder per class)"));
    if (folder.isEmpty()) {
        m_split->setCurrentIndex(m_folder.isEmpty() ? m_lastSplit : kFolderChoice);
        return;
    }
    setFolder(folder);
}

void EvaluatePage::setFolder(const QString& folder)
{
    m_folder = folder;
    m_split->setItemText(kFolderChoice, tr("folder %1").arg(QFileInfo(folder).fileName()));
    m_split->setItemData(kFolderChoice, folder, Qt::ToolTipRole);
    m_split->setCurrentIndex(kFolderChoice);
}

void EvaluatePage::evaluateOnFolder(const QString& runDir, const QString& folder)
{
    setFolder(folder);
    evaluateRun(runDir);
}

bool EvaluatePage::savePredictions(const QString& file)
{
    if (!m_result)
        return false;
    try {
        writeFileAtomic(file.toStdString(), m_result->predictionsCsv());
    } catch (const Error& e) {
        showProblem(this, tr("Save predictions"), QString::fromUtf8(e.what()));
        return false;
    }
    Q_EMIT message(tr("Saved %1").arg(file));
    return true;
}

bool EvaluatePage::isWritingReport() const { return m_reportJob->isRunning(); }

bool EvaluatePage::saveReport(const QString& file, bool open)
{
    if (!m_result || m_reportJob->isRunning())
        return false;
    ReportParams params;
    params.title = QFileInfo(m_resultRun).fileName().toStdString();
    const int n = int(m_result->metrics.count);
    params.images = (!m_resultFolder.isEmpty() ? tr("%Ln image(s) of %1", nullptr, n).arg(m_resultFolder)
                     : m_resultSplit == QLatin1String("test") ? tr("%Ln test image(s) of the run", nullptr, n)
                                                              : tr("%Ln validation image(s) of the run", nullptr, n))
                        .toStdString();
    const QDateTime made = m_keptTime.isEmpty() ? QDateTime::currentDateTime()
                                                : QDateTime::fromString(m_keptTime, Qt::ISODate).toLocalTime();
    params.made = tr("evaluated %1").arg(QLocale().toString(made, QLocale::ShortFormat)).toStdString();
    // In the window's language.
    ReportTexts& t = params.texts;
    const auto text = [](const QString& s) { return s.toStdString(); };
    t.language = text(QLocale().bcp47Name());
    t.decimalPoint = text(QLocale().decimalPoint());
    t.percent = text(QCoreApplication::translate("graft::ui::Format", "%1%"));
    t.title = text(tr("Evaluation of %1"));
    t.lead = text(tr("On %1. Made with Graft."));
    t.leadMade = text(tr("On %1, %2. Made with Graft."));
    t.accuracy = text(tr("Accuracy %1"));
    t.macroF1 = text(tr("macro F1 %1"));
    t.images = text(tr("%1 images"));
    t.loss = text(tr("loss %1"));
    t.unreadable = text(tr("%1 could not be read and were left out: %2"));
    t.perClass = text(tr("Per class"));
    t.className = text(tr("Class"));
    t.precision = text(tr("Precision"));
    t.recall = text(tr("Recall"));
    t.f1 = text(tr("F1"));
    t.imagesColumn = text(tr("Images"));
    t.confusion = text(tr("Confusion matrix"));
    t.confusionLead = text(tr("Rows: the true class; columns: the class predicted."));
    t.thresholds = text(tr("Labelling with a threshold"));
    t.thresholdsLead = text(tr("Files the model is less sure of than the threshold go to _uncertain/ for a person; how many "
                               "of these images each threshold labels, and how many of those are right."));
    t.uncertainBelow = text(tr("Uncertain below"));
    t.labelled = text(tr("Labelled"));
    t.rightOfThose = text(tr("Right of those"));
    t.off = text(tr("off"));
    t.mistakes = text(tr("Mistakes"));
    t.noMistakes = text(tr("None: every image was recognised."));
    t.allMistakes = text(tr("All %1 images the model got wrong, the most confident first: the likeliest to be mislabelled."));
    t.someMistakes = text(tr("The %1 of %2 images the model got wrong, the most confident first: the likeliest to be "
                             "mislabelled."));
    t.about = text(tr("The model"));
    t.network = text(tr("Network"));
    t.weights = text(tr("Starting weights"));
    t.imageNet = text(tr("ImageNet (pretrained)"));
    t.fromScratch = text(tr("none (trained from scratch)"));
    t.inputSize = text(tr("Input size"));
    t.epochs = text(tr("Epochs"));
    t.epochsValue = text(tr("%1 (the model of epoch %2)"));
    t.optimizer = text(tr("Optimizer"));
    t.optimizerValue = text(tr("%1, learning rate %2"));
    t.augmentation = text(tr("Augmentation"));
    t.on = text(tr("on", "augmentation is on"));
    t.trainedOn = text(tr("Trained on"));
    try {
        params.run = RunInfo::load(m_resultRun.toStdString());
        for (const LogMessage& advice : runAdvice(*params.run))
            params.advice.push_back(messageText(advice).toStdString());
    } catch (const Error&) { // said without it
    }
    // In the background: where the model looks in each mistake takes a moment. The button stops it.
    m_saveReport->setText(tr("Stop &report"));
    disconnect(m_reportWritten); // an earlier report's, which failed
    m_reportWritten = connect(m_reportJob, &app::BackgroundJob::finished, this, [this, file, open] {
        disconnect(m_reportWritten);
        Q_EMIT message(tr("Saved %1").arg(file));
        if (open)
            QDesktopServices::openUrl(QUrl::fromLocalFile(file)); // as it reads
    });
    m_reportJob->start([result = m_result, params, file, model = m_resultRun.toStdString(), device = m_workspace.device(),
                        threads = m_workspace.threads()](const ProgressCallback& progress, const CancelFlag* cancel) mutable {
        std::optional<Classifier> classifier;
        try {
            classifier.emplace(Classifier::load(model, device, threads));
        } catch (const Error&) { // its model gone since: the pictures alone
        }
        if (classifier && classifier->hasHeatMaps()) {
            params.heatMap = heatMapsOf(*classifier);
            params.preprocess = classifier->preprocess();
        }
        writeEvaluationReport(file.toStdString(), *result, params, app::fileImageReader(), progress, cancel);
    });
    return true;
}

QDialog* EvaluatePage::showWhereItLooks(const QString& path)
{
    if (!m_result || m_resultRun.isEmpty())
        return nullptr;
    const auto it = std::find_if(m_result->predictions.begin(), m_result->predictions.end(),
                                 [&](const Prediction& p) { return QString::fromStdString(p.path) == path; });
    if (it == m_result->predictions.end())
        return nullptr;
    const auto name = [this](int c) { return QString::fromStdString(m_result->classes[std::size_t(c)]); };
    QVector<HeatMapDialog::Panel> panels;
    if (it->predicted == it->label) {
        panels.push_back({it->predicted, tr("%1: its guess, %2, right").arg(name(it->predicted), percent(it->confidence))});
    } else {
        panels.push_back({it->predicted, tr("%1: its guess, %2").arg(name(it->predicted), percent(it->confidence))});
        // Its probability comes with the map (a kept evaluation has only the guess's).
        const QString truth = name(it->label);
        panels.push_back({it->label, tr("%1: the true class").arg(truth),
                          [truth](float p) { return tr("%1: the true class, %2").arg(truth, percent(p)); }});
    }
    auto* dialog = new HeatMapDialog(m_resultRun, path, panels, m_workspace.device(), m_workspace.threads(), this);
    dialog->show();
    return dialog;
}

} // namespace graft::ui
