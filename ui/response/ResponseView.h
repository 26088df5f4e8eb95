#pragma once

#include "core/Expected.h"
#include "envelope/ErrorReport.h"
#include "http/HttpResponse.h"
#include "http/WireRequest.h"

#include <memory>
#include <optional>
#include <QElapsedTimer>
#include <QWidget>

namespace keyway {
class BodySink;
class ResponseDocument;
} // namespace keyway

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;

namespace keyway::ui {

class ErrorCard;
class EventStreamView;
class LargeTextView;
class Pill;
class TimelineView;
class Prompter;
class ResponseHeadersModel;
class SearchBar;

// Status, time and size; progress and Cancel while waiting; the error card above the body when the
// response is an error; Pretty, Raw, Headers and Timeline tabs. A body shows while it arrives
// (through bodySink()), indexed off the UI thread; a large one is kept on disk, not in memory.
class ResponseView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponseView)

public:
    explicit ResponseView(QWidget *parent = nullptr);
    ~ResponseView() override;
    void setPrompter(Prompter *prompter) { m_prompter = prompter; }

    void showSending();
    // For SendJob::setBodySink: the final response's body comes here as it arrives.
    BodySink *bodySink() const { return m_sink.get(); }
    void showProgress(qint64 received, qint64 total);
    // `sent` (masked) is the request as it left Keyway, for the Timeline tab.
    void showResponse(
        const HttpResponse &response, const std::optional<ErrorReport> &error, const WireRequest &sent = {});
    void showFailure(const QString &message, const WireRequest &sent = {});
    // The colour of a status pill: green 2xx, blue 3xx, amber 4xx, red 5xx, grey for no response.
    static QColor statusColor(int status);
    Pill *statusPill() const { return m_pill; }
    TimelineView *timeline() const { return m_timeline; }

    QString statusText() const;
    QString prettyText() const;
    ErrorCard *errorCard() const { return m_errorCard; }
    LargeTextView *prettyView() const { return m_pretty; }
    EventStreamView *eventsView() const { return m_events; }
    bool isBusy() const;
    // The body being shown, byte for byte (null before the first response).
    const ResponseDocument *document() const { return m_document.get(); }
    // Searches the body shown in the current tab off the UI thread; results arrive with searchDone.
    void search(const QString &text);
    void findNext(int step);
    QString searchStatus() const;
    void focusSearch();
    // Writes the current body, byte for byte, to a file the user picks.
    void saveBody();
    QString previewDescription() const;

Q_SIGNALS:
    void cancelRequested();
    void prettyReady(); // the pretty view finished formatting the current body
    void searchDone();
    void bodyShown(); // the first lines of a body are on screen (it may still be arriving)

private:
    // The document's life: made when the head arrives (or from a body kept in memory), fed, ended.
    void showPill(int status, const QByteArray &reason); // "200 OK", coloured by class
    void startDocument(const QByteArray &contentType);
    Status beginBody(const HttpResponse &head);
    Status appendBody(const QByteArray &chunk);
    void endBody(bool complete);
    void showBodyFromMemory(const QByteArray &body, const QByteArray &contentType);
    void attachDocument();
    void onIndexed();
    void onCompleted();
    bool showPreview();
    void showEventsTab(bool shown);
    LargeTextView *currentTextView() const;

    QLabel *m_status;
    Pill *m_pill;
    QLabel *m_timing;
    TimelineView *m_timeline;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    ErrorCard *m_errorCard;
    QTabWidget *m_tabs;
    LargeTextView *m_pretty;
    LargeTextView *m_raw;
    EventStreamView *m_events;
    bool m_listsEvents = false; // the body is a text/event-stream: its events go to m_events
    QTableView *m_headersView;
    ResponseHeadersModel *m_headers;
    QWidget *m_previewPage;
    QLabel *m_preview;
    std::unique_ptr<BodySink> m_sink;
    std::unique_ptr<ResponseDocument> m_document;
    std::unique_ptr<ResponseDocument> m_hexDocument; // the Raw tab of a binary body
    bool m_streamed = false; // the current body came through the sink
    bool m_shown = false; // bodyShown was emitted for it
    QByteArray m_contentType;
    Prompter *m_prompter = nullptr;
    SearchBar *m_search;
    QElapsedTimer m_clock;
};

} // namespace keyway::ui
