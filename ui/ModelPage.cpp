#include "ModelPage.h"

#include "Format.h"
#include "FileDialogs.h"
#include "LayerTreeModel.h"
#include "Notify.h"
#include "MessageText.h"
#include "app/core/Jobs.h"
#include "app/core/WeightsDownloader.h"
#include "core/Error.h"
#include "core/Text.h"
#include "models/Model.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace graft::ui {

namespace {
// Where weights were found, in the window's language (graft-cli says it in English).
QString sourceText(const app::WeightsLocation& location)
{
    using Source = app::WeightsLocation::Source;
    switch (location.source) {
    case Source::HubCache: return ModelPage::tr("PyTorch hub cache");
    case Source::GraftCache: return ModelPage::tr("Graft cache");
    case Source::Folder: return ModelPage::tr("weights folder");
    case Source::Imported: return ModelPage::tr("imported file");
    case Source::None: break;
    }
    return ModelPage::tr("not available");
}

// Shows a number as written ("11.7 M", "0.30") but sorts by its value.
class ValueItem : public QTableWidgetItem
{
public:
    ValueItem(const QString& text, double value) : QTableWidgetItem(text)
    {
        setData(Qt::UserRole, value);
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    bool operator<(const QTableWidgetItem& other) const override
    {
        return data(Qt::UserRole).toDouble() < other.data(Qt::UserRole).toDouble();
    }
};
} // namespace

ModelPage::ModelPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_layers(new LayerTreeModel(this)),
      m_layerJob(new app::BackgroundJob(this)), m_importJob(new app::BackgroundJob(this)),
      m_downloader(new app::WeightsDownloader(this))
{
    m_zoo = new QTableWidget(0, 7, this);
    m_zoo->setObjectName(QStringLiteral("modelTable"));
    m_zoo->setAccessibleName(tr("Architectures"));
    m_zoo->setHorizontalHeaderLabels({tr("Model"), tr("Family"), tr("Parameters"), tr("GFLOPs"), tr("Input"),
                                      tr("Top-1 %"), tr("Weights")});
    m_zoo->horizontalHeaderItem(3)->setToolTip(tr("Computation for one image, in billions of operations"));
    m_zoo->horizontalHeaderItem(4)->setToolTip(tr("Input size in pixels the network was trained at"));
    m_zoo->horizontalHeaderItem(5)->setToolTip(tr("Accuracy on ImageNet (top-1) with torchvision's weights"));
    m_zoo->horizontalHeaderItem(6)->setToolTip(tr("Where the pretrained weights are, or their download size"));
    m_zoo->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_zoo->horizontalHeader()->setStretchLastSection(false); // its contents measured, for the width above
    m_zoo->verticalHeader()->setVisible(false);
    m_zoo->setWordWrap(false); // one line a model, also where a translation is long
    // As wide as its columns where the window allows (the divider starts there), narrower on a
    // small screen (it scrolls then).
    m_zoo->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_zoo->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_zoo->setSelectionMode(QAbstractItemView::SingleSelection);
    m_zoo->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_zoo->setSortingEnabled(true);
    m_zoo->setToolTip(tr("Larger models learn better features but train and run slower. GFLOPs: computation per image."));
    connect(m_zoo, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_zoo->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            m_workspace.setArchitecture(m_zoo->item(rows.first().row(), 0)->data(Qt::UserRole).toString().toStdString());
    });

