#include "auth/JwtSigner.h"

#include "core/OpenSsl.h"

#include <memory>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>


namespace keyway {

namespace {

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

struct Deleters
{
    void operator()(BIO *bio) const { OpenSsl::functions().BIO_free(bio); }
    void operator()(EVP_PKEY *key) const { OpenSsl::functions().EVP_PKEY_free(key); }
    void operator()(EVP_MD_CTX *context) const { OpenSsl::functions().EVP_MD_CTX_free(context); }
    void operator()(ECDSA_SIG *signature) const { OpenSsl::functions().ECDSA_SIG_free(signature); }
};

// JWS wants ES256 as the raw 32-byte r and s (RFC 7518 §3.4), OpenSSL gives DER.
std::optional<QByteArray> derToRaw(const QByteArray &der)
{
    const OpenSsl &api = OpenSsl::functions();
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    std::unique_ptr<ECDSA_SIG, Deleters> signature(api.d2i_ECDSA_SIG(nullptr, &data, long(der.size())));
    if (!signature)
        return std::nullopt;
    QByteArray raw(64, '\0');
    auto *out = reinterpret_cast<unsigned char *>(raw.data());
    if (api.BN_bn2binpad(api.ECDSA_SIG_get0_r(signature.get()), out, 32) != 32
        || api.BN_bn2binpad(api.ECDSA_SIG_get0_s(signature.get()), out + 32, 32) != 32)
        return std::nullopt;
    return raw;
}

// A PEM key pasted into a one-line field arrives with spaces where its line breaks were; OpenSSL
// reads only the original lines, so they are put back.
QByteArray restoredPemLines(const QByteArray &pem)
{
    static const QRegularExpression armour(QStringLiteral("^\\s*(-----BEGIN [A-Z ]+-----)(.*)(-----END [A-Z ]+-----)\\s*$"));
    const QRegularExpressionMatch match = armour.match(QString::fromLatin1(pem));
    if (pem.contains('\n') || !match.hasMatch())
        return pem;
    const QByteArray body = match.captured(2).remove(QRegularExpression(QStringLiteral("\\s"))).toLatin1();
    QByteArray lines = match.captured(1).toLatin1() + '\n';
    for (qsizetype at = 0; at < body.size(); at += 64)
        lines += body.mid(at, 64) + '\n';
    return lines + match.captured(3).toLatin1() + '\n';
}

Expected<QByteArray> signWithKey(JwtAlgorithm algorithm, const QByteArray &input, const QByteArray &text)
{
    const auto loaded = OpenSsl::load();
    if (!loaded)
        return loaded.failure();
    const OpenSsl &api = *loaded.value();
    const QByteArray pem = restoredPemLines(text);
    std::unique_ptr<BIO, Deleters> bio(api.BIO_new_mem_buf(pem.constData(), int(pem.size())));
    std::unique_ptr<EVP_PKEY, Deleters> key(
        bio ? api.PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!key)
        return Failure {ErrorKind::Invalid, JwtSigner::tr("the signing key is not a PEM private key")};
    const int expectedType = algorithm == JwtAlgorithm::RS256 ? EVP_PKEY_RSA : EVP_PKEY_EC;
    if (api.EVP_PKEY_get_base_id(key.get()) != expectedType)
        return Failure {ErrorKind::Invalid,
            algorithm == JwtAlgorithm::RS256 ? JwtSigner::tr("RS256 needs an RSA private key")
                                             : JwtSigner::tr("ES256 needs an EC (P-256) private key")};
    std::unique_ptr<EVP_MD_CTX, Deleters> context(api.EVP_MD_CTX_new());
    size_t length = 0;
    if (!context || api.EVP_DigestSignInit(context.get(), nullptr, api.EVP_sha256(), nullptr, key.get()) != 1
        || api.EVP_DigestSign(context.get(), nullptr, &length,
               reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()))
            != 1)
        return Failure {ErrorKind::Invalid, JwtSigner::tr("OpenSSL could not sign with this key")};
    QByteArray signature(qsizetype(length), '\0');
    if (api.EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
            reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()))
        != 1)
        return Failure {ErrorKind::Invalid, JwtSigner::tr("OpenSSL could not sign with this key")};
    signature.resize(qsizetype(length));
    if (algorithm != JwtAlgorithm::ES256)
        return signature;
    const auto raw = derToRaw(signature);
    if (!raw)
        return Failure {ErrorKind::Invalid, JwtSigner::tr("ES256 needs a P-256 key")};
    return *raw;
}

} // namespace

std::optional<JwtAlgorithm> JwtSigner::algorithmFromName(const QString &name)
{
    for (JwtAlgorithm algorithm : {JwtAlgorithm::HS256, JwtAlgorithm::HS384, JwtAlgorithm::HS512,
             JwtAlgorithm::RS256, JwtAlgorithm::ES256}) {
        if (algorithmName(algorithm).compare(name, Qt::CaseInsensitive) == 0)
            return algorithm;
    }
    return std::nullopt;
}

QString JwtSigner::algorithmName(JwtAlgorithm algorithm)
{
    switch (algorithm) {
    case JwtAlgorithm::HS256:
        return QStringLiteral("HS256");
    case JwtAlgorithm::HS384:
        return QStringLiteral("HS384");
    case JwtAlgorithm::HS512:
        return QStringLiteral("HS512");
    case JwtAlgorithm::RS256:
        return QStringLiteral("RS256");
    case JwtAlgorithm::ES256:
        return QStringLiteral("ES256");
    }
    return {};
}

QByteArray JwtSigner::signingInput(JwtAlgorithm algorithm, const QJsonObject &claims, const QString &keyId)
{
    QJsonObject header {{QStringLiteral("alg"), algorithmName(algorithm)}, {QStringLiteral("typ"), QStringLiteral("JWT")}};
    if (!keyId.isEmpty())
        header.insert(QStringLiteral("kid"), keyId);
    return base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
}

Expected<QString> JwtSigner::sign(
    JwtAlgorithm algorithm, const QJsonObject &claims, const QByteArray &key, const QString &keyId)
{
    if (key.isEmpty())
        return Failure {ErrorKind::Invalid, tr("there is no key to sign the token with")};
    const QByteArray input = signingInput(algorithm, claims, keyId);
    QByteArray signature;
    switch (algorithm) {
    case JwtAlgorithm::HS256:
        signature = QMessageAuthenticationCode::hash(input, key, QCryptographicHash::Sha256);
        break;
    case JwtAlgorithm::HS384:
        signature = QMessageAuthenticationCode::hash(input, key, QCryptographicHash::Sha384);
        break;
    case JwtAlgorithm::HS512:
        signature = QMessageAuthenticationCode::hash(input, key, QCryptographicHash::Sha512);
        break;
    case JwtAlgorithm::RS256:
    case JwtAlgorithm::ES256: {
        auto signedBytes = signWithKey(algorithm, input, key);
        if (!signedBytes)
            return signedBytes.failure();
        signature = signedBytes.value();
        break;
    }
    }
    return QString::fromLatin1(input + '.' + base64Url(signature));
}

} // namespace keyway
