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
        m_longest = std::max<qsizetype>(m_longest, offset + at - m_lineStart);
        m_lineStart = offset + at + 1;
        if (++m_breaks % LineBlock == 0)
            m_fresh.push_back({m_lineStart, m_lineStart, {}});
        i = at + 1;
    }
    const qint64 end = offset + size;
    publish(m_fresh, m_breaks + 1, std::max<qsizetype>(m_longest, end - m_lineStart), end, end);
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

IndexedText::Block PlainLines::makeBlock(const Checkpoint &from, qsizetype count, qint64 rawEnd) const
{
    Block block;
    block.starts.push_back(from.raw);
    QByteArray current;
    m_store->visit(from.raw, rawEnd, [&](QByteArrayView piece, qint64 offset) {
        for (qsizetype i = 0; i < piece.size();) {
            const void *found = std::memchr(piece.data() + i, '\n', size_t(piece.size() - i));
            const qsizetype end = found ? static_cast<const char *>(found) - piece.data() : piece.size();
            if (current.size() < MaxLineBytes)
                current.append(piece.sliced(i, std::min(end - i, MaxLineBytes - current.size())));
            const bool lastWanted = qsizetype(block.lines.size()) + 1 == count;
            if (found == nullptr)
                return !(lastWanted && current.size() >= MaxLineBytes); // its end is not needed
            block.lines.push_back(std::exchange(current, {}));
            if (qsizetype(block.lines.size()) == count)
                return false;
            block.starts.push_back(offset + end + 1);
            i = end + 1;
        }
        return true;
    });
    if (block.lines.size() < block.starts.size())
        block.lines.push_back(current);
    block.rawStarts = block.starts;
    return block;
}

} // namespace keyway
