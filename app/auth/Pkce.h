#pragma once

#include <QString>

namespace keyway {

// RFC 7636 proof key and the OAuth `state`, fresh from the system CSPRNG for every attempt.
struct Pkce
{
    QString verifier; // 64 characters of [A-Za-z0-9-_]
    QString challenge; // BASE64URL(SHA256(verifier))

    static Pkce generate();
    static QString challengeFor(const QString &verifier);
    // 32 random bytes, base64url: unguessable and single-use per attempt.
    static QString newState();
};

} // namespace keyway
