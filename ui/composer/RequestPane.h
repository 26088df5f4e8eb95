#pragma once

#include "model/RequestSpec.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QSplitter;
class QTableView;

namespace keyway {
class EnvironmentSession;
class HistoryStore;
class SendJob;
} // namespace keyway

namespace keyway::ui {

class PreviewModel;
class Prompter;
class RequestComposer;
class ResponseView;

// The work area: the composer, the exact-request preview that follows every keystroke, and the
// response. Sending goes through the session's core objects and never blocks the UI thread.
class RequestPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestPane)

public:
    RequestPane(EnvironmentSession &session, Prompter &prompter, QWidget *parent = nullptr);
    ~RequestPane() override;

    void setRequest(const RequestSpec &request);
    RequestSpec request() const;
    bool isModified() const { return m_modified; }
    void markSaved(const RequestSpec &saved);

    void send();
    void cancel();
    // Every finished send is recorded here (masked) when set.
    void setHistory(HistoryStore *history) { m_history = history; }
    void setTimeoutSeconds(int seconds) { m_timeoutSeconds = seconds; }
    bool isSending() const { return !m_job.isNull(); }

    RequestComposer *composer() const { return m_composer; }
    PreviewModel *previewModel() const { return m_preview; }
    ResponseView *responseView() const { return m_response; }
    QSplitter *splitter() const { return m_splitter; }

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void sent(); // a response (or a failure) arrived
    void historyChanged();

private:
    void refreshPreview();
    void refreshKnownVariables();
    void onJobFinished(SendJob *job);
    void record(const SendJob &job);
    void setModified(bool modified);
    void showSendingState(bool sending);
    void setWireTitle(int headerCount); // -1: the request cannot be built
    bool confirmProductionWrite(const RequestSpec &request);

    EnvironmentSession &m_session;
    Prompter &m_prompter;
    RequestComposer *m_composer;
    PreviewModel *m_preview;
    QTableView *m_previewView;
    QLabel *m_previewWarning;
    ResponseView *m_response;
    QSplitter *m_splitter;
    QPointer<SendJob> m_job;
    RequestSpec m_sentRequest;
    HistoryStore *m_history = nullptr;
    int m_timeoutSeconds = 30;
    bool m_modified = false;
    bool m_loading = false;
};

} // namespace keyway::ui
