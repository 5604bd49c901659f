#include "LayerTreeModel.h"

#include "core/Text.h"

#include <QFont>
#include <QLocale>

namespace graft::ui {

namespace {
QString shapeText(const std::vector<std::int64_t>& shape)
{
    QStringList parts;
    for (auto s : shape)
        parts << QString::number(s);
    return parts.join(QStringLiteral(" × "));
}

// Parameters that belong to the node itself (not its children).
std::int64_t ownParameters(const LayerNode& n)
{
    std::int64_t children = 0;
    for (const auto& c : n.children)
        children += c.parameters;
    return n.parameters - children;
}
} // namespace

LayerTreeModel::LayerTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

void LayerTreeModel::build(Node& node, const LayerNode& layer)
{
    node.layer = &layer;
    if (ownParameters(layer) > 0)
        m_parameters.emplace_back(layer.path, ownParameters(layer));
    for (std::size_t i = 0; i < layer.children.size(); ++i) {
        auto child = std::make_unique<Node>();
        child->parent = &node;
        child->row = int(i);
        build(*child, layer.children[i]);
        node.children.push_back(std::move(child));
    }
}

void LayerTreeModel::setTree(const LayerNode& root, const FreezePlan& plan)
{
    beginResetModel();
    m_tree = root;
    m_root = std::make_unique<Node>();
    m_parameters.clear();
    build(*m_root, m_tree);
    endResetModel();
    setPlan(plan);
}

void LayerTreeModel::setPlan(const FreezePlan& plan)
{
    m_plan = plan;
    m_trainable.clear();
    // A node's own parameters are named "<path>.<name>": the plan decides them by their node path
    // (rules name nodes, so any parameter name under the node gives the same answer).
    for (const auto& [path, count] : m_parameters)
        m_trainable[path] = plan.isTrainable(path.empty() ? std::string("weight") : path + ".weight");
    if (m_root) {
        recount(*m_root);
        notifyAll();
    }
}

void LayerTreeModel::notifyAll()
{
    // Only the trainable state changes: tell the view row by row, keeping its expanded nodes.
    std::function<void(const Node&, const QModelIndex&)> walk = [&](const Node& n, const QModelIndex& parentIndex) {
        if (n.children.empty())
            return;
        Q_EMIT dataChanged(index(0, 0, parentIndex), index(int(n.children.size()) - 1, ColumnCount - 1, parentIndex));
        for (const auto& c : n.children)
            walk(*c, index(c->row, 0, parentIndex));
    };
    walk(*m_root, {});
}

std::int64_t LayerTreeModel::recount(Node& node)
{
    std::int64_t own = 0;
    const auto it = m_trainable.find(node.layer->path);
    if (it != m_trainable.end() && it->second)
        own = ownParameters(*node.layer);
    std::int64_t sum = own;
    for (auto& c : node.children)
        sum += recount(*c);
    node.trainable = sum;
    return sum;
}

std::int64_t LayerTreeModel::totalParameters() const { return m_root ? m_root->layer->parameters : 0; }
std::int64_t LayerTreeModel::trainableParameters() const { return m_root ? m_root->trainable : 0; }

void LayerTreeModel::setSubtree(Node& node, bool trainable)
{
    if (m_trainable.count(node.layer->path))
        m_trainable[node.layer->path] = trainable;
    for (auto& c : node.children)
        setSubtree(*c, trainable);
}

FreezePlan LayerTreeModel::minimalPlan() const
{
    if (!m_root)
        return {};
    if (m_root->trainable == m_root->layer->parameters)
        return {}; // everything trainable
    FreezePlan plan{{{"all", false}}};
    std::function<void(const Node&)> walk = [&](const Node& n) {
        if (n.layer->parameters == 0)
            return;
        if (n.trainable == n.layer->parameters && !n.layer->path.empty()) {
            plan.rules.push_back({n.layer->path, true});
            return;
        }
        if (n.trainable == 0)
            return;
        for (const auto& c : n.children)
            walk(*c);
    };
    walk(*m_root);
    return plan;
}

QModelIndex LayerTreeModel::indexOfPath(const QString& path) const
{
    std::function<QModelIndex(const Node&, const QModelIndex&)> find = [&](const Node& n, const QModelIndex& parentIndex) -> QModelIndex {
        for (const auto& c : n.children) {
            const QModelIndex idx = index(c->row, 0, parentIndex);
            if (QString::fromStdString(c->layer->path) == path)
                return idx;
            if (path.startsWith(QString::fromStdString(c->layer->path) + QLatin1Char('.')))
                return find(*c, idx);
        }
        return {};
    };
    return m_root ? find(*m_root, {}) : QModelIndex();
}

std::optional<FreezePlan> LayerTreeModel::planTrainableFrom(const QString& path) const
{
    return trainableFromPlan(m_tree, path.toStdString());
}

LayerTreeModel::Node* LayerTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex LayerTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    const Node* p = nodeOf(parent);
    if (!p || row < 0 || row >= int(p->children.size()) || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column, p->children[std::size_t(row)].get());
}

