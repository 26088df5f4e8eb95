#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTreeView;

namespace keyway {
struct Workspace;
}

namespace keyway::ui {

class WorkspaceTreeModel;

// The left pane: a filter box over the workspace tree, or the reason the workspace could not load.
class WorkspacePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspacePanel)

public:
    explicit WorkspacePanel(QWidget *parent = nullptr);

    void showWorkspace(const Workspace &workspace);
    void showLoadError(const QString &message);
    void focusFilter();

    QTreeView *treeView() const { return m_tree; }
    WorkspaceTreeModel *model() const { return m_model; }

private:
    QLineEdit *m_filter;
    QTreeView *m_tree;
    QLabel *m_error;
    QLabel *m_skipped; // environment files that could not be read
    QStackedWidget *m_pages;
    WorkspaceTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
};

} // namespace keyway::ui
