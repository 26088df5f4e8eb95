#include "auth/AuthSetting.h"

#include <array>
#include <utility>

namespace keyway {

namespace {

constexpr std::array<std::pair<AuthKind, const char *>, 6> KindNames {{
    {AuthKind::None, "none"},
    {AuthKind::Static, "static"},
    {AuthKind::AuthorizationCode, "oauth2"},
    {AuthKind::ClientCredentials, "client-credentials"},
    {AuthKind::TokenExchange, "token-exchange"},
    {AuthKind::SignedJwt, "signed-jwt"},
}};

} // namespace

QString authKindName(AuthKind kind)
{
    for (const auto &[value, name] : KindNames) {
        if (value == kind)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("none");
}

std::optional<AuthKind> authKindFromName(const QString &name)
{
    for (const auto &[value, text] : KindNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

} // namespace keyway
