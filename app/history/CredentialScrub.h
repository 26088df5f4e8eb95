#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QStringList>

namespace keyway {

// What a request or response may carry of the user's credentials, masked before it is kept in the
// history:
// cookie values, token and secret fields (JSON or form-encoded: access_token, refresh_token,
// id_token, token, client_secret, password), the signature of any signed JWT, and any value equal
// to a secret the request was sent with.
class CredentialScrub
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    // `secrets`: the values the request used (keys, the access token); shorter ones are ignored,
    // as masking every "1" or "ok" would mask nothing of value.
    static Headers headers(const Headers &headers, const QStringList &secrets);
    static QByteArray body(const QByteArray &body, const QStringList &secrets);
    // access_token, refresh_token, id_token, token, client_secret or password (any case).
    static bool isCredentialField(const QString &name);

    static constexpr qsizetype MinSecretLength = 8;
};

} // namespace keyway
