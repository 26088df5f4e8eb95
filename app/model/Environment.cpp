#include "model/Environment.h"

namespace keyway {

void Environment::addSecretSlot(const QString &slot)
{
    if (hasSecretSlot(slot))
        return;
    secretSlots.append(slot);
    secretSlots.sort();
}

QString Environment::freeSecretSlot(const QString &wanted) const
{
    QString slot = wanted;
    for (int number = 2; hasSecretSlot(slot); ++number)
        slot = QStringLiteral("%1_%2").arg(wanted).arg(number);
    return slot;
}

} // namespace keyway
