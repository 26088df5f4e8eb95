#include "convert/ShellWords.h"

namespace keyway {

namespace {

// Reads one $'…' escape at `text[i]` (just after the backslash); advances `i` past it.
QString ansiEscape(const QString &text, qsizetype &i)
{
    const QChar c = text.at(i++);
    const auto hex = [&](int maxDigits) {
        qsizetype digits = 0;
        while (digits < maxDigits && i + digits < text.size()
            && QStringLiteral("0123456789abcdefABCDEF").contains(text.at(i + digits)))
            ++digits;
        const uint value = text.mid(i, digits).toUInt(nullptr, 16);
        i += digits;
        return value;
    };
    switch (c.unicode()) {
    case 'n':
        return QStringLiteral("\n");
    case 't':
        return QStringLiteral("\t");
    case 'r':
        return QStringLiteral("\r");
    case 'a':
        return QStringLiteral("\a");
    case 'b':
        return QStringLiteral("\b");
    case 'e':
    case 'E':
        return QStringLiteral("\x1b");
    case 'f':
        return QStringLiteral("\f");
    case 'v':
        return QStringLiteral("\v");
    case 'x':
        return QString(QChar(hex(2)));
    case 'u':
        return QString(QChar(hex(4)));
    case 'U': {
        const char32_t code = hex(8);
        return QString::fromUcs4(&code, 1);
    }
    default:
        return QString(c); // \\ \' \" and anything else stand for themselves
    }
}

bool isContinuation(const QString &text, qsizetype i)
{
    // "\<newline>", and "^<newline>" / "`<newline>" from cmd.exe and PowerShell copies.
    const QChar c = text.at(i);
    if (c != QLatin1Char('\\') && c != QLatin1Char('^') && c != QLatin1Char('`'))
        return false;
    qsizetype next = i + 1;
    if (next < text.size() && text.at(next) == QLatin1Char('\r'))
        ++next;
    return next < text.size() && text.at(next) == QLatin1Char('\n');
}

} // namespace

Expected<QStringList> ShellWords::split(const QString &commandLine)
{
    QStringList words;
    QString word;
    bool inWord = false;
    const QString &text = commandLine;
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text.at(i);
        if (isContinuation(text, i)) {
            i = text.indexOf(QLatin1Char('\n'), i) + 1;
            continue;
        }
        if (c.isSpace()) {
            if (inWord)
                words.append(word);
            word.clear();
            inWord = false;
            ++i;
            continue;
        }
        inWord = true;
        if (c == QLatin1Char('\'')) {
            const qsizetype end = text.indexOf(QLatin1Char('\''), i + 1);
            if (end < 0)
                return Failure {
                    ErrorKind::Invalid, tr("the single quote at character %1 is never closed").arg(i + 1)};
            word += text.mid(i + 1, end - i - 1);
            i = end + 1;
        } else if (c == QLatin1Char('$') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\'')) {
            const qsizetype start = i;
            i += 2;
            while (i < text.size() && text.at(i) != QLatin1Char('\'')) {
                if (text.at(i) == QLatin1Char('\\') && i + 1 < text.size()) {
                    ++i;
                    word += ansiEscape(text, i);
                } else {
                    word += text.at(i++);
                }
            }
            if (i >= text.size())
                return Failure {
                    ErrorKind::Invalid, tr("the $'…' quote at character %1 is never closed").arg(start + 1)};
            ++i;
        } else if (c == QLatin1Char('"')) {
            const qsizetype start = i++;
            while (i < text.size() && text.at(i) != QLatin1Char('"')) {
                const bool escape = text.at(i) == QLatin1Char('\\') && i + 1 < text.size()
                    && QStringLiteral("\"\\$`\n").contains(text.at(i + 1));
                if (escape && text.at(i + 1) == QLatin1Char('\n')) {
                    i += 2; // a continuation inside double quotes disappears
                    continue;
                }
                if (escape)
                    ++i;
                word += text.at(i++);
            }
            if (i >= text.size())
                return Failure {ErrorKind::Invalid,
                    tr("the double quote at character %1 is never closed").arg(start + 1)};
            ++i;
        } else if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            word += text.at(i + 1);
            i += 2;
        } else {
            word += c;
            ++i;
        }
    }
    if (inWord)
        words.append(word);
    return words;
}

} // namespace keyway
