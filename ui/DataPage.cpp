#include "DataPage.h"

#include "FileDialogs.h"
#include "ImageLoading.h"
#include "ImageTrash.h"
#include "Notify.h"
#include "MessageText.h"
#include "app/core/Jobs.h"
#include "app/core/SampleDataset.h"
#include "core/Error.h"
#include "core/Files.h"
#include "core/Text.h"
#include "imageio/DatasetChecker.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace graft::ui {

namespace {
// One line of the issues list, errors in red; a line longer than the list is wide shows whole in
// its tooltip.
QTreeWidgetItem* addIssue(QTreeWidget* issues, const QString& text, bool error = false)
{
    auto* item = new QTreeWidgetItem(issues, {text});
    item->setToolTip(0, text);
    if (error)
        item->setForeground(0, QColor(200, 40, 40));
    return item;
}

// A group of bad files under `title`, each line its reason; double-clicking one opens its folder.
void addBadFiles(QTreeWidget* issues, const QString& title, const std::vector<FileProblem>& problems, bool expanded)
{
    auto* group = new QTreeWidgetItem(issues, {title});
    for (const auto& p : problems) {
        auto* item = new QTreeWidgetItem(group, {QString::fromStdString(p.reason)});
        item->setData(0, Qt::UserRole, QString::fromStdString(p.path));
    }
    group->setExpanded(expanded);
}

// Files that are not images of the dataset (other extensions, images loose in the root), collapsed:
// each says why it was left out.
void addIgnoredFiles(QTreeWidget* issues, const QString& title, const std::vector<SkippedFile>& skipped)
{
    auto* group = new QTreeWidgetItem(issues, {title});
    for (const auto& f : skipped) {
        auto* item = new QTreeWidgetItem(group, {QStringLiteral("%1: %2").arg(QString::fromStdString(f.path),
                                                                             QString::fromStdString(f.reason))});
        item->setData(0, Qt::UserRole, QString::fromStdString(f.path));
        item->setToolTip(0, item->text(0));
    }
    group->setExpanded(false);
}

QStringList localPaths(const QMimeData* mime)
{
    QStringList out;
    if (mime && mime->hasUrls())
        for (const QUrl& url : mime->urls())
            if (url.isLocalFile())
                out << url.toLocalFile();
    return out;
}

// A frame that takes dropped folders.
class DropZone : public QLabel
{
public:
    std::function<void(const QStringList&)> onDrop;
    explicit DropZone(QWidget* parent) : QLabel(parent)
    {
        setAcceptDrops(true);
        setAlignment(Qt::AlignCenter);
        setWordWrap(true);
        setFrameShape(QFrame::StyledPanel);
        setMinimumHeight(64);
        setStyleSheet(QStringLiteral("QLabel { border: 2px dashed palette(mid); border-radius: 8px; padding: 12px; }"));
    }

protected:
    void dragEnterEvent(QDragEnterEvent* e) override
    {
        for (const QString& p : localPaths(e->mimeData()))
            if (QFileInfo(p).isDir()) {
                e->acceptProposedAction();
                return;
            }
    }
    void dropEvent(QDropEvent* e) override
    {
        QStringList dirs;
        for (const QString& p : localPaths(e->mimeData()))
            if (QFileInfo(p).isDir())
                dirs << p;
        if (!dirs.isEmpty() && onDrop)
            onDrop(dirs);
    }
};
} // namespace

// The class table also takes image files dropped onto a row.
class ClassTable : public QTableWidget
{
public:
    std::function<void(int, const QStringList&)> onImagesDropped;
    using QTableWidget::QTableWidget;

protected:
    void dragEnterEvent(QDragEnterEvent* e) override
    {
        if (!localPaths(e->mimeData()).isEmpty())
            e->acceptProposedAction();
    }
    void dragMoveEvent(QDragMoveEvent* e) override
    {
        if (rowAt(e->position().toPoint().y()) >= 0)
            e->acceptProposedAction();
        else
            e->ignore();
    }
    void dropEvent(QDropEvent* e) override
    {
        const int row = rowAt(e->position().toPoint().y());
        if (row >= 0 && onImagesDropped)
            onImagesDropped(row, localPaths(e->mimeData()));
    }
};

