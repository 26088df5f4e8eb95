#include "workspace/WorkspacePanel.h"

#include "common/ErrorText.h"
#include "workspace/WorkspaceTreeModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace keyway::ui {

WorkspacePanel::WorkspacePanel(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_error(new QLabel(this))
    , m_skipped(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_model(new WorkspaceTreeModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_filter->setPlaceholderText(tr("Filter environments and requests"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("workspaceFilter"));
    m_filter->setAccessibleName(tr("Filter environments and requests"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(WorkspaceTreeModel::NameColumn);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        m_tree->expandAll();
    });

    m_tree->setObjectName(QStringLiteral("workspaceTree"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setAccessibleName(tr("Workspace"));

    m_error->setObjectName(QStringLiteral("workspaceError"));
    m_error->setWordWrap(true);
    m_error->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setMargin(8);

    m_pages->addWidget(m_tree);
    m_pages->addWidget(m_error);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_skipped->setObjectName(QStringLiteral("skippedFiles"));
    m_skipped->setWordWrap(true);
    m_skipped->setTextInteractionFlags(Qt::TextSelectableByMouse);
    showAsError(m_skipped);
    m_skipped->hide();
    layout->addWidget(m_filter);
    layout->addWidget(m_skipped);
    layout->addWidget(m_pages);
}

void WorkspacePanel::showWorkspace(const Workspace &workspace)
{
    m_model->setWorkspace(workspace);
    m_tree->expandAll();
    m_tree->resizeColumnToContents(WorkspaceTreeModel::NameColumn);
    m_pages->setCurrentWidget(m_tree);
    m_filter->setEnabled(true);
    // A file that cannot be read is left out, not hidden: say which and why.
    QStringList skipped;
    for (auto it = workspace.unreadableEnvironments.cbegin(); it != workspace.unreadableEnvironments.cend();
         ++it)
        skipped << tr("Environment %1 was skipped: %2").arg(it.key(), it.value());
    m_skipped->setText(skipped.join(QLatin1Char('\n')));
    m_skipped->setVisible(!skipped.isEmpty());
}

void WorkspacePanel::showLoadError(const QString &message)
{
    m_skipped->hide();
    m_error->setText(tr("This workspace could not be opened:\n\n%1").arg(message));
    m_pages->setCurrentWidget(m_error);
    m_filter->setEnabled(false);
}

void WorkspacePanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

} // namespace keyway::ui
