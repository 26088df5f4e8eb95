#include "auth/Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace keyway {

namespace {

QString randomBase64Url(int bytes)
{
    QByteArray random(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), bytes / 4);
    return QString::fromLatin1(
        random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

Pkce Pkce::generate()
{
    Pkce pkce;
    pkce.verifier = randomBase64Url(48); // 48 bytes → 64 characters, inside RFC 7636's 43..128
    pkce.challenge = challengeFor(pkce.verifier);
    return pkce;
}

QString Pkce::challengeFor(const QString &verifier)
{
    const QByteArray hash = QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString Pkce::newState()
{
    return randomBase64Url(32);
}

} // namespace keyway
