#include "response/LargeTextView.h"

#include <algorithm>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QThreadPool>

namespace keyway::ui {

namespace {

constexpr qsizetype MaxDrawnColumns = 4000; // per line; longer lines are cut when drawn
constexpr qint64 MaxCopiedBytes = qint64(64) << 20; // Copy All, above which Save to File is the way
// JSON colours that read well on the view's background, light or dark.
struct SyntaxColours
{
    QColor key, string, number, literal, match, currentMatch;
};

SyntaxColours syntaxColours(const QPalette &palette)
{
    if (palette.color(QPalette::Base).lightness() < 128)
        return {QColor(0x8a, 0xb4, 0xf8), QColor(0x81, 0xc9, 0x95), QColor(0xfc, 0xad, 0x70),
            QColor(0xd7, 0xae, 0xfb), QColor(0x6b, 0x55, 0x00), QColor(0xa0, 0x52, 0x00)};
    return {QColor(0x1f, 0x4e, 0x8c), QColor(0x1b, 0x6e, 0x20), QColor(0xa3, 0x4a, 0x00),
        QColor(0x7b, 0x1f, 0xa2), QColor(0xff, 0xeb, 0x3b), QColor(0xff, 0x98, 0x00)};
}

QColor colourFor(
    const QByteArray &line, qsizetype start, qsizetype end, const QColor &text, const SyntaxColours &colours)
{
    const char c = line.at(start);
    if (c == '"') {
        qsizetype after = end;
        while (after < line.size() && line.at(after) == ' ')
            ++after;
        return after < line.size() && line.at(after) == ':' ? colours.key : colours.string;
    }
    if (c == '-' || (c >= '0' && c <= '9'))
        return colours.number;
    if (c == 't' || c == 'f' || c == 'n')
        return colours.literal;
    return text;
}

// End of the JSON token that starts at `start`.
qsizetype tokenEnd(const QByteArray &line, qsizetype start)
{
    if (line.at(start) == '"') {
        qsizetype i = start + 1;
        while (i < line.size() && line.at(i) != '"')
            i += line.at(i) == '\\' ? 2 : 1;
        return std::min(line.size(), i + 1);
    }
    qsizetype i = start;
    while (i < line.size() && QByteArrayView(",:{}[] ").indexOf(line.at(i)) < 0)
        ++i;
    return std::max(i, start + 1);
}

} // namespace

LargeTextView::LargeTextView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    setFocusPolicy(Qt::StrongFocus);
}

int LargeTextView::lineHeight() const
{
    return fontMetrics().height();
}

int LargeTextView::charWidth() const
{
    return std::max(1, fontMetrics().horizontalAdvance(QLatin1Char('m')));
}

int LargeTextView::margin() const
{
    return m_json ? charWidth() * 2 : 0;
}

bool LargeTextView::isFoldable(qsizetype line) const
{
    if (!m_jsonLines || line < 0 || line >= m_document->lineCount())
        return false;
    const QByteArray text = m_document->line(line);
    return text.endsWith('{') || text.endsWith('[');
}

qsizetype LargeTextView::closingLine(qsizetype line) const
{
    // The indenter puts the closing bracket on its own line at the opening line's indentation;
    // the index says near which line that is, so only a block of lines is read.
    const auto indentation = [](const QByteArray &text) {
        qsizetype spaces = 0;
        while (spaces < text.size() && text.at(spaces) == ' ')
            ++spaces;
        return spaces;
    };
    const qsizetype depth = indentation(m_document->line(line));
    const qsizetype near = m_jsonLines->firstLineAtDepth(line, int(depth / 2));
    const qsizetype last = std::min(near, m_document->lineCount() - 1);
    for (qsizetype next = std::max(line + 1, near - IndexedText::LineBlock); next <= last; ++next) {
        const QByteArray text = m_document->line(next);
        if (indentation(text) == depth && text.size() > depth
            && (text.at(depth) == '}' || text.at(depth) == ']'))
            return next;
    }
    return -1; // not indexed yet
}

void LargeTextView::toggleFold(qsizetype line)
{
    if (const auto it = m_folds.find(line); it != m_folds.end()) {
        m_folds.erase(it);
    } else if (isFoldable(line)) {
        const qsizetype last = closingLine(line);
        if (last < 0)
            return; // its end has not arrived yet
        // Folds inside the new one are absorbed by it.
        m_folds.erase(m_folds.upper_bound(line), m_folds.upper_bound(last));
        m_folds[line] = last;
    }
    updateScrollBars();
    viewport()->update();
}

void LargeTextView::unfoldAll()
{
    m_folds.clear();
    updateScrollBars();
    viewport()->update();
}

qsizetype LargeTextView::visibleRowCount() const
{
    qsizetype hidden = 0;
    for (const auto &[first, last] : m_folds)
        hidden += last - first;
    return (m_document ? m_document->lineCount() : 0) - hidden;
}

