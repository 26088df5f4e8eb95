#pragma once

#include "view/IndexedText.h"

#include <QString>

namespace keyway {

// The body's JSON indented two spaces per level (JsonIndenter), made line by line from the raw
// body when drawn: the index holds where every LineBlock-th line starts and the indenter's state
// there, never the indented text, which is half again as large as the body.
class PrettyJsonLines final : public IndexedText
{
public:
    using IndexedText::IndexedText;

    void index(QByteArrayView piece, qint64 offset) override;
    void finishIndex() override;
    bool scan(const std::function<bool(QByteArrayView, qint64)> &visit) const override;
    bool matchesAsInBody(const QByteArray &needle) const override;
    qint64 textOffsetOfRaw(qint64 raw) const override;

    // For the JSON value on line `line`: its path ($.data[1].name), and its text indented (the
    // whole object or array when it opens one). Each reads the body up to (or from) the line.
    QString jsonPathAt(qsizetype line) const;
    QByteArray jsonValueAt(qsizetype line) const;

protected:
    Block makeBlock(qsizetype first, const Checkpoint &from, qsizetype count, qint64 rawEnd) const override;

private:
    qint64 valueStart(qsizetype line) const; // in the raw body; -1 when there is none

    JsonIndenter::State m_state;
    std::atomic_bool m_joined = false; // m_state.joined, for readers
    std::vector<Checkpoint> m_fresh;
    std::vector<LongLine> m_freshLong;
    qsizetype m_breaks = 0;
    qint64 m_text = 0;
    qint64 m_lineStart = 0;
    qsizetype m_longest = 0;
};

} // namespace keyway
