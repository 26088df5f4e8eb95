#pragma once

#include "secrets/SecretStore.h"

#include <QCoreApplication>

#include <chrono>

namespace keyway {

// Secrets in the system keychain through QtKeychain (the Secret Service on Linux: GNOME Keyring,
// KeePassXC, KWallet). Service name "keyway"; keys "<workspace id>/<environment>/<slot>".
class KeychainSecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)

public:
    static QString serviceName() { return QStringLiteral("keyway"); }

    // A job that gets no answer within `timeout` finishes as TimedOut; a locked keyring can keep
    // an unlock prompt open forever, and no caller should wait on that.
    explicit KeychainSecretStore(std::chrono::milliseconds timeout = std::chrono::seconds(60));

    SecretJob *read(const SecretKey &key, QObject *parent = nullptr) override;
    SecretJob *write(const SecretKey &key, const QString &value, QObject *parent = nullptr) override;
    SecretJob *remove(const SecretKey &key, QObject *parent = nullptr) override;
    QString backendName() const override;
    static QString timeoutMessage(int seconds);

private:
    std::chrono::milliseconds m_timeout;
};

} // namespace keyway
