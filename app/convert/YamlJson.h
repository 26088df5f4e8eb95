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
    // Aliases let a few hundred bytes stand for billions of values ("billion laughs"); a document is
    // refused once it expands past these, long before memory runs out.
    static constexpr qint64 MaxValues = 5'000'000;
    static constexpr qint64 MaxTextBytes = 256LL * 1024 * 1024;

    static Expected<QJsonValue> parse(const QByteArray &yaml, const QString &path);
};

} // namespace keyway
