#include "history/HistoryPanel.h"

#include "common/Prompter.h"
#include "history/HarExport.h"
#include "history/HistoryModel.h"
#include "history/HistoryStore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTreeView>
#include <QVBoxLayout>

namespace keyway::ui {

HistoryPanel::HistoryPanel(HistoryStore &store, Prompter &prompter, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_prompter(prompter)
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_notice(new QLabel(this))
    , m_model(new HistoryModel(this))
{
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setAccessibleName(tr("Search the history"));
    m_search->setPlaceholderText(tr("Search URL, status, environment"));
    m_search->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setAccessibleName(tr("History of sent requests"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    // The request takes what the sidebar has left; environment and time only what they need.
    m_view->header()->setSectionResizeMode(HistoryModel::SummaryColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(HistoryModel::EnvironmentColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(HistoryModel::TimeColumn, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(false);
    m_notice->setObjectName(QStringLiteral("historyNotice"));
    m_notice->setWordWrap(true);
    m_notice->setText(m_store.notice());
    m_notice->setVisible(!m_store.notice().isEmpty());
    auto *clear = new QPushButton(tr("Clear History\u2026"), this);
    clear->setObjectName(QStringLiteral("clearHistory"));
    auto *exportHar = new QPushButton(tr("Export as HAR\u2026"), this);
    exportHar->setObjectName(QStringLiteral("exportHar"));
    exportHar->setToolTip(
        tr("Save the entries shown (matching the search) as an HTTP Archive; keys stay masked."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(exportHar);
    buttons->addWidget(clear);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_notice);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &HistoryPanel::reload);
    connect(clear, &QPushButton::clicked, this, &HistoryPanel::clearHistory);
    connect(exportHar, &QPushButton::clicked, this, &HistoryPanel::exportShown);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QVariant id = index.siblingAtColumn(0).data(HistoryModel::EntryIdRole);
        if (!id.isValid())
            return;
        if (const auto entry = m_store.entry(id.toLongLong()))
            Q_EMIT reopenRequested(*entry);
    });
    reload();
}

void HistoryPanel::reload()
{
    m_model->setEntries(m_store.search(m_search->text().trimmed()));
    m_view->expandAll();
}

void HistoryPanel::exportShown()
{
    QList<HistoryEntry> entries;
    for (const HistoryEntry &listed : m_store.search(m_search->text().trimmed())) {
        if (const auto full = m_store.entry(listed.id)) // the list leaves bodies out; the archive has them
            entries.append(*full);
    }
    if (entries.isEmpty())
        return m_prompter.showError(this, tr("Export as HAR"), tr("No history entries to export."));
    const QString path
        = m_prompter.chooseSaveFile(this, tr("Export as HAR"), QStringLiteral("keyway-history.har"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(HarExport::toJson(entries)) < 0 || !file.commit())
        m_prompter.showError(
            this, tr("Export as HAR"), tr("Cannot write %1: %2").arg(path, file.errorString()));
}

void HistoryPanel::clearHistory()
{
    if (!m_prompter.confirm(this, tr("Clear history?"),
            tr("Every saved request and response in the history is deleted."), tr("Clear History")))
        return;
    if (Status cleared = m_store.clear(); !cleared)
        m_prompter.showError(this, tr("Clear History"), cleared.error());
    reload();
}

void HistoryPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // In a narrow sidebar the request itself gets the room; its environment is in the tooltip.
    m_view->setColumnHidden(HistoryModel::EnvironmentColumn, width() < WideEnoughForEnvironment);
}

} // namespace keyway::ui
