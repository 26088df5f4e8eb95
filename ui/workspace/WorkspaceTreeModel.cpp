#include "workspace/WorkspaceTreeModel.h"

#include "common/KindColor.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

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
        environments
            ->add(NodeKind::Environment, env.name,
                environmentKindName(env.kind) + QStringLiteral(" \u00b7 ") + env.baseUrl)
            ->environmentKind
            = env.kind;
    Node *requests = m_root->add(NodeKind::Group, tr("Requests"), {});
    for (const QString &folder : workspace.folders)
        folderFor(requests, folder); // empty folders show too
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
    case Qt::DecorationRole:
        return index.column() == NameColumn && node->environmentKind ? kindDot(*node->environmentKind)
                                                                     : QVariant();
    case NodeKindRole:
        return int(node->kind);
    case HoldsRequestsRole:
        return node->kind != NodeKind::Request && dropFolder(node).has_value();
    case FolderPathRole:
        return folderPathOf(node->kind == NodeKind::Request ? node->parent : node);
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

QString WorkspaceTreeModel::folderPathOf(const Node *node)
{
    QStringList parts;
    for (; node && node->kind == NodeKind::Folder; node = node->parent)
        parts.prepend(node->name);
    return parts.join(QLatin1Char('/'));
}

std::optional<QString> WorkspaceTreeModel::dropFolder(const Node *node) const
{
    if (node && node->kind == NodeKind::Request)
        node = node->parent; // onto a request: into its folder
    const bool requestsGroup
        = node && node->kind == NodeKind::Group && node->parent == m_root.get() && node->row() == 1;
    if (!node || (node->kind != NodeKind::Folder && !requestsGroup))
        return std::nullopt;
    return folderPathOf(node);
}

Qt::ItemFlags WorkspaceTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    const Node *node = nodeAt(index);
    if (index.isValid() && (node->kind == NodeKind::Request || node->kind == NodeKind::Folder))
        flags |= Qt::ItemIsDragEnabled;
    if (index.isValid() && dropFolder(node))
        flags |= Qt::ItemIsDropEnabled;
    return flags;
}

QStringList WorkspaceTreeModel::mimeTypes() const
{
    return {QLatin1String(MimeType)};
}

QMimeData *WorkspaceTreeModel::mimeData(const QModelIndexList &indexes) const
{
    // One item at a time: its kind, its folder and (for a request) its name.
    for (const QModelIndex &index : indexes) {
        const Node *node = nodeAt(index);
        if (!index.isValid() || (node->kind != NodeKind::Request && node->kind != NodeKind::Folder))
            continue;
        QByteArray encoded;
        QDataStream stream(&encoded, QIODevice::WriteOnly);
        stream << int(node->kind) << folderPathOf(node->kind == NodeKind::Request ? node->parent : node)
               << node->name;
        auto *mime = new QMimeData;
        mime->setData(QLatin1String(MimeType), encoded);
        return mime;
    }
    return nullptr;
}

bool WorkspaceTreeModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &parent) const
{
    return action == Qt::MoveAction && data && data->hasFormat(QLatin1String(MimeType))
        && dropFolder(nodeAt(parent)).has_value() && parent.isValid();
}

bool WorkspaceTreeModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QString target = *dropFolder(nodeAt(parent));
    QDataStream stream(data->data(QLatin1String(MimeType)));
    int kind = 0;
    QString folder;
    QString name;
    stream >> kind >> folder >> name;
    if (NodeKind(kind) == NodeKind::Request && folder != target)
        Q_EMIT requestMoveRequested(folder, name, target);
    else if (NodeKind(kind) == NodeKind::Folder) {
        const QString parentFolder
            = folder.contains(QLatin1Char('/')) ? folder.section(QLatin1Char('/'), 0, -2) : QString();
        if (parentFolder != target)
            Q_EMIT folderMoveRequested(folder, target);
    }
    return false; // the files move; the tree is rebuilt from them
}

} // namespace keyway::ui
