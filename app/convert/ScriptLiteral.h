#pragma once

#include <QRegularExpression>
#include <QString>

namespace keyway {

// A value from script text (Postman's JavaScript, Bruno's assert lines) written for JSON: a
// 'single-quoted' string becomes a "double-quoted" one (\' unescaped, " escaped); any other text is
// returned trimmed and otherwise as it is.
inline QString doubleQuoted(QString text)
{
    text = text.trimmed();
    static const QRegularExpression single(QStringLiteral("^'((?:[^'\\\\]|\\\\.)*)'$"));
    if (const QRegularExpressionMatch match = single.match(text); match.hasMatch())
        text = QLatin1Char('"')
            + match.captured(1).replace(QLatin1String("\\'"), QLatin1String("'")).replace(QLatin1Char('"'), QLatin1String("\\\""))
            + QLatin1Char('"');
    return text;
}

} // namespace keyway
