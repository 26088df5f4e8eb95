#pragma once

#include "model/Environment.h"

#include <QStringList>

namespace keyway {

// Every keychain entry an environment owns: its keys, its sign-in tokens and its cookies. What is
// renamed or removed with the environment, so nothing is left behind under a name no one uses.
class EnvironmentKeychain
{
public:
    static QStringList slotsOf(const Environment &environment);
};

} // namespace keyway
