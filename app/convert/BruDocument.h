#pragma once

#include "core/Expected.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace keyway {

// One Bruno .bru file read as its blocks: `name { … }` (a dictionary of "key: value" lines, or text
// such as a JSON body or a script) and `name [ … ]` (a list). Lines inside a block lose the block's
// indentation; a "~" before a key marks it disabled.
class BruDocument
{
    Q_DECLARE_TR_FUNCTIONS(BruDocument)

public:
    struct Pair
    {
        QString key;
        QString value;
        bool enabled = true;
    };
    struct Block
    {
        QString name; // "meta", "post", "headers", "body:json", "assert", "vars:secret", …
        QStringList lines;
        bool isList = false;

        // The "key: value" lines (keys up to the first ": ").
        QList<Pair> pairs() const;
        QString value(const QString &key) const;
        QString text() const { return lines.join(QLatin1Char('\n')); }
    };

    // The error names the line of what does not read.
    static Expected<BruDocument> parse(const QString &text);

    const Block *block(const QString &name) const;
    const QList<Block> &blocks() const { return m_blocks; }

private:
    QList<Block> m_blocks;
};

} // namespace keyway