    auto* weights = new QGroupBox(tr("Pretrained weights"), this);
    m_weightsStatus = new QLabel(weights);
    m_weightsStatus->setObjectName(QStringLiteral("weightsStatus"));
    m_weightsStatus->setWordWrap(true);
    m_weightsStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_download = new QPushButton(tr("&Download"), weights);
    m_download->setObjectName(QStringLiteral("downloadButton"));
    m_download->setToolTip(tr("Download torchvision's official ImageNet weights once; they are checked and cached"));
    m_import = new QPushButton(tr("&Import weights from file…"), weights);
    m_import->setObjectName(QStringLiteral("importWeightsButton"));
    m_import->setToolTip(tr("Use a .pth/.pt file you have (for example on a computer without internet)"));
    m_scratch = new QCheckBox(tr("Train from scratch (no pretrained weights)"), weights);
    m_scratch->setObjectName(QStringLiteral("scratchCheck"));
    m_scratch->setToolTip(tr("Needs far more images and time; pretrained weights are almost always better"));
    m_downloadProgress = new QProgressBar(weights);
    m_downloadProgress->setVisible(false);
    m_cancelDownload = new QPushButton(tr("Cancel"), weights);
    m_cancelDownload->setVisible(false);
    auto* wl = new QVBoxLayout(weights);
    wl->addWidget(m_weightsStatus);
    auto* wb = new QHBoxLayout;
    wb->addWidget(m_download);
    wb->addWidget(m_import);
    wb->addStretch();
    wl->addLayout(wb);
    wl->addWidget(m_scratch); // a row of its own: beside the buttons it made the page too wide in German
    auto* wp = new QHBoxLayout;
    wp->addWidget(m_downloadProgress, 1);
    wp->addWidget(m_cancelDownload);
    wl->addLayout(wp);
    connect(m_download, &QPushButton::clicked, this, &ModelPage::downloadWeights);
    connect(m_import, &QPushButton::clicked, this, &ModelPage::importWeights);
    connect(m_scratch, &QCheckBox::toggled, this, [this](bool on) {
        m_workspace.setWeightsSource(on ? QStringLiteral("none") : QStringLiteral("auto"));
        if (on)
            applyPreset({});
    });
    connect(m_cancelDownload, &QPushButton::clicked, m_downloader, &app::WeightsDownloader::cancel);
    connect(m_downloader, &app::WeightsDownloader::progress, this, [this](qint64 got, qint64 total, double speed, double eta) {
        m_downloadProgress->setMaximum(total > 0 ? int(total / 1024) : 0);
        m_downloadProgress->setValue(int(got / 1024));
        m_downloadProgress->setFormat(tr("%1 of %2 · %3/s · %4 left")
                                          .arg(QString::fromStdString(humanBytes(std::uint64_t(got))),
                                               QString::fromStdString(humanBytes(std::uint64_t(std::max<qint64>(total, 0)))),
                                               QString::fromStdString(humanBytes(std::uint64_t(speed))),
                                               QString::fromStdString(humanDuration(eta))));
    });
    auto downloadDone = [this] {
        m_downloadProgress->setVisible(false);
        m_cancelDownload->setVisible(false);
        m_download->setEnabled(true);
        refreshWeights();
        fillZoo();
    };
    connect(m_downloader, &app::WeightsDownloader::finished, this, [this, downloadDone](const QString& path) {
        downloadDone();
        Q_EMIT message(tr("Downloaded %1").arg(path));
        Q_EMIT downloadEnded(true);
    });
    connect(m_downloader, &app::WeightsDownloader::failed, this, [this, downloadDone](const QString& why) {
        downloadDone();
        const ArchitectureInfo& arch = graft::architecture(m_workspace.project().config.architecture);
        showProblem(this, tr("Download failed"), tr("%1\n\nWithout internet: %2").arg(why, m_workspace.weights().offlineAdvice(arch)));
        Q_EMIT downloadEnded(false);
    });
    connect(m_downloader, &app::WeightsDownloader::cancelled, this, [this, downloadDone] {
        downloadDone();
        Q_EMIT downloadEnded(false);
    });
    connect(m_downloader, &app::WeightsDownloader::message, this, &ModelPage::message);