qsizetype LargeTextView::lineForRow(qsizetype row) const
{
    qsizetype line = row;
    for (const auto &[first, last] : m_folds) {
        if (first >= line)
            break;
        line += last - first;
    }
    return line;
}

qsizetype LargeTextView::rowForLine(qsizetype line) const
{
    qsizetype row = line;
    for (const auto &[first, last] : m_folds) {
        if (first >= line)
            break;
        row -= std::min(line, last) - first;
    }
    return row;
}

void LargeTextView::revealLine(qsizetype line)
{
    for (auto it = m_folds.begin(); it != m_folds.end();) {
        if (it->first < line && line <= it->second)
            it = m_folds.erase(it);
        else
            ++it;
    }
    updateScrollBars();
}

void LargeTextView::mousePressEvent(QMouseEvent *event)
{
    if (m_document && m_json && event->position().x() < margin()) {
        const qsizetype line
            = lineForRow(verticalScrollBar()->value() + qsizetype(event->position().y()) / lineHeight());
        if (isFoldable(line) || m_folds.count(line)) {
            toggleFold(line);
            return;
        }
    }
    QAbstractScrollArea::mousePressEvent(event);
}

void LargeTextView::setDocument(std::shared_ptr<const IndexedText> document, bool json)
{
    m_document = std::move(document);
    m_jsonLines = json ? std::dynamic_pointer_cast<const PrettyJsonLines>(m_document) : nullptr;
    m_json = json;
    m_folds.clear();
    m_matches.clear();
    m_current = -1;
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    updateScrollBars();
    viewport()->update();
}

void LargeTextView::refresh()
{
    // Scrolled to the end of a text that grows (a log, a stream), the view follows it, as tail -f
    // does; anywhere else (the top, where a body starts) it stays where the user is.
    QScrollBar *scroll = verticalScrollBar();
    const bool following = scroll->maximum() > 0 && scroll->value() == scroll->maximum();
    updateScrollBars();
    if (following)
        scroll->setValue(scroll->maximum());
    viewport()->update();
}

void LargeTextView::setMatches(std::vector<qint64> matches, qsizetype length)
{
    m_matches = std::move(matches);
    m_matchLength = length;
    m_current = -1;
    viewport()->update();
}

void LargeTextView::addMatches(const std::vector<qint64> &matches)
{
    m_matches.insert(m_matches.end(), matches.begin(), matches.end());
    viewport()->update();
}

void LargeTextView::showMatch(qsizetype index)
{
    if (!m_document || index < 0 || index >= qsizetype(m_matches.size()))
        return;
    m_current = index;
    const qsizetype line = m_document->lineAt(m_matches[size_t(index)]);
    revealLine(line);
    const int visible = std::max(1, viewport()->height() / lineHeight());
    verticalScrollBar()->setValue(int(std::max<qsizetype>(0, rowForLine(line) - visible / 2)));
    const qsizetype column = m_matches[size_t(index)] - m_document->lineStart(line);
    const int columns = viewport()->width() / charWidth();
    if (column < horizontalScrollBar()->value() || column > horizontalScrollBar()->value() + columns - 4)
        horizontalScrollBar()->setValue(int(std::max<qsizetype>(0, column - 8)));
    viewport()->update();
}

qsizetype LargeTextView::firstVisibleLine() const
{
    return lineForRow(verticalScrollBar()->value());
}

void LargeTextView::updateScrollBars()
{
    const qsizetype lines = visibleRowCount();
    const int visible = std::max(1, viewport()->height() / lineHeight());
    verticalScrollBar()->setRange(0, int(std::max<qsizetype>(0, lines - visible)));
    verticalScrollBar()->setPageStep(visible);
    const qsizetype longest = m_document ? std::min(m_document->longestLine(), MaxDrawnColumns) : 0;
    const int columns = viewport()->width() / charWidth();
    horizontalScrollBar()->setRange(0, int(std::max<qsizetype>(0, longest - columns + 2)));
    horizontalScrollBar()->setPageStep(columns);
}

void LargeTextView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void LargeTextView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    if (!m_document)
        return;
    painter.setFont(font());
    const int height = lineHeight();
    const qsizetype first = verticalScrollBar()->value();
    const qsizetype last = std::min(visibleRowCount(), first + viewport()->height() / height + 2);
    for (qsizetype row = first; row < last; ++row) {
        const qsizetype line = lineForRow(row);
        const int y = int(row - first) * height;
        if (isFoldable(line)) {
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(0, y + fontMetrics().ascent(),
                m_folds.count(line) ? QStringLiteral("\u25b8") : QStringLiteral("\u25be"));
        }
        painter.save();
        painter.translate(margin(), 0);
        drawLine(painter, m_document->line(line), m_document->lineStart(line), y);
        if (const auto fold = m_folds.find(line); fold != m_folds.end()) {
            const QByteArray text = m_document->line(line);
            const int x = int(text.size() - horizontalScrollBar()->value()) * charWidth();
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(x, y + fontMetrics().ascent(),
                tr(" \u2026 %n line(s) %1", nullptr, int(fold->second - fold->first - 1))
                    .arg(QString::fromUtf8(m_document->line(fold->second).trimmed())));
        }
        painter.restore();
    }
}

