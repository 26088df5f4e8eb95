#pragma once

#include "secrets/SecretJob.h"

#include <qt6keychain/keychain.h>

namespace keyway {

// QtKeychain 0.13 reports nearly every Linux backend failure as OtherError; the service's own
// words are all there is to tell a missing provider from a locked or refused keyring.
SecretJob::Result classifyKeychainError(QKeychain::Error error, const QString &errorString);

} // namespace keyway
