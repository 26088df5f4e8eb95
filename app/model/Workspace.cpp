#include "model/Workspace.h"

#include <algorithm>

namespace keyway {

const Environment *Workspace::environment(const QString &envName) const
{
    const auto it = std::find_if(environments.cbegin(), environments.cend(),
        [&](const Environment &env) { return env.name == envName; });
    return it == environments.cend() ? nullptr : &*it;
}

Environment *Workspace::environment(const QString &envName)
{
    return const_cast<Environment *>(std::as_const(*this).environment(envName));
}

} // namespace keyway
