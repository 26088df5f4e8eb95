#include "workspace/WorkspaceTreeActions.h"

#include "composer/RequestPane.h"
#include "environments/EnvironmentEditor.h"
#include "environments/EnvironmentFiles.h"
#include "tabs/DocumentTabs.h"
#include "workspace/RequestFiles.h"
#include "workspace/WorkspaceTreeModel.h"

#include <QAction>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTreeView>

namespace keyway::ui {

namespace {

WorkspaceTreeModel::NodeKind kindOf(const QModelIndex &index)
{
    return WorkspaceTreeModel::NodeKind(index.data(WorkspaceTreeModel::NodeKindRole).toInt());
}

QString nameOf(const QModelIndex &index)
{
    return index.siblingAtColumn(WorkspaceTreeModel::NameColumn).data().toString();
}

} // namespace

WorkspaceTreeActions::WorkspaceTreeActions(QTreeView *tree, RequestFiles &requests,
    EnvironmentFiles &environments, DocumentTabs &tabs, QWidget *window)
    : QObject(window)
    , m_tree(tree)
    , m_requests(requests)
    , m_environments(environments)
    , m_tabs(tabs)
    , m_window(window)
{
    connect(tree, &QTreeView::clicked, this, [this](const QModelIndex &index) { open(index, true); });
    connect(tree, &QTreeView::activated, this, [this](const QModelIndex &index) { open(index, false); });
    tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(tree, &QTreeView::customContextMenuRequested, this, &WorkspaceTreeActions::showMenu);
    // Drag and drop moves files on disk; the tree is rebuilt from them.
    tree->setDragDropMode(QAbstractItemView::DragDrop);
    tree->setDefaultDropAction(Qt::MoveAction);
    tree->setDropIndicatorShown(true);
    auto *model = qobject_cast<WorkspaceTreeModel *>(qobject_cast<QSortFilterProxyModel *>(tree->model())
            ? qobject_cast<QSortFilterProxyModel *>(tree->model())->sourceModel()
            : tree->model());
    connect(model, &WorkspaceTreeModel::requestMoveRequested, this,
        [this](const QString &collection, const QString &name, const QString &folder) {
            for (const RequestSpec &request : m_requests.workspace().requests) {
                if (request.collection == collection && request.name == name)
                    return m_requests.moveRequest(request, folder);
            }
        });
    connect(model, &WorkspaceTreeModel::folderMoveRequested, &m_requests, &RequestFiles::moveFolder);
    connect(&environments, &EnvironmentFiles::removed, this, [this](const QString &name) {
        if (DocumentPage *page = m_tabs.pageWithKey(EnvironmentEditor::keyOf(name)))
            m_tabs.discard(page);
    });
    followRequestFiles();
    // Alt+Up / Alt+Down in the tree move the current request in its folder's order.
    m_moveUp = new QAction(tr("Move Up"), this);
    m_moveDown = new QAction(tr("Move Down"), this);
    for (QAction *move : {m_moveUp, m_moveDown}) {
        const int step = move == m_moveUp ? -1 : 1;
        move->setShortcut(QKeySequence(Qt::ALT | (step < 0 ? Qt::Key_Up : Qt::Key_Down)));
        move->setShortcutContext(Qt::WidgetShortcut);
        connect(move, &QAction::triggered, this, [this, step] {
            if (const auto request = m_requests.requestAt(m_tree->currentIndex()))
                m_requests.moveInOrder(*request, step);
        });
        tree->addAction(move);
    }
}

void WorkspaceTreeActions::open(const QModelIndex &index, bool preview)
{
    if (kindOf(index) == WorkspaceTreeModel::NodeKind::Environment) {
        if (!preview) // opening an environment selects it and shows its editor
            Q_EMIT editEnvironmentRequested(nameOf(index));
        return;
    }
    if (const auto request = m_requests.requestAt(index))
        m_tabs.openRequest(*request, preview);
}

void WorkspaceTreeActions::followRequestFiles()
{
    connect(
        &m_requests, &RequestFiles::renamed, this, [this](const RequestSpec &from, const RequestSpec &to) {
            if (auto *pane = qobject_cast<RequestPane *>(m_tabs.pageWithKey(RequestPane::keyOf(from)));
                pane && !pane->isModified())
                pane->setRequest(to);
        });
    connect(&m_requests, &RequestFiles::folderMoved, this, [this](const QString &from, const QString &to) {
        for (DocumentPage *page : m_tabs.pages()) {
            auto *pane = qobject_cast<RequestPane *>(page);
            if (!pane || pane->isModified())
                continue;
            RequestSpec request = pane->request();
            if (request.name.isEmpty()
                || (request.collection != from && !request.collection.startsWith(from + QLatin1Char('/'))))
                continue;
            request.collection = to + request.collection.mid(from.size());
            pane->setRequest(request);
        }
    });
    connect(&m_requests, &RequestFiles::removed, this, [this](const RequestSpec &request) {
        if (DocumentPage *page = m_tabs.pageWithKey(RequestPane::keyOf(request)); page && !page->isModified())
            m_tabs.discard(page);
    });
}

void WorkspaceTreeActions::showMenu(const QPoint &position)
{
    const QModelIndex index = m_tree->indexAt(position);
    QMenu menu(m_window);
    if (kindOf(index) == WorkspaceTreeModel::NodeKind::Environment) {
        const QString name = nameOf(index);
        menu.addAction(
            tr("&Edit Environment"), this, [this, name] { Q_EMIT editEnvironmentRequested(name); });
        menu.addAction(tr("&Delete Environment\u2026"), this, [this, name] { m_environments.remove(name); });
        menu.exec(m_tree->viewport()->mapToGlobal(position));
        return;
    }
    const auto kind = kindOf(index);
    const QString folder = index.data(WorkspaceTreeModel::FolderPathRole).toString();
    if (index.data(WorkspaceTreeModel::HoldsRequestsRole).toBool()) {
        menu.addAction(tr("R&un\u2026"), this, [this, folder] { Q_EMIT runRequested(folder); });
        menu.addSeparator();
        menu.addAction(tr("New &Folder\u2026"), this, [this, folder] { m_requests.newFolder(folder); });
        if (kind == WorkspaceTreeModel::NodeKind::Folder)
            menu.addAction(
                tr("&Rename Folder\u2026"), this, [this, folder] { m_requests.renameFolder(folder); });
        menu.exec(m_tree->viewport()->mapToGlobal(position));
        return;
    }
    const auto request = m_requests.requestAt(index);
    if (!request)
        return;
    menu.addAction(tr("&Open in New Tab"), this, [this, request] { m_tabs.openRequest(*request); });
    menu.addSeparator();
    for (const int step : {-1, 1}) {
        QAction *move = menu.addAction(step < 0 ? tr("Move &Up") : tr("Move Do&wn"), this,
            [this, request, step] { m_requests.moveInOrder(*request, step); });
        move->setShortcut(step < 0 ? m_moveUp->shortcut() : m_moveDown->shortcut());
        move->setEnabled(m_requests.canMoveInOrder(*request, step));
    }
    menu.addSeparator();
    menu.addAction(tr("&Rename\u2026"), this, [this, request] { m_requests.rename(*request); });
    menu.addAction(tr("&Duplicate"), this, [this, request] { m_requests.duplicate(*request); });
    menu.addAction(tr("De&lete"), this, [this, request] { m_requests.remove(*request); });
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

} // namespace keyway::ui
