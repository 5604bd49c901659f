// The network as a tree for the layer list: name, type, output shape, parameters and a trainable
// check box per node. Checking a block checks everything inside it. Edits become a minimal freeze
// plan: "freeze all", then "train X" for each fully trainable node not inside another.
#pragma once

#include "models/LayerTree.h"

#include <QAbstractItemModel>

#include <map>
#include <memory>

namespace graft::ui {

class LayerTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Name, Type, Shape, Parameters, Trainable, ColumnCount };

    explicit LayerTreeModel(QObject* parent = nullptr);

    void setTree(const LayerNode& root, const FreezePlan& plan);
    void setPlan(const FreezePlan& plan); // recomputes the check states
    const FreezePlan& plan() const { return m_plan; }
    std::int64_t totalParameters() const;
    std::int64_t trainableParameters() const;
    QModelIndex indexOfPath(const QString& path) const;
    // Everything before this node frozen; the node and everything after it trainable (the engine's
    // preset over the tree shown). Empty when the path is not in the tree.
    std::optional<FreezePlan> planTrainableFrom(const QString& path) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void planEdited(const graft::FreezePlan& plan);

private:
    struct Node
    {
        const LayerNode* layer = nullptr;
        Node* parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
        std::int64_t trainable = 0;  // parameters trainable under the current plan
    };
    void build(Node& node, const LayerNode& layer);
    std::int64_t recount(Node& node);
    void setSubtree(Node& node, bool trainable);
    FreezePlan minimalPlan() const;
    void notifyAll();
    Node* nodeOf(const QModelIndex& index) const;

    LayerNode m_tree;
    std::unique_ptr<Node> m_root;
    std::vector<std::pair<std::string, std::int64_t>> m_parameters; // leaf parameter groups: node path -> count
    std::map<std::string, bool> m_trainable;                       // per node with own parameters
    FreezePlan m_plan;
};

} // namespace graft::ui
