#pragma once

#include "secrets/SecureStorageStatus.h"

#include <functional>
#include <QDBusConnection>
#include <QObject>

class QDBusMessage;
class QDBusPendingCallWatcher;

namespace keyway {

// Asks the D-Bus session, without touching any stored secret, whether the Secret Service is
// there and its default keyring is unlocked: session bus → provider → default alias → Locked.
// Every step is asynchronous, so neither the UI thread nor a prompt can hang on it.
class SecureStorageProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecureStorageProbe)

public:
    explicit SecureStorageProbe(QObject *parent = nullptr);

    void start();
    const SecureStorageStatus &status() const { return m_status; }
    bool isFinished() const { return m_status.state != SecureStorageStatus::State::Checking; }

Q_SIGNALS:
    void finished(const keyway::SecureStorageStatus &status);

private:
    using ReplyHandler = std::function<void(const QDBusMessage &reply)>;

    void call(const QDBusMessage &message, ReplyHandler onReply);
    void checkProviderRunning();
    void checkProviderActivatable();
    void readDefaultAlias();
    void readLockedProperty(const QString &collectionPath);
    void conclude(SecureStorageStatus::State state, const QString &detail = {});

    QDBusConnection m_bus;
    SecureStorageStatus m_status;
};

} // namespace keyway