DataPage::DataPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_thumbnails(new ThumbnailLoader(96, this)),
      m_job(new app::BackgroundJob(this))
{
    auto* drop = new DropZone(this);
    drop->setObjectName(QStringLiteral("dropZone"));
    drop->setText(tr("Drop a folder here that holds one sub-folder per class, or the class folders themselves "
                     "(cats/ and dogs/ together); or use Open dataset."));
    drop->setAccessibleName(tr("Dataset drop zone"));
    drop->onDrop = [this](const QStringList& dirs) { openDataset(dirs); };
    m_dropZone = drop;

    auto* open = new QPushButton(tr("&Open dataset…"), this);
    open->setObjectName(QStringLiteral("openDatasetButton"));
    connect(open, &QPushButton::clicked, this, &DataPage::chooseDataset);
    auto* add = new QPushButton(tr("&Add folder…"), this);
    add->setToolTip(tr("Merge another folder with the same layout (its classes join the dataset)"));
    connect(add, &QPushButton::clicked, this, &DataPage::addFolder);
    auto* rescanButton = new QPushButton(tr("&Rescan"), this);
    connect(rescanButton, &QPushButton::clicked, this, &DataPage::rescan);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("scanProgress"));
    m_progress->setVisible(false);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setVisible(false);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_rescanAgain = false;
        m_job->cancel();
    });
    m_summary = new QLabel(tr("No dataset yet."), this);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("datasetSummary"));
    // Shown for a folder split in advance (train/ and val/ inside), or one folder above the classes:
    // opens it the right way in one click.
    m_openPresplit = new QPushButton(this);
    m_openPresplit->setObjectName(QStringLiteral("openPresplit"));
    m_openPresplit->setVisible(false);
    connect(m_openPresplit, &QPushButton::clicked, this, &DataPage::openPresplit);

    auto* top = new QHBoxLayout;
    top->addWidget(open);
    top->addWidget(add);
    top->addWidget(rescanButton);
    top->addWidget(m_progress, 1);
    top->addWidget(m_cancel);

    m_classes = new ClassTable(0, 4, this);
    m_classes->setObjectName(QStringLiteral("classTable"));
    m_classes->setAccessibleName(tr("Classes"));
    m_classes->setHorizontalHeaderLabels({tr("Class"), tr("Images"), tr("Problems"), tr("Examples")});
    m_classes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_classes->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_classes->verticalHeader()->setVisible(false);
    m_classes->verticalHeader()->setDefaultSectionSize(56);
    m_classes->setIconSize(QSize(5 * 50, 48));
    m_classes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_classes->setSelectionMode(QAbstractItemView::SingleSelection);
    m_classes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_classes->setAcceptDrops(true);
    m_classes->setContextMenuPolicy(Qt::CustomContextMenu);
    m_classes->setToolTip(tr("Drop image files onto a class to add copies of them to it. Right-click to rename "
                             "or leave a class out."));
    m_classes->onImagesDropped = [this](int row, const QStringList& files) { copyIntoClass(row, files); };
    connect(m_classes, &QTableWidget::currentCellChanged, this, [this](int row) { showClass(row); });
    connect(m_classes, &QWidget::customContextMenuRequested, this, &DataPage::classMenu);

    m_gridModel = new ThumbnailListModel(m_thumbnails, this);
    m_grid = newThumbnailGrid(m_gridModel, m_thumbnails->size(), QSize(112, 128), this);
    m_grid->setObjectName(QStringLiteral("thumbnailGrid"));
    m_grid->setAccessibleName(tr("Images of the selected class"));
    // Said in the grid itself when a class has no images yet.
    m_gridHint = new QLabel(m_grid->viewport());
    m_gridHint->setObjectName(QStringLiteral("thumbnailGridHint"));
    m_gridHint->setWordWrap(true);
    m_gridHint->setAlignment(Qt::AlignCenter);
    m_gridHint->hide();
    // Before any dataset: how one is laid out, and the sample to try Graft on first.
    m_welcome = new QWidget(m_grid->viewport());
    m_welcome->setObjectName(QStringLiteral("welcome"));
    auto* welcomeText = new QLabel(m_welcome);
    welcomeText->setObjectName(QStringLiteral("welcomeText"));
    welcomeText->setWordWrap(true);
    welcomeText->setTextFormat(Qt::RichText);
    welcomeText->setText(
        QStringLiteral("<h3>%1</h3><p>%2</p><pre>photos/\n  cat/   IMG_0001.jpg  IMG_0002.jpg  …\n  dog/   IMG_0107.jpg  …</pre><p>%3</p>")
            .arg(tr("Start with your images"), tr("Put them in one folder per class, each named after its class:"),
                 tr("Then drop the <b>photos</b> folder here, or use <b>Open dataset</b>. Twenty or more images per class work "
                    "well. Graft reads JPEG, PNG, BMP, WebP and TIFF files and never changes them.")));
    auto* sample = new QPushButton(tr("Try the sample dataset"), m_welcome);
    sample->setObjectName(QStringLiteral("trySample"));
    const bool sampleInstalled = app::sampleSourceInstalled();
    sample->setEnabled(sampleInstalled);
    sample->setToolTip(sampleInstalled ? tr("Fashion-MNIST: 600 small pictures of clothes in 10 classes, to see every step before "
                                            "preparing your own images")
                                       : tr("Install Debian's dataset-fashion-mnist package to try the sample"));
    connect(sample, &QPushButton::clicked, this, &DataPage::sampleWanted);
    auto* welcomeLayout = new QVBoxLayout(m_welcome);
    welcomeLayout->addWidget(welcomeText);
    welcomeLayout->addWidget(sample, 0, Qt::AlignLeft);
    auto* hintLayout = new QVBoxLayout(m_grid->viewport());
    hintLayout->addWidget(m_gridHint);
    hintLayout->addWidget(m_welcome, 0, Qt::AlignCenter);
    connect(m_grid, &QListView::doubleClicked, this, [](const QModelIndex& index) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(index.data(Qt::UserRole).toString()));
    });
    // Junk found while looking through a class (a screenshot, a photo of something else) goes to
    // the trash from here, before it trains.
    m_grid->setContextMenuPolicy(Qt::CustomContextMenu);
    auto* trashKey = new QShortcut(QKeySequence::Delete, m_grid, nullptr, nullptr, Qt::WidgetShortcut);
    connect(trashKey, &QShortcut::activated, this, [this] { trashImages(selectedImagePaths(m_grid)); });
    connect(m_grid, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QString path = m_grid->indexAt(pos).data(Qt::UserRole).toString();
        if (path.isEmpty())
            return;
        QMenu menu(this);
        menu.addAction(tr("Open"), this, [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); });
        menu.addAction(tr("Move to class…"), this, &DataPage::moveSelectedToClass);
        QAction* trash = menu.addAction(tr("Move to trash…"), this, [this] { trashImages(selectedImagePaths(m_grid)); });
        trash->setShortcut(QKeySequence::Delete);
        menu.exec(m_grid->viewport()->mapToGlobal(pos));
    });
    connect(m_thumbnails, &ThumbnailLoader::thumbnailReady, this, &DataPage::onThumbnail);

    m_issues = new QTreeWidget(this);
    m_issues->setObjectName(QStringLiteral("issuesTree"));
    m_issues->setAccessibleName(tr("Dataset warnings and bad files"));
    m_issues->setHeaderLabels({tr("Warnings and bad files")});
    m_issues->setToolTip(tr("Double-click a file to open it"));
    connect(m_issues, &QTreeWidget::itemDoubleClicked, this, [](QTreeWidgetItem* item) {
        const QString path = item->data(0, Qt::UserRole).toString();
        if (!path.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
    });

    // Split
    auto* split = new QGroupBox(tr("Split"), this);
    m_validation = new QSpinBox(split);
    m_validation->setObjectName(QStringLiteral("validationPercent"));
    m_validation->setRange(0, 90);
    m_validation->setSuffix(QStringLiteral(" %"));
    m_validation->setToolTip(tr("Share of each class held back to measure accuracy during training"));
    m_test = new QSpinBox(split);
    m_test->setObjectName(QStringLiteral("testPercent"));
    m_test->setRange(0, 90);
    m_test->setSuffix(QStringLiteral(" %"));
    m_test->setToolTip(tr("Share of each class kept aside for a final test, never seen while training"));
    m_seed = new QSpinBox(split);
    m_seed->setObjectName(QStringLiteral("splitSeed"));
    m_seed->setRange(0, 1000000);
    m_seed->setToolTip(tr("The same seed gives the same split"));
    m_validationFolder = new QLineEdit(split);
    m_validationFolder->setObjectName(QStringLiteral("validationFolder"));
    m_validationFolder->setPlaceholderText(tr("(none: split the dataset)"));
    m_validationFolder->setToolTip(tr("A separate folder of validation images with the same class folders"));
    auto* browse = new QPushButton(tr("Browse…"), split);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = chooseFolder(this, QStringLiteral("dataset"), tr("Validation folder"));
        if (!dir.isEmpty()) {
            m_validationFolder->setText(dir);
            writeSplit();
        }
    });
    m_splitCounts = new QLabel(split);
    m_splitCounts->setObjectName(QStringLiteral("splitCounts"));
    auto* splitColumn = new QVBoxLayout(split);
    auto* splitLayout = new QHBoxLayout;
    splitColumn->addLayout(splitLayout);
    splitColumn->addWidget(m_splitCounts);
    splitLayout->addWidget(new QLabel(tr("Validation:"), split));
    splitLayout->addWidget(m_validation);
    splitLayout->addWidget(new QLabel(tr("Test:"), split));
    splitLayout->addWidget(m_test);
    splitLayout->addWidget(new QLabel(tr("Seed:"), split));
    splitLayout->addWidget(m_seed);
    splitLayout->addWidget(new QLabel(tr("or validation folder:"), split));
    splitLayout->addWidget(m_validationFolder, 1);
    splitLayout->addWidget(browse);
    for (QSpinBox* box : {m_validation, m_test, m_seed})
        connect(box, &QSpinBox::valueChanged, this, &DataPage::writeSplit);
    connect(m_validationFolder, &QLineEdit::editingFinished, this, &DataPage::writeSplit);
    // The counts change with the dataset (and classes left out) and with the split (writeSplit);
    // not with every other setting, each of which would split the whole dataset again.
    connect(&m_workspace, &Workspace::reportChanged, this, &DataPage::updateSplitCounts);

    auto* left = new QSplitter(Qt::Vertical, this);
    left->setObjectName(QStringLiteral("dataLeftSplitter"));
    left->addWidget(m_classes);
    left->addWidget(m_issues);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 1);
    auto* body = new QSplitter(Qt::Horizontal, this);
    body->setObjectName(QStringLiteral("dataSplitter"));
    body->addWidget(left);
    body->addWidget(m_grid);
    body->setStretchFactor(0, 1);
    body->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_dropZone);
    layout->addLayout(top);
    auto* summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_openPresplit);
    layout->addLayout(summaryRow);
    layout->addWidget(body, 1);
    layout->addWidget(split);

    connect(m_job, &app::BackgroundJob::progress, this, [this](const Progress& p) {
        // Finding the images has no total yet: a busy bar with the count so far.
        m_progress->setRange(0, p.total > 0 ? int(p.total) : 0);
        m_progress->setValue(int(p.done));
        const QString text = progressText(p);
        m_progress->setFormat(text);
        m_progress->setToolTip(text);
    });
    auto done = [this] {
        m_progress->setVisible(false);
        m_cancel->setVisible(false);
    };
    // A check asked for while one ran (other folders, another validation folder) starts when it ends,
    // and the outdated one's outcome is dropped.
    auto again = [this] {
        if (!m_rescanAgain)
            return false;
        m_rescanAgain = false;
        rescan();
        return true;
    };
    connect(m_job, &app::BackgroundJob::failed, this, [this, done, again](const LogMessage& error) {
        const QString why = messageText(error);
        done();
        if (again())
            return;
        QStringList gone; // a project reopened after its dataset moved: say how to point it at the new place
        for (const QString& root : m_workspace.project().datasetRoots)
            if (!QFileInfo::exists(root))
                gone << QDir::toNativeSeparators(root);
        const QString text = gone.isEmpty()
            ? tr("The dataset could not be read: %1").arg(why)
            : tr("%1 is not there (moved, renamed, or on a drive that is not connected): connect it and Rescan, or "
                 "choose where it is now with Open dataset… (the project keeps its settings and runs)")
                  .arg(gone.join(QStringLiteral(", ")));
        m_summary->setText(text);
        Q_EMIT message(gone.isEmpty() ? why : text);
    });
    connect(m_job, &app::BackgroundJob::cancelled, this, [this, done, again] {
        done();
        if (!again())
            m_summary->setText(tr("Scan cancelled."));
    });
    connect(m_job, &app::BackgroundJob::finished, this, [this, done, again] {
        done();
        if (!again())
            m_workspace.setReport(std::move(*m_scanResult), std::move(*m_validationResult));
    });
    connect(&m_workspace, &Workspace::reportChanged, this, &DataPage::showReport);
    m_welcome->setVisible(m_workspace.project().datasetRoots.isEmpty() && !m_workspace.report());
    connect(&m_workspace, &Workspace::projectReplaced, this, [this] {
        readSplit();
        if (!m_workspace.project().datasetRoots.isEmpty())
            rescan();
        else
            showReport();
    });
    readSplit();
}

