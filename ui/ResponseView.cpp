#include "ResponseView.h"

#include "ErrorCard.h"
#include "ResponseHeadersModel.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>
#include <QThreadPool>
#include <QVBoxLayout>

namespace keyway::ui {

namespace {

QPlainTextEdit *makeText(QWidget *parent, const char *name)
{
    auto *text = new QPlainTextEdit(parent);
    text->setObjectName(QLatin1String(name));
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    return text;
}

QString shownPart(const QByteArray &body)
{
    if (body.size() <= ResponseView::MaxShownBytes)
        return QString::fromUtf8(body);
    return QString::fromUtf8(body.left(ResponseView::MaxShownBytes))
        + ResponseView::tr("\n\n[showing the first %1 of %2]")
              .arg(QLocale().formattedDataSize(ResponseView::MaxShownBytes),
                  QLocale().formattedDataSize(body.size()));
}

} // namespace

ResponseView::ResponseView(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(tr("No response yet. Send with Ctrl+Enter."), this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_errorCard(new ErrorCard(this))
    , m_tabs(new QTabWidget(this))
    , m_pretty(makeText(this, "prettyBody"))
    , m_raw(makeText(this, "rawBody"))
    , m_headersView(new QTableView(this))
    , m_headers(new ResponseHeadersModel(this))
{
    m_status->setObjectName(QStringLiteral("responseStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(QStringLiteral("responseProgress"));
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel->setObjectName(QStringLiteral("cancelSend"));
    m_cancel->setToolTip(tr("Stop waiting for this response (Esc)"));
    m_cancel->hide();
    m_errorCard->hide();
    connect(m_cancel, &QPushButton::clicked, this, &ResponseView::cancelRequested);

    m_headersView->setObjectName(QStringLiteral("responseHeaders"));
    m_headersView->setModel(m_headers);
    m_headersView->horizontalHeader()->setStretchLastSection(true);
    m_headersView->verticalHeader()->hide();
    m_headersView->verticalHeader()->setDefaultSectionSize(m_headersView->fontMetrics().height() + 6);
    m_tabs->addTab(m_pretty, tr("Pretty"));
    m_tabs->addTab(m_raw, tr("Raw"));
    m_tabs->addTab(m_headersView, tr("Headers"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_progress);
    top->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_errorCard);
    layout->addWidget(m_tabs, 1);
}

bool ResponseView::isBusy() const
{
    return m_cancel->isVisible();
}

void ResponseView::showSending()
{
    ++m_generation;
    m_clock.start();
    m_status->setText(tr("Sending\u2026"));
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("waiting"));
    m_progress->show();
    m_cancel->show();
    m_errorCard->hide();
}

void ResponseView::showProgress(qint64 received, qint64 total)
{
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(received * 1000 / total));
    }
    m_progress->setFormat(tr("%1 \u00b7 %2 s")
                              .arg(QLocale().formattedDataSize(received))
                              .arg(QString::number(double(m_clock.elapsed()) / 1000.0, 'f', 1)));
}

void ResponseView::showResponse(const HttpResponse &response, const std::optional<ErrorReport> &error)
{
    m_progress->hide();
    m_cancel->hide();
    m_status->setText(tr("%1 %2 \u00b7 %3 ms \u00b7 %4")
                          .arg(response.status)
                          .arg(QString::fromLatin1(response.reason))
                          .arg(response.elapsedMs)
                          .arg(QLocale().formattedDataSize(response.body.size())));
    m_errorCard->setVisible(error.has_value());
    if (error)
        m_errorCard->setReport(*error);
    m_headers->setHeaders(response.headers);
    m_raw->setPlainText(shownPart(response.body));
    formatPretty(response.body, response.header("Content-Type"));
}

void ResponseView::showFailure(const QString &message)
{
    ++m_generation;
    m_progress->hide();
    m_cancel->hide();
    m_status->setText(tr("No response: %1").arg(message));
}

QString ResponseView::statusText() const
{
    return m_status->text();
}

QString ResponseView::prettyText() const
{
    return m_pretty->toPlainText();
}

void ResponseView::formatPretty(const QByteArray &body, const QByteArray &contentType)
{
    const int generation = ++m_generation;
    const bool json
        = contentType.contains("json") || body.trimmed().startsWith('{') || body.trimmed().startsWith('[');
    if (!json || body.size() > MaxPrettyBytes) {
        m_pretty->setPlainText(shownPart(body));
        Q_EMIT prettyReady();
        return;
    }
    m_pretty->setPlainText(tr("Formatting\u2026"));
    QPointer<ResponseView> self(this);
    // Parsing and indenting happen on a worker thread; only the finished text comes back.
    QThreadPool::globalInstance()->start([self, generation, body] {
        const QJsonDocument document = QJsonDocument::fromJson(body);
        QString text
            = document.isNull() ? shownPart(body) : shownPart(document.toJson(QJsonDocument::Indented));
        QMetaObject::invokeMethod(
            qApp,
            [self, generation, text = std::move(text)] {
                if (!self || generation != self->m_generation)
                    return; // a newer response replaced this one
                self->m_pretty->setPlainText(text);
                Q_EMIT self->prettyReady();
            },
            Qt::QueuedConnection);
    });
}

} // namespace keyway::ui
