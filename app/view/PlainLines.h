#pragma once

#include "view/IndexedText.h"

namespace keyway {

// The body's own lines, as they are: the Raw view, NDJSON and plain text.
class PlainLines final : public IndexedText
{
public:
    using IndexedText::IndexedText;

    void index(QByteArrayView piece, qint64 offset) override;
    void finishIndex() override;
    bool scan(const std::function<bool(QByteArrayView, qint64)> &visit) const override;
    bool matchesAsInBody(const QByteArray &needle) const override;
    qint64 textOffsetOfRaw(qint64 raw) const override;

protected:
    Block makeBlock(qsizetype first, const Checkpoint &from, qsizetype count, qint64 rawEnd) const override;

private:
    std::vector<Checkpoint> m_fresh;
    std::vector<LongLine> m_freshLong;
    qsizetype m_breaks = 0;
    qint64 m_lineStart = 0;
    qsizetype m_longest = 0;
};

} // namespace keyway
