#include "session/EnvironmentKeychain.h"

#include "auth/TokenBroker.h"
#include "http/CookieJars.h"

namespace keyway {

QStringList EnvironmentKeychain::slotsOf(const Environment &environment)
{
    return environment.secretSlots
        + QStringList {TokenBroker::tokenKey({}, {}).slot, CookieJars::key({}, {}).slot};
}

} // namespace keyway
