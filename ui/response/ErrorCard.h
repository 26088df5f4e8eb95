#pragma once

#include "envelope/ErrorReport.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace keyway::ui {

// The error card shown above a response body: code, message, what to do, request id, when to
// retry, and the fields at fault. "Copy" puts code, message and request id on the clipboard.
class ErrorCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorCard)

public:
    explicit ErrorCard(QWidget *parent = nullptr);

    void setReport(const ErrorReport &report);
    const ErrorReport &report() const { return m_report; }
    void copyToClipboard();

private:
    ErrorReport m_report;
    QLabel *m_headline;
    QLabel *m_message;
    QLabel *m_fields;
    QLabel *m_hint;
    QLabel *m_details;
    QPushButton *m_copy;
};

} // namespace keyway::ui
