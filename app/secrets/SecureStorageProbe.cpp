#include "secrets/SecureStorageProbe.h"

#include <QDBusError>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusVariant>
#include <QTimer>

namespace keyway {

namespace {

const QString SecretsService = QStringLiteral("org.freedesktop.secrets");
const QString SecretsPath = QStringLiteral("/org/freedesktop/secrets");
constexpr int CallTimeoutMs = 10'000;

QDBusMessage busCall(const QString &method)
{
    return QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"),
        QStringLiteral("/org/freedesktop/DBus"), QStringLiteral("org.freedesktop.DBus"), method);
}

} // namespace

SecureStorageProbe::SecureStorageProbe(QObject *parent)
    : QObject(parent)
    , m_bus(QDBusConnection::sessionBus())
{
}

void SecureStorageProbe::start()
{
    m_status = {};
    if (!m_bus.isConnected()) {
        // Queued like every other outcome, so callers can connect after start().
        const QString detail = m_bus.lastError().message();
        QTimer::singleShot(
            0, this, [this, detail] { conclude(SecureStorageStatus::State::NoSessionBus, detail); });
        return;
    }
    checkProviderRunning();
}

void SecureStorageProbe::call(const QDBusMessage &message, ReplyHandler onReply)
{
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(message, CallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
        [this, handler = std::move(onReply)](QDBusPendingCallWatcher *done) {
            done->deleteLater();
            const QDBusMessage reply = done->reply();
            if (reply.type() == QDBusMessage::ErrorMessage) {
                const bool noProvider
                    = reply.errorName() == QLatin1String("org.freedesktop.DBus.Error.ServiceUnknown");
                conclude(
                    noProvider ? SecureStorageStatus::State::NoProvider : SecureStorageStatus::State::Failed,
                    reply.errorMessage());
                return;
            }
            handler(reply);
        });
}

void SecureStorageProbe::checkProviderRunning()
{
    QDBusMessage message = busCall(QStringLiteral("NameHasOwner"));
    message << SecretsService;
    call(message, [this](const QDBusMessage &reply) {
        if (reply.arguments().value(0).toBool())
            readDefaultAlias();
        else
            checkProviderActivatable();
    });
}

void SecureStorageProbe::checkProviderActivatable()
{
    call(busCall(QStringLiteral("ListActivatableNames")), [this](const QDBusMessage &reply) {
        if (reply.arguments().value(0).toStringList().contains(SecretsService))
            readDefaultAlias(); // the bus starts the provider on this first call
        else
            conclude(SecureStorageStatus::State::NoProvider);
    });
}

void SecureStorageProbe::readDefaultAlias()
{
    QDBusMessage message = QDBusMessage::createMethodCall(SecretsService, SecretsPath,
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("ReadAlias"));
    message << QStringLiteral("default");
    call(message, [this](const QDBusMessage &reply) {
        const QString path = qvariant_cast<QDBusObjectPath>(reply.arguments().value(0)).path();
        if (path.isEmpty() || path == QLatin1String("/"))
            conclude(SecureStorageStatus::State::NoDefaultKeyring);
        else
            readLockedProperty(path);
    });
}

void SecureStorageProbe::readLockedProperty(const QString &collectionPath)
{
    QDBusMessage message = QDBusMessage::createMethodCall(SecretsService, collectionPath,
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    message << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    call(message, [this](const QDBusMessage &reply) {
        const bool locked = qvariant_cast<QDBusVariant>(reply.arguments().value(0)).variant().toBool();
        conclude(locked ? SecureStorageStatus::State::Locked : SecureStorageStatus::State::Ready);
    });
}

void SecureStorageProbe::conclude(SecureStorageStatus::State state, const QString &detail)
{
    m_status = {state, detail};
    Q_EMIT finished(m_status);
}

} // namespace keyway
