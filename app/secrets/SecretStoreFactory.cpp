#include "secrets/SecretStoreFactory.h"

#include "secrets/KeychainSecretStore.h"

namespace keyway {

std::unique_ptr<SecretStore> createSystemSecretStore()
{
    // There is deliberately no plaintext fallback: without a keychain, secrets are not stored.
    return std::make_unique<KeychainSecretStore>();
}

} // namespace keyway
