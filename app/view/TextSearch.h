#pragma once

#include <atomic>
#include <functional>
#include <QByteArray>
#include <vector>

namespace keyway {

class IndexedText;

// Finds every place a needle occurs (ASCII case-insensitive) in an IndexedText, reading it piece by
// piece: meant for a worker thread, with progress, a cancel flag and the matches handed over in
// batches as they are found.
class TextSearch
{
public:
    static constexpr qsizetype MaxMatches = 100'000; // past this the search stops: enough to page through

    struct Progress
    {
        std::function<void(std::vector<qint64> batch, double done)> found; // text offsets, in order
        const std::atomic_bool *cancel = nullptr;
    };

    // Returns whether it went to the end (false: cancelled or MaxMatches reached).
    static bool run(const IndexedText &text, const QByteArray &needle, const Progress &progress);
    // The same over bytes in memory.
    static std::vector<qint64> findIn(QByteArrayView text, const QByteArray &needle);
};

} // namespace keyway
