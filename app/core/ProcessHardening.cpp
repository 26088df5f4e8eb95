#include "core/ProcessHardening.h"

#include <QLoggingCategory>
#include <sys/prctl.h>
#include <sys/resource.h>

Q_LOGGING_CATEGORY(lcHardening, "keyway.hardening")

namespace keyway {

void hardenProcess()
{
    const rlimit noCore {0, 0};
    if (setrlimit(RLIMIT_CORE, &noCore) != 0)
        qCWarning(lcHardening) << "could not disable core dumps";
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        qCWarning(lcHardening) << "could not mark the process non-dumpable";
}

} // namespace keyway
