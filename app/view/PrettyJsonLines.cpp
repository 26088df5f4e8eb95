#include "view/PrettyJsonLines.h"

#include "core/JsonStringTracker.h"

#include <algorithm>

namespace keyway {

namespace {

constexpr qsizetype FeedSlice = 64 * 1024; // how often a line maker looks whether it has enough

// The indexer's output: counts what the indented text would hold and notes every LineBlock-th line
// and the line after each long one.
template<typename Note, typename NoteLong>
struct Counter
{
    qint64 &text;
    qint64 &lineStart;
    qsizetype &breaks;
    qsizetype &longest;
    Note note;
    NoteLong noteLong;

    void put(char) { ++text; }
    void put(QByteArrayView bytes) { text += bytes.size(); }
    bool lineBreak(const JsonIndenter::State &state, qint64 next)
    {
        startLine(state, next, qint64(state.depth) * 2);
        return true;
    }
    bool rawNewline(const JsonIndenter::State &state, qint64 next)
    {
        startLine(state, next, 0);
        return true;
    }
    void startLine(const JsonIndenter::State &state, qint64 next, qint64 indentation)
    {
        const qsizetype length = text - lineStart;
        longest = std::max<qsizetype>(longest, length);
        lineStart = ++text;
        text += indentation;
        if (length > IndexedText::MaxLineBytes)
            noteLong(breaks, next, lineStart, state);
        if (++breaks % IndexedText::LineBlock == 0)
            note(next, lineStart, state);
    }
};

// A line maker's output: the lines themselves, each cut at MaxLineBytes.
struct LineCollector
{
    std::vector<QByteArray> &lines;
    std::vector<qint64> &starts;
    std::vector<qint64> &rawStarts;
    qsizetype wanted;
    QByteArray current;
    qint64 text = 0;

    void put(char c)
    {
        if (current.size() < IndexedText::MaxLineBytes)
            current += c;
        ++text;
    }
    void put(QByteArrayView bytes)
    {
        if (current.size() < IndexedText::MaxLineBytes)
            current.append(bytes.first(std::min(bytes.size(), IndexedText::MaxLineBytes - current.size())));
        text += bytes.size();
    }
    bool lineBreak(const JsonIndenter::State &state, qint64 next)
    {
        lines.push_back(std::exchange(current, QByteArray(qsizetype(state.depth) * 2, ' ')));
        if (qsizetype(lines.size()) == wanted)
            return false;
        starts.push_back(++text);
        rawStarts.push_back(next);
        text += qint64(state.depth) * 2;
        return true;
    }
    bool rawNewline(const JsonIndenter::State &, qint64 next)
    {
        lines.push_back(std::exchange(current, QByteArray()));
        if (qsizetype(lines.size()) == wanted)
            return false;
        starts.push_back(++text);
        rawStarts.push_back(next);
        return true;
    }
    bool lastLineFull() const
    {
        return qsizetype(lines.size()) + 1 == wanted && current.size() >= IndexedText::MaxLineBytes;
    }
};

// The whole indented text in pieces of about a megabyte, for search.
struct PieceWriter
{
    const std::function<bool(QByteArrayView, qint64)> &visit;
    QByteArray buffer;
    qint64 offset = 0;
    bool stopped = false;

