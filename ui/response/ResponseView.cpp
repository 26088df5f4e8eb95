#include "response/ResponseView.h"

#include "common/Pill.h"
#include "common/Prompter.h"
#include "response/ErrorCard.h"
#include "response/LargeTextView.h"
#include "response/ResponseHeadersModel.h"
#include "response/TimelineView.h"
#include "view/TextDocument.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStringDecoder>
#include <QTableView>
#include <QTabWidget>
#include <QThreadPool>
#include <QVBoxLayout>

namespace keyway::ui {

namespace {

LargeTextView *makeTextView(QWidget *parent, const char *name)
{
    auto *view = new LargeTextView(parent);
    view->setObjectName(QLatin1String(name));
    return view;
}

bool looksLikeJson(const QByteArray &body, const QByteArray &contentType)
{
    if (contentType.contains("json"))
        return true;
    for (char c : body) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        return c == '{' || c == '[';
    }
    return false;
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
    , m_headersView(new QTableView(this))
    , m_headers(new ResponseHeadersModel(this))
    , m_previewPage(new QWidget(this))
    , m_preview(new QLabel(this))
    , m_searchBox(new QLineEdit(this))
    , m_searchStatus(new QLabel(this))
{
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
    // Scrolled: a large image or a long hex dump must not make the window grow to fit it.
    auto *previewScroll = new QScrollArea(m_previewPage);
    previewScroll->setObjectName(QStringLiteral("bodyPreviewScroll"));
    previewScroll->setWidget(m_preview);
    previewScroll->setWidgetResizable(true);
    auto *previewLayout = new QVBoxLayout(m_previewPage);
    previewLayout->addWidget(previewScroll, 1);
    previewLayout->addWidget(save, 0, Qt::AlignLeft);

    m_searchBox->setObjectName(QStringLiteral("responseSearch"));
    m_searchBox->setAccessibleName(tr("Find in response body"));
    m_searchBox->setPlaceholderText(tr("Find in body (Ctrl+F)"));
    m_searchBox->setClearButtonEnabled(true);
    m_searchStatus->setObjectName(QStringLiteral("searchStatus"));
    auto *previous = new QPushButton(tr("Previous"), this);
    auto *next = new QPushButton(tr("Next"), this);
    previous->setShortcut(QKeySequence::FindPrevious);
    next->setShortcut(QKeySequence::FindNext);
    connect(m_searchBox, &QLineEdit::returnPressed, this, [this] { findNext(1); });
    connect(m_searchBox, &QLineEdit::textChanged, this, &ResponseView::runSearch);
    connect(previous, &QPushButton::clicked, this, [this] { findNext(-1); });
    connect(next, &QPushButton::clicked, this, [this] { findNext(1); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { runSearch(m_searchBox->text()); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_pill);
    top->addWidget(m_timing);
    top->addWidget(m_status, 1);
    top->addWidget(m_progress);
    top->addWidget(m_cancel);
    auto *find = new QHBoxLayout;
    find->addWidget(m_searchBox, 1);
    find->addWidget(m_searchStatus);
    find->addWidget(previous);
    find->addWidget(next);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_errorCard);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(find);
}

bool ResponseView::isBusy() const
{
    return m_cancel->isVisible();
}

void ResponseView::showSending()
{
    ++m_generation;
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

void ResponseView::showResponse(
    const HttpResponse &response, const std::optional<ErrorReport> &error, const WireRequest &sent)
{
    m_progress->hide();
    m_cancel->hide();
    m_pill->setText(
        QStringLiteral("%1 %2").arg(response.status).arg(QString::fromLatin1(response.reason)).trimmed());
    m_pill->setFill(statusColor(response.status));
    m_pill->setToolTip(response.finalUrl.toString());
    m_pill->show();
    m_timing->setText(
        tr("%1 ms \u00b7 %2").arg(response.elapsedMs).arg(QLocale().formattedDataSize(response.body.size())));
    m_timing->show();
    m_status->setText(
        response.hops.isEmpty() ? QString() : tr("after %n redirect(s)", nullptr, int(response.hops.size())));
    m_timeline->showExchange(sent, response);
    m_errorCard->setVisible(error.has_value());
    if (error)
        m_errorCard->setReport(*error);
    m_headers->setHeaders(response.headers);
    formatBody(response.body, response.header("Content-Type"));
}

void ResponseView::showFailure(const QString &message, const WireRequest &sent)
{
    ++m_generation;
    m_progress->hide();
    m_cancel->hide();
    m_pill->setText(tr("No response"));
    m_pill->setFill(statusColor(0));
    m_pill->show();
    m_timing->hide();
    m_status->setText(message);
    m_timeline->showFailure(sent, message);
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
    return m_pretty->document() ? QString::fromUtf8(m_pretty->document()->text()) : QString();
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

// Bodies are shown as UTF-8; other declared charsets are converted once, off the UI thread.
QByteArray asUtf8(const QByteArray &body, const QByteArray &contentType)
{
    const qsizetype at = contentType.indexOf("charset=");
    if (at < 0)
        return body;
    const QByteArray charset = contentType.mid(at + 8).split(';').first().trimmed().replace('"', "");
    if (charset.toLower() == "utf-8" || charset.toLower() == "utf8" || charset.toLower() == "us-ascii")
        return body;
    QStringDecoder decoder(charset.constData());
    if (!decoder.isValid())
        return body;
    return QString(decoder.decode(body)).toUtf8();
}

} // namespace

bool ResponseView::showPreview(const QByteArray &body, const QByteArray &contentType)
{
    const int index = m_tabs->indexOf(m_previewPage);
    if (index >= 0)
        m_tabs->removeTab(index);
    QString description;
    if (contentType.startsWith("image/")) {
        QPixmap image;
        if (image.loadFromData(body)) {
            m_preview->setPixmap(image);
            description = tr("Image %1 \u00d7 %2").arg(image.width()).arg(image.height());
        }
    }
    if (description.isEmpty() && isBinary(body, contentType)) {
        m_preview->setText(tr("Binary content, %1. The first bytes:\n\n%2")
                               .arg(QLocale().formattedDataSize(body.size()), hexPreview(body, 4096)));
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
    const QString path
        = m_prompter->chooseSaveFile(this, tr("Save Response Body"), QStringLiteral("response.bin"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_body) != m_body.size() || !file.commit())
        m_prompter->showError(
            this, tr("Save Response Body"), tr("cannot write %1: %2").arg(path, file.errorString()));
}

void ResponseView::formatBody(const QByteArray &body, const QByteArray &contentType)
{
    const int generation = ++m_generation;
    m_body = body;
    m_contentType = contentType.toLower();
    if (showPreview(body, m_contentType)) {
        m_pretty->setDocument({}, false);
        m_raw->setDocument(std::make_shared<TextDocument>(hexPreview(body, 1024 * 1024).toLatin1()), false);
        Q_EMIT prettyReady();
        return;
    }
    const bool json = looksLikeJson(body, contentType);
    m_pretty->setDocument(std::make_shared<TextDocument>(tr("Formatting\u2026").toUtf8()), false);
    m_raw->setDocument({}, false);
    QPointer<ResponseView> self(this);
    // Indexing and indenting run on a worker thread; the UI thread only swaps in the results.
    QThreadPool::globalInstance()->start([self, generation, body, json, contentType = m_contentType] {
        auto raw = std::make_shared<const TextDocument>(asUtf8(body, contentType));
        auto pretty
            = json ? std::make_shared<const TextDocument>(TextDocument::prettyJson(raw->text())) : raw;
        QMetaObject::invokeMethod(
            qApp,
            [self, generation, raw, pretty, json] {
                if (!self || generation != self->m_generation)
                    return; // a newer response replaced this one
                self->m_raw->setDocument(raw, false);
                self->m_pretty->setDocument(pretty, json);
                self->runSearch(self->m_searchBox->text()); // a search typed earlier applies to the new body
                Q_EMIT self->prettyReady();
            },
            Qt::QueuedConnection);
    });
}

LargeTextView *ResponseView::currentTextView() const
{
    return m_tabs->currentWidget() == m_raw ? m_raw : m_pretty;
}

void ResponseView::focusSearch()
{
    m_searchBox->setFocus(Qt::ShortcutFocusReason);
    m_searchBox->selectAll();
}

void ResponseView::search(const QString &text)
{
    if (m_searchBox->text() == text)
        runSearch(text);
    else
        m_searchBox->setText(text); // textChanged runs the search
}

void ResponseView::runSearch(const QString &text)
{
    if (m_cancelSearch)
        m_cancelSearch->store(true); // the previous search is obsolete
    m_matchCount = 0;
    m_currentMatch = -1;
    LargeTextView *view = currentTextView();
    if (!view->document() || text.isEmpty()) {
        view->setMatches({}, 0);
        m_searchStatus->clear();
        Q_EMIT searchDone();
        return;
    }
    m_searchStatus->setText(tr("searching\u2026"));
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancelSearch = cancel;
    const QByteArray needle = text.toUtf8();
    QPointer<ResponseView> self(this);
    QPointer<LargeTextView> target(view);
    const QByteArray haystack = view->document()->text(); // implicitly shared, not copied
    QThreadPool::globalInstance()->start([self, target, cancel, needle, haystack] {
        auto matches = TextDocument::findIn(haystack, needle, cancel.get());
        if (cancel->load())
            return;
        QMetaObject::invokeMethod(
            qApp,
            [self, target, cancel, matches = std::move(matches), length = needle.size()]() mutable {
                if (!self || !target || cancel->load())
                    return;
                self->m_matchCount = qsizetype(matches.size());
                target->setMatches(std::move(matches), length);
                self->m_searchStatus->setText(self->m_matchCount == 0
                        ? tr("no matches")
                        : tr("%n match(es)", nullptr, int(self->m_matchCount)));
                if (self->m_matchCount > 0)
                    self->findNext(1);
                Q_EMIT self->searchDone();
            },
            Qt::QueuedConnection);
    });
}

void ResponseView::findNext(int step)
{
    if (m_matchCount == 0)
        return;
    m_currentMatch = (m_currentMatch + step + m_matchCount) % m_matchCount;
    currentTextView()->showMatch(m_currentMatch);
    m_searchStatus->setText(tr("%1 of %2").arg(m_currentMatch + 1).arg(m_matchCount));
}

QString ResponseView::searchStatus() const
{
    return m_searchStatus->text();
}

} // namespace keyway::ui