QString DataPage::progressText(const Progress& p)
{
    const std::string& s = p.stage;
    const QString stage = s == "Finding images"           ? tr("Finding images")
                          : s == "Checking images"        ? tr("Checking images")
                          : s == "Checking image headers" ? tr("Checking image headers")
                                                          : QString::fromStdString(s);
    const QLocale locale;
    return p.total > 0 ? tr("%1: %2 of %3").arg(stage, locale.toString(qint64(p.done)), locale.toString(qint64(p.total)))
                       : tr("%1: %2 so far").arg(stage, locale.toString(qint64(p.done)));
}

bool DataPage::isScanning() const { return m_job->isRunning(); }

void DataPage::chooseDataset()
{
    const QString dir = chooseFolder(this, QStringLiteral("dataset"), tr("Open dataset: the folder with one sub-folder per class"));
    if (!dir.isEmpty())
        openDataset({dir});
}

void DataPage::addFolder()
{
    const QString dir = chooseFolder(this, QStringLiteral("dataset"), tr("Add a folder: one with class sub-folders, or the images of one class"));
    if (dir.isEmpty())
        return;
    QStringList roots = m_workspace.project().datasetRoots;
    if (!roots.contains(dir))
        roots << dir;
    openDataset(roots);
}

void DataPage::openDataset(const QStringList& roots)
{
    QStringList abs;
    for (const QString& r : roots)
        abs << QDir::cleanPath(QFileInfo(r).absoluteFilePath());
    abs.removeDuplicates();
    m_workspace.setDatasetRoots(abs);
    rescan();
}

