#include "tabs/DocumentTabs.h"

#include "common/Prompter.h"
#include "composer/RequestPane.h"
#include "tabs/DocumentPage.h"

#include <QTabBar>

namespace keyway::ui {

DocumentTabs::DocumentTabs(Prompter &prompter, RequestPaneFactory makePane, QWidget *parent)
    : QTabWidget(parent)
    , m_prompter(prompter)
    , m_makePane(std::move(makePane))
{
    setObjectName(QStringLiteral("documentTabs"));
    setAccessibleName(tr("Open requests and environments"));
    setDocumentMode(true);
    setTabsClosable(true);
    setMovable(true);
    setUsesScrollButtons(true);
    tabBar()->setExpanding(false);
    tabBar()->setElideMode(Qt::ElideRight);
    connect(this, &QTabWidget::tabCloseRequested, this, [this](int index) { closeTab(index); });
    connect(this, &QTabWidget::currentChanged, this, [this] { Q_EMIT currentPageChanged(currentPage()); });
    // Double-click pins a preview tab; on the empty part of the bar it opens a new request.
    connect(tabBar(), &QTabBar::tabBarDoubleClicked, this, [this](int index) {
        if (index < 0)
            newRequest();
        else
            pin(page(index));
    });
}

DocumentPage *DocumentTabs::page(int index) const
{
    return qobject_cast<DocumentPage *>(widget(index));
}

DocumentPage *DocumentTabs::currentPage() const
{
    return qobject_cast<DocumentPage *>(currentWidget());
}

RequestPane *DocumentTabs::currentRequestPane() const
{
    return qobject_cast<RequestPane *>(currentWidget());
}

QList<DocumentPage *> DocumentTabs::pages() const
{
    QList<DocumentPage *> result;
    for (int index = 0; index < count(); ++index)
        result.append(page(index));
    return result;
}

DocumentPage *DocumentTabs::pageWithKey(const QString &key) const
{
    if (key.isEmpty())
        return nullptr;
    for (DocumentPage *candidate : pages()) {
        if (candidate->documentKey() == key)
            return candidate;
    }
    return nullptr;
}

RequestPane *DocumentTabs::openRequest(const RequestSpec &request, bool preview)
{
    if (auto *open = qobject_cast<RequestPane *>(pageWithKey(RequestPane::keyOf(request)))) {
        setCurrentWidget(open);
        if (!preview)
            pin(open);
        return open;
    }
    auto *reusable = qobject_cast<RequestPane *>(preview ? m_preview.data() : nullptr);
    // A fresh, untouched "New request" tab is used up rather than left behind.
    RequestPane *current = currentRequestPane();
    if (!reusable && current && current->isBlank())
        reusable = current;
    if (reusable && !reusable->isModified()) {
        reusable->setRequest(request);
        if (!preview)
            pin(reusable);
        else
            m_preview = reusable;
        refreshTab(reusable);
        setCurrentWidget(reusable);
        return reusable;
    }
    RequestPane *pane = m_makePane(this);
    pane->setRequest(request);
    add(pane, preview);
    return pane;
}

RequestPane *DocumentTabs::newRequest(const RequestSpec &request)
{
    RequestPane *pane = m_makePane(this);
    pane->setRequest(request);
    add(pane, false);
    return pane;
}

DocumentPage *DocumentTabs::openPage(const QString &key, const std::function<DocumentPage *(QWidget *)> &make)
{
    if (DocumentPage *open = pageWithKey(key)) {
        setCurrentWidget(open);
        return open;
    }
    RequestPane *blank
        = currentRequestPane() && currentRequestPane()->isBlank() ? currentRequestPane() : nullptr;
    DocumentPage *made = make(this);
    add(made, false);
    if (blank)
        discard(blank); // an untouched "New request" tab gives way
    return made;
}

int DocumentTabs::add(DocumentPage *page, bool preview)
{
    if (preview && m_preview && !m_preview->isModified())
        discard(m_preview); // one preview tab at a time
    if (auto *pane = qobject_cast<RequestPane *>(page)) {
        pane->setSplitterStates(m_sideBySideState, m_stackedState);
        pane->setLayoutMode(m_layoutMode);
    }
    Q_EMIT pageAdded(page); // before it can become current
    const int index = insertTab(currentIndex() + 1, page, page->title());
    if (preview)
        m_preview = page;
    connect(page, &DocumentPage::modifiedChanged, this, [this, page](bool modified) {
        if (modified)
            pin(page); // an edit keeps the tab
        refreshTab(page);
    });
    connect(page, &DocumentPage::titleChanged, this, [this, page] { refreshTab(page); });
    refreshTab(page);
    setCurrentIndex(index);
    return index;
}

void DocumentTabs::pin(DocumentPage *page)
{
    if (!page || page != m_preview)
        return;
    m_preview = nullptr;
    refreshTab(page);
}

void DocumentTabs::refreshTab(DocumentPage *page)
{
    const int index = indexOf(page);
    if (index < 0)
        return;
    setTabText(index, page->isModified() ? page->title() + QStringLiteral(" \u25cf") : page->title());
    setTabIcon(index, page->tabIcon());
    const QString key = page->documentKey();
    setTabToolTip(index,
        isPreview(page) ? tr("%1 (preview: double-click or edit to keep it open)").arg(page->title())
                        : key.mid(key.indexOf(QLatin1Char(':')) + 1));
    tabBar()->setTabTextColor(index, isPreview(page) ? palette().color(QPalette::PlaceholderText) : QColor());
    Q_EMIT pageStateChanged(page);
}

bool DocumentTabs::closeTab(int index)
{
    DocumentPage *closing = page(index);
    if (!closing)
        return false;
    if (closing->isModified()
        && !m_prompter.confirm(this, tr("Close \u201c%1\u201d?").arg(closing->title()),
            tr("It has changes that are not saved. Closing the tab discards them (Ctrl+Shift+T brings "
               "the tab back, changes included)."),
            tr("Close Without Saving")))
        return false;
    if (auto *pane = qobject_cast<RequestPane *>(closing); pane && !pane->isBlank()) {
        m_closed.append(pane->request());
        m_closedModified.append(pane->isModified());
        while (m_closed.size() > ReopenLimit) {
            m_closed.removeFirst();
            m_closedModified.removeFirst();
        }
    }
    removePage(index);
    return true;
}

bool DocumentTabs::closeAll()
{
    for (int index = count() - 1; index >= 0; --index) {
        if (!closeTab(index))
            return false;
    }
    return true; // one blank "New request" tab is left
}

void DocumentTabs::discard(DocumentPage *page)
{
    if (const int index = indexOf(page); index >= 0)
        removePage(index);
}

void DocumentTabs::removePage(int index)
{
    DocumentPage *removed = page(index);
    if (removed == m_preview)
        m_preview = nullptr;
    removeTab(index);
    Q_EMIT pageRemoved(removed);
    removed->deleteLater(); // a send under way is cancelled with its pane
    if (count() == 0)
        newRequest();
}

void DocumentTabs::reopenClosed()
{
    if (m_closed.isEmpty())
        return;
    const RequestSpec request = m_closed.takeLast();
    const bool modified = m_closedModified.takeLast();
    if (auto *open = pageWithKey(RequestPane::keyOf(request)); open && !modified) {
        setCurrentWidget(open);
        return;
    }
    RequestPane *pane = newRequest(request);
    if (modified)
        pane->markModified();
}

void DocumentTabs::setLayoutMode(RequestPane::LayoutMode mode)
{
    m_layoutMode = mode;
    for (DocumentPage *open : pages()) {
        if (auto *pane = qobject_cast<RequestPane *>(open))
            pane->setLayoutMode(mode);
    }
}

void DocumentTabs::setSplitterStates(const QByteArray &sideBySide, const QByteArray &stacked)
{
    m_sideBySideState = sideBySide;
    m_stackedState = stacked;
    for (DocumentPage *open : pages()) {
        if (auto *pane = qobject_cast<RequestPane *>(open))
            pane->setSplitterStates(sideBySide, stacked);
    }
}

void DocumentTabs::cycle(int step)
{
    if (count() > 1)
        setCurrentIndex((currentIndex() + step + count()) % count());
}

QStringList DocumentTabs::openKeys() const
{
    QStringList keys;
    for (const DocumentPage *open : pages()) {
        if (!open->documentKey().isEmpty())
            keys.append(open->documentKey());
    }
    return keys;
}

int DocumentTabs::currentKeyIndex() const
{
    const DocumentPage *current = currentPage();
    return current ? int(openKeys().indexOf(current->documentKey())) : -1;
}

} // namespace keyway::ui
