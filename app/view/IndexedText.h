#pragma once

#include "view/BodyStore.h"
#include "view/JsonIndenter.h"

#include <atomic>
#include <deque>
#include <map>
#include <optional>
#include <functional>
#include <memory>
#include <mutex>
#include <QByteArray>
#include <vector>

namespace keyway {

// A text over a BodyStore, indexed as the body arrives, that a view reads a line at a time: the
// raw body's lines, or its JSON indented. The index keeps one entry per LineBlock lines (offsets
// and the indenter's state, never text), so it stays small for any body; a line is made again from
// the entry before it when it is drawn. Indexing runs on one thread while others read.
class IndexedText
{
    Q_DISABLE_COPY_MOVE(IndexedText)

public:
    static constexpr qsizetype LineBlock = 64;
    static constexpr qsizetype MaxLineBytes = 16 * 1024; // of one line, as line() gives it

    explicit IndexedText(std::shared_ptr<const BodyStore> store);
    virtual ~IndexedText() = default;

    // Indexing side (one thread): the body's bytes in order, then the end.
    virtual void index(QByteArrayView piece, qint64 offset) = 0;
    virtual void finishIndex() = 0;

    // Reading side, any thread: what is indexed so far.
    qsizetype lineCount() const { return m_lineCount.load(std::memory_order_acquire); }
    qsizetype longestLine() const { return m_longestLine.load(std::memory_order_acquire); }
    qint64 size() const { return m_textSize.load(std::memory_order_acquire); } // bytes of text
    bool isComplete() const { return m_complete.load(std::memory_order_acquire); }
    const BodyStore &store() const { return *m_store; }

    // Line `index` (its first MaxLineBytes), where it starts in the text and in the raw body.
    QByteArray line(qsizetype index) const;
    qint64 lineStart(qsizetype index) const;
    qint64 rawLineStart(qsizetype index) const;
    // The line that holds text offset `offset`.
    qsizetype lineAt(qint64 offset) const;
    // For indented text: the first indexed line after `line`, among every LineBlock-th, whose depth
    // is at most `depth` (lineCount() when there is none): a closing bracket at `depth` is in the
    // block before it.
    qsizetype firstLineAtDepth(qsizetype line, int depth) const;
    // Whether `needle` occurs in this text exactly where it occurs in the body (then search reads
    // the body, mapping each match with textOffsetOfRaw, instead of making the text again).
    virtual bool matchesAsInBody(const QByteArray &needle) const = 0;
    virtual qint64 textOffsetOfRaw(qint64 raw) const = 0;
    qint64 rawIndexed() const { return m_rawIndexed.load(std::memory_order_acquire); } // bytes of the body
    // All of the text at once (Copy All): for texts small enough to hold twice.
    QByteArray wholeText() const;
    // The text from its start, a piece at a time with the offset of each; false when stopped.
    virtual bool scan(const std::function<bool(QByteArrayView, qint64)> &visit) const = 0;

protected:
    struct Checkpoint
    {
        qint64 raw = 0; // where the line starts in the body
        qint64 text = 0; // and in the text
        JsonIndenter::State state;
    };
    struct Block
    {
        qsizetype first = -1;
        qsizetype known = 0; // lines indexed when it was made: the last block grows
        std::vector<QByteArray> lines;
        std::vector<qint64> starts;
        std::vector<qint64> rawStarts;
    };

    // A line longer than MaxLineBytes and where the one after it starts: line makers jump there
    // instead of reading through the rest of it (a 1 GB minified body, a long base64 string).
    using LongLine = std::pair<qsizetype, Checkpoint>;

    // Up to `count` lines from `from`, which is line `first`, as far as `rawEnd`.
    virtual Block makeBlock(qsizetype first, const Checkpoint &from, qsizetype count, qint64 rawEnd) const = 0;
    // After indexing a piece: publishes the new entries and counts.
    void publish(std::vector<Checkpoint> &entries, std::vector<LongLine> &longLines, qsizetype lines,
        qsizetype longest, qint64 textSize, qint64 rawIndexed);
    // Where the line after `line` starts, when `line` is a long one that was indexed to its end.
    std::optional<Checkpoint> afterLongLine(qsizetype line) const;
    void markComplete() { m_complete.store(true, std::memory_order_release); }
    // The last index entry at or before raw offset `raw`.
    Checkpoint checkpointBeforeRaw(qint64 raw) const;

    std::shared_ptr<const BodyStore> m_store;

private:
    const Block &blockFor(qsizetype line, std::unique_lock<std::mutex> &cacheLock) const;
    // One field of line `index` from its block; `past` for a line not indexed (yet).
    template<typename Value>
    Value fromBlock(qsizetype index, std::vector<Value> Block::*field, Value past) const;

    mutable std::mutex m_indexMutex;
    // Line k * LineBlock starts at m_checkpoints[k]. A deque grows without copying what it holds:
    // a vector's reallocation would copy a 5 GB body's 100 MB index while readers wait.
    std::deque<Checkpoint> m_checkpoints;
    std::map<qsizetype, Checkpoint> m_afterLongLines;
    std::atomic<qsizetype> m_lineCount = 0;
    std::atomic<qsizetype> m_longestLine = 0;
    std::atomic<qint64> m_textSize = 0;
    std::atomic<qint64> m_rawIndexed = 0;
    std::atomic_bool m_complete = false;
    mutable std::mutex m_cacheMutex;
    mutable Block m_cache;
};

} // namespace keyway
