// The Graft window driven as a user would, widgets found by objectName: open the sample dataset, pick
// a model, freeze layers, train and stop, evaluate, export, label a folder, save and reopen. Saves a
// screenshot of each step under <build>/screenshots.
#include "ConfusionMatrixWidget.h"
#include "DataPage.h"
#include "EvaluatePage.h"
#include "FileDialogs.h"
#include "ImageLoading.h"
#include "app/core/SampleDataset.h"
#include "InLanguage.h"
#include "LocalHttpServer.h"
#include "HeatMapDialog.h"
#include "LayerTreeModel.h"
#include "LearningRateDialog.h"
#include "MainWindow.h"
#include "ModelPage.h"
#include "QCustomPlotInclude.h"
#include "TestEnv.h"
#include "SettingsDialog.h"
#include "ThresholdDialog.h"
#include "TrainPage.h"
#include "Translations.h"
#include "UsePage.h"
#include "app/core/Jobs.h"
#include "train/Device.h"
#include "train/Evaluator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QTimer>
#include <QUrl>
#include <QDir>
#include <QDoubleSpinBox>
#include <QDirIterator>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>
#include <QTreeWidget>
#include <QRegularExpression>
#include <QTranslator>

#include <filesystem>

using namespace graft;
using namespace graft::ui;
using graft::test::inLanguage;

namespace {
void copyTree(const QString& from, const QString& to, int perClass)
{
    for (const QString& cls : QDir(from).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QDir().mkpath(to + QLatin1Char('/') + cls);
        const QStringList files = QDir(from + QLatin1Char('/') + cls).entryList(QDir::Files, QDir::Name).mid(0, perClass);
        for (const QString& f : files)
            QFile::copy(from + QLatin1Char('/') + cls + QLatin1Char('/') + f, to + QLatin1Char('/') + cls + QLatin1Char('/') + f);
    }
}
} // namespace

// Stands in for the desktop's file manager: the URLs the window asked to open.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl& url) { urls << url; }
};

