#pragma once

#include "auth/AuthSetting.h"
#include "core/Expected.h"
#include "model/VariableExpander.h"

#include <QCoreApplication>
#include <QStringList>

namespace keyway {

// The token of a Signed JWT auth setting for one request: its claims filled in (a fresh
// {{$timestamp}} and {{$uuid}} each time) and signed with the key in the keychain. Anywhere but
// on the wire the header and claims stay readable and the signature, the credential, is hidden.
class SignedJwt
{
    Q_DECLARE_TR_FUNCTIONS(SignedJwt)

public:
    // `expander` decides what is made: Reveal signs with the key it holds, Mask gives
    // "header.claims.••••", Reference gives the {{jwt}} reference a snippet turns into a variable.
    static Expected<QString> build(const AuthSetting &auth, const VariableExpander &expander,
        VariableExpander::SecretMode mode);

    // The secret slots building it needs: the signing key and those the claims refer to.
    static QStringList requiredSecrets(const AuthSetting &auth, const VariableExpander &expander);
};

} // namespace keyway
