#pragma once

#include "core/Expected.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace keyway {

// Keyway's on-disk JSON: an object with a schemaVersion, sorted keys, 2-space indent and a
// trailing newline, so files diff well in git. Writes are atomic and owner-only (0600); a file
// that cannot be read is reported with its name and position and never rewritten.
class JsonFile
{
    Q_DECLARE_TR_FUNCTIONS(JsonFile)

public:
    static constexpr int SchemaVersion = 1;

    static Expected<QJsonObject> read(const QString &path);
    static Status write(const QString &path, QJsonObject object);

    // The exact bytes write() stores; exposed for tests and for byte-stable saves.
    static QByteArray format(const QJsonObject &object);
};

} // namespace keyway
