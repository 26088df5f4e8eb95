#pragma once

namespace keyway {

// Secret hygiene for any process that may hold a secret: no core dumps (they would write the
// secret to disk) and no ptrace attach by other processes of the same user.
void hardenProcess();

} // namespace keyway
