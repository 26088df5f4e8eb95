#include "auth/SignedJwt.h"

#include "auth/JwtSigner.h"
#include "model/SecretMask.h"
#include "model/TypedFields.h"

namespace keyway {

Expected<QString> SignedJwt::build(
    const AuthSetting &auth, const VariableExpander &expander, VariableExpander::SecretMode mode)
{
    auto claims = TypedFields::expandToObject(auth.jwtClaims, expander, tr("claim"));
    if (!claims)
        return claims.failure();
    // Through the expander, so a missing slot or an empty keychain entry is named as for any secret.
    auto key = expander.expand(
        QStringLiteral("{{secret.%1}}").arg(auth.signingKeySlot), tr("signing the JWT"));
    if (!key)
        return key.failure();
    switch (mode) {
    case VariableExpander::SecretMode::Reference:
        return VariableExpander::reference(AuthSetting::jwtVariable());
    case VariableExpander::SecretMode::Mask:
        return QString::fromLatin1(JwtSigner::signingInput(auth.jwtAlgorithm, claims.value(), auth.jwtKeyId))
            + QLatin1Char('.') + SecretMask::dots();
    case VariableExpander::SecretMode::Reveal:
        break;
    }
    auto token = JwtSigner::sign(auth.jwtAlgorithm, claims.value(), key.value().toUtf8(), auth.jwtKeyId);
    if (!token)
        return Failure {token.failure().kind, tr("cannot sign the JWT: %1").arg(token.error())};
    return token;
}

QStringList SignedJwt::requiredSecrets(const AuthSetting &auth, const VariableExpander &expander)
{
    QStringList slots {auth.signingKeySlot};
    for (const HeaderField &claim : auth.jwtClaims) {
        if (claim.enabled)
            slots << expander.referencedSecrets(claim.value);
    }
    return slots;
}

} // namespace keyway
