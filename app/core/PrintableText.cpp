#include "core/PrintableText.h"

namespace keyway {

QString printableText(const QString &text)
{
    QString printable;
    printable.reserve(text.size());
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        const bool control
            = (code < 0x20 && code != u'\n' && code != u'\t') || (code >= 0x7f && code <= 0x9f);
        if (control)
            printable += QStringLiteral("\\x%1").arg(code, 2, 16, QLatin1Char('0'));
        else
            printable += c;
    }
    return printable;
}

} // namespace keyway