class TestGui final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_data;
    std::unique_ptr<MainWindow> m_window;
    QString m_runDir;

    template <class T>
    T* find(const char* name) const
    {
        T* w = m_window->findChild<T*>(QLatin1String(name));
        if (!w)
            qWarning("widget %s not found", name);
        return w;
    }
    static QStringList shortcutClashes(MainWindow& window, const QString& language)
    {
        QStringList clashes;
        for (int step = MainWindow::DataStep; step <= MainWindow::UseStep; ++step) {
            window.showStep(step);
            QApplication::processEvents();
            QMultiMap<QString, QString> owners; // key -> what answers to it
            const auto add = [&](const QKeySequence& key, const QString& what) {
                if (!key.isEmpty())
                    owners.insert(key.toString(QKeySequence::PortableText), what);
            };
            std::function<void(QMenu*)> addMenu = [&](QMenu* menu) {
                for (QAction* action : menu->actions()) {
                    if (action->menu())
                        addMenu(action->menu());
                    else
                        for (const QKeySequence& key : action->shortcuts())
                            add(key, QStringLiteral("menu item ") + action->text());
                }
            };
            for (QAction* top : window.menuBar()->actions()) {
                add(QKeySequence::mnemonic(top->text()), QStringLiteral("menu ") + top->text());
                if (top->menu())
                    addMenu(top->menu());
            }
            for (QAbstractButton* button : window.findChildren<QAbstractButton*>())
                if (button->isVisible())
                    add(button->shortcut(), QStringLiteral("button ") + button->text());
            for (QLabel* label : window.findChildren<QLabel*>())
                if (label->buddy() && label->isVisible())
                    add(QKeySequence::mnemonic(label->text()), QStringLiteral("label ") + label->text());
            for (const QString& key : owners.uniqueKeys())
                if (owners.count(key) > 1)
                    clashes << QStringLiteral("%1, step %2, %3: ").arg(language).arg(step + 1).arg(key)
                                   + QStringList(owners.values(key)).join(QStringLiteral(" / "));
        }
        return clashes;
    }
    void screenshot(const QString& name, QWidget* widget = nullptr)
    {
        const QString dir = test::binaryDir() + QStringLiteral("/screenshots");
        QDir().mkpath(dir);
        QApplication::processEvents();
        (widget ? widget : m_window.get())->grab().save(dir + QLatin1Char('/') + name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        GRAFT_REQUIRE_SHARED();
        test::isolateUserFolders(m_dir.filePath(QStringLiteral("home")));
        qputenv("GRAFT_WEIGHTS_PATH", (test::sharedDir() + QStringLiteral("/models")).toUtf8());
        qputenv("GRAFT_WEIGHTS_BASE_URL", "http://127.0.0.1:1/"); // never the internet
        m_data = m_dir.filePath(QStringLiteral("fashion"));
        copyTree(test::sampleDataset(), m_data, 24);
        test::writeBytes(m_data + QStringLiteral("/Bag/IMG_0001.HEIC"), "....ftypheic"); // a phone's photo
        QDir().mkpath(m_data + QStringLiteral("/Hat")); // a class without images yet: listed, not trained
        installTranslations(QStringLiteral("en"));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1360, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void init()
    {
        // Qt's own complaints fail the test: "Ambiguous shortcut overload" (a key that does nothing),
        // bad connections, layouts set twice, widgets not found. The offscreen platform's note on
        // size hints is no fault of the window.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!This plugin does not support propagateSizeHints)")));
    }

    void openDataset()
    {
        m_window->dataPage()->openDataset({m_data});
        auto* table = find<QTableWidget>("classTable");
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 11, 30000);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Ankle_boot"));
        QCOMPARE(table->item(0, 1)->data(Qt::DisplayRole).toInt(), 24);
        QVERIFY2(find<QLabel>("datasetSummary")->text().startsWith(QStringLiteral("fashion: 10 classes (1 left out) · 240 images · 28×28 px · 0 bad files")),
                 qPrintable(find<QLabel>("datasetSummary")->text()));
        // Small pictures enlarged many times: the Train step says what a smaller input size saves.
        auto* inputSize = find<QSpinBox>("inputSize");
        auto* note = find<QLabel>("inputSizeNote");
        const int size = inputSize->value();
        inputSize->setValue(224);
        QVERIFY(!note->isHidden());
        QCOMPARE(note->text(), QStringLiteral("The images are 28×28 px, enlarged 8× here. Half this size (112 px) trains about 4× faster, "
                                              "at some cost in accuracy."));
        inputSize->setValue(64); // less than three times their size: nothing to say
        QVERIFY(note->isHidden());
        inputSize->setValue(size);
        // While checking: images found so far (no total yet), then images checked of all.
        Progress finding;
        finding.stage = "Finding images";
        finding.done = 1200;
        QCOMPARE(DataPage::progressText(finding), QStringLiteral("Finding images: 1,200 so far"));
        Progress checking;
        checking.stage = "Checking images";
        checking.done = 5;
        checking.total = 240;
        QCOMPARE(DataPage::progressText(checking), QStringLiteral("Checking images: 5 of 240"));
        QCOMPARE(m_window->workspace().trainingClasses().size(), std::size_t(10)); // Hat has no images
        QCOMPARE(table->item(4, 0)->text(), QStringLiteral("Hat (left out)"));
        QCOMPARE(table->item(4, 3)->text(), QStringLiteral("No images yet: drop some onto this row"));
        // The split's counts, as training will use them, follow the shares.
        auto* counts = find<QLabel>("splitCounts");
        QTRY_COMPARE(counts->text(), QStringLiteral("Images: 190 for training · 50 for validation"));
        find<QSpinBox>("testPercent")->setValue(10);
        QCOMPARE(counts->text(), QStringLiteral("Images: 170 for training · 50 for validation · 20 for testing"));
        find<QSpinBox>("testPercent")->setValue(0);
        // The HEIC photo is left out with the reason and the fix, listed with the ignored files.
        auto* issues = find<QTreeWidget>("issuesTree");
        QVERIFY(!issues->findItems(QStringLiteral("1 image is in a format Graft does not read (HEIC) and left out; convert it to JPEG"), Qt::MatchStartsWith).isEmpty());
        const auto ignored = issues->findItems(QStringLiteral("Ignored files (1)"), Qt::MatchExactly);
        QCOMPARE(ignored.size(), 1);
        QVERIFY(ignored.first()->child(0)->text(0).contains(QStringLiteral("IMG_0001.HEIC: a HEIC image")));
        QTRY_VERIFY(find<QListView>("thumbnailGrid")->model()->rowCount() == 24);
        // A class without images: the grid says what to do instead of staying blank.
        auto* hint = find<QLabel>("thumbnailGridHint");
        QVERIFY(hint->isHidden());
        table->selectRow(4);
        QCOMPARE(find<QListView>("thumbnailGrid")->model()->rowCount(), 0);
        QVERIFY(!hint->isHidden());
        QCOMPARE(hint->text(), QStringLiteral("No images in Hat yet: drop some onto its row on the left"));
        table->selectRow(0);
        QVERIFY(hint->isHidden());
        QTRY_VERIFY(find<QListView>("thumbnailGrid")->model()->rowCount() == 24);
        QTest::qWait(1500); // thumbnails
        screenshot(QStringLiteral("1-data.png"));
    }

    void pickModel()
    {
        m_window->showStep(MainWindow::ModelStep);
        auto* zoo = find<QTableWidget>("modelTable");
        QCOMPARE(zoo->rowCount(), 23);
        QCOMPARE(zoo->item(0, 0)->data(Qt::UserRole).toString(), QStringLiteral("resnet18")); // the zoo's order
        // Sorting by a number column sorts by value ("0.06" < "2.83" < "10.27"), shown with fixed decimals.
        zoo->sortByColumn(3, Qt::AscendingOrder);
        QCOMPARE(zoo->item(0, 0)->data(Qt::UserRole).toString(), QStringLiteral("mobilenet_v3_small"));
        QCOMPARE(zoo->item(zoo->rowCount() - 1, 0)->data(Qt::UserRole).toString(), QStringLiteral("efficientnet_b7"));
        QCOMPARE(zoo->item(zoo->rowCount() - 1, 5)->text(), QStringLiteral("84.1"));
        auto selectArch = [&](const QString& name) {
            for (int r = 0; r < zoo->rowCount(); ++r)
                if (zoo->item(r, 0)->data(Qt::UserRole).toString() == name)
                    zoo->selectRow(r);
        };
        selectArch(QStringLiteral("resnet18"));
        QCOMPARE(QString::fromStdString(m_window->workspace().project().config.architecture), QStringLiteral("resnet18"));
        selectArch(QStringLiteral("mobilenet_v2"));
        QCOMPARE(QString::fromStdString(m_window->workspace().project().config.architecture), QStringLiteral("mobilenet_v2"));
        auto* tree = find<QTreeView>("layerTree");
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->modelPage()->isBusy() && tree->model()->rowCount() == 2, 60000); // features, classifier
        // Where they were found, in the window's words (a configured weights folder here).
        QVERIFY2(find<QLabel>("weightsStatus")->text().startsWith(QStringLiteral("ImageNet weights found (weights folder): ")),
                 qPrintable(find<QLabel>("weightsStatus")->text()));
        QCOMPARE(zoo->selectedItems().value(6)->text(), QStringLiteral("weights folder"));
    }

    void toggleFreezing()
    {
        find<QPushButton>("presetHead")->click();
        QCOMPARE(m_window->workspace().project().config.freeze, headOnlyPlan("classifier"));
        LayerTreeModel* model = m_window->modelPage()->layerModel();
        QVERIFY(find<QLabel>("trainableTotals")->text().contains(QStringLiteral("12,810 of")));
        // A hidden layer in the head: the totals count its weights (1280·256 + 256 + 256·10 + 10).
        QVERIFY(!find<QDoubleSpinBox>("headDropout")->isEnabled()); // only a hidden layer has a dropout of its own
        find<QSpinBox>("headHidden")->setValue(256);
        QVERIFY(find<QDoubleSpinBox>("headDropout")->isEnabled());
        QTRY_VERIFY2_WITH_TIMEOUT(find<QLabel>("trainableTotals")->text().contains(QStringLiteral("330,506 of")),
                                  qPrintable(find<QLabel>("trainableTotals")->text()), 30000);
        find<QSpinBox>("headHidden")->setValue(0);
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>("trainableTotals")->text().contains(QStringLiteral("12,810 of")), 30000);
        // Tick features.18 in the list: the engine config gains that rule.
        const QModelIndex node = model->indexOfPath(QStringLiteral("features.18"));
        QVERIFY(node.isValid());
        QVERIFY(model->setData(node.siblingAtColumn(LayerTreeModel::Trainable), Qt::Checked, Qt::CheckStateRole));
        const FreezePlan plan = m_window->workspace().project().config.freeze;
        QCOMPARE(plan, (FreezePlan{{{"all", false}, {"features.18", true}, {"classifier", true}}}));
        // Un-ticking a layer inside it splits the rule.
        QVERIFY(model->setData(model->indexOfPath(QStringLiteral("features.18.1")).siblingAtColumn(LayerTreeModel::Trainable),
                               Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(m_window->workspace().project().config.freeze,
                 (FreezePlan{{{"all", false}, {"features.18.0", true}, {"classifier", true}}}));
        QCOMPARE(model->index(0, LayerTreeModel::Trainable, {}).data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
        // "Train from here": everything after features.17.
        const auto from = model->planTrainableFrom(QStringLiteral("features.17"));
        QVERIFY(from);
        QCOMPARE(*from, (FreezePlan{{{"all", false}, {"features.17", true}, {"features.18", true}, {"classifier", true}}}));
        find<QSpinBox>("lastBlocksSpin")->setValue(2);
        find<QPushButton>("presetLastBlocks")->click();
        QCOMPARE(m_window->workspace().project().config.freeze,
                 (FreezePlan{{{"all", false}, {"features.17", true}, {"features.18", true}, {"classifier", true}}}));
        m_window->findChild<QTreeView*>(QStringLiteral("layerTree"))->expand(model->indexOfPath(QStringLiteral("features")));
        screenshot(QStringLiteral("2-model.png"));
        find<QPushButton>("presetHead")->click();
    }

    void plannedLearningRateBeforeTheFirstRun()
    {
        // No run yet: the learning-rate chart shows the rate the settings plan, step by step, and
        // the bars what is coming; both follow the settings.
        m_window->showStep(MainWindow::TrainStep);
        TrainPage* page = m_window->trainPage();
        QVERIFY(page->shownRun().isEmpty());
        const TrainConfig before = m_window->workspace().project().config;
        find<QSpinBox>("epochs")->setValue(4);
        find<QSpinBox>("batchSize")->setValue(32);
        find<QComboBox>("schedule")->setCurrentIndex(0); // cosine
        find<QDoubleSpinBox>("warmup")->setValue(1.0);
        const double lr = find<QDoubleSpinBox>("learningRate")->value();
        const QCPGraph* planned = page->plannedRate();
        QCOMPARE(planned->dataCount(), 4 * 6); // 190 training images in batches of 32: 6 an epoch
        QCOMPARE(planned->dataMainKey(0), 1.0 / 6);
        QVERIFY(qFuzzyCompare(planned->dataMainValue(0), lr / 6)); // warm-up's first step of 6
        QVERIFY(qFuzzyCompare(planned->dataMainValue(5), lr));     // warmed up after epoch 1
        QCOMPARE(planned->dataMainKey(23), 4.0);
        QVERIFY(planned->dataMainValue(23) < 0.01 * lr);           // cosine, down to (nearly) zero
        QVERIFY(page->rateChart()->legend->visible());
        QCOMPARE(find<QProgressBar>("epochProgress")->text(), QStringLiteral("0 of 4 epochs"));
        QCOMPARE(find<QProgressBar>("batchProgress")->text(), QStringLiteral("6 batches an epoch"));
        QCOMPARE(page->lossChart()->xAxis->range().upper, 4 * 1.02);
        find<QComboBox>("schedule")->setCurrentIndex(1); // constant after the warm-up
        QVERIFY(qFuzzyCompare(planned->dataMainValue(23), lr));
        // A smaller validation share: more training images, more batches an epoch.
        find<QSpinBox>("validationPercent")->setValue(10);
        QCOMPARE(find<QProgressBar>("batchProgress")->text(), QStringLiteral("7 batches an epoch"));
        find<QSpinBox>("validationPercent")->setValue(20);
        find<QDoubleSpinBox>("warmup")->setValue(before.warmupEpochs);
        find<QComboBox>("schedule")->setCurrentIndex(0);
        find<QSpinBox>("batchSize")->setValue(before.batchSize);
        find<QSpinBox>("epochs")->setValue(before.epochs);
        QVERIFY(m_window->workspace().project().config.toJson() == before.toJson());
        // Nesterov momentum needs a momentum: at 0 it is greyed out and not asked of the run
        // (which would refuse it), and comes back with the momentum.
        const int optimizer = find<QComboBox>("optimizer")->currentIndex();
        find<QComboBox>("optimizer")->setCurrentIndex(2); // SGD
        find<QCheckBox>("nesterov")->setChecked(true);
        QVERIFY(find<QCheckBox>("nesterov")->isEnabled());
        find<QDoubleSpinBox>("momentum")->setValue(0);
        QVERIFY(!find<QCheckBox>("nesterov")->isEnabled());
        QVERIFY(!m_window->workspace().project().config.nesterov);
        find<QDoubleSpinBox>("momentum")->setValue(0.9);
        QVERIFY(find<QCheckBox>("nesterov")->isEnabled());
        QVERIFY(m_window->workspace().project().config.nesterov);
        find<QCheckBox>("nesterov")->setChecked(before.nesterov);
        find<QDoubleSpinBox>("momentum")->setValue(before.momentum);
        find<QComboBox>("optimizer")->setCurrentIndex(optimizer);
        QVERIFY(m_window->workspace().project().config.toJson() == before.toJson());
        screenshot(QStringLiteral("3-train-empty.png"));
    }

    void startWithoutWeightsOffersTheDownload()
    {
        // ResNet-18's weights are not here: Start offers to download them and to train after. Here
        // the download fails (no network in tests): said so, and nothing starts.
        m_window->workspace().setArchitecture("resnet18");
        m_window->showStep(MainWindow::TrainStep);
        TrainPage* page = m_window->trainPage();
        const int runs = int(m_window->workspace().project().runs.size());
        page->start();
        QMessageBox* question = nullptr;
        QTRY_VERIFY((question = m_window->findChild<QMessageBox*>(QStringLiteral("downloadQuestion"))));
        QVERIFY2(question->text().contains(QStringLiteral("ResNet-18's ImageNet weights")), qPrintable(question->text()));
        question->button(QMessageBox::Yes)->click();
        QVERIFY(page->startsAfterDownload());
        QTRY_VERIFY_WITH_TIMEOUT(!page->startsAfterDownload(), 60000); // the download ended
        QVERIFY(!page->isTraining());
        QCOMPARE(int(m_window->workspace().project().runs.size()), runs);
        QVERIFY(find<QPlainTextEdit>("trainLog")->toPlainText().contains(QStringLiteral("training did not start")));
        QMessageBox* failed = nullptr;
        QTRY_VERIFY((failed = m_window->findChild<QMessageBox*>(QStringLiteral("problemBox"))));
        QVERIFY2(failed->windowTitle().contains(QStringLiteral("Download failed")), qPrintable(failed->windowTitle()));
        failed->close();
        m_window->workspace().setArchitecture("mobilenet_v2");
        m_window->workspace().setFreeze(headOnlyPlan("classifier"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->modelPage()->isBusy(), 60000);
    }

    void startDownloadsTheWeightsThenTrains()
    {
        // The same on a computer without MobileNetV2's weights, with them on a server (here on
        // 127.0.0.1, a copy of the official file): downloaded, checked against the zoo's SHA-256,
        // and the run starts with them.
        const QByteArray official = test::mobilenetV2AsOfficialFile();
        QVERIFY2(!official.isEmpty(), "../shared/models/mobilenet_v2-imagenet-dq.pth is not the file this test knows");
        test::LocalHttpServer server;
        QVERIFY(server.start());
        server.addFile(QStringLiteral("mobilenet_v2-7ebf99e0.pth"), official);
        const QByteArray weightsPath = qgetenv("GRAFT_WEIGHTS_PATH"), baseUrl = qgetenv("GRAFT_WEIGHTS_BASE_URL");
        const auto restore = qScopeGuard([&] {
            qputenv("GRAFT_WEIGHTS_PATH", weightsPath);
            qputenv("GRAFT_WEIGHTS_BASE_URL", baseUrl);
        });
        qputenv("GRAFT_WEIGHTS_PATH", ""); // ../shared's copy is not found
        qputenv("GRAFT_WEIGHTS_BASE_URL", server.url().toString().toUtf8());
        QCOMPARE(m_window->workspace().resolvedWeights(), QStringLiteral("?"));

        m_window->showStep(MainWindow::TrainStep);
        TrainPage* page = m_window->trainPage();
        const std::size_t runs = m_window->workspace().project().runs.size();
        page->start();
        QMessageBox* question = nullptr;
        QTRY_VERIFY((question = m_window->findChild<QMessageBox*>(QStringLiteral("downloadQuestion"))));
        QVERIFY2(question->text().contains(QStringLiteral("MobileNetV2's ImageNet weights")), qPrintable(question->text()));
        question->button(QMessageBox::Yes)->click();
        QTRY_VERIFY_WITH_TIMEOUT(page->isTraining(), 60000);
        QCOMPARE(server.requests().size(), 1);
        const QString cached = m_window->workspace().resolvedWeights();
        QCOMPARE(QFileInfo(cached).fileName(), QStringLiteral("mobilenet_v2-7ebf99e0.pth"));
        QCOMPARE(test::readBytes(cached), official);
        QCOMPARE(m_window->workspace().project().runs.size(), runs + 1);
        const QString runDir = m_window->workspace().project().runs.back().dir;
        QVERIFY(find<QPlainTextEdit>("trainLog")->toPlainText().contains(runDir));
        page->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isTraining(), 60000);
        // The run was made with the downloaded file (its record names it), then it leaves the list.
        QVERIFY2(test::readBytes(runDir + QStringLiteral("/run.json")).contains(cached.toUtf8()), qPrintable(runDir));
        m_window->workspace().removeRun(runDir);
        QCOMPARE(m_window->workspace().project().runs.size(), runs);
    }

    void trainThenStop()
    {
        m_window->showStep(MainWindow::TrainStep);
        find<QSpinBox>("inputSize")->setValue(64);
        find<QSpinBox>("epochs")->setValue(20); // cannot finish before Stop
        find<QCheckBox>("augment")->setChecked(true); // no feature cache: slow enough to stop midway
        QCOMPARE(m_window->workspace().project().config.preprocess.cropSize, 64);
        const QString projectFile = m_dir.filePath(QStringLiteral("fashion.graft"));
        QVERIFY(m_window->saveProjectTo(projectFile));
        // F5 starts it, here too where the Start button is (the button once had F5 as well, and
        // the key did nothing on this step).
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        TrainPage* page = m_window->trainPage();
        QVERIFY(page->isTraining());
        QVERIFY(!find<QPushButton>("findLearningRate")->isEnabled()); // a search would slow the run
        QCOMPARE(page->plannedRate()->dataCount(), 0); // the run's own rate from now on
        QVERIFY(!page->rateChart()->legend->visible());
        // The saved project lists the run from its start (autosave): a crash now leaves it there.
        const QString runDir = m_window->workspace().project().runs.last().dir;
        QVERIFY(runDir.startsWith(m_dir.filePath(QStringLiteral("fashion-runs/"))));
        QVERIFY(!m_window->workspace().isDirty());
        QVERIFY(test::readBytes(projectFile).contains(QFileInfo(runDir).fileName().toUtf8()));
        QTRY_VERIFY2_WITH_TIMEOUT(page->lossChart()->graph(0)->dataCount() >= 3,
                                  qPrintable(find<QPlainTextEdit>("trainLog")->toPlainText()), 120000);
        // The epoch running is named (the first is "Epoch 1", with 0 done), and the charts' epoch
        // axis runs to its end (0 to 1 in the first epoch, ticks at both; not a sliver without ticks).
        auto* epochBar = find<QProgressBar>("epochProgress");
        QCOMPARE(epochBar->text(), QStringLiteral("Epoch %1 of 20").arg(epochBar->value() + 1));
        const QCPRange shown = page->lossChart()->xAxis->range();
        QCOMPARE(shown.lower, 0.0);
        const double epochs = shown.upper / 1.02; // a little room after the last one
        QVERIFY2(epochs >= 1 && qFuzzyCompare(epochs, std::round(epochs)), qPrintable(QString::number(shown.upper)));
        // The accuracy chart's epochs line up with it (not 0 to 20 while the loss shows 0 to 1),
        // and an epoch's training accuracy shows as a point before a line can join two.
        auto* accuracy = find<QCustomPlot>("accuracyChart");
        QCOMPARE(accuracy->xAxis->range(), shown);
        QVERIFY(!accuracy->graph(0)->scatterStyle().isNone());
        // Pause: the button turns into Resume and no batch runs until it is pressed.
        auto* pause = find<QPushButton>("pauseButton");
        auto* log = find<QPlainTextEdit>("trainLog");
        pause->click();
        QCOMPARE(pause->text(), QStringLiteral("&Resume"));
        QVERIFY(find<QLabel>("etaLabel")->text().startsWith(QStringLiteral("Paused")));
        QTRY_VERIFY_WITH_TIMEOUT(log->toPlainText().contains(QStringLiteral("Paused")), 30000);
        const int points = page->lossChart()->graph(0)->dataCount();
        QTest::qWait(800);
        QCOMPARE(page->lossChart()->graph(0)->dataCount(), points);
        QVERIFY(page->isTraining());
        pause->click();
        QCOMPARE(pause->text(), QStringLiteral("&Pause"));
        QTRY_VERIFY_WITH_TIMEOUT(log->toPlainText().contains(QStringLiteral("Resumed")), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(page->lossChart()->graph(0)->dataCount() > points, 60000);
        // Stop while paused returns too.
        pause->click();
        find<QPushButton>("stopButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isTraining(), 60000);
        QCOMPARE(m_window->workspace().project().runs.last().status, QStringLiteral("stopped"));
    }

    void continueTheStoppedRun()
    {
        TrainPage* page = m_window->trainPage();
        auto* runs = find<QListWidget>("runsList");
        auto* button = find<QPushButton>("continueButton");
        const QString stopped = m_window->workspace().project().runs.last().dir;
        QCOMPARE(page->shownRun(), stopped);
        QVERIFY(runs->currentItem()->text().contains(QStringLiteral("stopped")));
        QVERIFY(button->isEnabled());
        // One epoch more than it completed: it goes on from its checkpoint in the same folder. Where
        // is this computer's choice (the Compute box): a run begun on a GPU machine goes on here.
        RunInfo begun = RunInfo::load(stopped.toStdString());
        const int done = begun.epochsCompleted();
        if (!cudaAvailable()) {
            begun.config.device = DeviceChoice::Cuda;
            begun.save();
        }
        QVERIFY(page->continueRun(stopped, done + 1));
        QVERIFY(page->isTraining());
        QVERIFY(!button->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!page->isTraining(), 120000);
        const RunInfo after = RunInfo::load(stopped.toStdString());
        QCOMPARE(QString::fromStdString(after.status), QStringLiteral("finished"));
        QCOMPARE(after.epochsCompleted(), done + 1);
        QCOMPARE(m_window->workspace().project().runs.size(), 1); // the same run, not a new one
        QCOMPARE(m_window->workspace().project().runs.last().status, QStringLiteral("finished"));
        QCOMPARE(page->lossChart()->graph(1)->dataCount(), done + 1);
        QVERIFY(runs->item(0)->text().contains(QStringLiteral("finished")));
        QVERIFY(button->isEnabled()); // further, for more epochs
        // Asked for no more epochs than it has: refused with the reason, nothing starts.
        QVERIFY(!page->continueRun(stopped, done + 1));
        QVERIFY(!page->isTraining());
        QTRY_VERIFY(m_window->findChild<QMessageBox*>(QStringLiteral("problemBox")));
        QVERIFY(m_window->findChild<QMessageBox*>(QStringLiteral("problemBox"))->text().contains(QStringLiteral("more epochs")));
        m_window->findChild<QMessageBox*>(QStringLiteral("problemBox"))->close();
        // Being trained elsewhere (graft-cli holds its lock): refused with the reason, nothing starts.
        QTRY_VERIFY(m_window->findChild<QMessageBox*>(QStringLiteral("problemBox")) == nullptr); // closed and deleted
        {
            const FileLock held = lockRunFolder(stopped.toStdString());
            QVERIFY(!page->continueRun(stopped, done + 2));
            QVERIFY(!page->isTraining());
            QMessageBox* busy = nullptr;
            QTRY_VERIFY((busy = m_window->findChild<QMessageBox*>(QStringLiteral("problemBox"))));
            QVERIFY2(busy->text().startsWith(stopped + QStringLiteral(" is being trained right now")), qPrintable(busy->text()));
            busy->close();
        }
        QTRY_VERIFY(m_window->findChild<QMessageBox*>(QStringLiteral("problemBox")) == nullptr);

        // A run whose program ended while it trained (its run.json still says "running"), trained by
        // graft-cli or in another project: added from its folder, shown as interrupted, continuable.
        const QString copy = m_dir.filePath(QStringLiteral("cli-run"));
        std::filesystem::copy(stopped.toStdString(), copy.toStdString(), std::filesystem::copy_options::recursive);
        QFile json(copy + QStringLiteral("/run.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QByteArray text = json.readAll();
        json.close();
        text.replace("\"status\": \"finished\"", "\"status\": \"running\"");
        QVERIFY(text.contains("\"status\": \"running\""));
        test::writeBytes(copy + QStringLiteral("/run.json"), text);
        QVERIFY(page->addRunFolder(copy));
        QCOMPARE(m_window->workspace().project().runs.size(), 2);
        QCOMPARE(page->shownRun(), copy);
        QVERIFY2(runs->currentItem()->text().contains(QStringLiteral("interrupted")), qPrintable(runs->currentItem()->text()));
        QVERIFY(button->isEnabled());
        QVERIFY(page->addRunFolder(copy)); // known already: shown, not added twice
        QCOMPARE(m_window->workspace().project().runs.size(), 2);
        // One that failed says why in its tooltip.
        Json failed = Json::parse(test::readBytes(copy + QStringLiteral("/run.json")).toStdString());
        failed["status"] = "failed";
        failed["message"] = "the GPU ran out of memory; use a smaller batch size";
        test::writeBytes(copy + QStringLiteral("/run.json"), QByteArray::fromStdString(failed.dump(1)));
        Q_EMIT m_window->workspace().runsChanged();
        QVERIFY2(runs->currentItem()->text().contains(QStringLiteral("failed")), qPrintable(runs->currentItem()->text()));
        QCOMPARE(runs->currentItem()->toolTip(), copy + QStringLiteral("\nFailed: the GPU ran out of memory; use a smaller batch size"));
        // A failure its log tells with its kind (a run failed since log.jsonl): in the window's words.
        const LogMessage diverged{logid::kErrorDiverged, {"nan", "0.001000"},
                                  "training diverged (the loss became NaN); lower the learning rate (now 0.001000)"};
        appendRunLog(copy.toStdString(), nowIso8601(), failedLine(diverged));
        failed["message"] = diverged.text;
        test::writeBytes(copy + QStringLiteral("/run.json"), QByteArray::fromStdString(failed.dump(1)));
        Q_EMIT m_window->workspace().runsChanged();
        QCOMPARE(runs->currentItem()->toolTip(),
                 copy + QStringLiteral("\nFailed: Training diverged (the loss became NaN); lower the learning rate (now 0.001000)."));
        // What a run's curves said stands out of its log, in the window's words.
        appendRunLog(copy.toStdString(), nowIso8601(),
                     {logid::kAdviceOverfitting, {"2", "99.0", "50"}, "Advice: after epoch 2 ..."});
        QVERIFY(page->addRunFolder(copy)); // shown again, its log read again
        auto* log = find<QPlainTextEdit>("trainLog");
        const QTextBlock advice = log->document()->lastBlock();
        QVERIFY2(advice.text().contains(QStringLiteral("Advice: after epoch 2 the model fitted the training images better (99.0% right)")),
                 qPrintable(advice.text()));
        QVERIFY(advice.blockFormat().background().style() != Qt::NoBrush);
        QCOMPARE(advice.previous().blockFormat().background().style(), Qt::NoBrush);

        // Removing a run: off the list, its folder into the trash (restorable), the other run shown.
        QVERIFY(page->removeRun(copy, true));
        QCOMPARE(m_window->workspace().project().runs.size(), 1);
        QVERIFY(!QFileInfo::exists(copy));
        QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("home/xdg_data_home/Trash/files/cli-run/run.json"))));
        QCOMPARE(runs->count(), 1);
        QCOMPARE(page->shownRun(), stopped);
    }

    void computeIsThisComputersSetting()
    {
        // The Train step's Compute box and Preferences are one setting of this computer, shown in
        // the status bar; a project does not carry it.
        m_window->showStep(MainWindow::TrainStep);
        auto* threads = find<QSpinBox>("threads");
        const std::string before = m_window->workspace().project().config.toJson().dump();
        threads->setValue(1);
        QCOMPARE(m_window->workspace().settings().threads(), 1);
        QCOMPARE(find<QLabel>("deviceLabel")->text(), cudaAvailable() ? QStringLiteral("GPU (CUDA)") : QStringLiteral("CPU, 1 thread"));
        QCOMPARE(m_window->workspace().project().config.toJson().dump(), before);
        // Changed in Preferences: the box follows. There, as here, a GPU is offered only when there is one.
        {
            SettingsDialog preferences(m_window->workspace().settings(), m_window.get());
            auto* device = preferences.findChild<QComboBox*>(QStringLiteral("preferencesDevice"));
            auto* items = qobject_cast<QStandardItemModel*>(device->model());
            QVERIFY(items);
            QCOMPARE(items->item(2)->isEnabled(), cudaAvailable());
            QCOMPARE(preferences.findChild<QSpinBox*>(QStringLiteral("preferencesThreads"))->value(), 1);
            preferences.findChild<QSpinBox*>(QStringLiteral("preferencesThreads"))->setValue(0);
            preferences.accept();
        }
        m_window->workspace().reloadCompute(); // as the window does when Preferences close with OK
        QCOMPARE(threads->value(), 0);
        QCOMPARE(threads->text(), QStringLiteral("all cores"));
        // A project that says otherwise (from another computer, or older Graft) does not change it.
        TrainConfig other = m_window->workspace().project().config;
        other.threads = 7;
        other.device = DeviceChoice::Cpu;
        m_window->workspace().setConfig(other);
        QCOMPARE(threads->value(), 0);
        QCOMPARE(find<QComboBox>("device")->currentIndex(), 0);
    }

    void augmentationPreviewShowsTheAugmentations()
    {
        m_window->showStep(MainWindow::TrainStep);
        find<QCheckBox>("augment")->setChecked(true);
        int images = 0;
        QStringList titles;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = m_window->findChild<QDialog*>(QStringLiteral("augmentationPreview"));
            QVERIFY(dialog);
            const auto count = [&] {
                int n = 0;
                for (QLabel* view : dialog->findChildren<QLabel*>(QStringLiteral("previewImage")))
                    n += view->pixmap().isNull() ? 0 : 1;
                return n;
            };
            images = count();
            titles << dialog->findChild<QLabel*>(QStringLiteral("previewTitle"))->text();
            screenshot(QStringLiteral("3-train-augmentation.png"), dialog);
            dialog->findChild<QPushButton*>(QStringLiteral("previewAnother"))->click();
            titles << dialog->findChild<QLabel*>(QStringLiteral("previewTitle"))->text();
            images = std::min(images, count());
            dialog->accept();
        });
        m_window->trainPage()->showAugmentationPreview();
        // The image as validation sees it, then seven augmentations; "Another image" draws another.
        QCOMPARE(images, 8);
        QCOMPARE(titles.size(), 2);
        for (const QString& t : titles)
            QVERIFY2(t.startsWith(QStringLiteral("Original (")) && t.endsWith(QStringLiteral("), then seven augmentations")), qPrintable(t));
    }

    void trainToTheEnd()
    {
        find<QCheckBox>("augment")->setChecked(false); // frozen backbone + no augmentation: feature cache
        find<QSpinBox>("epochs")->setValue(4);
        find<QPushButton>("startButton")->click();
        TrainPage* page = m_window->trainPage();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isTraining(), 180000);
        const auto& run = m_window->workspace().project().runs.last();
        QCOMPARE(run.status, QStringLiteral("finished"));
        QVERIFY(run.bestAccuracy > 0.3);
        m_runDir = run.dir;
        QVERIFY(page->lossChart()->graph(1)->dataCount() == 4);
        QCOMPARE(find<QProgressBar>("epochProgress")->text(), QStringLiteral("4 of 4 epochs"));
        for (QCustomPlot* chart : {page->lossChart(), find<QCustomPlot>("accuracyChart")}) { // aligned, epoch by epoch
            QCOMPARE(chart->xAxis->range().lower, 0.0);
            QCOMPARE(chart->xAxis->range().upper, 4 * 1.02);
            // ... and no point on the frame
            bool found = false;
            const QCPRange values = chart->graph(0)->getValueRange(found);
            QVERIFY(found && chart->yAxis->range().lower < values.lower && chart->yAxis->range().upper > values.upper);
        }
        QCOMPARE(page->lossChart()->graph(0)->dataCount(), 4 * 6); // every batch of the 4 epochs, none skipped
        // The label names the model the run keeps (ties in accuracy go to the lower loss), as its log does.
        const RunInfo info = RunInfo::load(m_runDir.toStdString());
        QCOMPARE(find<QLabel>("bestAccuracy")->text(), QStringLiteral("Best model: epoch %1 · validation accuracy %2%")
                                                           .arg(info.bestEpoch).arg(100 * info.bestAccuracy(), 0, 'f', 1));
        QVERIFY(find<QListWidget>("runsList")->count() == 2);
        // Listed by its folder's name (which names the network already), state and accuracy.
        const QString title = QStringLiteral("%1 · finished · %2%").arg(QFileInfo(m_runDir).fileName()).arg(100 * info.bestAccuracy(), 0, 'f', 1);
        QCOMPARE(find<QListWidget>("runsList")->findItems(title, Qt::MatchExactly).size(), 1);
        // The settings panel fits its rows across: no horizontal scrolling to reach a field.
        auto* settings = find<QScrollArea>("trainSettings");
        QVERIFY2(settings->viewport()->width() >= settings->widget()->minimumSizeHint().width(),
                 qPrintable(QStringLiteral("%1 < %2").arg(settings->viewport()->width()).arg(settings->widget()->minimumSizeHint().width())));
        screenshot(QStringLiteral("3-train.png"));
        // A run's settings become the project's again, for the next run.
        const FreezePlan plan = m_window->workspace().project().config.freeze;
        find<QSpinBox>("epochs")->setValue(9);
        find<QSpinBox>("inputSize")->setValue(96);
        find<QPushButton>("presetAll")->click();
        QVERIFY(!(m_window->workspace().project().config.freeze == plan));
        QVERIFY(page->useRunSettings(m_runDir));
        QCOMPARE(find<QSpinBox>("epochs")->value(), 4);
        QCOMPARE(find<QSpinBox>("inputSize")->value(), 64);
        QCOMPARE(m_window->workspace().project().config.freeze, plan);
        QCOMPARE(m_window->workspace().project().weightsSource, QStringLiteral("auto"));
    }

    void findALearningRate()
    {
        QVERIFY(find<QPushButton>("findLearningRate")->isEnabled()); // no run trains now
        // "Find…" beside the learning rate: the range test with the project's settings, drawn as it
        // goes; its suggestion, or a rate clicked on the chart, becomes the next run's.
        m_window->showStep(MainWindow::TrainStep);
        auto* lr = find<QDoubleSpinBox>("learningRate");
        const double before = lr->value();
        const auto restore = qScopeGuard([lr, before] { lr->setValue(before); });
        find<QPushButton>("findLearningRate")->click();
        QPointer<LearningRateDialog> dialog = m_window->findChild<LearningRateDialog*>(QStringLiteral("learningRateDialog"));
        QVERIFY(dialog && dialog->isVisible());
        auto* use = dialog->findChild<QPushButton*>(QStringLiteral("learningRateUse"));
        QVERIFY(!use->isEnabled()); // nothing to use yet
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSearching(), 120000);
        const LearningRateFinding* f = dialog->finding();
        QVERIFY(f && !f->stopped && f->points.size() >= 10);
        auto* chart = dialog->findChild<QCustomPlot*>(QStringLiteral("learningRateChart"));
        QCOMPARE(chart->graph(0)->dataCount(), int(f->points.size()));
        auto* status = dialog->findChild<QLabel*>(QStringLiteral("learningRateStatus"));
        QVERIFY(f->suggested > 0);
        QVERIFY2(status->text().startsWith(QStringLiteral("Suggested: %1, where the loss fell fastest").arg(QString::number(f->suggested, 'g', 2))),
                 qPrintable(status->text()));
        QVERIFY2(status->text().contains(QStringLiteral("the rate set now, %1, is the green line").arg(QString::number(before, 'g', 2))),
                 qPrintable(status->text()));
        QCOMPARE(dialog->chosenRate(), QString::number(f->suggested, 'g', 2).toDouble());
        QCOMPARE(use->text(), QStringLiteral("&Use %1").arg(QString::number(f->suggested, 'g', 2)));
        chart->replot();
        QTest::mouseClick(chart, Qt::LeftButton, {},
                          QPoint(int(chart->xAxis->coordToPixel(1e-3)), int(chart->yAxis->coordToPixel(chart->yAxis->range().center()))));
        QVERIFY2(std::fabs(dialog->chosenRate() - 1e-3) < 1.5e-4, qPrintable(QString::number(dialog->chosenRate())));
        screenshot(QStringLiteral("3-train-learning-rate.png"), dialog);
        const double chosen = dialog->chosenRate();
        use->click();
        QTRY_VERIFY(!dialog); // closed and gone
        QCOMPARE(lr->value(), chosen);
        QCOMPARE(m_window->workspace().project().config.learningRate, chosen);
        QVERIFY(find<QPlainTextEdit>("trainLog")->toPlainText().endsWith(
            QStringLiteral("Learning rate for the next run: %1 (from the learning-rate search)").arg(QString::number(chosen, 'g', 2))));

        // Stopped at once: nothing to suggest, and it says so; the learning rate stays.
        find<QPushButton>("findLearningRate")->click();
        QPointer<LearningRateDialog> again = m_window->findChild<LearningRateDialog*>(QStringLiteral("learningRateDialog"));
        QVERIFY(again);
        again->stopSearch();
        QTRY_VERIFY_WITH_TIMEOUT(!again->isSearching(), 60000);
        QVERIFY(again->finding()->stopped);
        QVERIFY(again->finding()->points.size() < 10);
        QVERIFY(again->findChild<QLabel*>(QStringLiteral("learningRateStatus"))->text().contains(QStringLiteral("Too few batches")));
        again->reject();
        QTRY_VERIFY(!again);
        QCOMPARE(lr->value(), chosen);
    }

    void evaluate()
    {
        // Training's end shows the run's evaluation: the best model's, of the validation images, as
        // training measured it (kept in the run folder; no second pass over the images).
        QTRY_VERIFY_WITH_TIMEOUT(m_window->evaluatePage()->resultRunDir() == m_runDir && !m_window->evaluatePage()->isBusy(), 60000);
        m_window->showStep(MainWindow::EvaluateStep);
        const EvaluationResult* r = m_window->evaluatePage()->result();
        QCOMPARE(int(r->classes.size()), 10);
        const QString shown = find<QLabel>("metricsSummary")->text();
        QVERIFY2(shown.contains(QStringLiteral("Accuracy")) && shown.contains(QStringLiteral("evaluated ")), qPrintable(shown));
        const RunInfo trained = RunInfo::load(m_runDir.toStdString());
        QCOMPARE(r->metrics.accuracy, trained.bestMetrics()->validation.accuracy);
        QCOMPARE(int(r->predictions.size()), 50);
        QCOMPARE(find<QTableWidget>("perClassTable")->rowCount(), 10);
        QCOMPARE(find<QTableWidget>("perClassTable")->item(0, 0)->text(), QStringLiteral("Ankle_boot")); // class order
        // First every image the model got wrong, the most confident mistakes (the likeliest to be
        // mislabelled) first.
        QAbstractItemModel* images = find<QListView>("cellImages")->model();
        auto text = [images](int row, int role) { return images->index(row, 0).data(role).toString(); };
        std::vector<const Prediction*> wrong;
        for (const Prediction& p : r->predictions)
            if (p.label != p.predicted)
                wrong.push_back(&p);
        std::stable_sort(wrong.begin(), wrong.end(), [](const Prediction* a, const Prediction* b) { return a->confidence > b->confidence; });
        auto showsTheMistakes = [&] {
            QCOMPARE(images->rowCount(), int(wrong.size()));
            for (int i = 0; i < images->rowCount(); ++i) {
                QCOMPARE(text(i, Qt::UserRole).toStdString(), wrong[std::size_t(i)]->path);
                QVERIFY(text(i, Qt::DisplayRole).startsWith(QString::fromStdString(r->classes[std::size_t(wrong[std::size_t(i)]->label)]
                                                                                  + " → " + r->classes[std::size_t(wrong[std::size_t(i)]->predicted)])));
            }
            const QString title = find<QLabel>("cellTitle")->text();
            QVERIFY2(wrong.empty() ? title.startsWith(QStringLiteral("No mistakes"))
                                   : title.startsWith(QStringLiteral("%1 image%2 the model got wrong").arg(wrong.size()).arg(wrong.size() == 1 ? "" : "s")),
                     qPrintable(title));
        };
        showsTheMistakes();
        // Click the first diagonal cell: its images appear.
        ConfusionMatrixWidget* matrix = m_window->evaluatePage()->matrix();
        QApplication::processEvents();
        QTest::mouseClick(matrix, Qt::LeftButton, {}, matrix->cellRect(1, 1).center());
        QCOMPARE(images->rowCount(), int(r->metrics.confusion[1][1]));
        // The keyboard moves through the cells too: Bag taken for Coat, then Coat recognised.
        matrix->setFocus();
        QTest::keyClick(matrix, Qt::Key_Right);
        QCOMPARE(images->rowCount(), int(r->metrics.confusion[1][2]));
        QVERIFY2(matrix->accessibleDescription().startsWith(QStringLiteral("Bag taken for Coat: ")), qPrintable(matrix->accessibleDescription()));
        QTest::keyClick(matrix, Qt::Key_Down);
        QCOMPARE(images->rowCount(), int(r->metrics.confusion[2][2]));
        QTest::keyClick(matrix, Qt::Key_Up);
        QTest::keyClick(matrix, Qt::Key_Left);
        QCOMPARE(images->rowCount(), int(r->metrics.confusion[1][1]));
        find<QPushButton>("allMistakes")->click(); // and back to all of them: no cell chosen
        showsTheMistakes();
        QVERIFY(matrix->accessibleDescription().isEmpty());
        QTest::mouseClick(matrix, Qt::LeftButton, {}, matrix->cellRect(1, 1).center());
        QCOMPARE(images->rowCount(), int(r->metrics.confusion[1][1]));
        // English plural forms, as the application installs them: "4 Bag images", not "image(s)".
        const QString title = find<QLabel>("cellTitle")->text();
        QVERIFY2(!title.contains(QStringLiteral("(s)")) && title.contains(QStringLiteral(" Bag image")), qPrintable(title));
        QTest::qWait(800);
        screenshot(QStringLiteral("4-evaluate.png"));
        // Fix a "mislabelled" image: move it to another class (on disk, recorded in the project).
        const QString path = text(0, Qt::UserRole);
        const int bagsRecognised = images->rowCount();
        QVERIFY(m_window->evaluatePage()->moveToClass(path, QStringLiteral("Coat"), false));
        QVERIFY(!QFile::exists(path));
        QVERIFY(QFile::exists(m_data + QStringLiteral("/Coat/") + QFileInfo(path).fileName()));
        QCOMPARE(m_window->workspace().project().relabels.size(), 1);
        // The result shown follows: the image is a Coat where it is now, no longer a Bag recognised.
        const auto classOf = [this](const QString& file) {
            const EvaluationResult* shown = m_window->evaluatePage()->result();
            for (const Prediction& p : shown->predictions)
                if (QString::fromStdString(p.path) == file)
                    return QString::fromStdString(shown->classes[std::size_t(p.label)]);
            return QString();
        };
        QCOMPARE(classOf(m_data + QStringLiteral("/Coat/") + QFileInfo(path).fileName()), QStringLiteral("Coat"));
        QCOMPARE(images->rowCount(), bagsRecognised - 1);
        // So it does when the Data step moves one (there, right-click a thumbnail: Move to class).
        const QString bag = text(0, Qt::UserRole);
        const QString asDress = m_data + QStringLiteral("/Dress/") + QFileInfo(bag).fileName();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->dataPage()->isScanning(), 30000);
        QCOMPARE(m_window->dataPage()->moveImagesToClass({bag}, QStringLiteral("Dress")), 1);
        QCOMPARE(classOf(asDress), QStringLiteral("Dress"));
        QCOMPARE(images->rowCount(), bagsRecognised - 2);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->dataPage()->isScanning(), 30000);
        QCOMPARE(m_window->dataPage()->moveImagesToClass({asDress}, QStringLiteral("Bag")), 1); // and back
        QCOMPARE(classOf(bag), QStringLiteral("Bag"));
        QCOMPARE(images->rowCount(), bagsRecognised - 1);
        QCOMPARE(m_window->workspace().project().relabels.size(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->dataPage()->isScanning(), 30000);
        // A run not shown while an image moved follows too, when it is shown again from what it kept.
        auto* runCombo = find<QComboBox>("runCombo");
        QCOMPARE(runCombo->count(), 2);
        const int thisRun = runCombo->currentIndex();
        const QString otherRun = runCombo->itemData(1 - thisRun).toString();
        QVERIFY(keptRunEvaluation(otherRun.toStdString(), "validation")); // kept by its training
        runCombo->setCurrentIndex(1 - thisRun);
        QCOMPARE(m_window->evaluatePage()->resultRunDir(), otherRun);
        QCOMPARE(m_window->dataPage()->moveImagesToClass({bag}, QStringLiteral("Dress")), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->dataPage()->isScanning(), 30000);
        runCombo->setCurrentIndex(thisRun);
        QCOMPARE(m_window->evaluatePage()->resultRunDir(), m_runDir);
        QCOMPARE(classOf(asDress), QStringLiteral("Dress"));
        QCOMPARE(m_window->dataPage()->moveImagesToClass({asDress}, QStringLiteral("Bag")), 1);
        QCOMPARE(classOf(bag), QStringLiteral("Bag"));
        QCOMPARE(m_window->workspace().project().relabels.size(), 5);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->dataPage()->isScanning(), 30000);
        // An image sent to the trash from any step (here as the Data step says it) leaves the result.
        const int shownBefore = images->rowCount();
        const QString trashed = text(0, Qt::UserRole);
        m_window->workspace().noteTrashed({trashed});
        QCOMPARE(images->rowCount(), shownBefore - 1);
        QVERIFY(classOf(trashed).isEmpty());
        // Gone while another run's evaluation was kept: left out when that one is shown, and said.
        QVERIFY(QFile::rename(trashed, trashed + QStringLiteral(".away")));
        runCombo->setCurrentIndex(1 - thisRun);
        QCOMPARE(m_window->evaluatePage()->resultRunDir(), otherRun);
        QVERIFY(classOf(trashed).isEmpty());
        QVERIFY2(find<QLabel>("metricsSummary")->text().contains(QStringLiteral("1 image could not be read and was left out")),
                 qPrintable(find<QLabel>("metricsSummary")->text()));
        runCombo->setCurrentIndex(thisRun);
        QVERIFY(QFile::rename(trashed + QStringLiteral(".away"), trashed));
        // An image of a separate validation folder (those are the ones evaluated) moves within it.
        const QString valRoot = m_dir.filePath(QStringLiteral("valfolder"));
        copyTree(test::sampleDataset(), valRoot, 1);
        const QString valImage = valRoot + QStringLiteral("/Bag/") + QDir(valRoot + QStringLiteral("/Bag")).entryList(QDir::Files).first();
        const SplitSpec spec = m_window->workspace().project().split;
        SplitSpec withFolder = spec;
        withFolder.validationRoots = {valRoot.toStdString()};
        m_window->workspace().setSplit(withFolder);
        QVERIFY(m_window->evaluatePage()->moveToClass(valImage, QStringLiteral("Coat"), false));
        QVERIFY(!QFile::exists(valImage));
        QVERIFY(QFile::exists(valRoot + QStringLiteral("/Coat/") + QFileInfo(valImage).fileName()));
        QCOMPARE(m_window->workspace().project().relabels.size(), 6);
        m_window->workspace().setSplit(spec);

        // On another labelled folder, as graft-cli evaluate RUN FOLDER: classes matched by name, a
        // class the model does not know and a broken file left out and said so; predictions saved.
        const QString other = m_dir.filePath(QStringLiteral("held-out"));
        copyTree(test::sampleDataset(), other, 2);
        QVERIFY(QDir(other + QStringLiteral("/Trouser")).removeRecursively()); // a class of the model it lacks
        QDir().mkpath(other + QStringLiteral("/Hat"));
        QFile::copy(valRoot + QStringLiteral("/Coat/") + QFileInfo(valImage).fileName(), other + QStringLiteral("/Hat/hat.png"));
        test::writeBytes(other + QStringLiteral("/Bag/broken.png"), "not a picture");
        // While it runs the Evaluate button is Stop; stopped, the result shown before stays.
        const EvaluationResult* before = m_window->evaluatePage()->result();
        auto* evaluateButton = find<QPushButton>("evaluateButton");
        m_window->evaluatePage()->evaluateOnFolder(m_runDir, other);
        QCOMPARE(evaluateButton->text(), QStringLiteral("Stop"));
        evaluateButton->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->evaluatePage()->isBusy(), 60000);
        QCOMPARE(evaluateButton->text(), QStringLiteral("Evaluate"));
        QCOMPARE(evaluateButton->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+E")));
        QCOMPARE(m_window->evaluatePage()->result(), before);
        QVERIFY(find<QLabel>("metricsSummary")->text().startsWith(QStringLiteral("Accuracy")));
        m_window->evaluatePage()->evaluateOnFolder(m_runDir, other);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->evaluatePage()->isBusy(), 60000);
        r = m_window->evaluatePage()->result();
        QCOMPARE(r->metrics.count, std::int64_t(18));
        QCOMPARE(int(r->failures.size()), 1);
        const QString summary = find<QLabel>("metricsSummary")->text();
        QVERIFY2(summary.contains(QStringLiteral("1 image could not be read")) && summary.contains(QStringLiteral("does not know them: Hat")),
                 qPrintable(summary));
        QCOMPARE(find<QComboBox>("splitCombo")->currentText(), QStringLiteral("folder held-out"));
        QVERIFY(!find<QPushButton>("moveButton")->isEnabled()); // not the project's images
        // Trouser's recall means nothing without Trouser images: shown as such, not as 0.
        auto* perClass = find<QTableWidget>("perClassTable");
        const auto trouser = perClass->findItems(QStringLiteral("Trouser"), Qt::MatchExactly);
        QCOMPARE(trouser.size(), 1);
        QCOMPARE(perClass->item(trouser.first()->row(), 2)->text(), QStringLiteral("—"));
        QVERIFY(perClass->item(trouser.first()->row(), 2)->toolTip().contains(QStringLiteral("Not defined")));
        QCOMPARE(perClass->item(trouser.first()->row(), 4)->text(), QStringLiteral("0"));
        screenshot(QStringLiteral("4-evaluate-folder.png"));
        const QString csv = m_dir.filePath(QStringLiteral("predictions.csv"));
        QVERIFY(find<QPushButton>("savePredictions")->isEnabled());
        QVERIFY(m_window->evaluatePage()->savePredictions(csv));
        QFile saved(csv);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = saved.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 19);
        QCOMPARE(lines.first(), QByteArray("path,label,predicted,confidence"));
        find<QComboBox>("splitCombo")->setCurrentIndex(0);
    }

    void confusionMatrixOfManyClassesScrolls()
    {
        // Forty classes do not fit the pane at a readable size: the matrix keeps cells that hold
        // their counts and scrolls, its last row and column whole (not cut off at the pane's edge).
        QStringList classes;
        std::vector<std::vector<std::int64_t>> counts(40, std::vector<std::int64_t>(40, 0));
        for (int i = 0; i < 40; ++i) {
            classes << QStringLiteral("class_%1").arg(i, 2, 10, QLatin1Char('0'));
            counts[std::size_t(i)][std::size_t(i)] = 10;
        }
        QScrollArea area;
        auto* matrix = new ConfusionMatrixWidget;
        area.setWidget(matrix);
        area.setWidgetResizable(true);
        area.resize(400, 400);
        matrix->setMatrix(classes, counts);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QTRY_VERIFY(matrix->width() >= matrix->minimumSizeHint().width());
        const QRect last = matrix->cellRect(39, 39);
        QVERIFY(last.width() >= 18);
        QVERIFY2(matrix->rect().contains(last), qPrintable(QStringLiteral("%1 x %2").arg(matrix->width()).arg(matrix->height())));
        QVERIFY(area.horizontalScrollBar()->maximum() > 0 && area.verticalScrollBar()->maximum() > 0);
        // Few classes fill the pane as before.
        matrix->setMatrix(classes.mid(0, 3), {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}});
        QTRY_COMPARE(area.verticalScrollBar()->maximum(), 0);
        QVERIFY(matrix->cellRect(2, 2).width() > 44);
    }

    void continueAfterMovingAnImage()
    {
        // The Evaluate step moved one of this run's validation images to Coat. Continuing the run
        // follows it (trained where it is now, with its new class) instead of failing on a file
        // that is not there any more; the run folder's split says so for later sessions.
        TrainPage* page = m_window->trainPage();
        const app::RelabelRecord moved = m_window->workspace().project().relabels.first();
        QVERIFY(page->continueRun(m_runDir, 5));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isTraining(), 120000);
        const RunInfo after = RunInfo::load(m_runDir.toStdString());
        QCOMPARE(QString::fromStdString(after.status), QStringLiteral("finished"));
        QCOMPARE(after.epochsCompleted(), 5);
        QVERIFY2(find<QPlainTextEdit>("trainLog")->toPlainText().contains(
                     QStringLiteral("1 image moved to another class since the run began")),
                 qPrintable(find<QPlainTextEdit>("trainLog")->toPlainText()));
        const DatasetSplit split = DatasetSplit::load((m_runDir + QStringLiteral("/split.json")).toStdString());
        const int coat = int(std::find(split.classes.begin(), split.classes.end(), "Coat") - split.classes.begin());
        int found = 0;
        for (const Sample& s : split.validation) {
            QVERIFY(s.path != moved.from.toStdString());
            if (s.path == moved.to.toStdString()) {
                QCOMPARE(s.label, coat);
                ++found;
            }
        }
        QCOMPARE(found, 1);
    }

    void evaluateAndContinueAfterTheDatasetMoved()
    {
        // The dataset folder renamed after training, and opened at its new place on the Data step:
        // the run's images (and the image moved to Coat before) are found there, by Evaluate and by
        // Continue, instead of being named as missing.
        const QString moved = m_data + QStringLiteral("-renamed");
        QVERIFY(QDir().rename(m_data, moved));
        const auto restore = qScopeGuard([&] {
            if (QFileInfo::exists(moved + QStringLiteral("/Sweater"))) {
                m_window->dataPage()->renameClassTo(QStringLiteral("Sweater"), QStringLiteral("Pullover"));
                QTRY_VERIFY_WITH_TIMEOUT(!m_window->dataPage()->isScanning(), 30000);
            }
            QDir().rename(moved, m_data);
            m_window->dataPage()->openDataset({m_data});
            QTRY_VERIFY_WITH_TIMEOUT(m_window->workspace().report() != nullptr && !m_window->dataPage()->isScanning(), 30000);
            // Its evaluation kept again, of the images where they are now (back under the old name).
            m_window->evaluatePage()->evaluateRun(m_runDir);
            QTRY_VERIFY_WITH_TIMEOUT(!m_window->evaluatePage()->isBusy(), 60000);
            QVERIFY(m_window->evaluatePage()->result()->failures.empty());
        });
        // Before Graft is shown the new place: what happened and what to do, not "0 images".
        EvaluatePage* evaluate = m_window->evaluatePage();
        evaluate->evaluateRun(m_runDir);
        QTRY_VERIFY_WITH_TIMEOUT(!evaluate->isBusy(), 60000);
        QVERIFY(evaluate->result()->predictions.empty());
        QVERIFY2(find<QLabel>("metricsSummary")->text().contains(QStringLiteral("open it at its new place on the Data step")),
                 qPrintable(find<QLabel>("metricsSummary")->text()));
        QCOMPARE(find<QLabel>("cellTitle")->text(), QStringLiteral("No image was evaluated.")); // not "no mistakes"
        m_window->showStep(MainWindow::EvaluateStep);
        screenshot(QStringLiteral("4-evaluate-dataset-moved.png"));
        // Continue says what to do too, in the window's words (the Data step, not graft-cli's options):
        // the engine's refusal carries its kind and values, which the window writes.
        QVERIFY(m_window->trainPage()->continueRun(m_runDir, RunInfo::load(m_runDir.toStdString()).epochsCompleted() + 1));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->trainPage()->isTraining(), 60000);
        QMessageBox* refused = nullptr;
        QTRY_VERIFY((refused = m_window->findChild<QMessageBox*>(QStringLiteral("problemBox"))));
        QVERIFY2(refused->text().endsWith(QStringLiteral("open the dataset at its new place on the Data step; if images were "
                                                         "deleted, put them back, or start a new run on the dataset as it is now.")),
                 qPrintable(refused->text()));
        QVERIFY2(!refused->text().contains(QStringLiteral("graft-cli")), qPrintable(refused->text()));
        refused->close();
        QTRY_VERIFY(m_window->findChild<QMessageBox*>(QStringLiteral("problemBox")) == nullptr);
        m_window->dataPage()->openDataset({moved});
        QTRY_VERIFY_WITH_TIMEOUT(m_window->workspace().report() != nullptr && !m_window->dataPage()->isScanning(), 30000);
        const DatasetSplit before = DatasetSplit::load((m_runDir + QStringLiteral("/split.json")).toStdString());
        evaluate->evaluateRun(m_runDir);
        QTRY_VERIFY_WITH_TIMEOUT(!evaluate->isBusy(), 60000);
        QVERIFY(evaluate->result() != nullptr);
        const auto& failures = evaluate->result()->failures;
        QVERIFY2(failures.empty(), failures.empty() ? "" : failures.front().c_str());
        QCOMPARE(evaluate->result()->metrics.count, std::int64_t(before.validation.size()));
        for (const Prediction& p : evaluate->result()->predictions)
            QVERIFY2(QString::fromStdString(p.path).startsWith(moved + QLatin1Char('/')), p.path.c_str());

        // A class renamed on the Data step after training (and left out of training before): the
        // run still finds its images, under the name it knows; it stays left out under its new name.
        m_window->workspace().setExcludedClasses({QStringLiteral("Pullover")});
        m_window->dataPage()->renameClassTo(QStringLiteral("Pullover"), QStringLiteral("Sweater"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->dataPage()->isScanning() && m_window->workspace().report() != nullptr, 30000);
        QCOMPARE(m_window->workspace().project().excludedClasses, QStringList{QStringLiteral("Sweater")});
        m_window->workspace().setExcludedClasses({});
        const app::RelabelRecord rename = m_window->workspace().project().relabels.last();
        QVERIFY(rename.folder);
        QCOMPARE(rename.to, moved + QStringLiteral("/Sweater"));
        evaluate->evaluateRun(m_runDir);
        QTRY_VERIFY_WITH_TIMEOUT(!evaluate->isBusy(), 60000);
        QVERIFY2(evaluate->result()->failures.empty(), evaluate->result()->failures.empty() ? "" : evaluate->result()->failures.front().c_str());
        QCOMPARE(evaluate->result()->metrics.count, std::int64_t(before.validation.size()));
        // Moved to the run's "Pullover": into the folder Sweater, not a new folder Pullover.
        const auto notPullover = std::find_if(evaluate->result()->predictions.begin(), evaluate->result()->predictions.end(),
                                              [&](const Prediction& p) { return evaluate->result()->classes[std::size_t(p.label)] != "Pullover"; });
        const QString image = QString::fromStdString(notPullover->path);
        QVERIFY(evaluate->moveToClass(image, QStringLiteral("Pullover"), false));
        QVERIFY(QFile::exists(moved + QStringLiteral("/Sweater/") + QFileInfo(image).fileName()));
        QVERIFY(!QFileInfo::exists(moved + QStringLiteral("/Pullover")));

        // An image that belongs to no class, moved to the trash: the result leaves it out, and
        // continuing trains without it (put back afterwards for the tests that follow).
        const auto junk = std::find_if(evaluate->result()->predictions.begin(), evaluate->result()->predictions.end(),
                                       [&](const Prediction& p) { return QString::fromStdString(p.path).contains(QStringLiteral("/Bag/")); });
        const QString junkPath = QString::fromStdString(junk->path);
        const QString backup = m_dir.filePath(QStringLiteral("junk-backup.png"));
        QVERIFY(QFile::copy(junkPath, backup));
        const auto putBack = qScopeGuard([&] { QFile::rename(backup, junkPath); }); // before the folder is renamed back
        const std::int64_t evaluated = evaluate->result()->metrics.count;
        QCOMPARE(evaluate->trashImages({junkPath}, false), 1);
        QVERIFY(!QFileInfo::exists(junkPath));
        QCOMPARE(evaluate->result()->metrics.count, evaluated - 1);
        QCOMPARE(keptRunEvaluation(m_runDir.toStdString(), "validation")->result.predictions.size(), std::size_t(evaluated - 1));

        TrainPage* page = m_window->trainPage();
        QVERIFY(page->continueRun(m_runDir, 6));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isTraining(), 120000);
        const QString log = find<QPlainTextEdit>("trainLog")->toPlainText();
        QVERIFY2(log.contains(QStringLiteral("where their dataset is now (it was in %1)").arg(m_data)), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("in class folders renamed since the run began")), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("1 image of the run is no longer there (deleted, or moved out of the dataset): %1; trained without it")
                                  .arg(junkPath)),
                 qPrintable(log));
        const DatasetSplit continued = DatasetSplit::load((m_runDir + QStringLiteral("/split.json")).toStdString());
        const int pullover = int(std::find(continued.classes.begin(), continued.classes.end(), "Pullover") - continued.classes.begin());
        bool followed = false;
        for (const Sample& s : continued.validation)
            if (QString::fromStdString(s.path) == moved + QStringLiteral("/Sweater/") + QFileInfo(image).fileName())
                followed = s.label == pullover;
        QVERIFY(followed);
        const RunInfo after = RunInfo::load(m_runDir.toStdString());
        QCOMPARE(QString::fromStdString(after.status), QStringLiteral("finished"));
        QCOMPARE(after.epochsCompleted(), 6);
        QTRY_VERIFY_WITH_TIMEOUT(evaluate->resultRunDir() == m_runDir && !evaluate->isBusy(), 60000); // the run's end evaluated it
    }

    void useExportAndLabel()
    {
        m_window->showStep(MainWindow::UseStep);
        const QString exported = m_dir.filePath(QStringLiteral("export/model.pt"));
        m_window->usePage()->exportTo(exported);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(exported) && !m_window->usePage()->isBusy(), 60000);
        QVERIFY(find<QLabel>("exportStatus")->text().contains(QStringLiteral("torch.jit.load")));
        // With the script that runs it on images in Python, named where the status says how to use it.
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("export/model_predict.py"))));
        QVERIFY(find<QLabel>("exportStatus")->text().contains(QStringLiteral("python3 model_predict.py IMAGE|FOLDER")));
        // "Show in folder" opens the folder that holds it (here caught instead of a file manager).
        UrlCatcher opened;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &opened, "open");
        auto* show = find<QPushButton>("showExport");
        QVERIFY(!show->isHidden());
        show->click();
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QCOMPARE(opened.urls, (QList<QUrl>{QUrl::fromLocalFile(QFileInfo(exported).absolutePath())}));
        const QString sneaker = m_data + QStringLiteral("/Sneaker/") + QDir(m_data + QStringLiteral("/Sneaker")).entryList(QDir::Files).first();
        m_window->usePage()->tryImages({sneaker});
        QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<QWidget*>(QStringLiteral("predictionBars"))->findChildren<QProgressBar*>().size() == 5, 60000);
        auto* tried = find<QListWidget>("triedImages");
        QVERIFY(tried->isHidden()); // one image: its bars say it all
        // Several images: each listed with its best class, an unreadable one with the reason; the
        // selected one is shown.
        const QString bag = m_data + QStringLiteral("/Bag/") + QDir(m_data + QStringLiteral("/Bag")).entryList(QDir::Files).first();
        const QString notImage = m_dir.filePath(QStringLiteral("notes.png"));
        test::writeBytes(notImage, "shopping list");
        QTRY_VERIFY(!m_window->usePage()->isBusy());
        QSignalSpy said(m_window->usePage(), &UsePage::message);
        m_window->usePage()->tryImages({sneaker, bag, notImage});
        QTRY_VERIFY_WITH_TIMEOUT(tried->count() == 3 && !m_window->usePage()->isBusy(), 60000);
        QVERIFY(!said.isEmpty()); // progress, in the status bar
        QCOMPARE(said.last().first().toString(), QStringLiteral("Try it: 3 of 3 images classified"));
        QVERIFY(!tried->isHidden());
        QVERIFY2(tried->item(2)->text().endsWith(QStringLiteral("notes.png — could not be read")), qPrintable(tried->item(2)->text()));
        QVERIFY2(tried->item(1)->text().startsWith(QFileInfo(bag).fileName() + QStringLiteral(" — ")), qPrintable(tried->item(1)->text()));
        auto* bars = m_window->findChild<QWidget*>(QStringLiteral("predictionBars"));
        tried->setCurrentRow(1);
        QCOMPARE(bars->findChild<QLabel*>(QStringLiteral("predictionTitle"))->text(), QFileInfo(bag).fileName());
        QCOMPARE(bars->findChildren<QProgressBar*>().size(), 5);
        tried->setCurrentRow(2);
        QCOMPARE(bars->findChildren<QProgressBar*>().size(), 0);

        const QString folder = m_dir.filePath(QStringLiteral("new-images"));
        copyTree(test::sampleDataset(), folder, 2);
        test::writeBytes(folder + QStringLiteral("/broken.jpg"), "not an image");
        const QString out = m_dir.filePath(QStringLiteral("labelled"));
        m_window->usePage()->labelFolder(folder, out, LabelMode::Copy, 0.0);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->usePage()->lastLabeling() && !m_window->usePage()->isBusy(), 120000);
        QVERIFY(QFile::exists(out + QStringLiteral("/labels.csv")));
        QCOMPARE(int(m_window->usePage()->lastLabeling()->records.size()), 21);
        QCOMPARE(find<QTableWidget>("labelResults")->rowCount(), 21);
        QCOMPARE(find<QDoubleSpinBox>("threshold")->text(), QStringLiteral("off")); // in percent; 0 sends nothing to _uncertain
        auto* undo = find<QPushButton>("undoLabel");
        QVERIFY(undo->isEnabled());
        const QString status = find<QLabel>("labelStatus")->text();
        QVERIFY2(status.contains(QStringLiteral("Labelled 20 images")) && status.contains(QStringLiteral("1 file could not be read")),
                 qPrintable(status));
        // Files are listed within the labelled folder; selecting one shows it under "Try it" with
        // the scores the labelling gave it.
        auto* table = find<QTableWidget>("labelResults");
        const LabelRecord& record = m_window->usePage()->lastLabeling()->records[2];
        QVERIFY(record.error.empty());
        QCOMPARE(table->item(2, 0)->text(), QDir(folder).relativeFilePath(QString::fromStdString(record.path)));
        table->setCurrentCell(2, 0);
        QCOMPARE(tried->currentRow(), -1); // the image shown is the table's, not one tried before
        QCOMPARE(bars->findChild<QLabel*>(QStringLiteral("predictionTitle"))->text(), QFileInfo(QString::fromStdString(record.path)).fileName());
        const QList<QProgressBar*> shown = bars->findChildren<QProgressBar*>();
        QCOMPARE(std::size_t(shown.size()), record.top.size());
        QVERIFY2(shown.first()->format().startsWith(QString::fromStdString(record.label) + QStringLiteral("  ")), qPrintable(shown.first()->format()));
        // The long summary wraps; it does not widen the window.
        QApplication::processEvents();
        QCOMPARE(m_window->width(), 1360);
        screenshot(QStringLiteral("5-use.png"));
        // Undo goes by the output folder's journal: another output has nothing to undo; this one
        // (labelled in this session or any other, or by graft-cli) has its 20 copies.
        auto* output = find<QLineEdit>("labelOutput");
        output->setText(m_dir.filePath(QStringLiteral("elsewhere")));
        QVERIFY(undo->isEnabled()); // the journal is read once typing pauses, not on every keystroke
        QTRY_VERIFY(!undo->isEnabled());
        output->setText(out);
        QTRY_VERIFY(undo->isEnabled());
        QVERIFY(undo->toolTip().contains(QStringLiteral("20 files")));
        m_window->usePage()->undoLabelingIn(out);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->usePage()->isBusy(), 60000);
        QVERIFY2(find<QLabel>("labelStatus")->text().contains(QStringLiteral("Undone: 20 files back")), qPrintable(find<QLabel>("labelStatus")->text()));
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("/Sneaker")));
        QVERIFY(!undo->isEnabled());
    }

    void thresholdFromTheModelsEvaluation()
    {
        // Under "Uncertain below": what the threshold does to the chosen run's last evaluation, and
        // a chart to choose it from.
        m_window->showStep(MainWindow::UseStep);
        auto* threshold = find<QDoubleSpinBox>("threshold");
        auto* estimate = find<QLabel>("thresholdEstimate");
        auto* choose = find<QPushButton>("chooseThreshold");
        const QString runDir = find<QComboBox>("useModelCombo")->currentData().toString();
        const QString split = QFile::exists(runDir + QStringLiteral("/evaluation-test.json")) ? QStringLiteral("test")
                                                                                              : QStringLiteral("validation");
        const std::optional<KeptEvaluation> kept = keptRunEvaluation(runDir.toStdString(), split.toStdString());
        QVERIFY(kept);
        const std::vector<Prediction>& predictions = kept->result.predictions;
        const auto restore = qScopeGuard([threshold] { threshold->setValue(0); });
        threshold->setValue(0);
        QVERIFY(choose->isEnabled());
        QVERIFY(!estimate->isHidden());
        QCOMPARE(estimate->text(), QStringLiteral("On the %1 %2 images of %3: all labelled, %4% right.")
                                       .arg(predictions.size()).arg(split, QFileInfo(runDir).fileName())
                                       .arg(100 * kept->result.metrics.accuracy, 0, 'f', 1));
        // A threshold with images on both sides of it.
        std::vector<float> confidences;
        for (const Prediction& p : predictions)
            confidences.push_back(p.confidence);
        std::sort(confidences.begin(), confidences.end());
        const int median = std::clamp(int(confidences[confidences.size() / 2] * 100), 1, 99);
        threshold->setValue(median);
        const ThresholdOutcome o = thresholdOutcome(predictions, median / 100.0);
        QVERIFY(o.labelled > 0 && o.labelled < o.images);
        QVERIFY2(estimate->text().endsWith(QStringLiteral(": %1 labelled (%2%), %3% of them right; %4 to _uncertain/.")
                                               .arg(o.labelled).arg(100 * o.labelledShare(), 0, 'f', 1)
                                               .arg(100 * o.accuracy(), 0, 'f', 1).arg(o.images - o.labelled)),
                 qPrintable(estimate->text()));

        // The chart: opens at the threshold chosen; a click on it chooses the one under the mouse;
        // asking for labels so often right chooses the lowest threshold that gives it; OK takes it.
        choose->click();
        auto* dialog = m_window->findChild<ThresholdDialog*>(QStringLiteral("thresholdDialog"));
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->percent(), median);
        auto* chart = dialog->findChild<QCustomPlot*>(QStringLiteral("thresholdChart"));
        QCOMPARE(chart->graph(0)->dataCount(), 101);
        chart->replot();
        const QPoint at(int(chart->xAxis->coordToPixel(40)), int(chart->yAxis->coordToPixel(50)));
        QTest::mouseClick(chart, Qt::LeftButton, {}, at);
        QCOMPARE(dialog->percent(), 40);
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("thresholdOutcome"))->text().contains(
            QStringLiteral("%1 labelled").arg(thresholdOutcome(predictions, 0.4).labelled)));
        dialog->findChild<QSpinBox*>(QStringLiteral("thresholdWanted"))->setValue(90);
        const int lowest = lowestThresholdPercentFor(thresholdCurve(predictions), 0.9);
        dialog->findChild<QPushButton*>(QStringLiteral("thresholdFind"))->click();
        if (lowest >= 0)
            QCOMPARE(dialog->percent(), lowest);
        else
            QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("thresholdOutcome"))->text().startsWith(QStringLiteral("No threshold gets 90%")));
        screenshot(QStringLiteral("5-use-threshold.png"), dialog);
        dialog->setPercent(35);
        dialog->accept();
        QCOMPARE(threshold->value(), 35.0);
        QVERIFY(estimate->text().contains(QStringLiteral(": %1 labelled").arg(thresholdOutcome(predictions, 0.35).labelled))
                || thresholdOutcome(predictions, 0.35).labelled == o.images);

        // Without an evaluation (its file gone) it says how to get one; a model file of no run
        // says nothing.
        const QString file = runDir + QStringLiteral("/evaluation-%1.json").arg(split);
        const QString aside = file + QStringLiteral(".aside");
        QVERIFY(QFile::rename(file, aside));
        auto putBack = qScopeGuard([&] { QFile::rename(aside, file); });
        threshold->setValue(0); // (the estimate looks at the file again, as when the step is shown)
        if (split == QLatin1String("test") && QFile::exists(runDir + QStringLiteral("/evaluation-validation.json"))) {
            QVERIFY2(estimate->text().startsWith(QStringLiteral("On the ")) && estimate->text().contains(QStringLiteral("validation images")),
                     qPrintable(estimate->text()));
        } else {
            QVERIFY(!choose->isEnabled());
            QCOMPARE(estimate->text(), QStringLiteral("Evaluate this run (step 4) to see here what a threshold does to its images."));
        }
        putBack.dismiss();
        QVERIFY(QFile::rename(aside, file)); // back: the step says what it does again
        threshold->setValue(5);
        QVERIFY(choose->isEnabled());
        QVERIFY(estimate->text().startsWith(QStringLiteral("On the %1 %2 images").arg(predictions.size()).arg(split)));
    }

    void whereTheModelLooks()
    {
        // Try it: "Where it looks" colours the shown image for its best class; a bar's click asks
        // for that class; unchecked, the image is as it was.
        UsePage* use = m_window->usePage();
        m_window->showStep(MainWindow::UseStep);
        QTRY_VERIFY(!use->isBusy());
        const QString coat = m_data + QStringLiteral("/Coat/") + QDir(m_data + QStringLiteral("/Coat")).entryList(QDir::Files).first();
        use->tryImages({coat});
        auto* bars = m_window->findChild<QWidget*>(QStringLiteral("predictionBars"));
        QTRY_VERIFY_WITH_TIMEOUT(!use->isBusy() && bars->findChildren<QProgressBar*>().size() == 5, 60000);
        auto* shown = find<QLabel>("tryDropZone");
        const QImage plain = shown->pixmap().toImage();
        auto* note = find<QLabel>("heatMapNote");
        QVERIFY(note->isHidden());
        auto* toggle = find<QCheckBox>("showHeatMap");
        toggle->setChecked(true);
        const QList<QProgressBar*> classes = bars->findChildren<QProgressBar*>();
        const QString best = classes.first()->property("graftClass").toString();
        QTRY_VERIFY_WITH_TIMEOUT(!use->isBusy() && note->text().startsWith(QStringLiteral("Where the model sees ") + best + QLatin1Char(':')), 60000);
        QVERIFY2(note->text().contains(QStringLiteral("Grad-CAM on features.")), qPrintable(note->text()));
        QVERIFY(!note->isHidden());
        QVERIFY(shown->pixmap().toImage() != plain);
        QVERIFY(classes.first()->font().bold());
        screenshot(QStringLiteral("5-use-where-it-looks.png"));
        const QImage forBest = shown->pixmap().toImage();
        const QString second = classes.at(1)->property("graftClass").toString();
        QTest::mouseClick(classes.at(1), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!use->isBusy() && note->text().startsWith(QStringLiteral("Where the model sees ") + second + QLatin1Char(':')), 60000);
        QVERIFY(classes.at(1)->font().bold() && !classes.first()->font().bold());
        QVERIFY(shown->pixmap().toImage() != forBest);
        toggle->setChecked(false);
        QVERIFY(note->isHidden());
        QCOMPARE(shown->pixmap().toImage(), plain);
        QVERIFY(!classes.first()->font().bold() && !classes.at(1)->font().bold());

        // An exported TorchScript file keeps no layers to look into: said so.
        auto* models = find<QComboBox>("useModelCombo");
        const QString exported = m_dir.filePath(QStringLiteral("export/model.pt"));
        QVERIFY(QFile::exists(exported));
        models->insertItem(0, QStringLiteral("model.pt"), exported);
        models->setCurrentIndex(0);
        toggle->setChecked(true);
        use->tryImages({coat});
        QTRY_VERIFY_WITH_TIMEOUT(!use->isBusy() && note->text().startsWith(QStringLiteral("An exported TorchScript file")), 60000);
        toggle->setChecked(false);
        models->removeItem(0);
        models->setCurrentIndex(0);

        // Evaluate: a mistake shows where the model saw its guess and the true class side by side.
        const EvaluationResult* r = m_window->evaluatePage()->result();
        QVERIFY(r);
        const auto mistake = std::find_if(r->predictions.begin(), r->predictions.end(), [](const Prediction& p) { return p.label != p.predicted; });
        const auto right = std::find_if(r->predictions.begin(), r->predictions.end(), [](const Prediction& p) { return p.label == p.predicted; });
        QVERIFY(mistake != r->predictions.end() && right != r->predictions.end());
        QPointer<QDialog> dialog = m_window->evaluatePage()->showWhereItLooks(QString::fromStdString(mistake->path));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QLabel*>(QStringLiteral("heatMapPicture1")) && !dialog->findChild<QLabel*>(QStringLiteral("heatMapPicture1"))->pixmap().isNull(), 60000);
        QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("heatMapPicture0"))->pixmap().isNull());
        const QString guess = dialog->findChild<QLabel*>(QStringLiteral("heatMapCaption0"))->text();
        const QString truth = dialog->findChild<QLabel*>(QStringLiteral("heatMapCaption1"))->text();
        QVERIFY2(guess.startsWith(QString::fromStdString(r->classes[std::size_t(mistake->predicted)]) + QStringLiteral(": its guess, ")), qPrintable(guess));
        QVERIFY2(truth.startsWith(QString::fromStdString(r->classes[std::size_t(mistake->label)]) + QStringLiteral(": the true class")), qPrintable(truth));
        // With the model's probability for it, which a kept evaluation does not hold.
        QVERIFY2(truth.contains(QRegularExpression(QStringLiteral(", \\d+\\.\\d%$"))), qPrintable(truth));
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("heatMapDialogNote"))->text().contains(QStringLiteral("Grad-CAM")));
        QApplication::processEvents();
        for (int i : {0, 1}) { // each caption under its picture, the picture whole
            auto* picture = dialog->findChild<QLabel*>(QStringLiteral("heatMapPicture%1").arg(i));
            const QRect caption = dialog->findChild<QLabel*>(QStringLiteral("heatMapCaption%1").arg(i))->geometry();
            QVERIFY(caption.top() > picture->geometry().bottom());
            QVERIFY(picture->height() >= picture->pixmap().height());
        }
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("heatMapDialogNote"))->geometry().top()
                > dialog->findChild<QLabel*>(QStringLiteral("heatMapCaption0"))->geometry().bottom());
        screenshot(QStringLiteral("4-evaluate-where-it-looks.png"), dialog);
        dialog->close();
        QTRY_VERIFY(dialog.isNull()); // deleted on close
        dialog = m_window->evaluatePage()->showWhereItLooks(QString::fromStdString(right->path));
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->findChild<QLabel*>(QStringLiteral("heatMapPicture0"))->pixmap().isNull(), 60000);
        QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("heatMapPicture1"))); // one class: it was right
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("heatMapCaption0"))->text().endsWith(QStringLiteral(", right")));
        dialog->close();
        QTRY_VERIFY(dialog.isNull());
        QVERIFY(!m_window->evaluatePage()->showWhereItLooks(m_dir.filePath(QStringLiteral("not-evaluated.png"))));
        // The button beside the grid does it for the current image.
        m_window->showStep(MainWindow::EvaluateStep);
        auto* grid = find<QListView>("cellImages");
        QVERIFY(grid->model()->rowCount() > 0);
        grid->setCurrentIndex(grid->model()->index(0, 0));
        find<QPushButton>("whereItLooksButton")->click();
        dialog = m_window->evaluatePage()->findChild<QDialog*>(QStringLiteral("heatMapDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->windowTitle().endsWith(QFileInfo(grid->model()->index(0, 0).data(Qt::UserRole).toString()).fileName()));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->findChild<QLabel*>(QStringLiteral("heatMapPicture0"))->pixmap().isNull(), 60000);
        dialog->close();
        QTRY_VERIFY(dialog.isNull());
    }

    void heatMapNoteSaysWhenNoPlaceSpeaksForTheClass()
    {
        // A class the model chose only because the others scored lower still has no evidence in
        // the picture (a heat map of zeros): the note under the picture says so, in every language.
        HeatMapPicture picture;
        picture.map.width = picture.map.height = 2;
        picture.map.values = {0, 0, 0, 0};
        picture.map.layer = "features.18";
        QCOMPARE(UsePage::heatMapNote(QStringLiteral("Coat"), picture),
                 QStringLiteral("No place in the picture speaks for Coat: the model chose it because the other classes "
                                "scored lower still (Grad-CAM on features.18)."));
        const QString german = inLanguage(QStringLiteral("de"), [&] { return UsePage::heatMapNote(QStringLiteral("Coat"), picture); });
        QVERIFY2(!german.startsWith(QStringLiteral("No place")) && german.contains(QStringLiteral("Coat"))
                     && german.contains(QStringLiteral("features.18")),
                 qPrintable(german));
        picture.map.values = {1, 0.5f, 0, 0};
        picture.map.strength = 2.5f;
        picture.edgeCut = true;
        QCOMPARE(UsePage::heatMapNote(QStringLiteral("Coat"), picture),
                 QStringLiteral("Where the model sees Coat: red most, blue least (Grad-CAM on features.18). ")
                     + HeatMapDialog::edgeCutNote());
    }

    void heatMapsOverTheGrid()
    {
        // "Heat maps" colours the grid's thumbnails where the model found the class it chose,
        // computed for the thumbnails asked for; off, the plain ones come back.
        m_window->showStep(MainWindow::EvaluateStep);
        EvaluatePage* page = m_window->evaluatePage();
        QVERIFY(page->result());
        page->showMistakes();
        auto* grid = find<QListView>("cellImages");
        QAbstractItemModel* model = grid->model();
        QVERIFY(model->rowCount() > 0);
        const auto icon = [model] {
            return model->index(0, 0).data(Qt::DecorationRole).value<QIcon>().pixmap(96, 96).toImage().convertToFormat(QImage::Format_RGB32);
        };
        // Pixels of a colour, not a grey: Fashion-MNIST's pictures have none.
        const auto coloured = [](const QImage& image) {
            int n = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    n += std::max({std::abs(c.red() - c.green()), std::abs(c.green() - c.blue()), std::abs(c.red() - c.blue())}) > 40;
                }
            return n;
        };
        const QImage placeholder = icon(); // asks for the plain thumbnail
        QTRY_VERIFY_WITH_TIMEOUT(icon() != placeholder || coloured(placeholder) == 0, 30000);
        QTRY_VERIFY(icon() == icon()); // loaded
        const QImage plain = icon();
        QCOMPARE(coloured(plain), 0);
        auto* toggle = find<QCheckBox>("gridHeatMaps");
        toggle->setChecked(true);
        QVERIFY(page->heatMapThumbnails());
        QTRY_VERIFY_WITH_TIMEOUT(coloured(icon()) > 96 * 96 / 10, 60000);
        QCOMPARE(icon().size(), plain.size());
        // The first rows in colour, for the README's picture of the step.
        const int shown = std::min(model->rowCount(), 18);
        const auto allColoured = [&] {
            for (int row = 0; row < shown; ++row)
                if (coloured(model->index(row, 0).data(Qt::DecorationRole).value<QIcon>().pixmap(96, 96).toImage()) == 0)
                    return false;
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(allColoured(), 120000);
        grid->scrollToTop();
        screenshot(QStringLiteral("4-evaluate-heat-maps.png"));
        // The report of what is shown: one page, in the window's language, its mistakes' pictures inline.
        QVERIFY(find<QPushButton>("saveReport")->isEnabled());
        const QString report = m_dir.filePath(QStringLiteral("report.html"));
        auto* saveReport = find<QPushButton>("saveReport");
        QVERIFY(page->saveReport(report));
        // Written in the background; meanwhile the button stops it, and no second one starts.
        QVERIFY(page->isWritingReport());
        QCOMPARE(saveReport->text(), QStringLiteral("Stop &report"));
        QVERIFY(saveReport->isEnabled());
        QVERIFY(!page->saveReport(m_dir.filePath(QStringLiteral("second.html"))));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isWritingReport(), 120000);
        QCOMPARE(saveReport->text(), QStringLiteral("Save &report…"));
        QVERIFY(saveReport->isEnabled());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("second.html"))));
        // Stopped: nothing written.
        const QString stopped = m_dir.filePath(QStringLiteral("stopped.html"));
        QVERIFY(page->saveReport(stopped));
        saveReport->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isWritingReport(), 60000);
        QVERIFY(!QFile::exists(stopped));
        QCOMPARE(saveReport->text(), QStringLiteral("Save &report…"));
        const QString html = QString::fromUtf8(test::readBytes(report));
        // Each mistake shown with where the model looks in it: two pictures a mistake.
        const int inReport = std::min<int>(24, int(page->result()->mistakes().size()));
        QCOMPARE(html.count(QStringLiteral("<img src=\"data:image/png;base64,")), 2 * inReport);
        QVERIFY(html.contains(QStringLiteral("<h1>Evaluation of %1</h1>").arg(QFileInfo(page->resultRunDir()).fileName())));
        QVERIFY(html.contains(QStringLiteral(" validation images of the run, evaluated ")));
        QVERIFY(html.contains(QStringLiteral("<img src=\"data:image/png;base64,")));
        // Off, the plain thumbnails again.
        toggle->setChecked(false);
        QVERIFY(!page->heatMapThumbnails());
        QCOMPARE(icon(), plain);
    }

    void tryAFolderReplaceAndStop()
    {
        // A folder dropped on "Try it" is its images (the labelling test's folder: 20 and a broken
        // file); images dropped while a try runs replace it; Stop lists what was done.
        UsePage* use = m_window->usePage();
        auto* tried = find<QListWidget>("triedImages");
        auto* stop = find<QPushButton>("stopTrying");
        const QString folder = m_dir.filePath(QStringLiteral("new-images"));
        QTRY_VERIFY(!use->isBusy());
        QVERIFY(stop->isHidden());
        use->tryImages({folder});
        QVERIFY(!stop->isHidden());
        QTRY_VERIFY_WITH_TIMEOUT(!use->isBusy(), 60000);
        QVERIFY(stop->isHidden());
        QCOMPARE(tried->count(), 21);
        QVERIFY(!tried->findItems(QStringLiteral("broken.jpg — could not be read"), Qt::MatchExactly).isEmpty());

        const QString bag = m_data + QStringLiteral("/Bag/") + QDir(m_data + QStringLiteral("/Bag")).entryList(QDir::Files).first();
        auto* bars = m_window->findChild<QWidget*>(QStringLiteral("predictionBars"));
        use->tryImages({folder});
        use->tryImages({bag}); // dropped meanwhile: the folder's try stops, the bag is classified
        QTRY_VERIFY_WITH_TIMEOUT(!use->isBusy(), 60000);
        QVERIFY(tried->isHidden());
        QCOMPARE(bars->findChild<QLabel*>(QStringLiteral("predictionTitle"))->text(), QFileInfo(bag).fileName());
        QVERIFY(m_window->findChild<QMessageBox*>(QStringLiteral("problemBox")) == nullptr);

        QSignalSpy said(use, &UsePage::message);
        use->tryImages({folder});
        stop->click(); // before the model has even loaded
        QTRY_VERIFY_WITH_TIMEOUT(!use->isBusy(), 60000);
        QVERIFY(stop->isHidden());
        QVERIFY(!said.isEmpty());
        QCOMPARE(said.last().first().toString(), QStringLiteral("Try it stopped after 0 images"));

        // A folder without images: said, naming it.
        const QString empty = m_dir.filePath(QStringLiteral("no-images"));
        QDir().mkpath(empty);
        use->tryImages({empty});
        QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<QMessageBox*>(QStringLiteral("problemBox")) != nullptr, 60000);
        auto* box = m_window->findChild<QMessageBox*>(QStringLiteral("problemBox"));
        QVERIFY2(box->text().startsWith(empty + QStringLiteral(": no images in this folder or its sub-folders")), qPrintable(box->text()));
        box->close();
    }

    void addATriedImageToTheDataset()
    {
        // A new image tried on the Use step becomes a training image of the class the user picks:
        // a copy in that class's folder (never over a file), the original untouched, the dataset rescanned.
        UsePage* use = m_window->usePage();
        QString image;
        QDirIterator it(m_dir.filePath(QStringLiteral("new-images")), {QStringLiteral("*.png")}, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY(it.hasNext());
        image = it.next();
        const QByteArray bytes = test::readBytes(image);
        use->tryImages({image});
        QTRY_VERIFY_WITH_TIMEOUT(!use->isBusy(), 60000);
        QVERIFY(!find<QPushButton>("addToDataset")->isHidden());
        const QDir bagDir(m_data + QStringLiteral("/Bag"));
        const QStringList before = bagDir.entryList(QDir::Files);
        auto bagImages = [this] {
            const DatasetReport* r = m_window->workspace().report();
            for (const auto& c : r ? r->classes : std::vector<ClassSummary>{})
                if (c.name == "Bag")
                    return c.images;
            return -1;
        };
        const int counted = bagImages();
        QVERIFY(use->addToDataset(image, QStringLiteral("Bag")));
        QVERIFY(test::readBytes(image) == bytes); // the original stays
        QStringList added = bagDir.entryList(QDir::Files);
        for (const QString& f : before)
            added.removeOne(f);
        QCOMPARE(added.size(), 1);
        QVERIFY(test::readBytes(bagDir.filePath(added.first())) == bytes);
        QTRY_COMPARE_WITH_TIMEOUT(bagImages(), counted + 1, 30000);
        // An image of the dataset is not copied into it again.
        QVERIFY(!use->addToDataset(bagDir.filePath(added.first()), QStringLiteral("Coat")));
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox*>(QStringLiteral("problemBox"))));
        QVERIFY2(box->text().contains(QStringLiteral("is in the dataset already")), qPrintable(box->text()));
        box->close();
        QVERIFY(QFile::remove(bagDir.filePath(added.first())));
        m_window->dataPage()->rescan();
        QTRY_COMPARE_WITH_TIMEOUT(bagImages(), counted, 30000);
    }

    void windowLayoutIsRemembered()
    {
        // The window's size and its dividers come back as the user left them.
        QList<int> sizes;
        {
            MainWindow first;
            QVERIFY(!first.workspace().isDirty()); // a new window has nothing to save
            first.resize(1200, 780);
            first.show();
            QVERIFY(QTest::qWaitForWindowExposed(&first));
            auto* splitter = first.findChild<QSplitter*>(QStringLiteral("dataSplitter"));
            QVERIFY(splitter);
            splitter->setSizes({300, 880});
            sizes = splitter->sizes();
            QVERIFY(first.close());
        }
        MainWindow second;
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        QCOMPARE(second.size(), QSize(1200, 780));
        QCOMPARE(second.findChild<QSplitter*>(QStringLiteral("dataSplitter"))->sizes(), sizes);
    }

    void newWindowInTheUsersLanguage()
    {
        // Before its first save a project is "Untitled" in the window's language, not in English.
        QString title, problem;
        inLanguage(QStringLiteral("de"), [&] {
            MainWindow german;
            title = german.windowTitle();
            // The engine's errors too: a file that holds no weights, imported on the Model step.
            const QString notWeights = m_dir.filePath(QStringLiteral("notes.pth"));
            QFile file(notWeights);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write("not weights") > 0);
            file.close();
            german.modelPage()->importWeightsFrom(notWeights);
            QMessageBox* box = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((box = german.findChild<QMessageBox*>(QStringLiteral("problemBox"))), 30000);
            problem = box->windowTitle() + QLatin1Char('|') + box->text();
            box->close();
        });
        QCOMPARE(title, QStringLiteral("Unbenannt[*] — Graft"));
        QVERIFY2(problem.startsWith(QStringLiteral("Gewichte nicht importiert|") + m_dir.filePath(QStringLiteral("notes.pth"))
                                    + QStringLiteral(": keine PyTorch-Gewichtsdatei")),
                 qPrintable(problem));
    }

    void saveAndReopen()
    {
        const QString file = m_dir.filePath(QStringLiteral("fashion.graft"));
        // A project of the same name elsewhere: Open recent tells the two apart by their folders.
        QDir().mkpath(m_dir.filePath(QStringLiteral("copy")));
        QVERIFY(m_window->saveProjectTo(m_dir.filePath(QStringLiteral("copy/fashion.graft"))));
        QVERIFY(m_window->saveProjectTo(file));
        QStringList recent;
        for (QAction* a : m_window->findChild<QMenu*>(QStringLiteral("recentMenu"))->actions())
            recent << a->text();
        QCOMPARE(recent.mid(0, 2), (QStringList{QStringLiteral("fashion.graft — ") + QFileInfo(m_dir.path()).fileName(),
                                                QStringLiteral("fashion.graft — copy")}));
        QVERIFY(!m_window->workspace().isDirty());
        MainWindow reopened;
        reopened.resize(1360, 860);
        QVERIFY(reopened.openProjectFile(file));
        QTRY_VERIFY_WITH_TIMEOUT(!reopened.dataPage()->isScanning() && !reopened.modelPage()->isBusy(), 60000);
        QVERIFY(!reopened.workspace().isDirty()); // opened and looked at: nothing to save
        const app::Project& a = m_window->workspace().project();
        const app::Project& b = reopened.workspace().project();
        QCOMPARE(b.datasetRoots, a.datasetRoots);
        QCOMPARE(b.config.toJson().dump(), a.config.toJson().dump());
        QCOMPARE(b.split.toJson().dump(), a.split.toJson().dump());
        QCOMPARE(b.runs.size(), a.runs.size());
        QCOMPARE(b.relabels.size(), 9); // six images moved (one there and back twice), a class renamed, one more moved, the class renamed back
        for (int i = 0; i < a.relabels.size(); ++i) {
            QCOMPARE(b.relabels[i].to, a.relabels[i].to);
            QCOMPARE(b.relabels[i].folder, a.relabels[i].folder);
        }
        QVERIFY(b.relabels[6].folder && b.relabels[8].folder);
        // Kept relative to the project, like its dataset and runs: the project taken elsewhere
        // with its dataset keeps its moves.
        const Json saved = Json::parse(test::readBytes(file).toStdString());
        QVERIFY2(saved["relabels"][0]["to"].get<std::string>().rfind("fashion/", 0) == 0, saved["relabels"][0].dump().c_str());
        // The finished run's charts come back.
        QVERIFY(reopened.trainPage()->lossChart()->graph(0)->dataCount() > 0);
        QVERIFY(reopened.trainPage()->lossChart()->graph(1)->dataCount() == 6); // continued to 5 epochs, then 6
        // ... with its batch bar where the run left it ...
        const QString batches = reopened.findChild<QProgressBar*>(QStringLiteral("batchProgress"))->text();
        QVERIFY2(QRegularExpression(QStringLiteral("^Batch (\\d+) of \\1$")).match(batches).hasMatch(), qPrintable(batches));
        // ... and its log, with the times of its lines (log.jsonl, written in the window's language).
        const QString log = reopened.findChild<QPlainTextEdit*>(QStringLiteral("trainLog"))->toPlainText();
        QVERIFY2(log.contains(QStringLiteral("Training finished; best model from epoch")), qPrintable(log));
        const QRegularExpression device(QStringLiteral("^\\S.*\\S  Device: CPU, \\d+ threads?$"), QRegularExpression::MultilineOption);
        QVERIFY2(device.match(log).hasMatch(), qPrintable(log));
        // ... and its evaluation, kept in the run folder: shown at once, not computed again.
        const QString shownRun = reopened.findChild<QComboBox*>(QStringLiteral("runCombo"))->currentData().toString();
        const auto kept = keptRunEvaluation(shownRun.toStdString(), "validation");
        QVERIFY2(kept, qPrintable(shownRun));
        QVERIFY(!reopened.evaluatePage()->isBusy());
        QCOMPARE(reopened.evaluatePage()->resultRunDir(), shownRun);
        QCOMPARE(reopened.evaluatePage()->result()->metrics.confusion, kept->result.metrics.confusion);
        QCOMPARE(reopened.evaluatePage()->result()->predictions.size(), kept->result.predictions.size());
        QVERIFY2(reopened.findChild<QLabel*>(QStringLiteral("metricsSummary"))->text().contains(QStringLiteral(" · evaluated ")),
                 qPrintable(reopened.findChild<QLabel*>(QStringLiteral("metricsSummary"))->text()));
        // A run without a kept evaluation (trained by graft-cli, or before they were kept) is
        // evaluated when the step opens, and kept.
        QVERIFY(QFile::remove(shownRun + QStringLiteral("/evaluation-validation.json")));
        {
            MainWindow third;
            QVERIFY(third.openProjectFile(file));
            QVERIFY(third.evaluatePage()->result() == nullptr);
            third.showStep(MainWindow::EvaluateStep);
            QTRY_VERIFY_WITH_TIMEOUT(third.evaluatePage()->result() != nullptr && !third.evaluatePage()->isBusy(), 60000);
            QCOMPARE(third.evaluatePage()->resultRunDir(), shownRun);
            QCOMPARE(third.evaluatePage()->result()->metrics.confusion, kept->result.metrics.confusion);
            QVERIFY(QFile::exists(shownRun + QStringLiteral("/evaluation-validation.json")));
        }
        QTRY_VERIFY_WITH_TIMEOUT(reopened.workspace().report() != nullptr, 30000);
        reopened.show();
        reopened.showStep(MainWindow::TrainStep);
        QVERIFY(QTest::qWaitForWindowExposed(&reopened));
        screenshot(QStringLiteral("6-reopened-train.png"), &reopened);
    }

    void unsavedProjectIsOfferedBack()
    {
        // A project never saved, with a run on its list: a copy is kept as it changes ...
        app::Project::removeUnsavedCopy();
        const QString lostRun = m_dir.filePath(QStringLiteral("lost-run"));
        {
            MainWindow crashed;
            crashed.workspace().setDatasetRoots({m_data});
            crashed.autosave();
            QVERIFY(!app::Project::hasUnsavedCopy()); // no run yet: nothing worth a copy
            app::RunRecord run;
            run.dir = lostRun;
            run.architecture = QStringLiteral("mobilenet_v2");
            run.status = QStringLiteral("running");
            crashed.workspace().addRun(run);
            crashed.autosave();
            QVERIFY(app::Project::hasUnsavedCopy());
        } // ... and the window is gone without closing, as in a crash or kill -9.
        QString asked;
        auto answer = [&asked](QWidget* window, QMessageBox::StandardButton button) {
            QTimer::singleShot(0, window, [window, button, &asked] {
                if (auto* box = window->findChild<QMessageBox*>(QStringLiteral("restoreQuestion"))) {
                    asked = box->text();
                    box->button(button)->click();
                }
            });
        };
        MainWindow next;
        answer(&next, QMessageBox::Yes);
        QVERIFY(next.offerUnsavedProject());
        QVERIFY2(asked.contains(QStringLiteral("with 1 run (last changed")), qPrintable(asked));
        const app::Project& restored = next.workspace().project();
        QVERIFY(restored.path.isEmpty());
        QCOMPARE(restored.datasetRoots, QStringList{m_data});
        QCOMPARE(restored.runs.size(), 1);
        QCOMPARE(restored.runs.first().dir, lostRun);
        QVERIFY(next.workspace().isDirty()); // closing asks to save it
        QVERIFY(app::Project::hasUnsavedCopy()); // until it is saved
        QVERIFY(next.saveProjectTo(m_dir.filePath(QStringLiteral("restored.graft"))));
        QVERIFY(!app::Project::hasUnsavedCopy());
        // Discard forgets the list (the run folders stay where they are).
        app::Project lost;
        lost.runs.append(app::RunRecord{lostRun, QStringLiteral("mobilenet_v2"), QStringLiteral("finished"), 1, 0.5, QString()});
        lost.keepUnsavedCopy();
        MainWindow again;
        answer(&again, QMessageBox::Discard);
        QVERIFY(!again.offerUnsavedProject());
        QVERIFY(!app::Project::hasUnsavedCopy());
        QVERIFY(again.workspace().project().runs.isEmpty());
        QVERIFY(!again.offerUnsavedProject()); // asked once
    }

    void augmentationFollowsTrainingTheHeadOrFineTuning()
    {
        // As graft-cli's --augment auto: with only the new head training, augmentation is off, so
        // the frozen layers are computed once; fine-tuning turns it on, the head only off again.
        MainWindow window;
        auto* augment = window.findChild<QCheckBox*>(QStringLiteral("augment"));
        const auto enabled = [&window] { return window.workspace().project().config.augment.enabled; };
        QVERIFY(!enabled());
        QVERIFY(!augment->isChecked());
        window.findChild<QPushButton*>(QStringLiteral("presetAll"))->click();
        QVERIFY(enabled());
        QVERIFY(augment->isChecked());
        window.findChild<QPushButton*>(QStringLiteral("presetLastBlocks"))->click(); // still fine-tuning: as it was
        QVERIFY(augment->isChecked());
        augment->setChecked(false); // the user's choice stands while it is still fine-tuning
        window.findChild<QPushButton*>(QStringLiteral("presetAll"))->click();
        QVERIFY(!enabled());
        window.findChild<QPushButton*>(QStringLiteral("presetHead"))->click();
        QVERIFY(!enabled());
        augment->setChecked(true); // and while only the head trains
        window.findChild<QPushButton*>(QStringLiteral("presetHead"))->click();
        QVERIFY(enabled());
        window.findChild<QPushButton*>(QStringLiteral("presetAll"))->click();
        QVERIFY(enabled());
        window.findChild<QPushButton*>(QStringLiteral("presetHead"))->click();
        QVERIFY(!enabled());
        QVERIFY(!augment->isChecked());
        window.workspace().markSaved();
    }

    void welcomeShowsALayoutAndTheSample()
    {
        // Before any dataset: what one looks like, and the sample to try every step on first.
        MainWindow window;
        auto* welcome = window.findChild<QWidget*>(QStringLiteral("welcome"));
        QVERIFY(welcome && welcome->isVisibleTo(&window));
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("welcomeText"))->text().contains(QStringLiteral("one folder per class")));
        auto* trySample = window.findChild<QPushButton*>(QStringLiteral("trySample"));
        if (!app::sampleSourceInstalled()) {
            QVERIFY(!trySample->isEnabled());
            QSKIP("dataset-fashion-mnist is not installed");
        }
        trySample->click();
        QCOMPARE(window.workspace().project().datasetRoots, QStringList{app::defaultSampleFolder()});
        QCOMPARE(window.workspace().project().config.architecture, std::string("mobilenet_v2"));
        QVERIFY(!welcome->isVisibleTo(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.workspace().report() != nullptr, 30000);
        QCOMPARE(window.workspace().report()->usable.size(), std::size_t(600));
        QVERIFY(!welcome->isVisibleTo(&window));
        // A new project, with no dataset: the welcome again.
        window.workspace().markSaved();
        window.workspace().setProject(app::Project());
        QVERIFY(welcome->isVisibleTo(&window));
    }

    void movedDatasetSaysHowToFindIt()
    {
        // A project whose dataset folder moved: where it was, and how to show Graft the new place.
        MainWindow window;
        const QString gone = m_dir.filePath(QStringLiteral("moved-away"));
        window.dataPage()->openDataset({gone});
        QTRY_VERIFY_WITH_TIMEOUT(!window.dataPage()->isScanning(), 30000);
        const QString said = window.findChild<QLabel*>(QStringLiteral("datasetSummary"))->text();
        QVERIFY2(said.startsWith(gone + QStringLiteral(" is not there (moved, renamed")) && said.contains(QStringLiteral("Open dataset…")),
                 qPrintable(said));
        // Shown the new place, the same project goes on.
        const QString found = m_dir.filePath(QStringLiteral("moved-here"));
        copyTree(test::sampleDataset(), found, 2);
        window.dataPage()->openDataset({found});
        QTRY_VERIFY_WITH_TIMEOUT(window.workspace().report() != nullptr, 30000);
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("datasetSummary"))->text().startsWith(QStringLiteral("moved-here: 10 classes")));
    }

    void everyWidgetHasAnAccessibleNameOrText()
    {
        // Controls a screen reader announces: buttons by text, others by accessible name.
        QStringList missing;
        for (QWidget* w : m_window->findChildren<QWidget*>()) {
            // Headers are announced with their table.
            const bool control = (qobject_cast<QAbstractItemView*>(w) && !qobject_cast<QHeaderView*>(w)) || qobject_cast<QCustomPlot*>(w);
            if (control && w->accessibleName().isEmpty() && w->isVisibleTo(m_window.get()))
                missing << w->objectName() + QLatin1Char('(') + QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(')');
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    }

    void noShortcutIsAmbiguous()
    {
        // A key that two things answer to does neither (Qt only says "Ambiguous shortcut overload"
        // on the console), and a mnemonic shared with a menu title opens one or the other in turn.
        // In each language, on every step: the keys of the menus (active on every step), the menu
        // titles, and the visible buttons and labels with a buddy, enabled or not (runs enable
        // them in turn), all differ.
        QStringList clashes = shortcutClashes(*m_window, QStringLiteral("en"));
        // Preferences has a key on every desktop (Ctrl+, where the desktop names none).
        QAction* preferences = nullptr;
        for (QAction* action : m_window->findChildren<QAction*>())
            if (action->text() == QStringLiteral("&Preferences…"))
                preferences = action;
        QVERIFY(preferences && !preferences->shortcut().isEmpty());
        for (const QString& language : {QStringLiteral("de"), QStringLiteral("zh_CN")})
            inLanguage(language, [&] {
                MainWindow window;
                window.resize(1360, 860);
                window.show();
                if (!QTest::qWaitForWindowExposed(&window))
                    clashes << language + QStringLiteral(": the window was not shown");
                clashes << shortcutClashes(window, language);
            });
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

    void windowFitsALaptopScreen()
    {
        // 1366×768 and 1280×720 laptop screens leave about 690 pixels under a panel and a title
        // bar: the window, on any step and in any language, must fit (its pages scroll or wrap).
        QStringList tooLarge;
        const auto measure = [&](MainWindow& window, const QString& language) {
            const QSize least = window.minimumSizeHint().expandedTo(window.minimumSize());
            if (least.width() <= 1260 && least.height() <= 660)
                return;
            QString pages; // which step asks for the room
            for (QWidget* page : window.findChild<QStackedWidget*>(QStringLiteral("pages"))->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly))
                pages += QStringLiteral(" %1 %2×%3").arg(page->objectName()).arg(page->minimumSizeHint().width()).arg(page->minimumSizeHint().height());
            tooLarge << QStringLiteral("%1: %2×%3 (%4)").arg(language).arg(least.width()).arg(least.height()).arg(pages.trimmed());
        };
        measure(*m_window, QStringLiteral("en, after the runs")); // every label shown
        { // the size an earlier test left the window at is not a new window's
            MainWindow forget;
            forget.workspace().settings().raw().remove(QStringLiteral("window/geometry"));
        }
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("zh_CN")})
            inLanguage(language, [&] {
                MainWindow window;
                window.show();
                if (!QTest::qWaitForWindowExposed(&window))
                    tooLarge << language + QStringLiteral(": the window was not shown");
                measure(window, language);
                // Shown and laid out to its size, the Use step's empty drop zone still says what it is for.
                window.showStep(MainWindow::UseStep);
                QApplication::processEvents();
                auto* zone = window.findChild<QLabel*>(QStringLiteral("tryDropZone"));
                QVERIFY(zone->isVisible());
                QVERIFY2(!zone->text().isEmpty(), qPrintable(language));
                // A new window (no size of the user's yet) fits the screen, unless its least size
                // does not (the test's screen is 800×600).
                const QSize screen = window.screen()->availableGeometry().size();
                const QSize least = window.minimumSizeHint();
                if (window.width() > std::max(screen.width(), least.width()) || window.height() > std::max(screen.height(), least.height()))
                    tooLarge << QStringLiteral("%1: a new window of %2×%3 on a screen of %4×%5").arg(language)
                                    .arg(window.width()).arg(window.height()).arg(screen.width()).arg(screen.height());
            });
        QVERIFY2(tooLarge.isEmpty(), qPrintable(tooLarge.join(QStringLiteral("; "))));
    }

    void presplitFolderOpensItsParts()
    {
        // A folder published split in advance: train/ and val/ hold the classes.
        const QString root = m_dir.filePath(QStringLiteral("presplit"));
        copyTree(test::sampleDataset(), root + QStringLiteral("/train"), 6);
        copyTree(test::sampleDataset(), root + QStringLiteral("/val"), 2);
        QDir(root + QStringLiteral("/val/Trouser")).removeRecursively();
        QFile empty(root + QStringLiteral("/val/Bag/empty.png"));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        m_window->showStep(MainWindow::DataStep);
        m_window->dataPage()->openDataset({root});
        auto* table = find<QTableWidget>("classTable");
        auto* button = find<QPushButton>("openPresplit");
        QTRY_VERIFY_WITH_TIMEOUT(button->isVisible(), 30000);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(button->text(), QStringLiteral("Train on train/ and validate on val/"));
        QVERIFY(find<QTreeWidget>("issuesTree")->topLevelItem(0)->text(0).contains(QStringLiteral("split in advance")));
        screenshot(QStringLiteral("1-data-presplit.png"));
        button->click();
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 10, 30000);
        QVERIFY(!button->isVisible());
        QCOMPARE(m_window->workspace().project().datasetRoots, QStringList{root + QStringLiteral("/train")});
        QCOMPARE(find<QLineEdit>("validationFolder")->text(), root + QStringLiteral("/val"));
        QVERIFY(!find<QSpinBox>("validationPercent")->isEnabled()); // the folder replaces the share
        QCOMPARE(m_window->workspace().project().split.validationRoots, std::vector<std::string>{(root + QStringLiteral("/val")).toStdString()});
        // The validation folder is checked with the dataset: its count, its gaps and bad files show,
        // and starting a run takes its images without reading a file.
        QVERIFY2(find<QLabel>("datasetSummary")->text().contains(QStringLiteral("validation folder: 18 images")),
                 qPrintable(find<QLabel>("datasetSummary")->text()));
        QStringList issues;
        for (int i = 0; i < find<QTreeWidget>("issuesTree")->topLevelItemCount(); ++i)
            issues << find<QTreeWidget>("issuesTree")->topLevelItem(i)->text(0);
        QVERIFY2(issues.contains(QStringLiteral("The validation folder has no images of: Trouser")), qPrintable(issues.join(QLatin1Char('\n'))));
        QVERIFY2(issues.contains(QStringLiteral("Bad files in the validation folder (1), skipped")), qPrintable(issues.join(QLatin1Char('\n'))));
        // The validation images were copied from the training ones: a leak, said so.
        QVERIFY2(issues.filter(QStringLiteral("18 images of the validation folder are also in the dataset")).size() == 1,
                 qPrintable(issues.join(QLatin1Char('\n'))));
        const DatasetSplit split = m_window->workspace().currentSplit();
        QCOMPARE(split.validation.size(), std::size_t(18));
        QCOMPARE(split.train.size(), std::size_t(60));


        screenshot(QStringLiteral("1-data-presplit-opened.png"));
        // Another validation folder: only it is checked again; the dataset's report stays.
        copyTree(test::sampleDataset(), root + QStringLiteral("/val2"), 1);
        const DatasetReport* before = m_window->workspace().report();
        const std::size_t usable = before->usable.size();
        auto* folder = find<QLineEdit>("validationFolder");
        folder->setText(root + QStringLiteral("/val2"));
        QMetaObject::invokeMethod(folder, "editingFinished");
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>("datasetSummary")->text().contains(QStringLiteral("validation folder: 10 images")), 30000);
        QCOMPARE(m_window->workspace().report()->usable.size(), usable);
        QCOMPARE(table->rowCount(), 10);

        // Opened one folder above the classes: the same button opens the folder that holds them.
        const QString above = m_dir.filePath(QStringLiteral("above"));
        copyTree(test::sampleDataset(), above + QStringLiteral("/fashion"), 3);
        m_window->dataPage()->openDataset({above});
        QTRY_VERIFY_WITH_TIMEOUT(button->isVisible() && table->rowCount() == 1, 30000);
        QCOMPARE(button->text(), QStringLiteral("Open fashion/ (it holds the classes)"));
        button->click();
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 10, 30000);
        QCOMPARE(m_window->workspace().project().datasetRoots, QStringList{above + QStringLiteral("/fashion")});
        screenshot(QStringLiteral("1-data-above-opened.png"));
    }

    void classFoldersOpenedTogether()
    {
        // The class folders themselves, dropped together (no folder holding them): each is a class.
        const QString loose = m_dir.filePath(QStringLiteral("loose"));
        copyTree(test::sampleDataset(), loose, 4);
        const QString bag = loose + QStringLiteral("/Bag"), coat = loose + QStringLiteral("/Coat");
        auto* table = find<QTableWidget>("classTable");
        m_window->showStep(MainWindow::DataStep);
        m_window->dataPage()->openDataset({bag});
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->dataPage()->isScanning() && m_window->workspace().report(), 30000);
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(!find<QTreeWidget>("issuesTree")->findItems(QStringLiteral("add a folder of images for each other class too"),
                                                             Qt::MatchContains).isEmpty());
        m_window->dataPage()->openDataset({bag, coat + QLatin1Char('/')});
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->dataPage()->isScanning() && m_window->workspace().report() && table->rowCount() == 2, 30000);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Bag"));
        QCOMPARE(table->item(1, 1)->data(Qt::DisplayRole).toInt(), 4);
        QVERIFY2(find<QLabel>("datasetSummary")->text().startsWith(QStringLiteral("Bag, Coat: 2 classes · 8 images")),
                 qPrintable(find<QLabel>("datasetSummary")->text()));
        QVERIFY(m_window->workspace().report()->canTrain());
        screenshot(QStringLiteral("1-data-class-folders.png"));
        // A mislabelled image moves into the other class's folder, not into a new sub-folder.
        const QString image = bag + QLatin1Char('/') + QDir(bag).entryList(QDir::Files, QDir::Name).first();
        QVERIFY(m_window->evaluatePage()->moveToClass(image, QStringLiteral("Coat"), false));
        QVERIFY(QFile::exists(coat + QLatin1Char('/') + QFileInfo(image).fileName()));
        QVERIFY(!QFileInfo::exists(bag + QStringLiteral("/Coat")));
        // Renaming such a class renames its folder, and the dataset follows it.
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->dataPage()->isScanning() && m_window->workspace().report(), 30000);
        m_window->dataPage()->renameClassTo(QStringLiteral("Coat"), QStringLiteral("Jacket"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->dataPage()->isScanning() && m_window->workspace().report() && table->rowCount() == 2
                                     && table->item(1, 0)->text() == QStringLiteral("Jacket"), 30000);
        QCOMPARE(m_window->workspace().project().datasetRoots, (QStringList{bag, loose + QStringLiteral("/Jacket")}));
        QCOMPARE(m_window->workspace().project().relabels.last().from, coat); // runs trained before follow it
        QVERIFY(m_window->workspace().project().relabels.last().folder);
        QCOMPARE(table->item(1, 1)->data(Qt::DisplayRole).toInt(), 5);
        QVERIFY(!QFileInfo::exists(coat));
        // A picture that belongs to no class, seen among the thumbnails: to the trash, and the counts follow.
        const QString junk = loose + QStringLiteral("/Jacket/") + QFileInfo(image).fileName();
        QSignalSpy said(&m_window->workspace(), &Workspace::imagesTrashed); // for the Evaluate step to follow
        QCOMPARE(m_window->dataPage()->trashImages({junk}, false), 1);
        QVERIFY(!QFileInfo::exists(junk));
        QCOMPARE(said.count(), 1);
        QCOMPARE(said.first().first().toStringList(), QStringList{junk});
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->dataPage()->isScanning() && m_window->workspace().report()
                                     && table->item(1, 1)->data(Qt::DisplayRole).toInt() == 4, 30000);
        // One in the wrong class, seen there: moved into the right class's folder and recorded, as from Evaluate.
        const QString wrong = bag + QLatin1Char('/') + QDir(bag).entryList(QDir::Files, QDir::Name).first();
        QCOMPARE(m_window->dataPage()->moveImagesToClass({wrong}, QStringLiteral("Jacket")), 1);
        QVERIFY(QFile::exists(loose + QStringLiteral("/Jacket/") + QFileInfo(wrong).fileName()));
        QCOMPARE(m_window->workspace().project().relabels.last().from, wrong);
        QCOMPARE(m_window->workspace().project().relabels.last().newClass, QStringLiteral("Jacket"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->dataPage()->isScanning() && m_window->workspace().report()
                                     && table->item(0, 1)->data(Qt::DisplayRole).toInt() == 2
                                     && table->item(1, 1)->data(Qt::DisplayRole).toInt() == 5, 30000);
        // Ten class folders: the summary names the first three and counts the others.
        QStringList all;
        for (const QString& cls : QDir(loose).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            all << loose + QLatin1Char('/') + cls;
        QCOMPARE(all.size(), 10);
        m_window->dataPage()->openDataset(all);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->dataPage()->isScanning() && m_window->workspace().report() && table->rowCount() == 10, 30000);
        QVERIFY2(find<QLabel>("datasetSummary")->text().startsWith(QStringLiteral("Ankle_boot, Bag, Dress and 7 more folders: 10 classes")),
                 qPrintable(find<QLabel>("datasetSummary")->text()));
    }

    void thumbnailsAreSquareTiles()
    {
        // A narrow picture sits centred on a tile as wide as the others: an icon view sizes every
        // item like its first, and a narrow first one cut every file name short ("00003....").
        ThumbnailLoader loader(96);
        QImage narrow(40, 96, QImage::Format_RGB888);
        narrow.fill(Qt::red);
        const QString file = m_dir.filePath(QStringLiteral("narrow.png"));
        QVERIFY(narrow.save(file));
        QSignalSpy ready(&loader, &ThumbnailLoader::thumbnailReady);
        QVERIFY(loader.thumbnail(file).isNull()); // queued
        QVERIFY(ready.wait(10000));
        const QIcon icon = loader.tile(loader.thumbnail(file));
        QCOMPARE(icon.availableSizes(), QList<QSize>{QSize(96, 96)});
        const QImage drawn = icon.pixmap(96, 96).toImage();
        QCOMPARE(qAlpha(drawn.pixel(5, 48)), 0);                // clear beside it
        QCOMPARE(QColor(drawn.pixel(48, 48)), QColor(Qt::red)); // the picture in the middle
        QCOMPARE(loader.tile(QImage()).availableSizes(), QList<QSize>{QSize(96, 96)}); // the placeholder
    }

    void longGridsListEveryImageAndDecodeWhatIsInView()
    {
        // A class of thousands (Fashion-MNIST has 6,000 per class) lists every image; only the
        // ones in view are decoded, the newest request first, so a jump to the end shows the
        // last images without waiting for the ones scrolled past. The grid as both steps make it.
        const QString folder = m_dir.filePath(QStringLiteral("long-class"));
        QDir().mkpath(folder);
        QImage picture(28, 28, QImage::Format_RGB888);
        picture.fill(Qt::darkGreen);
        QVERIFY(picture.save(folder + QStringLiteral("/00000.png")));
        const int count = 2000;
        QVector<ThumbnailEntry> entries;
        for (int i = 0; i < count; ++i) {
            const QString file = folder + QStringLiteral("/%1.png").arg(i, 5, 10, QLatin1Char('0'));
            if (i > 0)
                QVERIFY(QFile::copy(folder + QStringLiteral("/00000.png"), file));
            entries.push_back({file, {}, {}, 3});
        }
        ThumbnailLoader loader(96);
        ThumbnailListModel model(&loader);
        QSignalSpy ready(&loader, &ThumbnailLoader::thumbnailReady);
        model.setEntries(entries);
        QCOMPARE(model.rowCount(), count);
        QCOMPARE(model.index(7, 0).data(Qt::DisplayRole).toString(), QStringLiteral("00007.png"));
        QCOMPARE(model.index(7, 0).data(Qt::UserRole).toString(), entries[7].path);
        QCOMPARE(model.index(7, 0).data(ThumbnailListModel::TagRole).toInt(), 3);
        QCOMPARE(loader.decodesStarted(), 0); // nothing asked for the pictures yet
        std::unique_ptr<QListView> grid(newThumbnailGrid(&model, 96, QSize(112, 128), nullptr));
        QCOMPARE(model.index(9, 0).data(Qt::SizeHintRole).toSize(), QSize(106, 122)); // the cell, less a margin
        grid->resize(600, 400);
        grid->show();
        QVERIFY(QTest::qWaitForWindowExposed(grid.get()));
        QTRY_VERIFY(ready.count() >= 10);
        const int inView = loader.decodesStarted();
        QVERIFY2(inView > 0 && inView < 100, qPrintable(QString::number(inView)));
        const QString last = entries[count - 1].path;
        const auto lastReady = [&] { return std::any_of(ready.cbegin(), ready.cend(), [&](const QList<QVariant>& a) { return a.at(0).toString() == last; }); };
        QVERIFY(!lastReady()); // the layout takes every cell's size from the model, not from its picture
        grid->scrollToBottom();
        QTRY_VERIFY_WITH_TIMEOUT(lastReady(), 10000);
        QVERIFY2(loader.decodesStarted() < 2 * inView + 10, qPrintable(QString::number(loader.decodesStarted())));
        // Selected images come in the grid's order, whichever was clicked first.
        grid->selectionModel()->select(model.index(12, 0), QItemSelectionModel::Select);
        grid->selectionModel()->select(model.index(3, 0), QItemSelectionModel::Select);
        QCOMPARE(selectedImagePaths(grid.get()), (QStringList{entries[3].path, entries[12].path}));
        QDir(folder).removeRecursively();
    }

    void fileDialogsOpenWhereTheUserWentLast()
    {
        // The first time in the home folder (not wherever Graft was started from), then where the
        // last choice for the same purpose was; a folder since deleted falls back to home.
        QCOMPARE(lastFolder(QStringLiteral("weights")), QDir::homePath());
        const QString models = m_dir.filePath(QStringLiteral("downloads/models"));
        QDir().mkpath(models);
        rememberFolder(QStringLiteral("weights"), models + QStringLiteral("/resnet18.pth"));
        QCOMPARE(lastFolder(QStringLiteral("weights")), models);
        QCOMPARE(lastFolder(QStringLiteral("images")), QDir::homePath()); // each purpose its own
        QCOMPARE(lastFolder(QStringLiteral("weights"), m_dir.path()), models); // the suggestion only comes first
        QCOMPARE(lastFolder(QStringLiteral("images"), m_dir.path()), m_dir.path());
        QDir(models).removeRecursively();
        QCOMPARE(lastFolder(QStringLiteral("weights")), QDir::homePath());
    }

    void cleanupTestCase()
    {
        if (m_window) {
            m_window->workspace().markSaved();
            m_window->close();
        }
        m_window.reset();
    }
};

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
