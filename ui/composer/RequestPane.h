#pragma once

#include "model/RequestSpec.h"
#include "tabs/DocumentPage.h"

#include <memory>
#include <QPointer>
#include <QSplitter>

class QLabel;
class QPushButton;
class QTableView;

namespace keyway {
class KeyService;
class EnvironmentSession;
class HistoryStore;
class SendJob;
} // namespace keyway

namespace keyway::ui {

class GraphQlSchemaLoader;
class PreviewModel;
class Prompter;
class RequestComposer;
class ResponseJudge;
class ResponseView;

// The work area: the composer, the exact-request preview that follows every keystroke, and the
// response. Sending goes through the session's core objects and never blocks the UI thread.
class RequestPane final : public DocumentPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestPane)

public:
    enum class LayoutMode { Automatic, SideBySide, Stacked };
    static QString layoutModeName(LayoutMode mode);
    static LayoutMode layoutModeFromName(const QString &name);
    // Windows narrower than this stack request and response in the automatic layout.
    static constexpr int StackBelowWindowWidth = 1100;

    RequestPane(EnvironmentSession &session, Prompter &prompter, QWidget *parent = nullptr);
    ~RequestPane() override;

    void setRequest(const RequestSpec &request);
    RequestSpec request() const;
    void markSaved(const RequestSpec &saved);
    // Brought back with changes that were never saved (a reopened tab).
    void markModified() { setModified(true); }
    // A "New request" nobody has touched: no name, no URL, no change.
    bool isBlank() const;
    static QString keyOf(const RequestSpec &request);

    QString documentKey() const override;
    QString title() const override;
    bool isModified() const override { return m_modified; }

    void send();
    void cancel();
    // Every finished send is recorded here (masked) when set.
    void setHistory(HistoryStore *history) { m_history = history; }
    // Where "last used" of the keys a send read is stamped; none: not stamped.
    void setKeyService(KeyService *keys) { m_keys = keys; }
    void setTimeoutSeconds(int seconds) { m_timeoutSeconds = seconds; }
    bool isSending() const { return !m_job.isNull(); }

    RequestComposer *composer() const { return m_composer; }
    PreviewModel *previewModel() const { return m_preview; }
    QLabel *capturedNote() const { return m_capturedNote; }
    ResponseView *responseView() const { return m_response; }
    QSplitter *splitter() const { return m_splitter; }
    void setLayoutMode(LayoutMode mode);
    // The request/response sizes for each orientation (QSplitter states), kept across starts.
    void setSplitterStates(const QByteArray &sideBySide, const QByteArray &stacked);
    QByteArray splitterState(Qt::Orientation orientation) const;
    bool isStacked() const { return m_splitter->orientation() == Qt::Vertical; }

Q_SIGNALS:
    void sent(); // a response (or a failure) arrived
    void historyChanged();
    // The Wire tab's offer to store a key that is missing from the keychain.
    void setSecretRequested(const QString &slot);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyOrientation();
    void refreshPreview();
    void refreshKnownVariables();
    void onJobFinished(SendJob *job);
    // Runs the request's checks and captures on the response and shows what became of each.
    // "Checks ✔ 3" or "Checks ✘ 1/3" after a send; (-1, -1): the count of checks, no verdict.
    // Under the Wire tab's warnings: the captured values the request uses and where each came from.
    void showCapturedOrigins(const RequestSpec &spec);
    void record(const SendJob &job);
    void setModified(bool modified);
    void showSendingState(bool sending);
    void setWireTitle(int headerCount); // -1: the request cannot be built
    bool confirmProductionWrite(const RequestSpec &request);

    EnvironmentSession &m_session;
    Prompter &m_prompter;
    RequestComposer *m_composer;
    std::unique_ptr<ResponseJudge> m_judge;
    PreviewModel *m_preview;
    GraphQlSchemaLoader *m_schemas = nullptr;
    QTableView *m_previewView;
    QLabel *m_previewWarning;
    QLabel *m_capturedNote;
    QPushButton *m_setMissing;
    ResponseView *m_response;
    QSplitter *m_splitter;
    QPointer<SendJob> m_job;
    RequestSpec m_sentSpec; // the request as the last send took it
    HistoryStore *m_history = nullptr;
    KeyService *m_keys = nullptr;
    int m_timeoutSeconds = 30;
    bool m_modified = false;
    LayoutMode m_layoutMode = LayoutMode::Automatic;
    QByteArray m_otherSplitterState; // sizes of the orientation not shown, kept for the way back
    bool m_loading = false;
};

} // namespace keyway::ui
