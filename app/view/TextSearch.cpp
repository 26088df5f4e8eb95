#include "view/TextSearch.h"

#include "view/IndexedText.h"

#include <QElapsedTimer>

namespace keyway {

namespace {

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
}

QByteArray lowered(const QByteArray &needle)
{
    QByteArray pattern = needle;
    for (char &c : pattern)
        c = lower(c);
    return pattern;
}

// Matches of `pattern` (lower case) starting in text[0, starts) — the rest is only read.
void collect(QByteArrayView text, qsizetype starts, const QByteArray &pattern, qint64 base, std::vector<qint64> &out)
{
    const char *data = text.data();
    const qsizetype last = std::min(starts, text.size() - pattern.size() + 1);
    const char first = pattern.at(0);
    for (qsizetype i = 0; i < last; ++i) {
        if (lower(data[i]) != first)
            continue;
        qsizetype j = 1;
        while (j < pattern.size() && lower(data[i + j]) == pattern.at(j))
            ++j;
        if (j == pattern.size())
            out.push_back(base + i);
    }
}

} // namespace

std::vector<qint64> TextSearch::findIn(QByteArrayView text, const QByteArray &needle)
{
    std::vector<qint64> matches;
    if (!needle.isEmpty())
        collect(text, text.size(), lowered(needle), 0, matches);
    return matches;
}

bool TextSearch::run(const IndexedText &text, const QByteArray &needle, const Progress &progress)
{
    if (needle.isEmpty())
        return true;
    const QByteArray pattern = lowered(needle);
    const double total = double(std::max<qint64>(1, text.size()));
    QByteArray carry; // the end of the last piece: a match may start there and end in the next
    qint64 carryAt = 0;
    qsizetype found = 0;
    std::vector<qint64> batch;
    QElapsedTimer sinceBatch;
    sinceBatch.start();
    bool capped = false;
    const bool finished = text.scan([&](QByteArrayView piece, qint64 offset) {
        if (progress.cancel && progress.cancel->load())
            return false;
        QByteArray joined = carry + piece.toByteArray();
        collect(joined, carry.size() + piece.size() - (pattern.size() - 1), pattern, carryAt, batch);
        const qsizetype keep = std::min<qsizetype>(pattern.size() - 1, joined.size());
        carry = joined.right(keep);
        carryAt = offset + piece.size() - keep;
        if (found + qsizetype(batch.size()) >= MaxMatches) {
            batch.resize(size_t(MaxMatches - found));
            capped = true;
        }
        if (capped || sinceBatch.elapsed() >= 200) {
            found += qsizetype(batch.size());
            progress.found(std::exchange(batch, {}), double(offset + piece.size()) / total);
            sinceBatch.restart();
        }
        return !capped;
    });
    if (capped || (progress.cancel && progress.cancel->load()))
        return false;
    progress.found(std::move(batch), 1.0);
    return finished;
}

} // namespace keyway