    // Layer list
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("layerTree"));
    m_tree->setAccessibleName(tr("Layers and their trainable state"));
    m_tree->setModel(m_layers);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setToolTip(tr("Tick what should learn. Frozen layers keep their ImageNet knowledge and train much faster. "
                          "Right-click: train from a layer on."));
    connect(m_tree, &QWidget::customContextMenuRequested, this, &ModelPage::layerMenu);
    connect(m_layers, &LayerTreeModel::planEdited, this, [this](const FreezePlan& plan) {
        m_workspace.setFreeze(plan);
        updateTotals();
    });

    auto* presets = new QHBoxLayout;
    auto* head = new QPushButton(tr("Train head &only"), this);
    head->setObjectName(QStringLiteral("presetHead"));
    head->setToolTip(tr("Freeze the whole network but the new classifier: fastest, best for small datasets"));
    auto* last = new QPushButton(tr("Fine-tune &last"), this);
    last->setObjectName(QStringLiteral("presetLastBlocks"));
    last->setToolTip(tr("Also train the last blocks of the network: better with more images"));
    m_lastBlocks = new QSpinBox(this);
    m_lastBlocks->setObjectName(QStringLiteral("lastBlocksSpin"));
    m_lastBlocks->setRange(1, 50);
    m_lastBlocks->setValue(2);
    m_lastBlocks->setSuffix(tr(" blocks"));
    m_lastBlocks->setAccessibleName(tr("Number of blocks to fine-tune"));
    auto* all = new QPushButton(tr("Fine-tune &all"), this);
    all->setObjectName(QStringLiteral("presetAll"));
    all->setToolTip(tr("Train every layer: most flexible, slowest, needs the most images"));
    presets->addWidget(head);
    presets->addWidget(last);
    presets->addWidget(m_lastBlocks);
    presets->addWidget(all);
    presets->addStretch();
    connect(head, &QPushButton::clicked, this, [this] {
        applyPreset(headOnlyPlan(graft::architecture(m_workspace.project().config.architecture).headNode));
    });
    connect(last, &QPushButton::clicked, this, [this] {
        if (m_lastBlockPlans.empty())
            return; // the layers are still loading
        applyPreset(m_lastBlockPlans[std::min<std::size_t>(std::size_t(m_lastBlocks->value()), m_lastBlockPlans.size() - 1)]);
    });
    connect(all, &QPushButton::clicked, this, [this] { applyPreset({}); });

    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("trainableTotals"));

    auto* headBox = new QGroupBox(tr("New classifier"), this);
    m_hidden = new QSpinBox(headBox);
    m_hidden->setObjectName(QStringLiteral("headHidden"));
    m_hidden->setRange(0, 8192);
    m_hidden->setSpecialValueText(tr("none (one linear layer)"));
    m_hidden->setToolTip(tr("A hidden layer between the features and the classes can help with very different images"));
    m_dropout = new QDoubleSpinBox(headBox);
    m_dropout->setObjectName(QStringLiteral("headDropout"));
    m_dropout->setRange(0, 0.9);
    m_dropout->setSingleStep(0.05);
    m_dropout->setToolTip(tr("Dropout before the last layer when there is a hidden layer (fights overfitting)"));
    auto* hl = new QFormLayout(headBox);
    hl->addRow(tr("Hidden units:"), m_hidden);
    hl->addRow(tr("Dropout:"), m_dropout);
    auto writeHead = [this] {
        HeadSpec h = m_workspace.project().config.head;
        h.hidden = m_hidden->value();
        h.dropout = m_dropout->value();
        m_workspace.setHead(h);
    };
    // Dropout is the one before a hidden layer's output; a single linear layer keeps the network's own.
    m_dropout->setEnabled(false);
    connect(m_hidden, &QSpinBox::valueChanged, m_dropout, [this](int hidden) { m_dropout->setEnabled(hidden > 0); });
    connect(m_hidden, &QSpinBox::valueChanged, this, writeHead);
    connect(m_dropout, &QDoubleSpinBox::valueChanged, this, writeHead);

    auto* right = new QWidget(this);
    auto* rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->addLayout(presets);
    rl->addWidget(m_tree, 1);
    rl->addWidget(m_totals);
    rl->addWidget(headBox);
    auto* left = new QWidget(this);
    auto* ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    ll->addWidget(m_zoo, 1);
    ll->addWidget(weights);
    auto* split = new QSplitter(this);
    split->setObjectName(QStringLiteral("modelSplitter"));
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_layerJob, &app::BackgroundJob::finished, this, [this] {
        m_lastBlockPlans = *m_pendingLastBlockPlans;
        m_layers->setTree(*m_pendingTree, m_workspace.project().config.freeze);
        m_tree->expandToDepth(0);
        m_lastBlocks->setMaximum(std::max<int>(1, int(m_lastBlockPlans.size()) - 1));
        updateTotals();
        if (m_treeKey != treeKey())
            loadLayers(); // the choice changed while this one was loading
    });
    connect(m_layerJob, &app::BackgroundJob::failed, this, [this](const LogMessage& why) { m_totals->setText(messageText(why)); });
    connect(m_importJob, &app::BackgroundJob::finished, this, [this] {
        refreshWeights();
        fillZoo();
        Q_EMIT message(tr("Weights imported"));
    });
    connect(m_importJob, &app::BackgroundJob::failed, this, [this](const LogMessage& error) {
        const QString why = messageText(error);
        m_import->setEnabled(true);
        showProblem(this, tr("Weights not imported"), why);
        refreshWeights();
    });

    connect(&m_workspace, &Workspace::architectureChanged, this, [this] {
        refreshWeights();
        loadLayers();
        selectCurrent();
    });
    // The head (here or from a run's settings) and the number of classes change the head's weights.
    auto headChanged = [this] {
        const HeadSpec& h = m_workspace.project().config.head;
        if (m_hidden->value() != h.hidden || m_dropout->value() != h.dropout) {
            const QSignalBlocker b1(m_hidden), b2(m_dropout);
            m_hidden->setValue(h.hidden);
            m_dropout->setValue(h.dropout);
            m_dropout->setEnabled(h.hidden > 0);
        }
        if (!m_treeKey.empty() && m_treeKey != treeKey())
            loadLayers();
    };
    connect(&m_workspace, &Workspace::configChanged, this, headChanged);
    connect(&m_workspace, &Workspace::reportChanged, this, headChanged);
    connect(&m_workspace, &Workspace::freezeChanged, this, [this] {
        if (!(m_layers->plan() == m_workspace.project().config.freeze)) {
            m_layers->setPlan(m_workspace.project().config.freeze);
            updateTotals();
        }
    });
    connect(&m_workspace, &Workspace::projectReplaced, this, [this] {
        const HeadSpec& h = m_workspace.project().config.head;
        const QSignalBlocker b1(m_hidden), b2(m_dropout);
        m_hidden->setValue(h.hidden);
        m_dropout->setValue(h.dropout);
        m_dropout->setEnabled(h.hidden > 0);
        refreshWeights();
        loadLayers();
        selectCurrent();
    });
    fillZoo();
    refreshWeights();
    loadLayers();
    selectCurrent();
    { // showing the project's head is not a change to it
        const QSignalBlocker b1(m_hidden), b2(m_dropout);
        m_hidden->setValue(m_workspace.project().config.head.hidden);
        m_dropout->setValue(m_workspace.project().config.head.dropout);
        m_dropout->setEnabled(m_hidden->value() > 0);
    }
}

