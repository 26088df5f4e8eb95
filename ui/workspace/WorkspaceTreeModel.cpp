#include "workspace/WorkspaceTreeModel.h"

namespace keyway::ui {

WorkspaceTreeModel::Node *WorkspaceTreeModel::Node::add(
    NodeKind childKind, const QString &childName, const QString &childDetail)
{
    auto child = std::make_unique<Node>();
    child->kind = childKind;
    child->name = childName;
    child->detail = childDetail;
    child->parent = this;
    children.push_back(std::move(child));
    return children.back().get();
}

int WorkspaceTreeModel::Node::row() const
{
    if (!parent)
        return 0;
    for (size_t i = 0; i < parent->children.size(); ++i) {
        if (parent->children[i].get() == this)
            return int(i);
    }
    return 0;
}

WorkspaceTreeModel::WorkspaceTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

WorkspaceTreeModel::~WorkspaceTreeModel() = default;

void WorkspaceTreeModel::setWorkspace(const Workspace &workspace)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    Node *environments = m_root->add(NodeKind::Group, tr("Environments"), {});
    for (const Environment &env : workspace.environments)
        environments->add(NodeKind::Environment, env.name,
            environmentKindName(env.kind) + QStringLiteral(" \u00b7 ") + env.baseUrl);
    Node *requests = m_root->add(NodeKind::Group, tr("Requests"), {});
    for (const RequestSpec &request : workspace.requests)
        folderFor(requests, request.collection)->add(NodeKind::Request, request.name, request.method);
    endResetModel();
}

WorkspaceTreeModel::Node *WorkspaceTreeModel::folderFor(Node *requestsGroup, const QString &collection)
{
    Node *folder = requestsGroup;
    for (const QString &part : collection.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        auto it = std::find_if(folder->children.begin(), folder->children.end(),
            [&](const auto &child) { return child->kind == NodeKind::Folder && child->name == part; });
        folder = it != folder->children.end() ? it->get() : folder->add(NodeKind::Folder, part, {});
    }
    return folder;
}

WorkspaceTreeModel::Node *WorkspaceTreeModel::nodeAt(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex WorkspaceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeAt(parent)->children[size_t(row)].get());
}

QModelIndex WorkspaceTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *parentNode = nodeAt(child)->parent;
    if (!parentNode || parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row(), 0, parentNode);
}

int WorkspaceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeAt(parent)->children.size());
}

int WorkspaceTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant WorkspaceTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeAt(index);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? node->name : node->detail;
    case Qt::ToolTipRole:
        return node->detail.isEmpty() ? node->name : node->name + QLatin1Char('\n') + node->detail;
    case NodeKindRole:
        return int(node->kind);
    default:
        return {};
    }
}

QVariant WorkspaceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Name") : tr("Details");
}

} // namespace keyway::ui
