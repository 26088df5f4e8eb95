#pragma once

#include "core/Expected.h"
#include "model/Environment.h"
#include "model/RequestSpec.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace keyway {

// Model objects to and from their workspace files. Reading validates every field and names the
// file and field of the first problem.
class ModelJson
{
    Q_DECLARE_TR_FUNCTIONS(ModelJson)

public:
    static QJsonObject toJson(const Environment &environment);
    static Expected<Environment> environmentFromJson(const QJsonObject &object, const QString &path);

    static QJsonObject toJson(const RequestSpec &request);
    static Expected<RequestSpec> requestFromJson(const QJsonObject &object, const QString &path);
};

} // namespace keyway
