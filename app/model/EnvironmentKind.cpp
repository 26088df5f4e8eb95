#include "model/EnvironmentKind.h"

namespace keyway {

QString environmentKindName(EnvironmentKind kind)
{
    return kind == EnvironmentKind::Production ? QStringLiteral("production") : QStringLiteral("sandbox");
}

std::optional<EnvironmentKind> environmentKindFromName(const QString &name)
{
    if (name == QLatin1String("sandbox"))
        return EnvironmentKind::Sandbox;
    if (name == QLatin1String("production"))
        return EnvironmentKind::Production;
    return std::nullopt;
}

} // namespace keyway
