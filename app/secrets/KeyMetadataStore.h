#pragma once

#include "core/Expected.h"
#include "secrets/SecretKey.h"

#include <functional>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace keyway {

// When a key was added, when its value last changed, last used and last verified. Dates only —
// never values — in a file of this machine's data folder, next to the keychain the values are in.
struct KeyMetadata
{
    QDateTime created;
    QDateTime rotated;
    QDateTime lastUsed;
    QDateTime lastVerified;

    // When the current value was set: what a rotation reminder counts from.
    QDateTime valueSince() const { return rotated.isValid() ? rotated : created; }
    bool isKnown() const { return created.isValid(); }
};

// The key dates in <data dir>/key-metadata.json. Every change reads the file, changes one entry
// and writes it back atomically, so the window and keyway-cli can both record use. A damaged file
// is reported and never overwritten.
class KeyMetadataStore
{
    Q_DECLARE_TR_FUNCTIONS(KeyMetadataStore)

public:
    explicit KeyMetadataStore(QString path = defaultPath());
    static QString defaultPath();

    Expected<KeyMetadata> metadata(const SecretKey &key) const;
    // Every key's dates by SecretKey::storageKey(), read in one go (for a table of all keys).
    Expected<QHash<QString, KeyMetadata>> all() const;
    // A new key (created and value-since now) or a new value for a known one (rotated now; its
    // verification was for the old value and is dropped).
    Status recordStored(const SecretKey &key);
    Status recordUsed(const QString &workspaceId, const QString &environment, const QStringList &slots);
    Status recordVerified(const QString &workspaceId, const QString &environment, const QStringList &slots);
    Status forget(const SecretKey &key);
    // The dates of an environment's keys follow it when it is renamed.
    Status renameEnvironment(const QString &workspaceId, const QString &from, const QString &to);
    QString path() const { return m_path; }

private:
    Expected<QJsonObject> load() const;
    Status change(const std::function<void(QJsonObject &keys)> &edit);
    Status stampAll(const QString &workspaceId, const QString &environment, const QStringList &slots,
        QLatin1String field);

    QString m_path;
};

} // namespace keyway
