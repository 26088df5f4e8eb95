#include "convert/BruDocument.h"

#include <QRegularExpression>

namespace keyway {

QList<BruDocument::Pair> BruDocument::Block::pairs() const
{
    QList<Pair> result;
    for (const QString &line : lines) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (line.trimmed().isEmpty() || colon <= 0)
            continue;
        Pair pair {line.left(colon).trimmed(), line.mid(colon + 1).trimmed(), true};
        if (pair.key.startsWith(QLatin1Char('~'))) {
            pair.key.remove(0, 1);
            pair.enabled = false;
        }
        result.append(pair);
    }
    return result;
}

QString BruDocument::Block::value(const QString &key) const
{
    for (const Pair &pair : pairs()) {
        if (pair.key == key)
            return pair.value;
    }
    return {};
}

Expected<BruDocument> BruDocument::parse(const QString &text)
{
    static const QRegularExpression opening(QStringLiteral("^([A-Za-z][\\w:-]*)\\s*([{\\[])\\s*$"));
    BruDocument document;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype at = 0; at < lines.size(); ++at) {
        const QString line = QString(lines.at(at)).remove(QLatin1Char('\r'));
        if (line.trimmed().isEmpty())
            continue;
        const QRegularExpressionMatch match = opening.match(line);
        if (!match.hasMatch())
            return Failure {ErrorKind::FileFormat, tr("line %1: expected a block such as \"meta {\", found \"%2\"")
                                                       .arg(at + 1)
                                                       .arg(line.trimmed().left(60))};
        Block block {match.captured(1), {}, match.captured(2) == QLatin1String("[")};
        const QString closing = block.isList ? QStringLiteral("]") : QStringLiteral("}");
        const qsizetype start = at;
        // A block ends at its closing mark at the start of a line; what is inside keeps its text.
        for (++at; at < lines.size() && QString(lines.at(at)).remove(QLatin1Char('\r')) != closing; ++at) {
            QString inner = QString(lines.at(at)).remove(QLatin1Char('\r'));
            if (inner.startsWith(QLatin1String("  ")))
                inner.remove(0, 2);
            block.lines.append(inner);
        }
        if (at >= lines.size())
            return Failure {ErrorKind::FileFormat,
                tr("line %1: the block \"%2\" is never closed with \"%3\"").arg(start + 1).arg(block.name, closing)};
        if (block.isList) {
            QStringList items;
            for (const QString &item : std::as_const(block.lines)) {
                if (!item.trimmed().isEmpty())
                    items.append(item.trimmed().remove(QRegularExpression(QStringLiteral(",$"))));
            }
            block.lines = items;
        }
        document.m_blocks.append(block);
    }
    return document;
}

const BruDocument::Block *BruDocument::block(const QString &name) const
{
    for (const Block &block : m_blocks) {
        if (block.name == name)
            return &block;
    }
    return nullptr;
}

} // namespace keyway