void DataPage::rescan() { startCheck(true); }

void DataPage::recheckValidationFolder() { startCheck(m_workspace.report() == nullptr); }

void DataPage::startCheck(bool dataset)
{
    const QStringList roots = m_workspace.project().datasetRoots;
    if (roots.isEmpty())
        return;
    if (m_job->isRunning()) {
        m_rescanAgain = true;
        m_job->cancel();
        return;
    }
    const SplitSpec spec = m_workspace.project().split;
    m_welcome->hide();
    m_progress->setVisible(true);
    m_progress->setValue(0);
    m_cancel->setVisible(true);
    m_summary->setText(dataset ? tr("Checking %1…").arg(roots.join(QStringLiteral(", ")))
                               : tr("Checking the validation folder %1…").arg(QString::fromStdString(join(spec.validationRoots, ", "))));
    // Without the dataset, its report goes back as it was, with the new validation folder's check.
    m_scanResult = dataset ? std::make_shared<DatasetReport>() : std::make_shared<DatasetReport>(*m_workspace.report());
    m_validationResult = std::make_shared<ValidationFolderCheck>();
    CheckParams params;
    for (const QString& r : roots)
        params.roots.push_back(r.toStdString());
    m_job->start([params, spec, dataset, result = m_scanResult, validation = m_validationResult](
                     const ProgressCallback& progress, const CancelFlag* cancel) {
        if (dataset)
            *result = checkDataset(params, progress, cancel);
        // The validation folder is checked here too, so that starting a run reads no file.
        validation->roots = spec.validationRoots;
        if (spec.validationRoots.empty())
            return;
        try {
            validation->report = checkValidationFolders(spec, result->index.classes, progress, cancel);
        } catch (const CancelledError&) {
            throw;
        } catch (const Error& e) {
            validation->error = e.what();
        }
    });
}

