#pragma once

#include <QString>

namespace keyway {

// Where a secret lives in the keychain: namespaced by workspace, environment and slot so two
// workspaces with a "sandbox" environment never share a value.
struct SecretKey
{
    QString workspaceId;
    QString environment;
    QString slot;

    QString storageKey() const
    {
        return workspaceId + QLatin1Char('/') + environment + QLatin1Char('/') + slot;
    }
    bool operator==(const SecretKey &) const = default;
};

} // namespace keyway
