#include "workspace/WorkspaceTreeActions.h"

#include "composer/RequestPane.h"
#include "environments/EnvironmentEditor.h"
#include "environments/EnvironmentFiles.h"
#include "tabs/DocumentTabs.h"
#include "workspace/RequestFiles.h"
#include "workspace/WorkspaceTreeModel.h"

#include <QMenu>
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
    connect(&environments, &EnvironmentFiles::removed, this, [this](const QString &name) {
        if (DocumentPage *page = m_tabs.pageWithKey(EnvironmentEditor::keyOf(name)))
            m_tabs.discard(page);
    });
    followRequestFiles();
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
    const auto request = m_requests.requestAt(index);
    if (!request)
        return;
    menu.addAction(tr("&Open in New Tab"), this, [this, request] { m_tabs.openRequest(*request); });
    menu.addSeparator();
    menu.addAction(tr("&Rename\u2026"), this, [this, request] { m_requests.rename(*request); });
    menu.addAction(tr("&Duplicate"), this, [this, request] { m_requests.duplicate(*request); });
    menu.addAction(tr("De&lete"), this, [this, request] { m_requests.remove(*request); });
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

} // namespace keyway::ui
