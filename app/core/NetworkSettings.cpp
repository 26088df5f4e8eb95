#include "core/NetworkSettings.h"

#include "core/ProxyFactory.h"
#include "core/Settings.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrl>

namespace keyway {

Expected<QNetworkProxy> NetworkSettings::proxyFrom(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QNetworkProxy(QNetworkProxy::DefaultProxy);
    if (trimmed.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return QNetworkProxy(QNetworkProxy::NoProxy);
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || url.port() <= 0
        || (scheme != QLatin1String("http") && scheme != QLatin1String("socks5")))
        return Failure {ErrorKind::Invalid,
            tr("proxy '%1' is not of the form http://host:port or socks5://host:port (or empty for the "
               "system's "
               "settings, or none)")
                .arg(trimmed)};
    QNetworkProxy proxy(
        scheme == QLatin1String("http") ? QNetworkProxy::HttpProxy : QNetworkProxy::Socks5Proxy, url.host(),
        quint16(url.port()));
    proxy.setUser(url.userName());
    proxy.setPassword(url.password());
    return proxy;
}

Status NetworkSettings::checkCaFile(const QString &path)
{
    if (path.isEmpty())
        return {};
    if (!QFileInfo(path).isReadable())
        return Failure {ErrorKind::NotFound, tr("the certificate file %1 cannot be read").arg(path)};
    if (QSslCertificate::fromPath(path, QSsl::Pem).isEmpty())
        return Failure {
            ErrorKind::Invalid, tr("%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----)").arg(path)};
    return {};
}

Status NetworkSettings::apply(const Settings &settings, QNetworkAccessManager &network, const QString &proxyPassword)
{
    Status result;
    auto proxy = proxyFrom(settings.value(SettingKeys::Proxy));
    if (!proxy)
        result = proxy.failure();
    else if (proxy->password().isEmpty() && !proxy->user().isEmpty())
        proxy->setPassword(proxyPassword);
    // The manager owns the factory; a bad setting falls back to the system's settings.
    network.setProxyFactory(
        new ProxyFactory(proxy ? proxy.value() : QNetworkProxy(QNetworkProxy::DefaultProxy)));
    const QString caFile = settings.value(SettingKeys::CaFile);
    if (Status checked = checkCaFile(caFile); !checked) {
        if (result)
            result = checked;
    } else if (!caFile.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(QSslCertificate::fromPath(caFile, QSsl::Pem));
        QSslConfiguration::setDefaultConfiguration(tls);
    }
    return result;
}

} // namespace keyway
