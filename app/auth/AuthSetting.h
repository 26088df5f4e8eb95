#pragma once

#include "auth/JwtSigner.h"
#include "model/HeaderField.h"

#include <optional>
#include <QList>
#include <QString>
#include <QStringList>

namespace keyway {

// How requests of an environment (or one saved request) are authenticated. It is data: any
// scheme a provider documents is a combination of these fields, not a class per vendor.
enum class AuthKind {
    None,
    Static, // headers / query values from templates, optionally Basic user:password
    AuthorizationCode, // OAuth2 authorization code + PKCE in the system browser
    ClientCredentials, // OAuth2 client credentials
    TokenExchange, // POST an API key to a token URL, use the returned bearer token
    SignedJwt, // a JWT Keyway signs for each request, placed where the templates say {{jwt}}
};

enum class TokenBodyEncoding { Form, Json };
enum class ClientAuthMethod { BasicHeader, Body };

struct AuthSetting
{
    AuthKind kind = AuthKind::None;

    // Static: templates such as {"Authorization", "Bearer {{secret.api_key}}"}.
    QList<HeaderField> headers;
    QList<HeaderField> query;
    QString basicUser; // template; with basicPassword → "Authorization: Basic base64(user:password)"
    QString basicPassword; // template

    // Token grants. The client secret, when there is one, is the secret slot "client_secret".
    QString authorizeUrl;
    // The authorization server's issuer identifier (RFC 8414), when it is not found from the
    // authorize URL: e.g. https://login.example.com/realms/acme. The callback's `iss` must equal it.
    QString issuer;
    QString tokenUrl;
    QString clientId;
    QStringList scopes;
    TokenBodyEncoding tokenBody = TokenBodyEncoding::Form;
    ClientAuthMethod clientAuth = ClientAuthMethod::BasicHeader;
    QList<HeaderField> tokenHeaders; // token exchange: e.g. Authorization: Basic {{secret.api_key}}
    QList<HeaderField> params; // extra token-request parameters (audience, scope, userId, …)
    QString tokenPath = QStringLiteral("access_token"); // where the token is in the JSON response
    QString expiresPath = QStringLiteral("expires_in");
    int defaultLifetimeSeconds = 3600; // when the response does not say
    bool promptConsent = false; // add prompt=consent (some servers issue refresh tokens only then)

    // Signed JWT: the claims (templates; json = sent as a number, true, …) are signed with the key
    // in the secret slot `signingKeySlot` and the result is {{jwt}} in the headers and query
    // templates above, the request URL or its body.
    JwtAlgorithm jwtAlgorithm = JwtAlgorithm::HS256;
    QList<HeaderField> jwtClaims;
    QString signingKeySlot = QStringLiteral("signing_key");
    QString jwtKeyId; // the JWT header's "kid", when the API wants to know which key signed it

    bool usesTokens() const
    {
        return kind == AuthKind::AuthorizationCode || kind == AuthKind::ClientCredentials
            || kind == AuthKind::TokenExchange;
    }
    // Headers and query values from templates: static keys, and the place of a signed JWT.
    bool usesTemplates() const { return kind == AuthKind::Static || kind == AuthKind::SignedJwt; }
    bool operator==(const AuthSetting &) const = default;

    static QString clientSecretSlot() { return QStringLiteral("client_secret"); }
    static QString jwtVariable() { return QStringLiteral("jwt"); }
};

QString authKindName(AuthKind kind);
std::optional<AuthKind> authKindFromName(const QString &name);

} // namespace keyway
