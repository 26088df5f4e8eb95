#pragma once

#include "auth/AuthSetting.h"
#include "core/Expected.h"
#include "http/CookieJar.h"
#include "http/WireRequest.h"
#include "model/Environment.h"
#include "model/RequestSpec.h"
#include "model/VariableExpander.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

namespace keyway {

// What a request is built with besides its own template.
struct RequestContext
{
    const Environment &environment;
    VariableExpander::SecretMode mode = VariableExpander::SecretMode::Mask;
    QHash<QString, QString> secrets; // slot → value, as read from the keychain
    QString accessToken; // for token-based auth; empty when not signed in
    // The environment's cookies, when requests use them (not with --no-cookies, not in snippets).
    const CookieJar *cookies = nullptr;
};

// Turns a request template into the exact request that goes on the wire: method, full URL,
// every header (User-Agent, Accept, Content-Type, company ID, auth), body. The preview builds it
// masked; the sender builds it revealed, so what is shown is what is sent.
class FinalRequestBuilder
{
    Q_DECLARE_TR_FUNCTIONS(FinalRequestBuilder)

public:
    static Expected<WireRequest> build(const RequestSpec &request, const RequestContext &context);

    // The secret slots the request needs, so only those are read from the keychain.
    static QStringList requiredSecrets(const RequestSpec &request, const Environment &environment);
    static const AuthSetting &effectiveAuth(const RequestSpec &request, const Environment &environment);
    static QString userAgent();
    // Whether the environment's credentials (auth, company header, cookies) may go to `url`: its base
    // URL's origin, or one it trusts.
    static bool credentialsAllowed(
        const Environment &environment, const QUrl &url, const VariableExpander &expander);
    static QString acceptLanguage();

private:
    static Status buildBody(
        const RequestSpec &request, const VariableExpander &expander, WireRequest &wire, QString &contentType);
    static Status buildFileBody(const RequestSpec &request, WireRequest &wire, QString &contentType);
    static Status buildGraphQlBody(
        const RequestSpec &request, const VariableExpander &expander, WireRequest &wire, QString &contentType);
    static Expected<QJsonObject> graphQlVariables(const QString &text, const VariableExpander &expander);
    static Status buildMultipartBody(
        const RequestSpec &request, const VariableExpander &expander, WireRequest &wire, QString &contentType);
    // Whether the request or the auth's header and query templates use {{jwt}}.
    static bool needsJwt(const RequestSpec &request, const AuthSetting &auth, VariableExpander expander);
    // Whether the request's own templates (URL, body, headers) hold the signed {{jwt}}.
    static bool carriesJwt(const RequestSpec &request, const VariableExpander &expander);
    static void markSecretQueryItems(
        const QString &urlTemplate, const VariableExpander &expander, WireRequest &wire);
    static Expected<QUrl> buildUrl(const RequestSpec &request, const VariableExpander &expander);
    static Status applyAuth(WireRequest &wire, const AuthSetting &auth, const RequestContext &context,
        const VariableExpander &expander);
    static Status addHeader(WireRequest &wire, const QString &name, const QString &value, bool credential);
    // The jar's cookies for the URL, unless the request has a Cookie header of its own.
    static void addCookies(WireRequest &wire, const CookieJar &cookies, VariableExpander::SecretMode mode);
};

} // namespace keyway
