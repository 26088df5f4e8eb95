#pragma once

#include <QObject>

class QAction;
class QModelIndex;
class QPoint;
class QTreeView;
class QWidget;

namespace keyway::ui {

class DocumentTabs;
class EnvironmentFiles;
class RequestFiles;

// What the workspace tree does: a click previews a request in the reusable tab, a double-click (or
// Enter) opens it to keep, or opens an environment's editor; the context menu renames, duplicates
// and deletes, moves a request up or down its folder's order (Alt+Up/Down), and runs a folder (or
// all requests). Open tabs follow a request that is renamed or
// deleted, unless they hold unsaved edits.
class WorkspaceTreeActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceTreeActions)

public:
    WorkspaceTreeActions(QTreeView *tree, RequestFiles &requests, EnvironmentFiles &environments,
        DocumentTabs &tabs, QWidget *window);

    void open(const QModelIndex &index, bool preview);

Q_SIGNALS:
    void editEnvironmentRequested(const QString &environment);
    void runRequested(const QString &folder); // "" for all requests

private:
    void showMenu(const QPoint &position);
    void followRequestFiles();

    QTreeView *m_tree;
    RequestFiles &m_requests;
    EnvironmentFiles &m_environments;
    DocumentTabs &m_tabs;
    QWidget *m_window;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
};

} // namespace keyway::ui