bool ModelPage::isBusy() const { return m_layerJob->isRunning() || m_importJob->isRunning() || m_downloader->isRunning(); }

void ModelPage::fillZoo()
{
    const QSignalBlocker block(m_zoo);
    m_zoo->setSortingEnabled(false);
    m_zoo->setRowCount(0);
    const auto& zoo = architectures();
    m_zoo->setRowCount(int(zoo.size()));
    for (int i = 0; i < int(zoo.size()); ++i) {
        const ArchitectureInfo& a = zoo[std::size_t(i)];
        auto* name = new QTableWidgetItem(QString::fromStdString(a.displayName));
        name->setData(Qt::UserRole, QString::fromStdString(a.name));
        name->setToolTip(QString::fromStdString(a.summary));
        m_zoo->setItem(i, 0, name);
        m_zoo->setItem(i, 1, new QTableWidgetItem(QString::fromStdString(a.family)));
        auto number = [](double v, int decimals) { return new ValueItem(QLocale().toString(v, 'f', decimals), v); };
        m_zoo->setItem(i, 2, new ValueItem(QString::fromStdString(humanCount(a.parameters)), double(a.parameters)));
        m_zoo->setItem(i, 3, number(a.gflops, 2));
        m_zoo->setItem(i, 4, number(a.preprocess.cropSize, 0));
        m_zoo->setItem(i, 5, number(a.top1, 1));
        const app::WeightsLocation loc = m_workspace.weights().find(a);
        m_zoo->setItem(i, 6, new QTableWidgetItem(loc.source == app::WeightsLocation::Source::None
                                                      ? tr("download (%1)").arg(QString::fromStdString(humanBytes(std::uint64_t(a.weights.approxBytes))))
                                                      : sourceText(loc)));
    }
    // Keep the zoo's order (by family, small to large) until the user sorts by a column: enabling
    // sorting sorts by the indicator, so clear it first.
    m_zoo->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_zoo->setSortingEnabled(true);
    selectCurrent();
}

void ModelPage::selectCurrent()
{
    const QString current = QString::fromStdString(m_workspace.project().config.architecture);
    const QSignalBlocker block(m_zoo);
    for (int r = 0; r < m_zoo->rowCount(); ++r)
        if (m_zoo->item(r, 0)->data(Qt::UserRole).toString() == current) {
            m_zoo->selectRow(r);
            m_zoo->scrollToItem(m_zoo->item(r, 0));
        }
}

void ModelPage::refreshWeights()
{
    const ArchitectureInfo& arch = graft::architecture(m_workspace.project().config.architecture);
    const QString source = m_workspace.project().weightsSource;
    {
        const QSignalBlocker block(m_scratch);
        m_scratch->setChecked(source == QLatin1String("none"));
    }
    m_download->setEnabled(true);
    m_import->setEnabled(true);
    if (source == QLatin1String("none")) {
        m_weightsStatus->setText(tr("%1 will start from random weights.").arg(QString::fromStdString(arch.displayName)));
        return;
    }
    if (source != QLatin1String("auto")) {
        m_weightsStatus->setText(tr("Weights file: %1").arg(source));
        return;
    }
    const app::WeightsLocation loc = m_workspace.weights().find(arch);
    if (loc.source == app::WeightsLocation::Source::None) {
        m_weightsStatus->setText(tr("ImageNet weights for %1 are not on this computer yet (%2). Download them, or "
                                    "import a file.")
                                     .arg(QString::fromStdString(arch.displayName),
                                          QString::fromStdString(humanBytes(std::uint64_t(arch.weights.approxBytes)))));
        return;
    }
    m_download->setEnabled(false);
    m_weightsStatus->setText(tr("ImageNet weights found (%1): %2").arg(sourceText(loc), loc.path));
}

