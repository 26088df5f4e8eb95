#pragma once

#include "secrets/SecretStore.h"

#include <memory>

namespace keyway {

// The one place that decides which SecretStore the applications use; tests pass their own.
std::unique_ptr<SecretStore> createSystemSecretStore();

} // namespace keyway
