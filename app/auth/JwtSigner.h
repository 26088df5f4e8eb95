#pragma once

#include "core/Expected.h"

#include <optional>
#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace keyway {

enum class JwtAlgorithm { HS256, HS384, HS512, RS256, ES256 };

// Signs a JSON Web Token (RFC 7519, JWS compact form of RFC 7515): HMAC with a shared secret
// (HS256/384/512, with Qt) or a private key in PEM (RS256, ES256 on P-256, with OpenSSL's
// libcrypto). For APIs that want a token your app signs, like BigCommerce's Customer Login.
class JwtSigner
{
    Q_DECLARE_TR_FUNCTIONS(JwtSigner)

public:
    static std::optional<JwtAlgorithm> algorithmFromName(const QString &name);
    static QString algorithmName(JwtAlgorithm algorithm);

    // "header.payload" in base64url: what is signed, and what a preview may show of the token.
    // `keyId`, when given, is the header's "kid".
    static QByteArray signingInput(JwtAlgorithm algorithm, const QJsonObject &claims, const QString &keyId = {});

    // `key`: the shared secret for HS*, a PEM private key (PKCS#8 or traditional) for RS256/ES256.
    static Expected<QString> sign(
        JwtAlgorithm algorithm, const QJsonObject &claims, const QByteArray &key, const QString &keyId = {});
};

} // namespace keyway