QModelIndex LayerTreeModel::parent(const QModelIndex& child) const
{
    const Node* n = nodeOf(child);
    if (!child.isValid() || !n || !n->parent || n->parent == m_root.get())
        return {};
    return createIndex(n->parent->row, 0, n->parent);
}

int LayerTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node* n = nodeOf(parent);
    return n ? int(n->children.size()) : 0;
}

int LayerTreeModel::columnCount(const QModelIndex&) const { return ColumnCount; }

QVariant LayerTreeModel::data(const QModelIndex& index, int role) const
{
    const Node* n = nodeOf(index);
    if (!index.isValid() || !n)
        return {};
    const LayerNode& l = *n->layer;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return QString::fromStdString(l.name);
        case Type: return QString::fromStdString(l.type) + (l.isHead ? tr(" (classifier)") : QString());
        case Shape: return shapeText(l.outputShape);
        case Parameters: return l.parameters ? QLocale().toString(qlonglong(l.parameters)) : QString();
        case Trainable:
            if (l.parameters == 0)
                return QString();
            return n->trainable == l.parameters ? tr("Trainable") : n->trainable == 0 ? tr("Frozen") : tr("Partly");
        }
    }
    if (role == Qt::CheckStateRole && index.column() == Trainable && l.parameters > 0)
        return n->trainable == l.parameters ? Qt::Checked : n->trainable == 0 ? Qt::Unchecked : Qt::PartiallyChecked;
    if (role == Qt::ToolTipRole)
        return QStringLiteral("%1 — %2").arg(QString::fromStdString(l.path.empty() ? l.name : l.path),
                                            tr("%1 of %2 parameters trainable").arg(n->trainable).arg(l.parameters));
    if (role == Qt::TextAlignmentRole && (index.column() == Parameters))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole)
        return QString::fromStdString(l.path);
    if (role == Qt::FontRole && l.isBlock) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

bool LayerTreeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    Node* n = nodeOf(index);
    if (role != Qt::CheckStateRole || index.column() != Trainable || !n || n->layer->parameters == 0)
        return false;
    const auto state = Qt::CheckState(value.toInt());
    setSubtree(*n, state != Qt::Unchecked);
    recount(*m_root);
    m_plan = minimalPlan();
    notifyAll();
    Q_EMIT planEdited(m_plan);
    return true;
}

Qt::ItemFlags LayerTreeModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    const Node* n = nodeOf(index);
    if (index.column() == Trainable && n && n->layer->parameters > 0)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant LayerTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Layer");
    case Type: return tr("Type");
    case Shape: return tr("Output shape");
    case Parameters: return tr("Parameters");
    case Trainable: return tr("Trainable");
    }
    return {};
}

} // namespace graft::ui
