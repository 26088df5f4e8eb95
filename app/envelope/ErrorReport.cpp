#include "envelope/ErrorReport.h"

#include <QJsonArray>

namespace keyway {

QJsonObject ErrorReport::toJson() const
{
    QJsonArray fields;
    for (const FieldError &error : fieldErrors)
        fields.append(
            QJsonObject {{QStringLiteral("field"), error.field}, {QStringLiteral("message"), error.message}});
    QJsonObject object {{QStringLiteral("format"), format}, {QStringLiteral("httpStatus"), httpStatus},
        {QStringLiteral("code"), code.isEmpty() ? QJsonValue() : QJsonValue(code)},
        {QStringLiteral("message"), message}, {QStringLiteral("hint"), hint},
        {QStringLiteral("requestId"), requestId.isEmpty() ? QJsonValue() : QJsonValue(requestId)},
        {QStringLiteral("retryAfterSeconds"),
            retryAfterSeconds ? QJsonValue(*retryAfterSeconds) : QJsonValue()},
        {QStringLiteral("fieldErrors"), fields}, {QStringLiteral("errorCount"), errorCount}};
    return object;
}

QString ErrorReport::toCard() const
{
    QString headline = httpStatus > 0 ? tr("HTTP %1").arg(httpStatus) : tr("Error");
    if (!code.isEmpty())
        headline += QStringLiteral(" \u00b7 ") + code;
    QStringList lines {QStringLiteral("\u2716 ") + headline, QStringLiteral("  ") + message};
    if (errorCount > 1)
        lines << tr("  (%n error(s) in this response; the first is shown)", nullptr, errorCount);
    for (const FieldError &error : fieldErrors)
        lines << QStringLiteral("  \u2022 %1: %2").arg(error.field, error.message);
    if (!hint.isEmpty())
        lines << tr("  Hint: %1").arg(hint);
    if (!requestId.isEmpty())
        lines << tr("  Request ID: %1").arg(requestId);
    if (retryAfterSeconds)
        lines << tr("  Retry after: %n second(s)", nullptr, *retryAfterSeconds);
    return lines.join(QLatin1Char('\n'));
}

QString ErrorReport::toClipboardText() const
{
    QStringList parts;
    if (!code.isEmpty())
        parts << code;
    parts << message;
    if (!requestId.isEmpty())
        parts << tr("request id %1").arg(requestId);
    return parts.join(QStringLiteral(" \u2014 "));
}

} // namespace keyway
