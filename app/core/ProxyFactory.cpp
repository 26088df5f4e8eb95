#include "core/ProxyFactory.h"

#include <QHostAddress>

namespace keyway {

ProxyFactory::ProxyFactory(QNetworkProxy proxy)
    : m_proxy(std::move(proxy))
{
    // Also turns off any application proxy factory and Qt's own use of the system's settings, which
    // this factory consults itself where it should.
    QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
}

bool ProxyFactory::isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QNetworkProxy ProxyFactory::direct()
{
    return QNetworkProxy(QNetworkProxy::DefaultProxy);
}

bool ProxyFactory::isDirect(const QNetworkProxy &proxy)
{
    return proxy.type() == QNetworkProxy::NoProxy
        || (proxy.type() == QNetworkProxy::DefaultProxy
            && QNetworkProxy::applicationProxy().type() == QNetworkProxy::NoProxy);
}

QList<QNetworkProxy> ProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    if (isLoopback(query.peerHostName()) || m_proxy.type() == QNetworkProxy::NoProxy)
        return {direct()};
    if (m_proxy.type() != QNetworkProxy::DefaultProxy)
        return {m_proxy};
    QList<QNetworkProxy> proxies = systemProxyForQuery(query);
    for (QNetworkProxy &proxy : proxies) {
        if (proxy.type() == QNetworkProxy::NoProxy)
            proxy = direct();
    }
    return proxies;
}

} // namespace keyway
