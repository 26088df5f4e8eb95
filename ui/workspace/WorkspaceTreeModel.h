#pragma once

#include "model/Workspace.h"

#include <memory>
#include <optional>
#include <QAbstractItemModel>
#include <vector>

namespace keyway::ui {

// The workspace as a tree: "Environments" with one row per environment, and "Requests" with
// folders and saved requests.
class WorkspaceTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceTreeModel)

public:
    enum Column { NameColumn, DetailColumn, ColumnCount };
    enum class NodeKind { Group, Environment, Folder, Request };
    enum Role {
        NodeKindRole = Qt::UserRole + 1,
        FolderPathRole, // a folder's "a/b", or "" for the Requests group and requests at the top
        HoldsRequestsRole, // true for the Requests group and its folders
    };
    static constexpr const char *MimeType = "application/x-keyway-tree-item";

    explicit WorkspaceTreeModel(QObject *parent = nullptr);
    ~WorkspaceTreeModel() override;

    void setWorkspace(const Workspace &workspace);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Requests and folders can be dragged onto a folder or the Requests group. A drop changes
    // nothing here: it asks for the move, and the tree is rebuilt from the files afterwards.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) override;

Q_SIGNALS:
    void requestMoveRequested(const QString &collection, const QString &name, const QString &toFolder);
    void folderMoveRequested(const QString &folder, const QString &toParent);

private:
    struct Node
    {
        NodeKind kind = NodeKind::Group;
        QString name;
        QString detail;
        std::optional<EnvironmentKind> environmentKind; // environments: their colour in the tree
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;

        Node *add(NodeKind kind, const QString &name, const QString &detail);
        int row() const;
    };

    Node *nodeAt(const QModelIndex &index) const;
    Node *folderFor(Node *requestsGroup, const QString &collection);
    // The folder a drop on `node` lands in, or nullopt for a place that takes no requests.
    std::optional<QString> dropFolder(const Node *node) const;
    static QString folderPathOf(const Node *node);

    std::unique_ptr<Node> m_root;
};

} // namespace keyway::ui