    void put(char c) { buffer += c; }
    void put(QByteArrayView bytes) { buffer += bytes; }
    bool lineBreak(const JsonIndenter::State &state, qint64)
    {
        buffer += '\n';
        buffer.append(QByteArray(qsizetype(state.depth) * 2, ' '));
        return true;
    }
    bool rawNewline(const JsonIndenter::State &, qint64)
    {
        buffer += '\n';
        return true;
    }
    bool flush()
    {
        if (!stopped && !buffer.isEmpty())
            stopped = !visit(buffer, offset);
        offset += buffer.size();
        buffer.clear();
        return !stopped;
    }
};

// The spaces a line starts with: none after a raw newline inside a string.
qsizetype indentationAt(const JsonIndenter::State &state)
{
    return state.inString ? 0 : qsizetype(state.depth) * 2;
}

} // namespace

void PrettyJsonLines::index(QByteArrayView piece, qint64 offset)
{
    auto note = [this](qint64 raw, qint64 text, const JsonIndenter::State &state) {
        m_fresh.push_back({raw, text, state});
    };
    auto noteLong = [this](qsizetype line, qint64 raw, qint64 text, const JsonIndenter::State &state) {
        m_freshLong.push_back({line, {raw, text, state}});
    };
    Counter<decltype(note), decltype(noteLong)> counter {m_text, m_lineStart, m_breaks, m_longest, note, noteLong};
    JsonIndenter::feed(m_state, piece, offset, counter);
    m_joined.store(m_state.joined, std::memory_order_release);
    publish(m_fresh, m_freshLong, m_breaks + 1, std::max<qsizetype>(m_longest, m_text - m_lineStart), m_text,
        offset + piece.size());
}

void PrettyJsonLines::finishIndex()
{
    markComplete();
}

IndexedText::Block PrettyJsonLines::makeBlock(qsizetype first, const Checkpoint &from, qsizetype count, qint64 rawEnd) const
{
    Block block;
    block.starts.push_back(from.text);
    block.rawStarts.push_back(from.raw);
    LineCollector collector {block.lines, block.starts, block.rawStarts, count, {}, from.text};
    collector.current = QByteArray(indentationAt(from.state), ' ');
    collector.text += indentationAt(from.state);
    JsonIndenter::State state = from.state;
    bool done = false;
    for (qint64 position = from.raw; !done && position < rawEnd;) {
        std::optional<Checkpoint> jump; // a long line was cut: the next one starts here
        m_store->visit(position, rawEnd, [&](QByteArrayView piece, qint64 offset) {
            for (qsizetype at = 0; at < piece.size(); at += FeedSlice) {
                const QByteArrayView slice = piece.sliced(at, std::min(FeedSlice, piece.size() - at));
                done = JsonIndenter::feed(state, slice, offset + at, collector) < slice.size() || collector.lastLineFull();
                if (!done && collector.current.size() >= MaxLineBytes)
                    jump = afterLongLine(first + qsizetype(block.lines.size()));
                if (done || jump)
                    return false;
            }
            return true;
        });
        if (!jump)
            break; // read to the end, or done
        // The rest of the long line is not read: the line after it starts where the index says.
        block.lines.push_back(std::exchange(collector.current, QByteArray(indentationAt(jump->state), ' ')));
        done = qsizetype(block.lines.size()) == count;
        block.starts.push_back(jump->text);
        block.rawStarts.push_back(jump->raw);
        collector.text = jump->text + indentationAt(jump->state);
        state = jump->state;
        position = jump->raw;
    }
    if (block.lines.size() < block.starts.size())
        block.lines.push_back(collector.current);
    block.starts.resize(block.lines.size());
    block.rawStarts.resize(block.lines.size());
    return block;
}

bool PrettyJsonLines::matchesAsInBody(const QByteArray &needle) const
{
    // Indenting only changes white space and what follows ':' ',' and brackets outside strings:
    // a needle without them matches the same bytes in both — unless left-out white space joined
    // two values, which valid JSON never has.
    if (m_joined.load(std::memory_order_acquire))
        return false;
    for (const char c : needle) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == ':' || c == ',' || c == '{' || c == '}'
            || c == '[' || c == ']')
            return false;
    }
    return true;
}

qint64 PrettyJsonLines::textOffsetOfRaw(qint64 raw) const
{
    // Indented again from the index entry before it, counting what the text holds up to it.
    const Checkpoint from = checkpointBeforeRaw(raw);
    qint64 text = from.text + indentationAt(from.state);
    qint64 lineStart = from.text;
    qsizetype breaks = 0;
    qsizetype longest = 0;
    auto ignore = [](qint64, qint64, const JsonIndenter::State &) {};
    auto ignoreLong = [](qsizetype, qint64, qint64, const JsonIndenter::State &) {};
    Counter<decltype(ignore), decltype(ignoreLong)> counter {text, lineStart, breaks, longest, ignore, ignoreLong};
    JsonIndenter::State state = from.state;
    m_store->visit(from.raw, raw, [&](QByteArrayView piece, qint64 offset) {
        JsonIndenter::feed(state, piece, offset, counter);
        return true;
    });
    // After '{' or '[' the line breaks before the next byte is written.
    return state.opened ? text + 1 + qint64(state.depth + 1) * 2 : text;
}

