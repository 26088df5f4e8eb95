#include "model/Environment.h"

namespace keyway {

void Environment::addSecretSlot(const QString &slot)
{
    if (hasSecretSlot(slot))
        return;
    secretSlots.append(slot);
    secretSlots.sort();
}

} // namespace keyway
