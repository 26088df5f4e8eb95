#include "presets/EnvironmentDuplicate.h"

#include "presets/PresetSetup.h"

namespace keyway {

namespace {

EnvironmentKind otherKind(EnvironmentKind kind)
{
    return kind == EnvironmentKind::Sandbox ? EnvironmentKind::Production : EnvironmentKind::Sandbox;
}

} // namespace

Environment EnvironmentDuplicate::asOtherKind(const Environment &source, const QString &name)
{
    Environment copy = source;
    copy.name = name;
    copy.kind = otherKind(source.kind);
    if (const auto setup = PresetSetup::ofPreset(source.preset)) {
        const QString other = setup->baseUrl(copy.kind);
        if (!other.isEmpty() && source.baseUrl == setup->baseUrl(source.kind))
            copy.baseUrl = other;
    }
    // Plain http to a remote host was allowed for one environment; the copy must be asked for again.
    copy.allowInsecureHttp = false;
    return copy;
}

QString EnvironmentDuplicate::suggestedName(const Environment &source)
{
    const QString from = environmentKindName(source.kind);
    const QString to = environmentKindName(otherKind(source.kind));
    if (source.name.contains(from))
        return QString(source.name).replace(from, to);
    return source.name + QLatin1Char('-') + to;
}

} // namespace keyway