bool PrettyJsonLines::scan(const std::function<bool(QByteArrayView, qint64)> &visit) const
{
    PieceWriter writer {visit, {}, 0};
    JsonIndenter::State state;
    m_store->visit(0, rawIndexed(), [&](QByteArrayView piece, qint64 offset) {
        for (qsizetype at = 0; at < piece.size(); at += FeedSlice) {
            const QByteArrayView slice = piece.sliced(at, std::min(FeedSlice, piece.size() - at));
            JsonIndenter::feed(state, slice, offset + at, writer);
            if (writer.buffer.size() >= (1 << 20) && !writer.flush())
                return false;
        }
        return true;
    });
    return writer.flush();
}

} // namespace keyway

namespace keyway {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

} // namespace

qint64 PrettyJsonLines::valueStart(qsizetype line) const
{
    // A line starts with its key, if it has one ("name": …): the value comes after the colon.
    const qint64 start = rawLineStart(line);
    const QByteArray head = m_store->read(start, MaxLineBytes);
    qsizetype i = 0;
    while (i < head.size() && isSpace(head.at(i)))
        ++i;
    if (i < head.size() && head.at(i) == '"') {
        qsizetype j = i + 1;
        while (j < head.size() && head.at(j) != '"')
            j += head.at(j) == '\\' ? 2 : 1;
        qsizetype k = j + 1;
        while (k < head.size() && isSpace(head.at(k)))
            ++k;
        if (k < head.size() && head.at(k) == ':') {
            ++k;
            while (k < head.size() && isSpace(head.at(k)))
                ++k;
            return k < head.size() ? start + k : -1;
        }
    }
    return i < head.size() ? start + i : -1;
}

QString PrettyJsonLines::jsonPathAt(qsizetype line) const
{
    struct Level
    {
        bool array;
        qsizetype index;
        QByteArray key;
    };
    std::vector<Level> stack;
    QByteArray lastString;
    QByteArray current;
    JsonStringTracker strings;
    const qint64 stop = valueStart(line);
    m_store->visit(0, stop < 0 ? rawLineStart(line) : stop, [&](QByteArrayView piece, qint64) {
        for (const char c : piece) {
            const bool wasInString = strings.inString;
            if (strings.step(c)) {
                if (!wasInString)
                    current.clear(); // an opening quote
                else if (!strings.inString)
                    lastString = current; // the closing quote
                else if (current.size() < MaxLineBytes)
                    current += c; // escapes are kept as written; keys rarely have them
                continue;
            }
            if (c == '{' || c == '[')
                stack.push_back({c == '[', 0, {}});
            else if ((c == '}' || c == ']') && !stack.empty())
                stack.pop_back();
            else if (c == ',' && !stack.empty() && stack.back().array)
                ++stack.back().index;
            else if (c == ':' && !stack.empty())
                stack.back().key = lastString;
        }
        return true;
    });
    QString path = QStringLiteral("$");
    for (const Level &level : stack) {
        if (level.array)
            path += QStringLiteral("[%1]").arg(level.index);
        else if (!level.key.isEmpty())
            path += QLatin1Char('.') + QString::fromUtf8(level.key);
    }
    return path;
}

QByteArray PrettyJsonLines::jsonValueAt(qsizetype line) const
{
    const qint64 start = valueStart(line);
    if (start < 0)
        return {};
    const char open = m_store->read(start, 1).at(0);
    int depth = 0;
    JsonStringTracker strings;
    qint64 end = -1;
    const bool container = open == '{' || open == '[';
    m_store->visit(start, m_store->size(), [&](QByteArrayView piece, qint64 offset) {
        for (qsizetype i = 0; i < piece.size(); ++i) {
            const char c = piece.at(i);
            if (strings.step(c))
                continue;
            if (c == '{' || c == '[') {
                ++depth;
            } else if (container && (c == '}' || c == ']') && --depth == 0) {
                end = offset + i + 1;
                return false;
            } else if (!container && (c == ',' || c == '}' || c == ']' || isSpace(c))) {
                end = offset + i;
                return false;
            }
        }
        return true;
    });
    const QByteArray value = m_store->read(start, (end < 0 ? m_store->size() : end) - start);
    return container ? JsonIndenter::indent(value) : value;
}

} // namespace keyway
