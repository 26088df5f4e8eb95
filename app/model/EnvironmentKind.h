#pragma once

#include <optional>
#include <QString>

namespace keyway {

// Production is guarded everywhere (banners, confirmations); sandbox is for trying things.
enum class EnvironmentKind { Sandbox, Production };

QString environmentKindName(EnvironmentKind kind);
std::optional<EnvironmentKind> environmentKindFromName(const QString &name);

} // namespace keyway
