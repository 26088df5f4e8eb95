#include "composer/GraphQlHighlighter.h"

#include "graphql/GraphQlDocument.h"

#include <QGuiApplication>
#include <QPalette>
#include <QTextCharFormat>

namespace keyway::ui {

namespace {

// A hue as light or dark as the background needs to stay readable.
QTextCharFormat tone(int hue, bool bold = false)
{
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    QTextCharFormat format;
    format.setForeground(QColor::fromHsl(hue, 170, dark ? 175 : 90));
    if (bold)
        format.setFontWeight(QFont::Bold);
    return format;
}

QTextCharFormat formatOf(GraphQlDocument::TokenKind kind)
{
    using Kind = GraphQlDocument::TokenKind;
    switch (kind) {
    case Kind::Keyword:
        return tone(215, true);
    case Kind::Variable:
        return tone(285);
    case Kind::Directive:
        return tone(330);
    case Kind::String:
        return tone(120);
    case Kind::Number:
        return tone(28);
    case Kind::Comment: {
        QTextCharFormat format;
        format.setForeground(QGuiApplication::palette().color(QPalette::PlaceholderText));
        format.setFontItalic(true);
        return format;
    }
    case Kind::Name:
    case Kind::Punctuation:
        break;
    }
    return {};
}

} // namespace

GraphQlHighlighter::GraphQlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
}

void GraphQlHighlighter::highlightBlock(const QString &text)
{
    // Line by line: a block string over several lines is coloured by the lines it starts and ends.
    for (const GraphQlDocument::Token &token : GraphQlDocument::tokens(text)) {
        const QTextCharFormat format = formatOf(token.kind);
        if (format.hasProperty(QTextFormat::ForegroundBrush))
            setFormat(int(token.start), int(token.length), format);
    }
}

} // namespace keyway::ui
