#include "graphql/GraphQlDocument.h"

namespace keyway {

namespace {

const QStringList Keywords {QStringLiteral("query"), QStringLiteral("mutation"), QStringLiteral("subscription"),
    QStringLiteral("fragment"), QStringLiteral("on"), QStringLiteral("true"), QStringLiteral("false"),
    QStringLiteral("null")};

bool isNameStart(QChar c)
{
    return c == QLatin1Char('_') || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
        || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || c.isDigit();
}

// Scans the document once; `unclosedString` is where a string that never ends starts.
struct Scan
{
    QList<GraphQlDocument::Token> tokens;
    qsizetype unclosedString = -1;
};

qsizetype nameEnd(const QString &text, qsizetype at)
{
    while (at < text.size() && isNameChar(text.at(at)))
        ++at;
    return at;
}

qsizetype stringEnd(const QString &text, qsizetype start)
{
    if (QStringView(text).mid(start, 3) == QLatin1String("\"\"\"")) {
        const qsizetype close = text.indexOf(QLatin1String("\"\"\""), start + 3);
        return close < 0 ? -1 : close + 3;
    }
    for (qsizetype at = start + 1; at < text.size(); ++at) {
        if (text.at(at) == QLatin1Char('\\'))
            ++at;
        else if (text.at(at) == QLatin1Char('"'))
            return at + 1;
        else if (text.at(at) == QLatin1Char('\n'))
            return -1;
    }
    return -1;
}

Scan scan(const QString &text)
{
    using Kind = GraphQlDocument::TokenKind;
    Scan result;
    qsizetype at = 0;
    while (at < text.size()) {
        const QChar c = text.at(at);
        if (c.isSpace() || c == QLatin1Char(',')) {
            ++at;
            continue;
        }
        qsizetype end = at + 1;
        Kind kind = Kind::Punctuation;
        if (c == QLatin1Char('#')) {
            end = text.indexOf(QLatin1Char('\n'), at);
            end = end < 0 ? text.size() : end;
            kind = Kind::Comment;
        } else if (c == QLatin1Char('"')) {
            end = stringEnd(text, at);
            if (end < 0) {
                result.unclosedString = at;
                result.tokens.append({Kind::String, at, text.size() - at});
                return result;
            }
            kind = Kind::String;
        } else if ((c == QLatin1Char('$') || c == QLatin1Char('@')) && at + 1 < text.size() && isNameStart(text.at(at + 1))) {
            end = nameEnd(text, at + 1);
            kind = c == QLatin1Char('$') ? Kind::Variable : Kind::Directive;
        } else if (isNameStart(c)) {
            end = nameEnd(text, at);
            kind = Keywords.contains(text.mid(at, end - at)) ? Kind::Keyword : Kind::Name;
        } else if (c.isDigit() || (c == QLatin1Char('-') && at + 1 < text.size() && text.at(at + 1).isDigit())) {
            while (end < text.size() && (text.at(end).isDigit() || QStringLiteral(".eE+-").contains(text.at(end))))
                ++end;
            kind = Kind::Number;
        } else if (QStringView(text).mid(at, 3) == QLatin1String("...")) {
            end = at + 3;
        }
        result.tokens.append({kind, at, end - at});
        at = end;
    }
    return result;
}

QString lineAndColumn(const QString &text, qsizetype position)
{
    const qsizetype line = text.left(position).count(QLatin1Char('\n')) + 1;
    const qsizetype column = position - text.lastIndexOf(QLatin1Char('\n'), position - 1);
    return GraphQlDocument::tr("line %1, column %2").arg(line).arg(column);
}

QChar closerOf(QChar opener)
{
    return opener == QLatin1Char('{') ? QLatin1Char('}') : opener == QLatin1Char('(') ? QLatin1Char(')') : QLatin1Char(']');
}

bool isOpener(QChar c)
{
    return c == QLatin1Char('{') || c == QLatin1Char('(') || c == QLatin1Char('[');
}

bool isCloser(QChar c)
{
    return c == QLatin1Char('}') || c == QLatin1Char(')') || c == QLatin1Char(']');
}

} // namespace

QList<GraphQlDocument::Token> GraphQlDocument::tokens(const QString &text)
{
    return scan(text).tokens;
}

QStringList GraphQlDocument::operations(const QString &text)
{
    QStringList names;
    const QList<Token> all = scan(text).tokens;
    int depth = 0;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Token &token = all.at(i);
        const QString word = text.mid(token.start, token.length);
        if (token.kind == TokenKind::Punctuation && isOpener(word.at(0))) {
            if (depth == 0 && word == QLatin1String("{") && (i == 0 || text.mid(all.at(i - 1).start, 1) == QLatin1String("}")))
                names.append(QString()); // the { … } shorthand: an anonymous query
            ++depth;
        } else if (token.kind == TokenKind::Punctuation && isCloser(word.at(0))) {
            depth = std::max(0, depth - 1);
        } else if (depth == 0 && token.kind == TokenKind::Keyword
            && (word == QLatin1String("query") || word == QLatin1String("mutation") || word == QLatin1String("subscription"))) {
            const bool named = i + 1 < all.size() && all.at(i + 1).kind == TokenKind::Name;
            names.append(named ? text.mid(all.at(i + 1).start, all.at(i + 1).length) : QString());
        }
    }
    return names;
}

GraphQlDocument::Problem GraphQlDocument::firstProblem(const QString &text)
{
    const Scan scanned = scan(text);
    QList<qsizetype> open;
    for (const Token &token : scanned.tokens) {
        if (token.kind != TokenKind::Punctuation)
            continue;
        const QChar c = text.at(token.start);
        if (isOpener(c)) {
            open.append(token.start);
        } else if (isCloser(c)) {
            if (open.isEmpty())
                return {token.start, tr("'%1' at %2 closes nothing").arg(c).arg(lineAndColumn(text, token.start))};
            const qsizetype opener = open.takeLast();
            if (closerOf(text.at(opener)) != c)
                return {token.start,
                    tr("'%1' at %2 does not close the '%3' at %4")
                        .arg(c)
                        .arg(lineAndColumn(text, token.start), QString(text.at(opener)), lineAndColumn(text, opener))};
        }
    }
    if (scanned.unclosedString >= 0)
        return {scanned.unclosedString, tr("the string at %1 is never closed").arg(lineAndColumn(text, scanned.unclosedString))};
    if (!open.isEmpty())
        return {open.last(), tr("'%1' at %2 is never closed").arg(text.at(open.last())).arg(lineAndColumn(text, open.last()))};
    return {};
}

qsizetype GraphQlDocument::matchingBracket(const QString &text, qsizetype position)
{
    QList<qsizetype> open;
    for (const Token &token : scan(text).tokens) {
        if (token.kind != TokenKind::Punctuation)
            continue;
        const QChar c = text.at(token.start);
        if (isOpener(c)) {
            open.append(token.start);
        } else if (isCloser(c) && !open.isEmpty()) {
            const qsizetype opener = open.takeLast();
            if (closerOf(text.at(opener)) != c)
                return -1;
            if (opener == position)
                return token.start;
            if (token.start == position)
                return opener;
        }
    }
    return -1;
}

} // namespace keyway
