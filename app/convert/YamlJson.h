#pragma once

#include "core/Expected.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace keyway {

// YAML (as OpenAPI documents are usually written) read into the JSON model the importers use, with
// yaml-cpp. Plain scalars become booleans, numbers or null by YAML's core schema; quoted ones stay
// strings.
class YamlJson
{
    Q_DECLARE_TR_FUNCTIONS(YamlJson)

public:
    static Expected<QJsonValue> parse(const QByteArray &yaml, const QString &path);
};

} // namespace keyway
