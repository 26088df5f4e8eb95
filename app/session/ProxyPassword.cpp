#include "session/ProxyPassword.h"

#include "core/Settings.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"

#include <QUrl>

namespace keyway {

SecretKey ProxyPassword::key()
{
    // '@' cannot start a workspace id or an environment name: no workspace can collide with it.
    return {QStringLiteral("@keyway"), QStringLiteral("@network"), QStringLiteral("proxy_password")};
}

ProxyPassword::Split ProxyPassword::split(const QString &proxySetting)
{
    const QString trimmed = proxySetting.trimmed();
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.password().isEmpty())
        return {trimmed, {}};
    const QString password = url.password(QUrl::FullyDecoded);
    url.setPassword(QString());
    return {url.toString(), password};
}

bool ProxyPassword::hasUser(const QString &proxySetting)
{
    const QUrl url(proxySetting.trimmed(), QUrl::StrictMode);
    return url.isValid() && !url.userName().isEmpty();
}

ProxyPassword::ProxyPassword(SecretStore &secrets, Settings &settings, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_settings(settings)
{
}

ProxyPassword::~ProxyPassword() = default;

void ProxyPassword::load()
{
    const Split setting = split(m_settings.value(SettingKeys::Proxy));
    if (!setting.password.isEmpty())
        return store(setting.password, true);
    if (!hasUser(setting.url)) {
        QMetaObject::invokeMethod(this, [this] { Q_EMIT loaded({}); }, Qt::QueuedConnection);
        return;
    }
    readStored();
}

void ProxyPassword::save(const QString &typed)
{
    const Split setting = split(m_settings.value(SettingKeys::Proxy));
    if (!setting.password.isEmpty() || !typed.isEmpty())
        return store(setting.password.isEmpty() ? typed : setting.password, !setting.password.isEmpty());
    if (hasUser(setting.url))
        return readStored();
    SecretJob *job = m_secrets.remove(key(), this); // no user: nothing to keep a password for
    connect(job, &SecretJob::finished, this, [this] { Q_EMIT loaded({}); });
    job->start();
}

void ProxyPassword::store(const QString &password, bool fromSettings)
{
    SecretJob *job = m_secrets.write(key(), password, this);
    connect(job, &SecretJob::finished, this, [this, password, fromSettings](SecretJob *done) {
        if (!done->succeeded()) {
            // Used this time, so the network still works; it stays where it was until the keychain works.
            Q_EMIT failed(tr("cannot keep the proxy password in the keychain: %1").arg(done->errorString()));
            Q_EMIT loaded(password);
            return;
        }
        if (fromSettings) {
            m_settings.setValue(SettingKeys::Proxy, split(m_settings.value(SettingKeys::Proxy)).url);
            m_settings.sync();
            Q_EMIT moved();
        }
        Q_EMIT loaded(password);
    });
    job->start();
}

void ProxyPassword::readStored()
{
    SecretJob *job = m_secrets.read(key(), this);
    connect(job, &SecretJob::finished, this, [this](SecretJob *done) {
        if (done->succeeded())
            return Q_EMIT loaded(done->value());
        if (done->result() != SecretJob::Result::NotFound)
            Q_EMIT failed(tr("cannot read the proxy password from the keychain: %1").arg(done->errorString()));
        Q_EMIT loaded({});
    });
    job->start();
}

} // namespace keyway
