#include "view/TextSearch.h"

#include "view/IndexedText.h"

#include <array>
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

// Boyer-Moore-Horspool over ASCII case: most bytes are skipped, not compared.
class Matcher
{
public:
    explicit Matcher(const QByteArray &needle)
        : m_pattern(lowered(needle))
    {
        const qsizetype m = m_pattern.size();
        m_skip.fill(m);
        for (qsizetype i = 0; i + 1 < m; ++i) {
            const char c = m_pattern.at(i);
            m_skip[uchar(c)] = m - 1 - i;
            if (c >= 'a' && c <= 'z')
                m_skip[uchar(c - 32)] = m - 1 - i;
        }
    }

    qsizetype length() const { return m_pattern.size(); }

    // Matches starting in text[0, starts) (that end inside `text`), as offsets from `base`.
    void collect(QByteArrayView text, qsizetype starts, qint64 base, std::vector<qint64> &out) const
    {
        const char *data = text.data();
        const qsizetype m = m_pattern.size();
        const qsizetype last = std::min(starts, text.size() - m + 1);
        for (qsizetype i = 0; i < last;) {
            qsizetype j = m - 1;
            while (j >= 0 && lower(data[i + j]) == m_pattern.at(j))
                --j;
            if (j < 0)
                out.push_back(base + i);
            i += m_skip[uchar(data[i + m - 1])];
        }
    }

private:
    QByteArray m_pattern;
    std::array<qsizetype, 256> m_skip {};
};

// Reads pieces in order and finds matches across their edges; hands batches to `found` about five
// times a second. Returns false when it stopped early (cancel or MaxMatches).
bool searchPieces(const std::function<bool(const std::function<bool(QByteArrayView, qint64)> &)> &pieces,
    const Matcher &matcher, qint64 total, const TextSearch::Progress &progress,
    const std::function<void(std::vector<qint64> &)> &translate)
{
    QByteArray carry; // the end of the last piece: a match may start there and end in the next
    qint64 carryAt = 0;
    qsizetype found = 0;
    std::vector<qint64> batch;
    QElapsedTimer sinceBatch;
    sinceBatch.start();
    bool capped = false;
    const auto hand = [&](double done) {
        translate(batch);
        found += qsizetype(batch.size());
        progress.found(std::exchange(batch, {}), done);
        sinceBatch.restart();
    };
    pieces([&](QByteArrayView piece, qint64 offset) {
        if (progress.cancel && progress.cancel->load())
            return false;
        const qsizetype overlap = matcher.length() - 1;
        QByteArray joined = carry;
        joined.append(piece.first(std::min(piece.size(), overlap)));
        matcher.collect(joined, carry.size(), carryAt, batch); // those that start in the carry
        matcher.collect(piece, piece.size(), offset, batch);
        carry = piece.size() >= overlap ? piece.last(overlap).toByteArray() : (carry + piece.toByteArray()).right(overlap);
        carryAt = offset + piece.size() - carry.size();
        if (found + qsizetype(batch.size()) >= TextSearch::MaxMatches) {
            batch.resize(size_t(TextSearch::MaxMatches - found));
            capped = true;
        }
        if (capped || sinceBatch.elapsed() >= 200)
            hand(double(offset + piece.size()) / double(std::max<qint64>(1, total)));
        return !capped;
    });
    if (capped || (progress.cancel && progress.cancel->load()))
        return false;
    hand(1.0);
    return true;
}

} // namespace

std::vector<qint64> TextSearch::findIn(QByteArrayView text, const QByteArray &needle)
{
    std::vector<qint64> matches;
    if (!needle.isEmpty())
        Matcher(needle).collect(text, text.size(), 0, matches);
    return matches;
}

bool TextSearch::run(const IndexedText &text, const QByteArray &needle, const Progress &progress)
{
    if (needle.isEmpty())
        return true;
    const Matcher matcher(needle);
    if (text.matchesAsInBody(needle)) {
        // The text has the same matches as the body, which is read as it is, not made again.
        const BodyStore &body = text.store();
        const qint64 end = text.rawIndexed();
        return searchPieces(
            [&](const std::function<bool(QByteArrayView, qint64)> &visit) { return body.visit(0, end, visit); },
            matcher, end, progress, [&text](std::vector<qint64> &offsets) {
                for (qint64 &offset : offsets)
                    offset = text.textOffsetOfRaw(offset);
            });
    }
    return searchPieces([&text](const std::function<bool(QByteArrayView, qint64)> &visit) { return text.scan(visit); },
        matcher, text.size(), progress, [](std::vector<qint64> &) {});
}

} // namespace keyway
