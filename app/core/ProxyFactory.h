#pragma once

#include <QNetworkProxyFactory>

namespace keyway {

// Chooses the proxy per request: never one for this machine (the sandbox, a local API, the OAuth
// loopback), otherwise the configured proxy, or the system's settings (http_proxy, no_proxy…)
// when none is configured.
class ProxyFactory final : public QNetworkProxyFactory
{
public:
    // DefaultProxy means "the system's settings". Pins the application's proxy to none (see direct()).
    explicit ProxyFactory(QNetworkProxy proxy);

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;
    static bool isLoopback(const QString &host);

    // How this factory answers "no proxy": the application's proxy, which the constructor pinned to
    // none. A manager asked for it connects directly, as with NoProxy, but Qt 6.4 opens a NoProxy
    // connection's socket unbuffered and reads each response's status line and headers one byte per
    // system call; through "the application's proxy" the same connection is buffered — a quarter
    // less time per request to a local server (tests/bench/bench_runner.sh).
    static QNetworkProxy direct();
    static bool isDirect(const QNetworkProxy &proxy);

private:
    QNetworkProxy m_proxy;
};

} // namespace keyway
