#include "core/ProxyFactory.h"

#include <QHostAddress>

namespace keyway {

ProxyFactory::ProxyFactory(QNetworkProxy proxy)
    : m_proxy(std::move(proxy))
{
}

bool ProxyFactory::isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QList<QNetworkProxy> ProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    if (isLoopback(query.peerHostName()))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    if (m_proxy.type() == QNetworkProxy::DefaultProxy)
        return systemProxyForQuery(query);
    return {m_proxy};
}

} // namespace keyway
