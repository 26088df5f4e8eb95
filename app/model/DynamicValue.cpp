#include "model/DynamicValue.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

namespace keyway {

namespace {

const QRegularExpression &timestampPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^\\$timestamp(?:([+-])(\\d{1,10}))?$"));
    return pattern;
}

} // namespace

Status DynamicValue::check(const QString &name)
{
    if (name == QLatin1String("$isoTimestamp") || name == QLatin1String("$uuid")
        || name == QLatin1String("$randomInt") || timestampPattern().match(name).hasMatch())
        return {};
    return Failure {ErrorKind::Invalid,
        tr("'{{%1}}' is not a value Keyway computes; use $timestamp, $timestamp+SECONDS, "
           "$timestamp-SECONDS, $isoTimestamp, $uuid or $randomInt")
            .arg(name)};
}

Expected<QString> DynamicValue::value(const QString &name, const QDateTime &now)
{
    if (Status valid = check(name); !valid)
        return valid.failure();
    if (name == QLatin1String("$isoTimestamp"))
        return now.toUTC().toString(Qt::ISODateWithMs);
    if (name == QLatin1String("$uuid"))
        return QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (name == QLatin1String("$randomInt"))
        return QString::number(QRandomGenerator::global()->bounded(1001));
    const QRegularExpressionMatch match = timestampPattern().match(name);
    qint64 seconds = now.toSecsSinceEpoch();
    if (match.hasCaptured(2)) {
        const qint64 shift = match.captured(2).toLongLong();
        seconds += match.captured(1) == QLatin1String("+") ? shift : -shift;
    }
    return QString::number(seconds);
}

} // namespace keyway
