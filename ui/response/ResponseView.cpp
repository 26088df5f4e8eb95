#include "response/ResponseView.h"

#include "common/Pill.h"
#include "common/Prompter.h"
#include "response/ErrorCard.h"
#include "response/EventStreamView.h"
#include "response/LargeTextView.h"
#include "response/ResponseBodySink.h"
#include "response/ResponseHeadersModel.h"
#include "response/SearchBar.h"
#include "response/TimelineView.h"
#include "view/ResponseDocument.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QTableView>
#include <QTabWidget>
#include <QThreadPool>
#include <QVBoxLayout>

namespace keyway::ui {

namespace {

constexpr qint64 MaxImageBytes = qint64(64) << 20; // decoded for the preview; larger ones are saved

LargeTextView *makeTextView(QWidget *parent, const char *name)
{
    auto *view = new LargeTextView(parent);
    view->setObjectName(QLatin1String(name));
    return view;
}

} // namespace

ResponseView::ResponseView(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(tr("Press Send (Ctrl+Enter) and the response appears here."), this))
    , m_pill(new Pill(this))
    , m_timing(new QLabel(this))
    , m_timeline(new TimelineView(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_errorCard(new ErrorCard(this))
    , m_tabs(new QTabWidget(this))
    , m_pretty(makeTextView(this, "prettyBody"))
    , m_raw(makeTextView(this, "rawBody"))
    , m_events(new EventStreamView(this))
    , m_headersView(new QTableView(this))
    , m_headers(new ResponseHeadersModel(this))
    , m_previewPage(new QWidget(this))
    , m_preview(new QLabel(this))
    , m_search(new SearchBar(this))
{
    // Ordinary bodies are kept in memory as well as shown, so checks and captures see all of them.
    m_sink = std::make_unique<ResponseBodySink>(
        ResponseBodySink::Target {[this](const HttpResponse &head) { return beginBody(head); },
            [this](const QByteArray &chunk) { return appendBody(chunk); }, [this](bool complete) { endBody(complete); }},
        qsizetype(BodyStore::Options {}.memoryBytes));
    m_status->setObjectName(QStringLiteral("responseStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pill->setObjectName(QStringLiteral("statusPill"));
    m_pill->hide();
    m_timing->setObjectName(QStringLiteral("responseTiming"));
    m_timing->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_timing->hide();
    m_progress->setObjectName(QStringLiteral("responseProgress"));
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel->setObjectName(QStringLiteral("cancelSend"));
    m_cancel->setToolTip(tr("Stop waiting for this response (Esc)"));
    m_cancel->hide();
    m_errorCard->hide();
    connect(m_cancel, &QPushButton::clicked, this, &ResponseView::cancelRequested);

    m_headersView->setObjectName(QStringLiteral("responseHeaders"));
    m_headersView->setAccessibleName(tr("Response headers"));
    m_headersView->setModel(m_headers);
    m_headersView->horizontalHeader()->setStretchLastSection(true);
    m_headersView->verticalHeader()->hide();
    m_headersView->verticalHeader()->setDefaultSectionSize(m_headersView->fontMetrics().height() + 6);
    m_tabs->addTab(m_pretty, tr("Pretty"));
    m_tabs->addTab(m_raw, tr("Raw"));
    m_tabs->addTab(m_headersView, tr("Headers"));
    m_tabs->addTab(m_timeline, tr("Timeline"));
    m_preview->setObjectName(QStringLiteral("bodyPreview"));
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setWordWrap(false);
    auto *save = new QPushButton(tr("Save to File\u2026"), m_previewPage);
    save->setObjectName(QStringLiteral("saveBody"));
    connect(save, &QPushButton::clicked, this, &ResponseView::saveBody);
    m_previewPage->hide(); // a tab only while an image or binary body is shown
    m_events->hide(); // a tab only while an event stream is shown
    connect(m_events, &EventStreamView::eventsArrived, this, [this](int count) {
        if (const int index = m_tabs->indexOf(m_events); index >= 0)
            m_tabs->setTabText(index, tr("Events (%1)").arg(count));
    });
    // Scrolled: a large image or a long hex dump must not make the window grow to fit it.
    auto *previewScroll = new QScrollArea(m_previewPage);
    previewScroll->setObjectName(QStringLiteral("bodyPreviewScroll"));
    previewScroll->setWidget(m_preview);
    previewScroll->setWidgetResizable(true);
    auto *previewLayout = new QVBoxLayout(m_previewPage);
    previewLayout->addWidget(previewScroll, 1);
    previewLayout->addWidget(save, 0, Qt::AlignLeft);

    connect(m_search, &SearchBar::done, this, &ResponseView::searchDone);
    connect(m_pretty, &LargeTextView::saveRequested, this, &ResponseView::saveBody);
    connect(m_raw, &LargeTextView::saveRequested, this, &ResponseView::saveBody);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { m_search->setView(currentTextView()); });
    m_search->setView(m_pretty);

    auto *top = new QHBoxLayout;
    top->addWidget(m_pill);
    top->addWidget(m_timing);
    top->addWidget(m_status, 1);
    top->addWidget(m_progress);
    top->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_errorCard);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_search);
}

ResponseView::~ResponseView() = default;

bool ResponseView::isBusy() const
{
    return m_cancel->isVisible();
}

void ResponseView::showSending()
{
    m_streamed = false;
    m_clock.start();
    m_pill->hide();
    m_timing->hide();
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

QColor ResponseView::statusColor(int status)
{
    if (status >= 200 && status < 300)
        return QColor(0x2e, 0x7d, 0x32);
    if (status >= 300 && status < 400)
        return QColor(0x15, 0x65, 0xc0);
    if (status >= 400 && status < 500)
        return QColor(0xf9, 0xa8, 0x25);
    if (status >= 500)
        return QColor(0xc6, 0x28, 0x28);
    return QColor(0x75, 0x75, 0x75);
}

void ResponseView::showPill(int status, const QByteArray &reason)
{
    m_pill->setText(QStringLiteral("%1 %2").arg(status).arg(QString::fromLatin1(reason)).trimmed());
    m_pill->setFill(statusColor(status));
    m_pill->show();
}

void ResponseView::showResponse(
    const HttpResponse &response, const std::optional<ErrorReport> &error, const WireRequest &sent)
{
    m_progress->hide();
    m_cancel->hide();
    showPill(response.status, response.reason);
    m_pill->setToolTip(response.finalUrl.toString());
    m_timing->setText(
        tr("%1 ms \u00b7 %2").arg(response.elapsedMs).arg(QLocale().formattedDataSize(std::max<qint64>(response.bodySize, response.body.size()))));
    m_timing->show();
    m_status->setText(
        response.hops.isEmpty() ? QString() : tr("after %n redirect(s)", nullptr, int(response.hops.size())));
    m_timeline->showExchange(sent, response);
    m_errorCard->setVisible(error.has_value());
    if (error)
        m_errorCard->setReport(*error);
    m_headers->setHeaders(response.headers);
    if (!m_streamed)
        showBodyFromMemory(response.body, response.header("Content-Type"));
    else if (response.hasWholeBody())
        m_document->shareBody(response.body); // kept for checks and history anyway: one copy, not two
    m_streamed = false;
}

void ResponseView::showFailure(const QString &message, const WireRequest &sent)
{
    m_progress->hide();
    m_cancel->hide();
    m_timeline->showFailure(sent, message);
    if (m_streamed) { // a stream that was stopped or broke: what arrived stays on screen
        m_streamed = false;
        m_status->setText(tr("stopped: %1").arg(message));
        return;
    }
    m_pill->setText(tr("No response"));
    m_pill->setFill(statusColor(0));
    m_pill->show();
    m_timing->hide();
    m_status->setText(message);
}

QString ResponseView::statusText() const
{
    QStringList parts;
    for (const QLabel *label : std::initializer_list<const QLabel *> {m_pill, m_timing, m_status}) {
        if (!label->isHidden() && !label->text().isEmpty())
            parts << label->text();
    }
    return parts.join(QStringLiteral(" \u00b7 "));
}

QString ResponseView::prettyText() const
{
    return m_pretty->document() ? QString::fromUtf8(m_pretty->document()->wholeText()) : QString();
}

namespace {

QString hexPreview(const QByteArray &body, qsizetype limit)
{
    QString text;
    for (qsizetype row = 0; row < std::min(body.size(), limit); row += 16) {
        const QByteArray chunk = body.mid(row, 16);
        QString ascii;
        for (char c : chunk)
            ascii += (c >= 32 && c < 127) ? QLatin1Char(c) : QLatin1Char('.');
        text += QStringLiteral("%1  %2 %3\n")
                    .arg(row, 8, 16, QLatin1Char('0'))
                    .arg(QString::fromLatin1(chunk.toHex(' ')), -48)
                    .arg(ascii);
    }
    return text;
}

bool isBinary(const QByteArray &body, const QByteArray &contentType)
{
    if (contentType.startsWith("text/") || contentType.contains("json") || contentType.contains("xml")
        || contentType.contains("javascript") || contentType.contains("x-www-form-urlencoded"))
        return false;
    if (contentType.startsWith("application/octet-stream") || contentType.startsWith("application/pdf")
        || contentType.startsWith("application/zip") || contentType.startsWith("audio/")
        || contentType.startsWith("video/"))
        return true;
    return body.left(8192).contains('\0');
}

} // namespace

bool ResponseView::showPreview()
{
    const int index = m_tabs->indexOf(m_previewPage);
    if (index >= 0)
        m_tabs->removeTab(index);
    const BodyStore &body = *m_document->body();
    QString description;
    if (m_contentType.startsWith("image/") && body.size() <= MaxImageBytes) {
        QPixmap image;
        if (image.loadFromData(body.read(0, body.size()))) {
            m_preview->setPixmap(image);
            description = tr("Image %1 \u00d7 %2").arg(image.width()).arg(image.height());
        }
    }
    const QByteArray head = body.read(0, 8192);
    if (description.isEmpty() && isBinary(head, m_contentType)) {
        m_preview->setText(tr("Binary content, %1. The first bytes:\n\n%2")
                               .arg(QLocale().formattedDataSize(body.size()), hexPreview(body.read(0, 4096), 4096)));
        m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        description = tr("Binary");
    }
    if (description.isEmpty())
        return false;
    m_preview->setAccessibleDescription(description);
    m_tabs->insertTab(0, m_previewPage, description.startsWith(tr("Image")) ? tr("Image") : tr("Binary"));
    m_tabs->setCurrentIndex(0);
    return true;
}

QString ResponseView::previewDescription() const
{
    return m_tabs->indexOf(m_previewPage) >= 0 ? m_preview->accessibleDescription() : QString();
}

void ResponseView::saveBody()
{
    if (!m_prompter)
        return;
    if (!m_document) {
        m_prompter->showError(this, tr("Save Response Body"), tr("There is no response body to save yet: send the request first."));
        return;
    }
    const QString path
        = m_prompter->chooseSaveFile(this, tr("Save Response Body"), QStringLiteral("response.bin"));
    if (path.isEmpty())
        return;
    // Copied from the store piece by piece on a worker: a body on disk may be gigabytes.
    QPointer<ResponseView> self(this);
    m_status->setText(tr("Saving the body to %1\u2026").arg(path));
    QThreadPool::globalInstance()->start([self, path, body = m_document->body()] {
        QSaveFile file(path);
        bool written = file.open(QIODevice::WriteOnly)
            && body->visit(0, body->size(), [&file](QByteArrayView piece, qint64) {
                   return file.write(piece.data(), piece.size()) == piece.size();
               });
        written = written && file.commit();
        const QString error = written ? QString() : file.errorString();
        QMetaObject::invokeMethod(
            qApp,
            [self, path, error] {
                if (!self)
                    return;
                self->m_status->setText(error.isEmpty() ? tr("Saved to %1").arg(path) : QString());
                if (!error.isEmpty() && self->m_prompter)
                    self->m_prompter->showError(
                        self, tr("Save Response Body"), tr("cannot write %1: %2").arg(path, error));
            },
            Qt::QueuedConnection);
    });
}

void ResponseView::startDocument(const QByteArray &contentType)
{
    // The last body's document goes, and with it its file on disk once no worker holds it.
    m_contentType = contentType.toLower();
    m_document = std::make_unique<ResponseDocument>(m_contentType);
    m_hexDocument.reset();
    m_shown = false;
    if (const int index = m_tabs->indexOf(m_previewPage); index >= 0)
        m_tabs->removeTab(index);
    m_pretty->setDocument({}, false);
    m_raw->setDocument({}, false);
    connect(m_document.get(), &ResponseDocument::indexed, this, &ResponseView::onIndexed);
    connect(m_document.get(), &ResponseDocument::completed, this, &ResponseView::onCompleted);
    showEventsTab(m_document->kind() == ResponseDocument::Kind::EventStream);
}

Status ResponseView::beginBody(const HttpResponse &head)
{
    startDocument(head.header("Content-Type"));
    // The status is known now; the body may take a long time (or never end: a stream).
    showPill(head.status, head.reason);
    m_status->setText(tr("Receiving\u2026"));
    m_headers->setHeaders(head.headers);
    Status room = m_document->expect(head.header("Content-Length").toLongLong());
    m_streamed = room.ok(); // refused: nothing arrived to keep on screen, showFailure says why
    return room;
}

Status ResponseView::appendBody(const QByteArray &chunk)
{
    if (m_listsEvents)
        m_events->append(chunk);
    return m_document->append(chunk);
}

void ResponseView::showEventsTab(bool shown)
{
    m_listsEvents = shown;
    const int index = m_tabs->indexOf(m_events);
    if (!shown) {
        if (index >= 0)
            m_tabs->removeTab(index);
        return;
    }
    m_events->begin();
    if (index < 0)
        m_tabs->insertTab(0, m_events, tr("Events (%1)").arg(0));
    m_tabs->setCurrentWidget(m_events);
}

void ResponseView::endBody(bool complete)
{
    // An interrupted body is shown as far as it came; showFailure says why.
    if (Status kept = m_document->finish(); !kept && complete)
        m_status->setText(kept.error());
}

void ResponseView::showBodyFromMemory(const QByteArray &body, const QByteArray &contentType)
{
    startDocument(contentType);
    if (m_listsEvents)
        m_events->append(body);
    Status kept = m_document->append(body);
    if (kept)
        kept = m_document->finish();
    if (!kept)
        m_status->setText(kept.error());
    else
        m_document->shareBody(body);
}

void ResponseView::attachDocument()
{
    // The kind is known from the first bytes: JSON is indented in Pretty, JSON lines coloured.
    const ResponseDocument::Kind kind = m_document->kind();
    const bool json = kind == ResponseDocument::Kind::Json || kind == ResponseDocument::Kind::JsonLines;
    if (m_pretty->document() != m_document->pretty().get())
        m_pretty->setDocument(m_document->pretty(), json);
    if (!m_hexDocument && m_raw->document() != m_document->raw().get())
        m_raw->setDocument(m_document->raw(), false);
}

void ResponseView::onIndexed()
{
    if (!m_document)
        return;
    attachDocument();
    m_pretty->refresh();
    m_raw->refresh();
    if (!m_shown && m_pretty->document()->lineCount() > 0) {
        m_shown = true;
        Q_EMIT bodyShown();
    }
}

void ResponseView::onCompleted()
{
    onIndexed();
    if (showPreview()) {
        // Binary: the Raw tab shows the first megabyte as hex, not the bytes as text.
        m_hexDocument = std::make_unique<ResponseDocument>("text/plain");
        (void)m_hexDocument->append(hexPreview(m_document->body()->read(0, 1024 * 1024), 1024 * 1024).toLatin1());
        (void)m_hexDocument->finish(); // a megabyte at most: in memory
        connect(m_hexDocument.get(), &ResponseDocument::completed, m_raw, &LargeTextView::refresh);
        m_raw->setDocument(m_hexDocument->raw(), false);
        m_pretty->setDocument({}, false);
    }
    if (!m_shown) {
        m_shown = true;
        Q_EMIT bodyShown();
    }
    m_search->rerun(); // a search typed earlier applies to the whole body
    Q_EMIT prettyReady();
}

LargeTextView *ResponseView::currentTextView() const
{
    return m_tabs->currentWidget() == m_raw ? m_raw : m_pretty;
}

void ResponseView::focusSearch()
{
    m_search->focus();
}

void ResponseView::search(const QString &text)
{
    m_search->search(text);
}

void ResponseView::findNext(int step)
{
    m_search->findNext(step);
}

QString ResponseView::searchStatus() const
{
    return m_search->status();
}

} // namespace keyway::ui
