#pragma once

#include "composer/RequestPane.h"
#include "model/RequestSpec.h"

#include <functional>
#include <QPointer>
#include <QTabWidget>

namespace keyway::ui {

class DocumentPage;
class Prompter;

// The work area's tabs: requests (and environments) open side by side, each keeping its own state
// and response. A single click in the tree previews in one reusable tab (its title dimmed); opening
// for real, or editing, pins it. Closing asks when there are unsaved changes; closed requests can be
// reopened, edits and all. There is always at least one tab.
class DocumentTabs final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentTabs)

public:
    using RequestPaneFactory = std::function<RequestPane *(QWidget *parent)>;
    static constexpr int ReopenLimit = 20;

    DocumentTabs(Prompter &prompter, RequestPaneFactory makePane, QWidget *parent = nullptr);

    // Shows the request's tab when it is open, else opens it: in the preview tab or a new pinned one.
    RequestPane *openRequest(const RequestSpec &request, bool preview = false);
    RequestPane *newRequest(const RequestSpec &request = {});
    // Adds a page made elsewhere (an environment editor), or shows it when its key is open already.
    DocumentPage *openPage(const QString &key, const std::function<DocumentPage *(QWidget *)> &make);

    DocumentPage *currentPage() const;
    RequestPane *currentRequestPane() const;
    DocumentPage *page(int index) const;
    DocumentPage *pageWithKey(const QString &key) const;
    QList<DocumentPage *> pages() const;
    bool isPreview(const DocumentPage *page) const { return page && page == m_preview; }
    void pin(DocumentPage *page);

    // Asks about unsaved changes first; false when the user kept the tab.
    bool closeTab(int index);
    bool closeAll();
    // Removes a tab without asking (its document was deleted or renamed on disk).
    void discard(DocumentPage *page);
    void reopenClosed();
    bool canReopen() const { return !m_closed.isEmpty(); }
    void cycle(int step);
    // Request and response side by side, stacked, or by the window's width; for every request tab.
    void setLayoutMode(RequestPane::LayoutMode mode);
    // Request/response sizes new request tabs start with, side by side and stacked.
    void setSplitterStates(const QByteArray &sideBySide, const QByteArray &stacked);

    // Keys of the saved documents open now, in tab order, and the current one's position.
    QStringList openKeys() const;
    int currentKeyIndex() const;

Q_SIGNALS:
    void currentPageChanged(DocumentPage *page);
    void pageAdded(DocumentPage *page);
    void pageStateChanged(DocumentPage *page); // title or unsaved state
    void pageRemoved(DocumentPage *page); // out of the tabs, deleted once control returns

private:
    int add(DocumentPage *page, bool preview);
    void refreshTab(DocumentPage *page);
    void removePage(int index);

    Prompter &m_prompter;
    RequestPaneFactory m_makePane;
    QPointer<DocumentPage> m_preview;
    RequestPane::LayoutMode m_layoutMode = RequestPane::LayoutMode::Automatic;
    QByteArray m_sideBySideState;
    QByteArray m_stackedState;
    QList<RequestSpec> m_closed; // most recent last, as they were (edits included)
    QList<bool> m_closedModified;
};

} // namespace keyway::ui
