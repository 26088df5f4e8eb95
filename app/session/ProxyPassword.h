#pragma once

#include "secrets/SecretKey.h"

#include <QObject>

namespace keyway {

class SecretStore;
class Settings;

// The proxy's password lives in the keychain, never in keyway.conf: the setting holds
// http://user@host:port and the password is read when the network is set up. A password found in
// the setting (typed there by hand, or kept by an older Keyway) is moved into the keychain first.
class ProxyPassword final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProxyPassword)

public:
    struct Split
    {
        QString url; // the setting without its password
        QString password;
    };

    static SecretKey key();
    static Split split(const QString &proxySetting);
    // A proxy URL with a user name, which needs a password from the keychain.
    static bool hasUser(const QString &proxySetting);

    ProxyPassword(SecretStore &secrets, Settings &settings, QObject *parent = nullptr);
    ~ProxyPassword() override;

    // Emits `loaded` with the password to use (empty when none is needed or stored) and, when a
    // password was moved out of the settings, `moved`; `failed` when the keychain cannot help.
    void load();
    // After the settings were saved: stores `typed` (a new password) for a proxy with a user, or
    // removes the stored one when the proxy has none; then loads. Empty `typed` keeps the stored one.
    void save(const QString &typed);

Q_SIGNALS:
    void loaded(const QString &password);
    void moved();
    void failed(const QString &reason);

private:
    void store(const QString &password, bool fromSettings);
    void readStored();

    SecretStore &m_secrets;
    Settings &m_settings;
};

} // namespace keyway
