#pragma once

#include <QNetworkProxyFactory>

namespace keyway {

// Chooses the proxy per request: never one for this machine (the sandbox, a local API, the OAuth
// loopback), otherwise the configured proxy, or the system's settings (http_proxy, no_proxy…)
// when none is configured.
class ProxyFactory final : public QNetworkProxyFactory
{
public:
    // DefaultProxy means "the system's settings".
    explicit ProxyFactory(QNetworkProxy proxy);

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;
    static bool isLoopback(const QString &host);

private:
    QNetworkProxy m_proxy;
};

} // namespace keyway