void LargeTextView::drawLine(QPainter &painter, const QByteArray &line, qint64 lineStart, int y) const
{
    const int width = charWidth();
    const int shift = horizontalScrollBar()->value();
    const int baseline = y + fontMetrics().ascent();
    const QColor text = palette().color(QPalette::Text);
    const SyntaxColours colours = syntaxColours(palette());
    // Search hits on this line.
    const auto from = std::lower_bound(m_matches.begin(), m_matches.end(), lineStart);
    for (auto it = from; it != m_matches.end() && *it < lineStart + line.size(); ++it) {
        const bool current = m_current >= 0 && it == m_matches.begin() + m_current;
        painter.fillRect(int(*it - lineStart - shift) * width, y, int(m_matchLength) * width, lineHeight(),
            current ? colours.currentMatch : colours.match);
    }
    const qsizetype end = std::min(line.size(), qsizetype(shift) + MaxDrawnColumns);
    if (!m_json) {
        painter.setPen(text);
        if (shift < end)
            painter.drawText(0, baseline, QString::fromUtf8(line.mid(shift, end - shift)));
        return;
    }
    qsizetype i = shift;
    while (i < end) {
        const char c = line.at(i);
        if (c == ' ' || QByteArrayView(",:{}[]").indexOf(c) >= 0) {
            painter.setPen(text);
            painter.drawText(int(i - shift) * width, baseline, QString(QLatin1Char(c)));
            ++i;
            continue;
        }
        const qsizetype tokenStop = std::min(tokenEnd(line, i), end);
        painter.setPen(colourFor(line, i, tokenStop, text, colours));
        painter.drawText(int(i - shift) * width, baseline, QString::fromUtf8(line.mid(i, tokenStop - i)));
        i = tokenStop;
    }
}

namespace {

// Both read the body up to or from the line, so they run on a worker; the clipboard is set when
// they finish.
template<typename Compute>
void copyFromWorker(std::shared_ptr<const PrettyJsonLines> document, qsizetype line, Compute compute)
{
    QThreadPool::globalInstance()->start([document = std::move(document), line, compute] {
        const QString text = compute(*document, line);
        QMetaObject::invokeMethod(
            qApp, [text] { QApplication::clipboard()->setText(text); }, Qt::QueuedConnection);
    });
}

} // namespace

void LargeTextView::copyJsonValue(qsizetype line)
{
    if (m_jsonLines)
        copyFromWorker(m_jsonLines, line, [](const PrettyJsonLines &document, qsizetype at) {
            return QString::fromUtf8(document.jsonValueAt(at));
        });
}

void LargeTextView::copyJsonPath(qsizetype line)
{
    if (m_jsonLines)
        copyFromWorker(m_jsonLines, line,
            [](const PrettyJsonLines &document, qsizetype at) { return document.jsonPathAt(at); });
}

void LargeTextView::contextMenuEvent(QContextMenuEvent *event)
{
    if (!m_document)
        return;
    const qsizetype line = lineForRow(verticalScrollBar()->value() + event->pos().y() / lineHeight());
    QMenu menu(this);
    if (m_jsonLines) {
        menu.addAction(tr("Copy Value"), this, [this, line] { copyJsonValue(line); });
        menu.addAction(tr("Copy Path"), this, [this, line] { copyJsonPath(line); });
        menu.addSeparator();
    }
    if (isFoldable(line) || !m_folds.empty()) {
        if (isFoldable(line))
            menu.addAction(
                m_folds.count(line) ? tr("Unfold") : tr("Fold"), this, [this, line] { toggleFold(line); });
        menu.addAction(tr("Unfold All"), this, &LargeTextView::unfoldAll);
        menu.addSeparator();
    }
    menu.addAction(tr("Copy Line"), this,
        [this, line] { QApplication::clipboard()->setText(QString::fromUtf8(m_document->line(line))); });
    QAction *copyAll = menu.addAction(tr("Copy All"), this,
        [this] { QApplication::clipboard()->setText(QString::fromUtf8(m_document->wholeText())); });
    // The clipboard is not the place for a body this size (and making the text would stall).
    if (m_document->size() > MaxCopiedBytes) {
        copyAll->setEnabled(false);
        copyAll->setText(tr("Copy All (too large: use Save Body to File)"));
    }
    menu.addSeparator();
    menu.addAction(tr("Save Body to File\u2026"), this, &LargeTextView::saveRequested);
    menu.exec(event->globalPos());
}

} // namespace keyway::ui
