#include "MainWindow.h"

#include "FileDialogs.h"
#include "DataPage.h"
#include "EvaluatePage.h"
#include "ModelPage.h"
#include "Notify.h"
#include "SettingsDialog.h"
#include "TrainPage.h"
#include "UsePage.h"
#include "app/core/Jobs.h"
#include "app/core/SampleDataset.h"
#include "core/Error.h"
#include "core/ThreadPool.h"
#include "train/Device.h"

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <opencv2/core/version.hpp>
#include <torch/version.h>

namespace graft::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/graft/icons/graft.svg")));
    // Until the user sizes it (restoreLayout): 1280×820, or less on a smaller screen, leaving room
    // for the title bar; the pages fit 1280×720 (a GUI test checks their least size).
    QSize size(1280, 820);
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() - QSize(0, 40));
    resize(size);

    auto* stepBar = new QWidget(this);
    stepBar->setObjectName(QStringLiteral("stepBar"));
    auto* stepLayout = new QHBoxLayout(stepBar);
    stepLayout->setContentsMargins(8, 6, 8, 0);
    m_steps = new QButtonGroup(this);
    m_steps->setExclusive(true);
    const QStringList names{tr("1  Data"), tr("2  Model"), tr("3  Train"), tr("4  Evaluate"), tr("5  Use")};
    const QStringList ids{QStringLiteral("stepData"), QStringLiteral("stepModel"), QStringLiteral("stepTrain"),
                          QStringLiteral("stepEvaluate"), QStringLiteral("stepUse")};
    const QStringList tips{tr("Choose and check the images (Ctrl+1)"), tr("Choose a network and what it learns (Ctrl+2)"),
                           tr("Train and watch it learn (Ctrl+3)"), tr("See where it is right and wrong (Ctrl+4)"),
                           tr("Export it and label new images (Ctrl+5)")};
    for (int i = 0; i < names.size(); ++i) {
        auto* b = new QToolButton(stepBar);
        b->setObjectName(ids[i]);
        b->setText(names[i]);
        b->setToolTip(tips[i]);
        b->setAccessibleName(names[i].mid(3));
        b->setCheckable(true);
        b->setAutoRaise(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        QFont f = b->font();
        f.setPointSizeF(f.pointSizeF() * 1.15);
        f.setBold(true);
        b->setFont(f);
        b->setMinimumWidth(130);
        m_steps->addButton(b, i);
        stepLayout->addWidget(b);
        if (i + 1 < names.size()) {
            auto* arrow = new QLabel(QStringLiteral("›"), stepBar);
            arrow->setEnabled(false);
            stepLayout->addWidget(arrow);
        }
    }
    stepLayout->addStretch();
    connect(m_steps, &QButtonGroup::idClicked, this, &MainWindow::showStep);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_data = new DataPage(m_workspace, m_pages);
    m_model = new ModelPage(m_workspace, m_pages);
    m_train = new TrainPage(m_workspace, m_pages);
    m_evaluate = new EvaluatePage(m_workspace, m_pages);
    m_use = new UsePage(m_workspace, m_pages);
    for (QWidget* page : std::initializer_list<QWidget*>{m_data, m_model, m_train, m_evaluate, m_use})
        m_pages->addWidget(page);
    m_data->setObjectName(QStringLiteral("dataPage"));
    m_model->setObjectName(QStringLiteral("modelPage"));
    m_train->setObjectName(QStringLiteral("trainPage"));
    m_evaluate->setObjectName(QStringLiteral("evaluatePage"));
    m_use->setObjectName(QStringLiteral("usePage"));

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(stepBar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_deviceLabel = new QLabel(this);
    m_deviceLabel->setObjectName(QStringLiteral("deviceLabel"));
    statusBar()->addPermanentWidget(m_deviceLabel);
    updateDeviceLabel();
    connect(&m_workspace, &Workspace::computeChanged, this, &MainWindow::updateDeviceLabel);

    for (QObject* page : std::initializer_list<QObject*>{m_data, m_model, m_train, m_evaluate, m_use})
        connect(page, SIGNAL(message(QString)), statusBar(), SLOT(showMessage(QString)));
    // Start without the weights: download them (the Model step shows the progress), then train.
    connect(m_train, &TrainPage::weightsDownloadWanted, this, [this] {
        showStep(ModelStep);
        m_model->downloadWeights();
    });
    connect(m_model, &ModelPage::downloadEnded, this, [this](bool ok) {
        if (ok && m_train->startsAfterDownload())
            showStep(TrainStep);
        m_train->downloadEnded(ok);
    });
    // A saved project records a run as it starts: after a crash the run is on its list, to continue.
    connect(m_train, &TrainPage::trainingStarted, this, &MainWindow::autosave);
    connect(m_train, &TrainPage::trainingFinished, this, [this](const QString& runDir) {
        autosave();
        if (QFileInfo::exists(runDir + QStringLiteral("/model-best.pt")))
            m_evaluate->showRun(runDir);
    });
    connect(m_data, &DataPage::sampleWanted, this, &MainWindow::trySample);
    connect(m_evaluate, &EvaluatePage::datasetChanged, m_data, &DataPage::rescan);
    connect(m_use, &UsePage::datasetChanged, m_data, &DataPage::rescan);
    connect(&m_workspace, &Workspace::dirtyChanged, this, &MainWindow::updateTitle);
    connect(&m_workspace, &Workspace::projectReplaced, this, &MainWindow::updateTitle);
    // Another project in the window: the unsaved one was saved or set aside (maybeSave asked first),
    // so its copy goes (a restored one is copied again at once: offerUnsavedProject).
    connect(&m_workspace, &Workspace::projectReplaced, this, [] { app::Project::removeUnsavedCopy(); });

    m_autosave = new QTimer(this);
    m_autosave->setInterval(60 * 1000);
    connect(m_autosave, &QTimer::timeout, this, &MainWindow::autosave);
    m_autosave->start();

    buildMenus();
    showStep(DataStep);
    updateTitle();
    restoreLayout();
}

MainWindow::~MainWindow() = default;

int MainWindow::currentStep() const { return m_pages->currentIndex(); }

void MainWindow::showStep(int step)
{
    m_pages->setCurrentIndex(step);
    if (auto* b = m_steps->button(step))
        b->setChecked(true);
    if (step == EvaluateStep && !m_train->isTraining()) // not a model still training, nor slowing it down
        m_evaluate->evaluateIfNothingShown();
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New project"), QKeySequence::New, this, &MainWindow::newProject);
    file->addAction(tr("&Open project…"), QKeySequence::Open, this, &MainWindow::openProject);
    m_recent = file->addMenu(tr("Open &recent"));
    m_recent->setObjectName(QStringLiteral("recentMenu"));
    file->addAction(tr("Open &dataset…"), QKeySequence(QStringLiteral("Ctrl+Shift+O")), m_data, &DataPage::chooseDataset);
    file->addSeparator();
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    file->addAction(tr("Save &as…"), QKeySequence::SaveAs, this, &MainWindow::saveAs);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    updateRecent();

    QMenu* view = menuBar()->addMenu(tr("&Steps"));
    const QStringList names{tr("&Data"), tr("&Model"), tr("&Train"), tr("&Evaluate"), tr("&Use")};
    for (int i = 0; i < names.size(); ++i)
        view->addAction(names[i], QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)), this, [this, i] { showStep(i); });

    QMenu* model = menuBar()->addMenu(tr("&Model"));
    model->addAction(tr("&Import weights from file…"), m_model, &ModelPage::importWeights);
    model->addAction(tr("&Download weights"), m_model, &ModelPage::downloadWeights);

    QMenu* train = menuBar()->addMenu(tr("&Train"));
    train->addAction(tr("&Start"), QKeySequence(Qt::Key_F5), m_train, [this] {
        showStep(TrainStep);
        m_train->start();
    });
    train->addAction(tr("&Pause / resume"), QKeySequence(Qt::Key_F6), m_train, &TrainPage::togglePause);
    train->addAction(tr("S&top"), QKeySequence(Qt::SHIFT | Qt::Key_F5), m_train, &TrainPage::stop);
    train->addAction(tr("&Continue selected run"), QKeySequence(Qt::CTRL | Qt::Key_F5), m_train, [this] {
        showStep(TrainStep);
        m_train->continueShownRun();
    });
    train->addAction(tr("Add a &run folder…"), m_train, [this] {
        showStep(TrainStep);
        m_train->chooseRunFolder();
    });
    train->addAction(tr("&Augmentation preview…"), m_train, &TrainPage::showAugmentationPreview);

    QMenu* use = menuBar()->addMenu(tr("&Use"));
    use->addAction(tr("&Export TorchScript…"), m_use, [this] {
        showStep(UseStep);
        m_use->exportModel();
    });

    QMenu* settings = menuBar()->addMenu(tr("Settin&gs"));
    // The desktop's key for preferences, or Ctrl+, (GNOME's, macOS's) where the desktop names none.
    const QList<QKeySequence> preferencesKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    settings->addAction(tr("&Preferences…"), preferencesKeys.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Comma) : preferencesKeys.first(),
                        this, &MainWindow::showSettings);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* sample = help->addAction(tr("Try the &sample dataset"), this, &MainWindow::trySample);
    sample->setEnabled(app::sampleSourceInstalled());
    help->addSeparator();
    help->addAction(tr("&About Graft"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::updateRecent()
{
    m_recent->clear();
    const QStringList recent = m_workspace.settings().recentProjects();
    QStringList names;
    for (const QString& p : recent)
        names << QFileInfo(p).fileName();
    m_recent->setToolTipsVisible(true);
    for (const QString& p : recent) {
        // Two projects of one name (in different folders) are told apart by their folder.
        const QString name = QFileInfo(p).fileName();
        const QString text = names.count(name) > 1 ? QStringLiteral("%1 — %2").arg(name, QFileInfo(p).absoluteDir().dirName()) : name;
        m_recent->addAction(text, this, [this, p] {
            if (maybeSave())
                openProjectFile(p);
        })->setToolTip(p);
    }
    m_recent->setEnabled(!recent.isEmpty());
}

QString MainWindow::projectName() const
{
    return m_workspace.project().path.isEmpty() ? tr("Untitled") : m_workspace.project().name();
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Graft").arg(projectName()));
    setWindowModified(m_workspace.isDirty());
}

bool MainWindow::maybeSave()
{
    if (!m_workspace.isDirty())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
                                              tr("Save the changes to %1?").arg(projectName()),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Cancel)
        return false;
    return answer == QMessageBox::Discard || save();
}

void MainWindow::newProject()
{
    if (!maybeSave())
        return;
    app::Project p;
    p.setArchitecture("mobilenet_v2");
    m_workspace.setProject(p);
    showStep(DataStep);
}

void MainWindow::openProject()
{
    if (!maybeSave())
        return;
    const QString path = chooseOpenFile(this, QStringLiteral("project"), tr("Open project"), tr("Graft projects (*.graft)"));
    if (!path.isEmpty())
        openProjectFile(path);
}

bool MainWindow::openProjectFile(const QString& path)
{
    try {
        m_workspace.setProject(app::Project::load(path));
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Open project"), QString::fromUtf8(e.what()));
        return false;
    }
    m_workspace.settings().addRecentProject(path);
    updateRecent();
    showStep(DataStep);
    return true;
}

void MainWindow::trySample()
{
    if (!maybeSave())
        return;
    // A second or so: Fashion-MNIST's files read and 600 small PNG files written, once.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString why;
    try {
        app::makeSampleDataset(app::defaultSampleFolder());
    } catch (const Error& e) {
        why = QString::fromUtf8(e.what());
    }
    QApplication::restoreOverrideCursor();
    if (!why.isEmpty()) {
        QMessageBox::warning(this, tr("Sample dataset"), tr("The sample dataset could not be made: %1").arg(why));
        return;
    }
    openSampleProject(app::defaultSampleFolder());
    showStep(DataStep);
}

void MainWindow::openSampleProject(const QString& datasetDir)
{
    m_workspace.setProject(app::Project::sample(datasetDir));
    statusBar()->showMessage(tr("Sample project: Fashion-MNIST with MobileNetV2. Press F5 to train."));
}

bool MainWindow::save()
{
    if (m_workspace.project().path.isEmpty())
        return saveAs();
    return saveProjectTo(m_workspace.project().path);
}

bool MainWindow::saveAs()
{
    QString path = chooseSaveFile(this, QStringLiteral("project"), tr("Save project"), projectName() + QStringLiteral(".graft"),
                                  tr("Graft projects (*.graft)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".graft")))
        path += QStringLiteral(".graft");
    return saveProjectTo(path);
}

bool MainWindow::saveProjectTo(const QString& path)
{
    try {
        m_workspace.save(path);
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Save project"), QString::fromUtf8(e.what()));
        return false;
    }
    app::Project::removeUnsavedCopy(); // saved: no copy needed
    updateRecent();
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(path), 4000);
    return true;
}

bool MainWindow::offerUnsavedProject()
{
    if (!app::Project::hasUnsavedCopy())
        return false;
    app::Project project;
    QString written;
    try {
        project = app::Project::loadUnsavedCopy(&written);
    } catch (const Error& e) {
        showProblem(this, tr("Unsaved project"), QString::fromUtf8(e.what()));
        app::Project::removeUnsavedCopy();
        return false;
    }
    const QDateTime when = QDateTime::fromString(written, Qt::ISODate).toLocalTime();
    auto* box = new QMessageBox(QMessageBox::Question, tr("Unsaved project"),
                                tr("Graft was closed without saving a project with %Ln run(s) (last changed %1). Restore it?", nullptr,
                                   int(project.runs.size()))
                                    .arg(QLocale().toString(when, QLocale::ShortFormat)),
                                QMessageBox::Yes | QMessageBox::Discard, this);
    box->setObjectName(QStringLiteral("restoreQuestion"));
    box->setInformativeText(tr("Its run folders are kept either way; Discard only forgets this list."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    const int answer = box->exec();
    app::Project::removeUnsavedCopy();
    if (answer != QMessageBox::Yes)
        return false;
    m_workspace.setProject(std::move(project), true); // restored, not saved: closing asks to save it
    autosave(); // and a copy again, until it is saved
    showStep(TrainStep);
    return true;
}

void MainWindow::autosave()
{
    const app::Project& project = m_workspace.project();
    if (project.path.isEmpty() && m_workspace.isDirty() && !project.runs.isEmpty()) {
        // Never saved: a copy, so that a crash does not lose the list of its runs (offered back at the next start).
        try {
            project.keepUnsavedCopy();
        } catch (const Error& e) {
            statusBar()->showMessage(tr("Could not keep a copy of the unsaved project: %1").arg(QString::fromUtf8(e.what())));
        }
        return;
    }
    if (m_workspace.settings().autosave() && m_workspace.isDirty() && !m_workspace.project().path.isEmpty()) {
        try {
            m_workspace.save();
            updateTitle();
        } catch (const Error& e) {
            statusBar()->showMessage(tr("Autosave failed: %1").arg(QString::fromUtf8(e.what())));
        }
    }
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_workspace.settings(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_workspace.reloadCompute(); // device and threads: the Train step's Compute box and the status bar
}

void MainWindow::updateDeviceLabel()
{
    // Where the next job runs, as this computer is set up.
    const int threads = m_workspace.threads() > 0 ? m_workspace.threads() : ThreadPool::defaultThreads(); // as training counts "all cores"
    const bool gpu = cudaAvailable() && m_workspace.device() != DeviceChoice::Cpu;
    m_deviceLabel->setText(gpu ? tr("GPU (CUDA)") : tr("CPU, %Ln thread(s)", nullptr, threads));
    m_deviceLabel->setToolTip(tr("Where training, evaluation and labelling run on this computer (Preferences, or the Train step's Compute box)"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Graft"),
                       tr("<h3>Graft %1</h3><p>No-code transfer learning for image classifiers.</p>"
                          "<p>Built with LibTorch %2, Qt %3, OpenCV %4 and QCustomPlot.</p>"
                          "<p>Pretrained weights are torchvision's, trained on ImageNet-1k: check its terms before "
                          "commercial use.</p>")
                           .arg(QStringLiteral(GRAFT_VERSION), QStringLiteral(TORCH_VERSION), QString::fromLatin1(qVersion()),
                                QStringLiteral(CV_VERSION)));
}

void MainWindow::restoreLayout()
{
    // Where the user left the window and its dividers (this computer's, not the project's).
    QSettings& s = m_workspace.settings().raw();
    if (const QByteArray geometry = s.value(QStringLiteral("window/geometry")).toByteArray(); !geometry.isEmpty())
        restoreGeometry(geometry);
    for (QSplitter* splitter : findChildren<QSplitter*>())
        if (!splitter->objectName().isEmpty())
            splitter->restoreState(s.value(QStringLiteral("window/splitters/") + splitter->objectName()).toByteArray());
}

void MainWindow::saveLayout()
{
    QSettings& s = m_workspace.settings().raw();
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    for (QSplitter* splitter : findChildren<QSplitter*>())
        if (!splitter->objectName().isEmpty())
            s.setValue(QStringLiteral("window/splitters/") + splitter->objectName(), splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_train->isTraining()) {
        const auto answer = QMessageBox::question(this, tr("Training in progress"),
                                                  tr("Stop training and quit? The run can be continued later: select it on the Train step and press Continue run."));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_train->stop();
        m_train->worker()->wait();
    }
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    app::Project::removeUnsavedCopy(); // saved, or discarded on purpose
    saveLayout();
    event->accept();
}

} // namespace graft::ui