QString DataPage::classAt(int row) const
{
    const auto* item = m_classes->item(row, 0);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void DataPage::openPresplit()
{
    const DatasetReport* r = m_workspace.report();
    if (r && !r->classesFolder.empty()) {
        openDataset({QString::fromStdString(r->classesFolder)});
        return;
    }
    if (!r || !r->presplit)
        return;
    const PresplitLayout layout = *r->presplit; // the report goes with the new check
    m_workspace.setDatasetRoots({QString::fromStdString(layout.train)});
    m_validationFolder->setText(QString::fromStdString(layout.validation));
    writeSplit(); // checks the dataset (its roots changed) and a new validation folder
    if (!m_job->isRunning())
        rescan();
}

void DataPage::showReport()
{
    const DatasetReport* r = m_workspace.report();
    // One button for the two layouts the check can fix in a click.
    m_openPresplit->setVisible(r && (r->presplit || !r->classesFolder.empty()));
    const auto folderName = [](const std::string& path) { return QFileInfo(QString::fromStdString(path)).fileName() + QLatin1Char('/'); };
    if (r && r->presplit)
        m_openPresplit->setText(tr("Train on %1 and validate on %2").arg(folderName(r->presplit->train), folderName(r->presplit->validation)));
    else if (r && !r->classesFolder.empty())
        m_openPresplit->setText(tr("Open %1 (it holds the classes)").arg(folderName(r->classesFolder)));
    m_classes->setRowCount(0);
    m_issues->clear();
    m_gridModel->clear();
    m_gridHint->hide();
    m_shownRow = -1;
    m_stripRows.clear();
    m_welcome->setVisible(!r && m_workspace.project().datasetRoots.isEmpty() && !isScanning());
    if (!r) {
        m_summary->setText(m_workspace.project().datasetRoots.isEmpty() ? tr("No dataset yet.") : tr("Not checked yet."));
        return;
    }
    // The classes that train (not left out, not empty): the images counted, the others greyed.
    const std::vector<std::string> training = m_workspace.trainingClasses();
    const auto trains = [&training](const std::string& name) {
        return std::find(training.begin(), training.end(), name) != training.end();
    };
    int images = 0;
    for (const auto& c : r->classes)
        if (trains(c.name))
            images += c.images;
    QStringList folders;
    for (const QString& root : m_workspace.project().datasetRoots)
        folders << QFileInfo(root).fileName();
    // Many class folders given themselves: the first ones, and how many more (all in the tooltip).
    constexpr int kNamed = 3;
    QString summary = folders.size() <= kNamed + 1
                          ? folders.join(QStringLiteral(", "))
                          : tr("%1 and %Ln more folder(s)", nullptr, int(folders.size()) - kNamed)
                                .arg(folders.mid(0, kNamed).join(QStringLiteral(", ")));
    summary += QStringLiteral(": ");
    // Counted as they train: a class left out (or empty) is named apart.
    const int leftOut = int(r->classes.size()) - int(training.size());
    QString classes = tr("%Ln class(es)", nullptr, int(training.size()));
    if (leftOut > 0)
        classes += tr(" (%Ln left out)", nullptr, leftOut);
    QStringList parts{classes, tr("%Ln image(s)", nullptr, images)};
    if (const ImageSizeStats& sizes = r->imageSizes; sizes.known()) // how much an input size enlarges or shrinks them
        parts << (sizes.varied() ? tr("about %1×%2 px") : tr("%1×%2 px")).arg(sizes.typicalWidth).arg(sizes.typicalHeight);
    parts << tr("%Ln bad file(s)", nullptr, int(r->problems.size()))
          << tr("largest/smallest class %1×").arg(QLocale().toString(r->imbalanceRatio, 'f', 1));
    summary += parts.join(QStringLiteral(" · "));
    const ValidationFolderCheck& validation = m_workspace.validationCheck();
    if (validation.report)
        summary += tr(" · validation folder: %Ln image(s)", nullptr, int(validation.report->usable.size()));
    m_summary->setText(summary);
    m_summary->setToolTip(m_workspace.project().datasetRoots.join(QLatin1Char('\n')));
    m_classes->setRowCount(int(r->classes.size()));
    for (int i = 0; i < int(r->classes.size()); ++i) {
        const auto& c = r->classes[std::size_t(i)];
        const QString name = QString::fromStdString(c.name);
        const bool out = !trains(c.name);
        auto* nameItem = new QTableWidgetItem(out ? tr("%1 (left out)").arg(name) : name);
        nameItem->setData(Qt::UserRole, name);
        if (out)
            nameItem->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        m_classes->setItem(i, 0, nameItem);
        auto* count = new QTableWidgetItem;
        count->setData(Qt::DisplayRole, c.images);
        m_classes->setItem(i, 1, count);
        auto* problems = new QTableWidgetItem;
        problems->setData(Qt::DisplayRole, c.problems);
        m_classes->setItem(i, 2, problems);
        m_classes->setItem(i, 3, new QTableWidgetItem(c.images == 0 ? tr("No images yet: drop some onto this row") : QString()));
        updateStrip(i);
    }
    for (const auto& e : r->errors)
        addIssue(m_issues, tr("Error: %1").arg(QString::fromStdString(e)), true);
    for (const auto& w : r->warnings)
        addIssue(m_issues, QString::fromStdString(w));
    showValidationIssues(*r);
    if (!r->problems.empty())
        addBadFiles(m_issues, tr("Bad files (%1), skipped").arg(r->problems.size()), r->problems, true);
    if (!r->index.skipped.empty())
        addIgnoredFiles(m_issues, tr("Ignored files (%Ln)", nullptr, int(r->index.skipped.size())), r->index.skipped);
    if (!r->duplicates.empty()) {
        auto* dups = new QTreeWidgetItem(m_issues, {tr("Identical files (%Ln group(s))", nullptr, int(r->duplicates.size()))});
        for (const auto& d : r->duplicates) {
            QStringList where;
            for (const auto& f : d.files)
                where << QStringLiteral("%1 (%2)").arg(QString::fromStdString(f.path),
                                                     QString::fromStdString(r->index.classes[std::size_t(f.label)]));
            auto* item = new QTreeWidgetItem(dups, {where.join(QStringLiteral("  =  "))});
            item->setData(0, Qt::UserRole, QString::fromStdString(d.files.front().path));
        }
    }
    if (m_issues->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_issues, {tr("No problems found.")});
    // The first class with images, so that the grid shows some.
    int first = 0;
    while (first + 1 < int(r->classes.size()) && r->classes[std::size_t(first)].images == 0)
        ++first;
    if (m_classes->rowCount() > 0)
        m_classes->selectRow(first);
}

void DataPage::showValidationIssues(const DatasetReport& dataset)
{
    const ValidationFolderCheck& validation = m_workspace.validationCheck();
    if (!validation.error.empty())
        addIssue(m_issues, tr("Error: validation folder: %1").arg(QString::fromStdString(validation.error)), true);
    if (!validation.report)
        return;
    const DatasetReport& v = *validation.report;
    QStringList missing; // classes the validation folder cannot measure
    for (const auto& c : dataset.classes) {
        const auto found = std::find_if(v.classes.begin(), v.classes.end(), [&](const ClassSummary& x) { return x.name == c.name; });
        if (c.images > 0 && (found == v.classes.end() || found->images == 0))
            missing << QString::fromStdString(c.name);
    }
    if (v.usable.empty())
        addIssue(m_issues, tr("Error: the validation folder holds no images in folders named like the classes"), true);
    else if (!missing.isEmpty())
        addIssue(m_issues, tr("The validation folder has no images of: %1").arg(missing.join(QStringLiteral(", "))));
    const auto shared = sharedImages(v, dataset);
    if (!shared.empty()) {
        auto* leak = addIssue(m_issues, QString::fromStdString(sharedImagesWarning(shared)));
        for (const auto& s : shared) {
            auto* item = new QTreeWidgetItem(leak, {QStringLiteral("%1  =  %2").arg(QString::fromStdString(s.otherPath), QString::fromStdString(s.path))});
            item->setData(0, Qt::UserRole, QString::fromStdString(s.path));
        }
    }
    if (!v.problems.empty())
        addBadFiles(m_issues, tr("Bad files in the validation folder (%1), skipped").arg(v.problems.size()), v.problems, false);
}

void DataPage::updateStrip(int row)
{
    const DatasetReport* r = m_workspace.report();
    if (!r || row < 0 || row >= int(r->classes.size()))
        return;
    QList<QImage> thumbs;
    int wanted = 0;
    for (const auto& s : r->usable) {
        if (s.label != row)
            continue;
        ++wanted;
        const QString path = QString::fromStdString(s.path);
        m_stripRows.insert(path, row);
        const QImage t = m_thumbnails->thumbnail(path);
        if (!t.isNull())
            thumbs << t;
        if (wanted == 5)
            break;
    }
    if (wanted == 0)
        return; // no images: the cell keeps its text, not an empty strip beside it
    QPixmap strip(5 * 50, 48);
    strip.fill(Qt::transparent);
    QPainter painter(&strip);
    for (int i = 0; i < thumbs.size(); ++i)
        painter.drawImage(QRect(i * 50, 0, 48, 48), thumbs[i].scaled(48, 48, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    painter.end();
    if (auto* item = m_classes->item(row, 3))
        item->setIcon(QIcon(strip));
}

void DataPage::showClass(int row)
{
    m_shownRow = row;
    m_gridHint->hide();
    const DatasetReport* r = m_workspace.report();
    if (!r || row < 0) {
        m_gridModel->clear();
        return;
    }
    // Every image of the class: the grid decodes only those in view.
    QVector<ThumbnailEntry> entries;
    for (const auto& s : r->usable)
        if (s.label == row)
            entries.push_back({QString::fromStdString(s.path), {}, {}, row});
    const bool empty = entries.isEmpty();
    m_gridModel->setEntries(std::move(entries));
    if (empty && row < int(r->classes.size())) { // not an empty pane: what to do
        m_gridHint->setText(tr("No images in %1 yet: drop some onto its row on the left")
                                .arg(QString::fromStdString(r->classes[std::size_t(row)].name)));
        m_gridHint->show();
    }
}

void DataPage::onThumbnail(const QString& path)
{
    // The grid's model follows by itself; a class's strip of examples is drawn again here.
    if (const auto it = m_stripRows.constFind(path); it != m_stripRows.constEnd())
        updateStrip(*it);
}

void DataPage::copyIntoClass(int row, const QStringList& files)
{
    const DatasetReport* r = m_workspace.report();
    if (!r || r->index.roots.empty())
        return;
    const QString cls = classAt(row);
    const QDir target(QString::fromStdString(r->index.classFolder(cls.toStdString())));
    QStringList images;
    for (const QString& f : files) {
        if (QFileInfo(f).isDir()) {
            const QDir d(f);
            for (const QString& name : d.entryList(QDir::Files))
                if (hasImageExtension(name.toStdString()))
                    images << d.filePath(name);
        } else if (hasImageExtension(f.toStdString())) {
            images << f;
        }
    }
    if (images.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Add images"),
        tr("Copy %Ln image(s) into the class “%1” (%2)? The originals stay where they are.", nullptr, int(images.size()))
            .arg(cls, target.path()));
    if (answer != QMessageBox::Yes)
        return;
    int copied = 0;
    target.mkpath(QStringLiteral("."));
    for (const QString& f : images) {
        const QString dst = QString::fromStdString(uniquePath(target.path().toStdString(), QFileInfo(f).fileName().toStdString()).string());
        copied += QFile::copy(f, dst) ? 1 : 0;
    }
    Q_EMIT message(tr("Copied %Ln image(s) into %1", nullptr, copied).arg(cls));
    rescan();
}

void DataPage::classMenu(const QPoint& pos)
{
    const int row = m_classes->rowAt(pos.y());
    if (row < 0)
        return;
    QMenu menu(this);
    menu.addAction(tr("Rename class…"), this, [this, row] { renameClass(row); });
    const bool out = m_workspace.project().excludedClasses.contains(classAt(row));
    menu.addAction(out ? tr("Include in training") : tr("Leave out of training"), this, [this, row] { toggleExcluded(row); });
    menu.addAction(tr("Open folder"), this, [this, row] {
        if (const DatasetReport* r = m_workspace.report())
            QDesktopServices::openUrl(QUrl::fromLocalFile(QString::fromStdString(r->index.classFolder(classAt(row).toStdString()))));
    });
    menu.exec(m_classes->viewport()->mapToGlobal(pos));
}

void DataPage::renameClass(int row)
{
    const DatasetReport* r = m_workspace.report();
    if (!r)
        return;
    const QString old = classAt(row);
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename class"),
                                               tr("New name for “%1” (renames its folder in every dataset folder):").arg(old),
                                               QLineEdit::Normal, old, &ok).trimmed();
    if (ok)
        renameClassTo(old, name);
}

void DataPage::renameClassTo(const QString& old, const QString& name)
{
    const DatasetReport* r = m_workspace.report();
    if (!r || name.isEmpty() || name == old)
        return;
    if (name.contains(QLatin1Char('/')) || name.startsWith(QLatin1Char('.'))) {
        QMessageBox::warning(this, tr("Rename class"), tr("A class name cannot contain “/” or start with a dot."));
        return;
    }
    // A class given as a folder of its own: that folder is renamed, and the dataset follows it.
    if (const auto own = r->index.classRoots.find(old.toStdString()); own != r->index.classRoots.end()) {
        QStringList roots = m_workspace.project().datasetRoots;
        for (const std::string& folder : own->second) {
            const QFileInfo info(QString::fromStdString(folder));
            QDir parent = info.dir();
            int at = -1; // the project's own spelling of this folder (older projects kept a trailing '/')
            for (int i = 0; i < roots.size() && at < 0; ++i)
                at = QDir::cleanPath(QFileInfo(roots[i]).absoluteFilePath()) == QDir::cleanPath(info.absoluteFilePath()) ? i : -1;
            if (parent.exists(name)) {
                QMessageBox::warning(this, tr("Rename class"), tr("%1 already exists; choose another name.").arg(parent.filePath(name)));
                break;
            }
            if (at < 0 || !parent.rename(info.fileName(), name)) {
                QMessageBox::warning(this, tr("Rename class"), tr("Could not rename %1; check permissions.").arg(info.filePath()));
                break;
            }
            roots[at] = parent.filePath(name);
            recordRename(info.absoluteFilePath(), parent.absoluteFilePath(name), old, name);
        }
        openDataset(roots);
        return;
    }
    for (const auto& root : r->index.roots) {
        const QDir dir(QString::fromStdString(root));
        if (dir.exists(name)) {
            QMessageBox::warning(this, tr("Rename class"), tr("%1 already exists; choose another name.").arg(dir.filePath(name)));
            return;
        }
    }
    for (const auto& root : r->index.roots) {
        QDir dir(QString::fromStdString(root));
        if (!dir.exists(old))
            continue;
        if (dir.rename(old, name))
            recordRename(dir.absoluteFilePath(old), dir.absoluteFilePath(name), old, name);
        else
            QMessageBox::warning(this, tr("Rename class"), tr("Could not rename %1; check permissions.").arg(dir.filePath(old)));
    }
    rescan();
}

void DataPage::recordRename(const QString& from, const QString& to, const QString& oldName, const QString& newName)
{
    // Runs trained before find the class's images in the renamed folder (continuing, evaluating),
    // under the class name they know; a class left out of training stays left out.
    m_workspace.addRelabel({QDir::cleanPath(from), QDir::cleanPath(to), oldName, newName,
                            QDateTime::currentDateTimeUtc().toString(Qt::ISODate), true});
    QStringList excluded = m_workspace.project().excludedClasses;
    if (const qsizetype at = excluded.indexOf(oldName); at >= 0) {
        excluded[at] = newName;
        m_workspace.setExcludedClasses(excluded);
    }
}

void DataPage::moveSelectedToClass()
{
    const DatasetReport* r = m_workspace.report();
    const QStringList paths = selectedImagePaths(m_grid);
    if (!r || paths.isEmpty() || isScanning())
        return;
    QStringList classes;
    for (const std::string& c : r->index.classes)
        classes << QString::fromStdString(c);
    classes.removeAll(classAt(m_classes->currentRow()));
    bool ok = false;
    const QString target = QInputDialog::getItem(this, tr("Move to class"), tr("Move %Ln image(s) to the class:", nullptr, int(paths.size())),
                                                 classes, 0, false, &ok);
    if (ok)
        moveImagesToClass(paths, target);
}

int DataPage::moveImagesToClass(const QStringList& paths, const QString& className)
{
    if (isScanning())
        return 0;
    int moved = 0;
    for (const QString& path : paths) {
        QString why;
        if (!m_workspace.moveImageToClass(path, className, &why).isEmpty())
            ++moved;
        else if (!why.isEmpty())
            showProblem(this, tr("Move to class"), why);
    }
    if (moved > 0) {
        Q_EMIT message(tr("Moved %Ln image(s) to %1", nullptr, moved).arg(className));
        rescan();
    }
    return moved;
}

int DataPage::trashImages(const QStringList& paths, bool confirm)
{
    if (isScanning())
        return 0;
    const QStringList trashed = moveImagesToTrash(this, paths, confirm);
    if (!trashed.isEmpty()) {
        m_workspace.noteTrashed(trashed);
        Q_EMIT message(tr("Moved %Ln image(s) to the trash", nullptr, int(trashed.size())));
        rescan();
    }
    return int(trashed.size());
}

void DataPage::toggleExcluded(int row)
{
    QStringList excluded = m_workspace.project().excludedClasses;
    const QString name = classAt(row);
    if (excluded.contains(name))
        excluded.removeAll(name);
    else
        excluded << name;
    m_workspace.setExcludedClasses(excluded);
}

void DataPage::readSplit()
{
    const SplitSpec& s = m_workspace.project().split;
    const QSignalBlocker b1(m_validation), b2(m_test), b3(m_seed);
    m_validation->setValue(int(std::lround(s.validationFraction * 100)));
    m_test->setValue(int(std::lround(s.testFraction * 100)));
    m_seed->setValue(int(s.seed));
    m_validationFolder->setText(s.validationRoots.empty() ? QString() : QString::fromStdString(s.validationRoots.front()));
    m_validation->setEnabled(s.validationRoots.empty()); // a validation folder replaces the share
}

void DataPage::writeSplit()
{
    SplitSpec s = m_workspace.project().split;
    if (m_validation->value() + m_test->value() >= 95) {
        const QSignalBlocker block(m_test);
        m_test->setValue(std::max(0, 94 - m_validation->value()));
    }
    s.validationFraction = m_validation->value() / 100.0;
    s.testFraction = m_test->value() / 100.0;
    s.seed = std::uint64_t(m_seed->value());
    s.validationRoots.clear();
    if (!m_validationFolder->text().trimmed().isEmpty())
        s.validationRoots.push_back(m_validationFolder->text().trimmed().toStdString());
    m_validation->setEnabled(s.validationRoots.empty());
    const bool newFolder = s.validationRoots != m_workspace.project().split.validationRoots;
    m_workspace.setSplit(s);
    updateSplitCounts();
    if (newFolder)
        recheckValidationFolder();
}

void DataPage::updateSplitCounts()
{
    const DatasetReport* r = m_workspace.report();
    if (!r || !r->canTrain()) {
        m_splitCounts->clear();
        return;
    }
    try {
        const DatasetSplit s = m_workspace.currentSplit();
        QStringList parts{tr("%Ln for training", nullptr, int(s.train.size())), tr("%Ln for validation", nullptr, int(s.validation.size()))};
        if (!s.test.empty())
            parts << tr("%Ln for testing", nullptr, int(s.test.size()));
        m_splitCounts->setText(tr("Images: %1").arg(parts.join(QStringLiteral(" · "))));
    } catch (const Error& e) {
        m_splitCounts->setText(QString::fromUtf8(e.what()));
    }
}

} // namespace graft::ui
