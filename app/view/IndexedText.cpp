#include "view/IndexedText.h"

#include <algorithm>

namespace keyway {

IndexedText::IndexedText(std::shared_ptr<const BodyStore> store)
    : m_store(std::move(store))
{
    m_checkpoints.push_back({}); // line 0 starts at 0 in both
}

void IndexedText::publish(std::vector<Checkpoint> &entries, std::vector<LongLine> &longLines, qsizetype lines,
    qsizetype longest, qint64 textSize, qint64 rawIndexed)
{
    std::lock_guard lock(m_indexMutex);
    m_checkpoints.insert(m_checkpoints.end(), entries.begin(), entries.end());
    entries.clear();
    m_afterLongLines.insert(longLines.begin(), longLines.end());
    longLines.clear();
    m_lineCount.store(lines, std::memory_order_release);
    m_longestLine.store(longest, std::memory_order_release);
    m_textSize.store(textSize, std::memory_order_release);
    m_rawIndexed.store(rawIndexed, std::memory_order_release);
}

const IndexedText::Block &IndexedText::blockFor(qsizetype line, std::unique_lock<std::mutex> &cacheLock) const
{
    Q_UNUSED(cacheLock); // held by the caller: the cache is shared by all readers
    const qsizetype first = line - line % LineBlock;
    Checkpoint from;
    qsizetype known = 0;
    qint64 rawEnd = 0;
    {
        std::lock_guard lock(m_indexMutex);
        known = m_lineCount.load(std::memory_order_relaxed);
        if (m_cache.first == first && (m_cache.known == known || qsizetype(m_cache.lines.size()) == LineBlock))
            return m_cache;
        from = m_checkpoints[size_t(first / LineBlock)];
        rawEnd = m_rawIndexed.load(std::memory_order_relaxed);
    }
    m_cache = makeBlock(first, from, std::min(LineBlock, known - first), rawEnd);
    m_cache.first = first;
    m_cache.known = known;
    return m_cache;
}

template<typename Value>
Value IndexedText::fromBlock(qsizetype index, std::vector<Value> Block::*field, Value past) const
{
    if (index < 0 || index >= lineCount())
        return index < 0 ? Value() : past;
    std::unique_lock lock(m_cacheMutex);
    const Block &block = blockFor(index, lock);
    const std::vector<Value> &values = block.*field;
    const size_t at = size_t(index - block.first);
    return at < values.size() ? values[at] : past;
}

QByteArray IndexedText::line(qsizetype index) const
{
    return fromBlock(index, &Block::lines, QByteArray());
}

qint64 IndexedText::lineStart(qsizetype index) const
{
    return fromBlock(index, &Block::starts, size());
}

qint64 IndexedText::rawLineStart(qsizetype index) const
{
    return fromBlock(index, &Block::rawStarts, m_store->size());
}

QByteArray IndexedText::wholeText() const
{
    QByteArray text;
    scan([&text](QByteArrayView piece, qint64) {
        text += piece;
        return true;
    });
    return text;
}

qsizetype IndexedText::lineAt(qint64 offset) const
{
    qsizetype first = 0;
    {
        std::lock_guard lock(m_indexMutex);
        const auto after = std::upper_bound(m_checkpoints.begin(), m_checkpoints.end(), offset,
            [](qint64 value, const Checkpoint &checkpoint) { return value < checkpoint.text; });
        first = qsizetype(std::max<ptrdiff_t>(0, after - m_checkpoints.begin() - 1)) * LineBlock;
    }
    std::unique_lock lock(m_cacheMutex);
    const Block &block = blockFor(first, lock);
    const auto after = std::upper_bound(block.starts.begin(), block.starts.end(), offset);
    return first + qsizetype(std::max<ptrdiff_t>(0, after - block.starts.begin() - 1));
}

std::optional<IndexedText::Checkpoint> IndexedText::afterLongLine(qsizetype line) const
{
    std::lock_guard lock(m_indexMutex);
    const auto found = m_afterLongLines.find(line);
    return found == m_afterLongLines.end() ? std::nullopt : std::optional<Checkpoint>(found->second);
}

IndexedText::Checkpoint IndexedText::checkpointBeforeRaw(qint64 raw) const
{
    std::lock_guard lock(m_indexMutex);
    const auto after = std::upper_bound(m_checkpoints.begin(), m_checkpoints.end(), raw,
        [](qint64 value, const Checkpoint &checkpoint) { return value < checkpoint.raw; });
    return after == m_checkpoints.begin() ? m_checkpoints.front() : *(after - 1);
}

qsizetype IndexedText::firstLineAtDepth(qsizetype line, int depth) const
{
    std::lock_guard lock(m_indexMutex);
    for (size_t k = size_t(line / LineBlock) + 1; k < m_checkpoints.size(); ++k) {
        if (m_checkpoints[k].state.depth <= depth)
            return qsizetype(k) * LineBlock;
    }
    return m_lineCount.load(std::memory_order_relaxed);
}

} // namespace keyway
