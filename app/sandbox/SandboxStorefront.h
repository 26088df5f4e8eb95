#pragma once

#include "sandbox/SandboxServer.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <variant>

class QHttpServerRequest;

namespace keyway::sandbox {

// The BigCommerce storefront family in the sandbox, as BigCommerce documents it:
//   POST /stores/{hash}/v3/storefront/api-token   X-Auth-Token; {"channel_id": int, "expires_at": int}
//                                                 → {"data":{"token": JWT}}
//   POST /graphql                                 Authorization: Bearer <storefront token>; the store's
//                                                 name, and introspection of a small storefront schema
//   GET  /login/token/{jwt}                       Customer Login: a JWT the app signs (HS256, client
//                                                 secret), one use; → 302 with a session cookie
//   GET  /account.php                             the signed-in customer, from that cookie
// The sandbox root stands for both api.bigcommerce.com and the store's own domain.
class SandboxStorefront
{
public:
    SandboxStorefront();

    // Whether `path` is one of the routes above.
    static bool handles(const QString &path);
    SandboxReply route(const QHttpServerRequest &request);

private:
    SandboxReply createToken(const QHttpServerRequest &request);
    SandboxReply graphql(const QHttpServerRequest &request);
    SandboxReply customerLogin(const QString &jwt);
    SandboxReply account(const QHttpServerRequest &request);
    // The claims of a login JWT when it is valid; otherwise the reason it is not.
    std::variant<QJsonObject, QString> checkLoginClaims(const QString &jwt);

    QByteArray m_tokenKey; // signs the storefront tokens this sandbox issues
    QHash<QString, QDateTime> m_usedLoginIds; // jti → when seen; a login JWT works once
    QHash<QString, int> m_sessions; // session cookie → customer id
};

} // namespace keyway::sandbox
