#pragma once

#include <atomic>
#include <QByteArray>
#include <QString>
#include <vector>

namespace keyway {

// A large text held once, with an index of line starts, so a view can draw only the lines on
// screen. Building it is linear and meant for a worker thread.
class TextDocument
{
public:
    TextDocument() = default;
    explicit TextDocument(QByteArray text);

    const QByteArray &text() const { return m_text; }
    qsizetype lineCount() const { return qsizetype(m_lineStarts.size()); }
    qsizetype longestLine() const { return m_longestLine; }
    QByteArray line(qsizetype index) const;
    qsizetype lineStart(qsizetype index) const { return m_lineStarts[size_t(index)]; }
    // The line that holds byte `offset`.
    qsizetype lineAt(qsizetype offset) const;

    // Every match of `needle` (ASCII case-insensitive) as byte offsets; stops early when cancelled.
    std::vector<qsizetype> find(const QByteArray &needle, const std::atomic_bool *cancel = nullptr) const
    {
        return findIn(m_text, needle, cancel);
    }
    static std::vector<qsizetype> findIn(
        const QByteArray &text, const QByteArray &needle, const std::atomic_bool *cancel = nullptr);

    // Indents JSON two spaces per level in one pass, without building a tree; non-JSON text and
    // invalid JSON come out readable rather than rejected.
    static QByteArray prettyJson(const QByteArray &json, const std::atomic_bool *cancel = nullptr);

    // For the JSON value that starts on line `line` of an indented document: its path ($.data[1].name)
    // and its text (the whole object or array when it opens one). One pass up to (or from) the line.
    QString jsonPathAt(qsizetype line) const;
    QByteArray jsonValueAt(qsizetype line) const;

private:
    QByteArray m_text;
    std::vector<qsizetype> m_lineStarts;
    qsizetype m_longestLine = 0;
};

} // namespace keyway
