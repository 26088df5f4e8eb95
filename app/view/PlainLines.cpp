#include "view/PlainLines.h"

#include <algorithm>
#include <cstring>

namespace keyway {

void PlainLines::index(QByteArrayView piece, qint64 offset)
{
    const char *data = piece.data();
    const qsizetype size = piece.size();
    for (qsizetype i = 0; i < size;) {
        const void *found = std::memchr(data + i, '\n', size_t(size - i));
        if (found == nullptr)
            break;
        const qsizetype at = static_cast<const char *>(found) - data;
        const qint64 length = offset + at - m_lineStart;
        m_longest = std::max<qsizetype>(m_longest, length);
        m_lineStart = offset + at + 1;
        if (length > MaxLineBytes)
            m_freshLong.push_back({m_breaks, {m_lineStart, m_lineStart, {}}});
        if (++m_breaks % LineBlock == 0)
            m_fresh.push_back({m_lineStart, m_lineStart, {}});
        i = at + 1;
    }
    const qint64 end = offset + size;
    publish(m_fresh, m_freshLong, m_breaks + 1, std::max<qsizetype>(m_longest, end - m_lineStart), end, end);
}

void PlainLines::finishIndex()
{
    markComplete();
}

bool PlainLines::scan(const std::function<bool(QByteArrayView, qint64)> &visit) const
{
    return m_store->visit(0, rawIndexed(), visit);
}

bool PlainLines::matchesAsInBody(const QByteArray &) const
{
    return true; // it is the body
}

qint64 PlainLines::textOffsetOfRaw(qint64 raw) const
{
    return raw;
}

IndexedText::Block PlainLines::makeBlock(qsizetype first, const Checkpoint &from, qsizetype count, qint64 rawEnd) const
{
    Block block;
    block.starts.push_back(from.raw);
    QByteArray current;
    bool done = false;
    for (qint64 position = from.raw; !done && position < rawEnd;) {
        qint64 jump = -1; // a long line was cut: the next one starts here
        m_store->visit(position, rawEnd, [&](QByteArrayView piece, qint64 offset) {
            for (qsizetype i = 0; i < piece.size();) {
                const void *found = std::memchr(piece.data() + i, '\n', size_t(piece.size() - i));
                const qsizetype end = found ? static_cast<const char *>(found) - piece.data() : piece.size();
                if (current.size() < MaxLineBytes)
                    current.append(piece.sliced(i, std::min(end - i, MaxLineBytes - current.size())));
                if (found == nullptr && current.size() >= MaxLineBytes) {
                    // Its end is not needed for the last line wanted, and known for an indexed one.
                    const qsizetype line = first + qsizetype(block.lines.size());
                    done = line + 1 == first + count;
                    if (const auto next = done ? std::nullopt : afterLongLine(line))
                        jump = next->raw;
                    if (done || jump >= 0)
                        return false;
                }
                if (found == nullptr)
                    return true;
                block.lines.push_back(std::exchange(current, {}));
                done = qsizetype(block.lines.size()) == count;
                if (done)
                    return false;
                block.starts.push_back(offset + end + 1);
                i = end + 1;
            }
            return true;
        });
        if (jump < 0)
            break; // read to the end, or done
        block.lines.push_back(std::exchange(current, {}));
        done = qsizetype(block.lines.size()) == count;
        if (!done)
            block.starts.push_back(jump);
        position = jump;
    }
    if (block.lines.size() < block.starts.size())
        block.lines.push_back(current);
    block.rawStarts = block.starts;
    return block;
}

} // namespace keyway
