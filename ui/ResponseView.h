#pragma once

#include "envelope/ErrorReport.h"
#include "http/HttpResponse.h"

#include <optional>
#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;

namespace keyway::ui {

class ErrorCard;
class ResponseHeadersModel;

// Status, time and size; progress and Cancel while waiting; the error card above the body when the
// response is an error; Pretty (formatted off the UI thread), Raw and Headers tabs.
class ResponseView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponseView)

public:
    // Bodies beyond these sizes are shown in part, with a note, until the virtual view exists.
    static constexpr qsizetype MaxShownBytes = qsizetype(4) * 1024 * 1024;
    static constexpr qsizetype MaxPrettyBytes = qsizetype(20) * 1024 * 1024;

    explicit ResponseView(QWidget *parent = nullptr);

    void showSending();
    void showProgress(qint64 received, qint64 total);
    void showResponse(const HttpResponse &response, const std::optional<ErrorReport> &error);
    void showFailure(const QString &message);

    QString statusText() const;
    QString prettyText() const;
    ErrorCard *errorCard() const { return m_errorCard; }
    bool isBusy() const;

Q_SIGNALS:
    void cancelRequested();
    void prettyReady(); // the pretty view finished formatting the current body

private:
    void formatPretty(const QByteArray &body, const QByteArray &contentType);

    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    ErrorCard *m_errorCard;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_pretty;
    QPlainTextEdit *m_raw;
    QTableView *m_headersView;
    ResponseHeadersModel *m_headers;
    QElapsedTimer m_clock;
    int m_generation = 0;
};

} // namespace keyway::ui