void ModelPage::downloadWeights()
{
    const ArchitectureInfo& arch = graft::architecture(m_workspace.project().config.architecture);
    const QString target = m_workspace.weights().graftCacheDir() + QLatin1Char('/') + QString::fromStdString(arch.weights.fileName);
    m_download->setEnabled(false);
    m_downloadProgress->setVisible(true);
    m_downloadProgress->setValue(0);
    m_cancelDownload->setVisible(true);
    m_downloader->start(m_workspace.weights().downloadUrl(arch), target, QString::fromStdString(arch.weights.sha256Prefix));
}

void ModelPage::importWeights()
{
    const QString file = chooseOpenFile(this, QStringLiteral("weights"), tr("Import weights"),
                                        tr("PyTorch weights (*.pth *.pt *.bin);;All files (*)"));
    if (!file.isEmpty())
        importWeightsFrom(file);
}

void ModelPage::importWeightsFrom(const QString& file)
{
    const ArchitectureInfo arch = graft::architecture(m_workspace.project().config.architecture);
    m_import->setEnabled(false);
    m_weightsStatus->setText(tr("Checking %1…").arg(file));
    app::WeightsStore* store = &m_workspace.weights();
    m_importJob->start([arch, file, store](const ProgressCallback&, const CancelFlag*) { store->importFile(arch, file); });
}

HeadSpec ModelPage::currentHead() const
{
    HeadSpec head = m_workspace.project().config.head;
    head.numClasses = std::max(2, int(m_workspace.trainingClasses().size()));
    return head;
}

std::string ModelPage::treeKey() const
{
    const HeadSpec head = currentHead();
    return m_workspace.project().config.architecture + '/' + std::to_string(head.hidden) + '/' + std::to_string(head.numClasses);
}

void ModelPage::loadLayers()
{
    if (m_layerJob->isRunning())
        return; // finished() reloads if the architecture changed meanwhile
    const std::string arch = m_workspace.project().config.architecture;
    m_treeKey = treeKey();
    m_totals->setText(tr("Loading the layers of %1…").arg(QString::fromStdString(graft::architecture(arch).displayName)));
    m_pendingTree = std::make_shared<LayerNode>();
    m_pendingLastBlockPlans = std::make_shared<std::vector<FreezePlan>>();
    const HeadSpec head = currentHead();
    m_layerJob->start([arch, head, tree = m_pendingTree, plans = m_pendingLastBlockPlans](const ProgressCallback&, const CancelFlag*) {
        Model m = Model::create(arch);
        m.replaceHead(head);
        *tree = m.layerTree();
        const int blocks = int(m.blocks().size());
        for (int n = 0; n <= blocks; ++n)
            plans->push_back(m.presetLastBlocks(n));
    });
}

void ModelPage::applyPreset(const FreezePlan& plan)
{
    m_layers->setPlan(plan);
    m_workspace.setFreeze(plan);
    updateTotals();
}

void ModelPage::updateTotals()
{
    const std::int64_t total = m_layers->totalParameters();
    const std::int64_t trainable = m_layers->trainableParameters();
    if (total == 0)
        return;
    m_totals->setText(tr("Trainable: %1 of %2 parameters (%3%)")
                          .arg(QLocale().toString(qlonglong(trainable)), QLocale().toString(qlonglong(total)))
                          .arg(decimal(100.0 * double(trainable) / double(total), 1)));
}

void ModelPage::layerMenu(const QPoint& pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    if (!index.isValid())
        return;
    const QString path = index.data(Qt::UserRole).toString();
    QMenu menu(this);
    menu.addAction(tr("Train from “%1” on (freeze everything above)").arg(path), this,
                   [this, path] {
                       if (const auto plan = m_layers->planTrainableFrom(path))
                           applyPreset(*plan);
                   });
    menu.addAction(tr("Freeze “%1”").arg(path), this, [this, index] {
        m_layers->setData(index.siblingAtColumn(LayerTreeModel::Trainable), Qt::Unchecked, Qt::CheckStateRole);
    });
    menu.addAction(tr("Train “%1”").arg(path), this, [this, index] {
        m_layers->setData(index.siblingAtColumn(LayerTreeModel::Trainable), Qt::Checked, Qt::CheckStateRole);
    });
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

} // namespace graft::ui
