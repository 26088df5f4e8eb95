#include "model/KeyPrefixRules.h"

#include "presets/PresetCatalog.h"

#include <QJsonArray>
#include <QJsonObject>

namespace keyway {

const KeyPrefixRules &KeyPrefixRules::builtIn()
{
    static const KeyPrefixRules rules = fromProviders(PresetCatalog::builtIn().providers());
    return rules;
}

KeyPrefixRules KeyPrefixRules::fromProviders(const QJsonArray &providers)
{
    KeyPrefixRules rules;
    for (const QJsonValue &provider : providers) {
        for (const QJsonValue &auth : provider.toObject().value(QStringLiteral("auth")).toArray()) {
            const QJsonObject prefixes = auth.toObject().value(QStringLiteral("keyPrefixes")).toObject();
            for (auto it = prefixes.begin(); it != prefixes.end(); ++it) {
                if (const auto kind = environmentKindFromName(it.key());
                    kind && !it.value().toString().isEmpty())
                    rules.m_prefixes.insert(it.value().toString(), *kind);
            }
        }
    }
    return rules;
}

QStringList KeyPrefixRules::misplacedSecrets(
    const Environment &environment, const QHash<QString, QString> &secretValues) const
{
    QStringList misplaced;
    for (auto it = secretValues.cbegin(); it != secretValues.cend(); ++it) {
        for (auto prefix = m_prefixes.cbegin(); prefix != m_prefixes.cend(); ++prefix) {
            if (prefix.value() != environment.kind && it.value().startsWith(prefix.key()))
                misplaced.append(it.key());
        }
    }
    misplaced.sort();
    return misplaced;
}

} // namespace keyway
