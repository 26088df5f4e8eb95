#pragma once

#include <optional>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace keyway::sandbox {

// Demo credentials every sandbox accepts; printed by `keyway-cli sandbox`.
struct DemoCredentials
{
    static QString sandboxApiKey() { return QStringLiteral("blg_test_sk_demo_4f1c2a9e7b3d5a60c8e1"); }
    static QString productionApiKey() { return QStringLiteral("blg_live_sk_demo_9d2b7e41a0c63f58b2d4"); }
    static QString companyId() { return QStringLiteral("company_demo"); }
    static QString otherCompanyId() { return QStringLiteral("company_demo_two"); }
    static QString publicClientId() { return QStringLiteral("keyway-demo"); }
    static QString confidentialClientId() { return QStringLiteral("keyway-service"); }
    static QString confidentialClientSecret() { return QStringLiteral("kw_demo_client_secret_9b2e61f0"); }
    static QString exchangeApiKey() { return QStringLiteral("basiq_demo_key_51c7e2a9d04b"); }
    static QString storeHash() { return QStringLiteral("demo1"); }
    static QString storeToken() { return QStringLiteral("bc_demo_token_7a3f90c2e5d1"); }
    // The BigCommerce app that signs Customer Login JWTs (HS256 with its client secret).
    static QString bigCommerceClientId() { return QStringLiteral("bc_demo_app"); }
    static QString bigCommerceClientSecret() { return QStringLiteral("kw_demo_client_secret_bc_5e8a13c7d2"); }
    static QStringList scopes();
    static QString scopeDescription(const QString &scope);
};

// What an access token or API key lets a request do.
struct Grant
{
    QString subject;
    QStringList scopes;
    QString company; // empty: any company header is required (API keys)
    bool apiKey = false;
};

// Token endpoint outcome: a JSON body and its status, as RFC 6749 §5.1/§5.2 describe.
struct TokenAnswer
{
    int status = 200;
    QJsonObject body;
};

// The sandbox's OAuth state: consent requests, codes, access tokens and rotating refresh-token
// families. In memory only; tokens are random and meaningless outside this process.
class SandboxAuthority
{
public:
    struct AuthorizeParams
    {
        QString clientId, redirectUri, scope, state, challenge, challengeMethod, responseType;
    };
    struct PendingConsent
    {
        AuthorizeParams params;
        QStringList scopes;
    };

    void setIssuer(const QString &issuer) { m_issuer = issuer; }
    QString issuer() const { return m_issuer; }
    void setAccessTokenLifetime(int seconds) { m_accessLifetime = seconds; }
    int accessTokenLifetime() const { return m_accessLifetime; }

    // Checks an authorization request; on success returns the consent id for the page.
    std::optional<QString> beginConsent(const AuthorizeParams &params, QString *error);
    const PendingConsent *consent(const QString &id) const;
    // The redirect after the user's decision (code or error=access_denied), or empty when the id is unknown.
    QUrl decide(const QString &id, bool approved, const QStringList &chosenScopes);

    TokenAnswer token(const QHash<QString, QString> &form, const QByteArray &authorizationHeader);
    TokenAnswer exchangeApiKey(const QString &apiKey, const QString &scope, const QString &userId);

    std::optional<Grant> grantFor(const QString &bearer, QString *problem) const;

    void expireAllTokens();
    void revokeAll();
    int tokenRequests() const { return m_tokenRequests; }
    int refreshRequests() const { return m_refreshRequests; }

    static bool isRedirectUriAllowed(const QString &uri);

private:
    struct AccessToken
    {
        Grant grant;
        QDateTime expires;
        QString family;
    };
    struct Code
    {
        AuthorizeParams params;
        QStringList scopes;
        QDateTime expires;
        bool used = false;
        QString family;
    };
    struct RefreshToken
    {
        QString family;
        QStringList scopes;
        QString subject;
        bool current = true;
    };

    TokenAnswer codeGrant(const QHash<QString, QString> &form);
    TokenAnswer refreshGrant(const QHash<QString, QString> &form);
    TokenAnswer clientCredentialsGrant(
        const QHash<QString, QString> &form, const QByteArray &authorizationHeader);
    TokenAnswer issue(const Grant &grant, const QString &family, bool withRefresh);
    void revokeFamily(const QString &family);

    QString m_issuer;
    int m_accessLifetime = 3600;
    QHash<QString, PendingConsent> m_consents;
    QHash<QString, Code> m_codes;
    QHash<QString, AccessToken> m_accessTokens;
    QHash<QString, RefreshToken> m_refreshTokens;
    int m_tokenRequests = 0;
    int m_refreshRequests = 0;
};

QString randomToken(const char *prefix, int bytes = 24);
TokenAnswer oauthError(int status, const QString &error, const QString &description);

} // namespace keyway::sandbox
