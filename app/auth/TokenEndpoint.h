#pragma once

#include "auth/AuthSetting.h"
#include "auth/TokenSet.h"
#include "core/Expected.h"
#include "envelope/ErrorReport.h"
#include "http/HttpResponse.h"
#include "http/WireRequest.h"
#include "model/VariableExpander.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <variant>

namespace keyway {

// A token request with every template already expanded.
struct TokenRequestSpec
{
    QUrl url;
    TokenBodyEncoding encoding = TokenBodyEncoding::Form;
    QList<HeaderField> headers;
    QList<HeaderField> params;
    QString tokenPath = QStringLiteral("access_token");
    QString expiresPath = QStringLiteral("expires_in");
    int defaultLifetimeSeconds = 3600;
};

// Why a token request failed, with the server's own words (RFC 6749 §5.2).
struct TokenError
{
    enum class Kind { InvalidGrant, Rejected, ServerError, Network, Malformed };
    Kind kind = Kind::Rejected;
    int status = 0;
    QString error; // e.g. invalid_grant
    QString description; // error_description, or what we could not parse
    QByteArray body;
    std::optional<ErrorReport> report; // the server's answer as an error card, when there was one

    QString message() const;
    // Worth trying again later with the same credentials (network trouble, 5xx, 429).
    bool isTransient() const { return kind == Kind::Network || kind == Kind::ServerError; }
};

// Builds token requests for every grant and reads token responses. Pure functions: sending is
// HttpExchange's job, storing is TokenBroker's.
class TokenEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(TokenEndpoint)

public:
    static Expected<TokenRequestSpec> authorizationCode(const AuthSetting &auth,
        const VariableExpander &expander, const QString &code, const QString &redirectUri,
        const QString &verifier, const QString &clientSecret);
    static Expected<TokenRequestSpec> refresh(const AuthSetting &auth, const VariableExpander &expander,
        const QString &refreshToken, const QString &clientSecret);
    static Expected<TokenRequestSpec> clientCredentials(
        const AuthSetting &auth, const VariableExpander &expander, const QString &clientSecret);
    static Expected<TokenRequestSpec> tokenExchange(
        const AuthSetting &auth, const VariableExpander &expander);

    static WireRequest wireRequest(const TokenRequestSpec &spec);
    // `receivedAt`: expiry counts from when the answer arrived here, not from the server's clock.
    static std::variant<TokenSet, TokenError> parse(
        const HttpResponse &response, const TokenRequestSpec &spec, const QDateTime &receivedAt);

    // "data.token" → the string at that path of a JSON object, if any.
    static QJsonValue valueAt(const QJsonObject &object, const QString &path);
};

} // namespace keyway
