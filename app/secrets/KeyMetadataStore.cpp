#include "secrets/KeyMetadataStore.h"

#include "core/AppPaths.h"
#include "storage/JsonFile.h"

#include <QFileInfo>

namespace keyway {

namespace {

const QLatin1String KeysField("keys");
const QLatin1String Created("created");
const QLatin1String Rotated("rotated");
const QLatin1String LastUsed("lastUsed");
const QLatin1String LastVerified("lastVerified");

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QDateTime dateAt(const QJsonObject &entry, QLatin1String field)
{
    return QDateTime::fromString(entry.value(field).toString(), Qt::ISODate);
}

void stamp(QJsonObject &keys, const SecretKey &key, QLatin1String field)
{
    QJsonObject entry = keys.value(key.storageKey()).toObject();
    // A key Keyway did not see being added (stored by an older version, or by hand) starts now.
    if (!entry.contains(Created))
        entry.insert(Created, now());
    entry.insert(field, now());
    keys.insert(key.storageKey(), entry);
}

} // namespace

KeyMetadataStore::KeyMetadataStore(QString path)
    : m_path(std::move(path))
{
}

QString KeyMetadataStore::defaultPath()
{
    return AppPaths::dataDir() + QStringLiteral("/key-metadata.json");
}

Expected<QJsonObject> KeyMetadataStore::load() const
{
    if (!QFileInfo::exists(m_path))
        return QJsonObject {};
    auto file = JsonFile::read(m_path);
    if (!file)
        return file.failure();
    return file->value(KeysField).toObject();
}

Expected<QHash<QString, KeyMetadata>> KeyMetadataStore::all() const
{
    const auto keys = load();
    if (!keys)
        return keys.failure();
    QHash<QString, KeyMetadata> result;
    for (auto it = keys->begin(); it != keys->end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        result.insert(it.key(),
            {dateAt(entry, Created), dateAt(entry, Rotated), dateAt(entry, LastUsed),
                dateAt(entry, LastVerified)});
    }
    return result;
}

Expected<KeyMetadata> KeyMetadataStore::metadata(const SecretKey &key) const
{
    const auto keys = all();
    if (!keys)
        return keys.failure();
    return keys->value(key.storageKey());
}

Status KeyMetadataStore::change(const std::function<void(QJsonObject &keys)> &edit)
{
    auto keys = load();
    if (!keys)
        return keys.failure(); // a damaged file is left as it is for the user to look at
    const QJsonObject before = keys.value();
    edit(keys.value());
    if (keys.value() == before)
        return {}; // nothing new: the file is not written (nor synced) again
    // JsonFile::write makes a missing folder owner-only (0700), as every folder Keyway creates.
    return JsonFile::write(m_path, QJsonObject {{KeysField, keys.value()}});
}

Status KeyMetadataStore::recordStored(const SecretKey &key)
{
    return change([&key](QJsonObject &keys) {
        QJsonObject entry = keys.value(key.storageKey()).toObject();
        if (entry.contains(Created)) {
            entry.insert(Rotated, now());
            entry.remove(LastVerified);
        } else {
            entry.insert(Created, now());
        }
        keys.insert(key.storageKey(), entry);
    });
}

Status KeyMetadataStore::recordUsed(
    const QString &workspaceId, const QString &environment, const QStringList &slots)
{
    if (slots.isEmpty())
        return {};
    // "Last used" is kept to the minute: a script that sends many times a minute changes nothing,
    // so the file is not written each time.
    return change([&](QJsonObject &keys) {
        for (const QString &slot : slots) {
            const SecretKey key {workspaceId, environment, slot};
            const QJsonObject entry = keys.value(key.storageKey()).toObject();
            const QDateTime used = dateAt(entry, LastUsed);
            if (!entry.contains(Created) || !used.isValid() || used.secsTo(QDateTime::currentDateTimeUtc()) >= 60)
                stamp(keys, key, LastUsed);
        }
    });
}

Status KeyMetadataStore::recordVerified(
    const QString &workspaceId, const QString &environment, const QStringList &slots)
{
    return stampAll(workspaceId, environment, slots, LastVerified);
}

Status KeyMetadataStore::stampAll(
    const QString &workspaceId, const QString &environment, const QStringList &slots, QLatin1String field)
{
    if (slots.isEmpty())
        return {};
    return change([&](QJsonObject &keys) {
        for (const QString &slot : slots)
            stamp(keys, {workspaceId, environment, slot}, field);
    });
}

Status KeyMetadataStore::renameEnvironment(const QString &workspaceId, const QString &from, const QString &to)
{
    const QString oldPrefix = SecretKey {workspaceId, from, {}}.storageKey(); // "workspace/environment/"
    const QString newPrefix = SecretKey {workspaceId, to, {}}.storageKey();
    return change([&](QJsonObject &keys) {
        const QStringList names = keys.keys();
        for (const QString &name : names) {
            if (name.startsWith(oldPrefix))
                keys.insert(newPrefix + name.mid(oldPrefix.size()), keys.take(name));
        }
    });
}

Status KeyMetadataStore::forget(const SecretKey &key)
{
    return change([&key](QJsonObject &keys) { keys.remove(key.storageKey()); });
}

} // namespace keyway
