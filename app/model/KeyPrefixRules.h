#pragma once

#include "model/Environment.h"

#include <QHash>
#include <QJsonArray>
#include <QStringList>

namespace keyway {

// Which key prefixes belong to which kind of environment (e.g. blg_live_sk_ is production,
// blg_test_sk_ sandbox), from the provider presets. Used to flag a key in the wrong environment
// before anything is sent.
class KeyPrefixRules
{
public:
    static const KeyPrefixRules &builtIn();
    static KeyPrefixRules fromProviders(const QJsonArray &providers);

    // Slots whose value starts with a prefix of the other kind.
    QStringList misplacedSecrets(
        const Environment &environment, const QHash<QString, QString> &secretValues) const;

private:
    QHash<QString, EnvironmentKind> m_prefixes;
};

} // namespace keyway
