#pragma once

#include "model/Workspace.h"

#include <memory>
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
    enum Role { NodeKindRole = Qt::UserRole + 1 };

    explicit WorkspaceTreeModel(QObject *parent = nullptr);
    ~WorkspaceTreeModel() override;

    void setWorkspace(const Workspace &workspace);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        NodeKind kind = NodeKind::Group;
        QString name;
        QString detail;
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;

        Node *add(NodeKind kind, const QString &name, const QString &detail);
        int row() const;
    };

    Node *nodeAt(const QModelIndex &index) const;
    Node *folderFor(Node *requestsGroup, const QString &collection);

    std::unique_ptr<Node> m_root;
};

} // namespace keyway::ui
