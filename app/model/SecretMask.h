#pragma once

#include <QString>

namespace keyway {

// How a secret value is shown anywhere but on the wire: "••••" plus the last four characters,
// and only the dots for values too short to reveal four characters safely.
class SecretMask
{
public:
    static constexpr qsizetype MinLengthToShowTail = 12;

    static QString mask(const QString &secret);
    static QString dots();
};

} // namespace keyway
