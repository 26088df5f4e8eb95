#include "model/SecretMask.h"

namespace keyway {

QString SecretMask::dots()
{
    return QStringLiteral("\u2022\u2022\u2022\u2022");
}

QString SecretMask::mask(const QString &secret)
{
    if (secret.size() < MinLengthToShowTail)
        return dots();
    return dots() + secret.right(4);
}

} // namespace keyway
