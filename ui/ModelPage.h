// Step 2, Model: the zoo (parameters, FLOPs, input size, ImageNet top-1, weights status), weights
// download/import, the layer list with a trainable check box per block and layer, presets, live
// trainable-parameter totals, and the new head's settings.
#pragma once

#include "Workspace.h"
#include "models/LayerTree.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTreeView;

namespace graft::app {
class BackgroundJob;
class WeightsDownloader;
}

namespace graft::ui {

class LayerTreeModel;

class ModelPage : public QWidget
{
    Q_OBJECT

public:
    ModelPage(Workspace& workspace, QWidget* parent = nullptr);
    LayerTreeModel* layerModel() const { return m_layers; }
    bool isBusy() const;

public Q_SLOTS:
    void importWeights();
    void importWeightsFrom(const QString& file);
    void downloadWeights();

Q_SIGNALS:
    void message(const QString& text);
    // A weights download ended: downloaded and verified (ok), or failed or cancelled.
    void downloadEnded(bool ok);

private:
    void fillZoo();
    void selectCurrent();
    void refreshWeights();
    void loadLayers();
    // What the layer list depends on: the architecture, the head's hidden layer, the class count.
    std::string treeKey() const;
    HeadSpec currentHead() const;
    void applyPreset(const FreezePlan& plan);
    void updateTotals();
    void layerMenu(const QPoint& pos);

    Workspace& m_workspace;
    QTableWidget* m_zoo;
    QLabel* m_weightsStatus;
    QPushButton* m_download;
    QPushButton* m_import;
    QCheckBox* m_scratch;
    QProgressBar* m_downloadProgress;
    QPushButton* m_cancelDownload;
    QTreeView* m_tree;
    LayerTreeModel* m_layers;
    QLabel* m_totals;
    QSpinBox* m_lastBlocks;
    QSpinBox* m_hidden;
    QDoubleSpinBox* m_dropout;
    app::BackgroundJob* m_layerJob;
    app::BackgroundJob* m_importJob;
    app::WeightsDownloader* m_downloader;
    std::shared_ptr<LayerNode> m_pendingTree;
    // The engine's "fine-tune the last N blocks" plans of the loaded network, N = 0 .. its blocks.
    std::shared_ptr<std::vector<FreezePlan>> m_pendingLastBlockPlans;
    std::vector<FreezePlan> m_lastBlockPlans;
    std::string m_treeKey; // of the list shown or loading
};

} // namespace graft::ui
