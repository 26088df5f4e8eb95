#pragma once

#include "http/CookieJar.h"
#include "secrets/SecretKey.h"

#include <functional>
#include <map>
#include <memory>
#include <QObject>
#include <QString>

namespace keyway {

class SecretStore;

// One CookieJar per environment per process, read from the keychain once and written back after a
// send changed it: cookie values are credentials (session IDs), so they live where keys live, never
// in workspace files or the history. The window's sends and keyway-cli share the stored jar.
class CookieJars final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CookieJars)

public:
    explicit CookieJars(SecretStore &secrets, QObject *parent = nullptr);
    ~CookieJars() override;

    static SecretKey key(const QString &workspaceId, const QString &environment);

    // Calls `ready` (queued, in `context`) with the environment's jar once it is read; a keychain
    // that cannot be read gives an empty jar and the reason.
    void load(const QString &workspaceId, const QString &environment, QObject *context,
        std::function<void(CookieJar *jar, const QString &problem)> ready);
    // The jar when it has been read, else nullptr.
    CookieJar *loaded(const QString &workspaceId, const QString &environment) const;
    // Writes the jar (an empty one is removed from the keychain); `done` gets the reason on failure.
    void save(const QString &workspaceId, const QString &environment, QObject *context,
        std::function<void(const QString &problem)> done);
    // Forgets the jar in memory; for a removed or renamed environment, whose key went with it.
    void forget(const QString &workspaceId, const QString &environment);

Q_SIGNALS:
    // A jar was read, changed or saved: a cookie window or Wire tab showing it may refresh.
    void jarChanged(const QString &workspaceId, const QString &environment);

private:
    struct Entry;
    Entry &entry(const QString &workspaceId, const QString &environment);

    SecretStore &m_secrets;
    std::map<QString, std::unique_ptr<Entry>> m_entries; // by SecretKey::storageKey()
};

} // namespace keyway
