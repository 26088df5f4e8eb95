#include "response/ErrorCard.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace keyway::ui {

namespace {

QLabel *makeLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // server text is never interpreted as markup
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ErrorCard::ErrorCard(QWidget *parent)
    : QFrame(parent)
    , m_headline(makeLabel(this, "errorHeadline"))
    , m_message(makeLabel(this, "errorMessage"))
    , m_fields(makeLabel(this, "errorFields"))
    , m_hint(makeLabel(this, "errorHint"))
    , m_details(makeLabel(this, "errorDetails"))
    , m_copy(new QPushButton(tr("Copy"), this))
{
    setObjectName(QStringLiteral("errorCard"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(
        QStringLiteral("#errorCard { border: 1px solid #b3261e; border-radius: 4px; background: #fdecea; }"
                       "#errorCard QLabel { color: #410e0b; }"));
    QFont bold = m_message->font();
    bold.setBold(true);
    m_message->setFont(bold);
    m_copy->setObjectName(QStringLiteral("copyError"));
    m_copy->setToolTip(tr("Copy the error code, message and request id"));
    connect(m_copy, &QPushButton::clicked, this, &ErrorCard::copyToClipboard);

    auto *top = new QHBoxLayout;
    top->addWidget(m_headline, 1);
    top->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_fields);
    layout->addWidget(m_hint);
    layout->addWidget(m_details);
    setAccessibleName(tr("Error"));
}

void ErrorCard::setReport(const ErrorReport &report)
{
    m_report = report;
    QString headline = report.httpStatus > 0 ? tr("HTTP %1").arg(report.httpStatus) : tr("Error");
    if (!report.code.isEmpty())
        headline += QStringLiteral(" \u00b7 ") + report.code;
    if (report.errorCount > 1)
        headline += QStringLiteral(" \u00b7 ") + tr("%n error(s)", nullptr, report.errorCount);
    m_headline->setText(headline);
    m_message->setText(report.message);
    QStringList fields;
    for (const FieldError &error : report.fieldErrors)
        fields << QStringLiteral("\u2022 %1: %2").arg(error.field, error.message);
    m_fields->setText(fields.join(QLatin1Char('\n')));
    m_fields->setVisible(!fields.isEmpty());
    m_hint->setText(tr("What to do: %1").arg(report.hint));
    m_hint->setVisible(!report.hint.isEmpty());
    QStringList details;
    if (!report.requestId.isEmpty())
        details << tr("Request ID: %1").arg(report.requestId);
    if (report.retryAfterSeconds)
        details << tr("Retry after %n second(s)", nullptr, *report.retryAfterSeconds);
    m_details->setText(details.join(QStringLiteral("   ")));
    m_details->setVisible(!details.isEmpty());
    setAccessibleDescription(report.toCard());
}

void ErrorCard::copyToClipboard()
{
    QApplication::clipboard()->setText(m_report.toClipboardText());
}

} // namespace keyway::ui
