#pragma once

#include "core/Expected.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace keyway {

// Values computed when a request is built, written like variables with a '$':
//   {{$timestamp}}          Unix time in seconds; {{$timestamp+3600}}, {{$timestamp-60}} shifted
//   {{$isoTimestamp}}       the same instant as ISO 8601 UTC (2026-11-29T18:00:00.000Z)
//   {{$uuid}}               a random UUID (version 4), a new one at every use
//   {{$randomInt}}          a random integer from 0 to 1000
// Fresh per send; the preview shows what would be sent at that moment.
class DynamicValue
{
    Q_DECLARE_TR_FUNCTIONS(DynamicValue)

public:
    static bool isDynamic(const QString &name) { return name.startsWith(QLatin1Char('$')); }
    // Whether `name` ($…) is one of the above, spelled right.
    static Status check(const QString &name);
    // `now`: one instant for a whole request, so every timestamp in it agrees.
    static Expected<QString> value(const QString &name, const QDateTime &now);
};

} // namespace keyway
