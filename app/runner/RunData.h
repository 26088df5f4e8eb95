#pragma once

#include "core/Expected.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace keyway {

// A data file for a run: each row's fields become variables for one iteration. A CSV file with a
// header row (RFC 4180: quotes, "" inside quotes, line breaks in quoted fields), or a JSON array of
// objects (strings as they are, other values as JSON text). Bounded, so a wrong file cannot take
// all memory, and every problem names its line or element.
class RunData
{
    Q_DECLARE_TR_FUNCTIONS(RunData)

public:
    using Row = QHash<QString, QString>;
    static constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;
    static constexpr qsizetype MaxRows = 100'000;

    // By the file's ending: .json is JSON, anything else CSV.
    static Expected<QList<Row>> load(const QString &path);
    static Expected<QList<Row>> fromCsv(const QByteArray &text);
    static Expected<QList<Row>> fromJson(const QByteArray &text);
};

} // namespace keyway
