#include "core/ProxyFactory.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace keyway;

namespace {

// A loopback server that answers every request on a connection with `answer` and counts connections.
class AnsweringServer
{
public:
    explicit AnsweringServer(QByteArray body)
        : m_body(std::move(body))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            QTcpSocket *socket = m_server.nextPendingConnection();
            ++connections;
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                requests += socket->readAll();
                if (!requests.endsWith("\r\n\r\n"))
                    return;
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-One: 1\r\nX-Two: 2\r\nContent-Length: "
                    + QByteArray::number(m_body.size()) + "\r\n\r\n" + m_body);
            });
        });
        m_server.listen(QHostAddress(QHostAddress::LocalHost), 0);
    }

    QString url(const QString &host = QStringLiteral("127.0.0.1")) const
    {
        return QStringLiteral("http://%1:%2/").arg(host).arg(m_server.serverPort());
    }

    QNetworkProxy asProxy() const
    {
        return QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_server.serverPort());
    }

    int connections = 0;
    QByteArray requests;

private:
    QTcpServer m_server;
    QByteArray m_body;
};

QByteArray get(QNetworkAccessManager &network, const QString &url)
{
    QNetworkReply *reply = network.get(QNetworkRequest(QUrl(url)));
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
        return "(no answer)";
    reply->deleteLater();
    return reply->error() == QNetworkReply::NoError ? reply->readAll() : reply->errorString().toUtf8();
}

} // namespace

class TestProxyFactory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thisMachineIsReachedDirectlyEvenWithAProxyConfigured()
    {
        AnsweringServer proxy("from the proxy");
        AnsweringServer api("from the API");
        QNetworkAccessManager network;
        network.setProxyFactory(new ProxyFactory(proxy.asProxy()));
        for (int i = 0; i < 3; ++i) // several on one connection: each response read whole
            QCOMPARE(get(network, api.url()), QByteArray("from the API"));
        QCOMPARE(get(network, api.url(QStringLiteral("localhost"))), QByteArray("from the API"));
        QCOMPARE(proxy.connections, 0);
        QVERIFY(api.requests.startsWith("GET / HTTP/1.1\r\n")); // not a proxy's absolute form
    }

    void noneMeansNoProxyWhateverTheApplicationHad()
    {
        AnsweringServer proxy("from the proxy");
        AnsweringServer api("from the API");
        // Something set a proxy for the whole application. The factory's "direct" is the
        // application's proxy, so the factory pins that to none.
        QNetworkProxy::setApplicationProxy(proxy.asProxy());
        QNetworkAccessManager network;
        network.setProxyFactory(new ProxyFactory(QNetworkProxy(QNetworkProxy::NoProxy)));
        // 0.0.0.0 is not a loopback name (Qt would never proxy one), yet Linux connects it to this machine.
        QCOMPARE(get(network, api.url(QStringLiteral("0.0.0.0"))), QByteArray("from the API"));
        QCOMPARE(proxy.connections, 0);
        QVERIFY(ProxyFactory::isDirect(ProxyFactory(QNetworkProxy(QNetworkProxy::NoProxy))
                                           .queryProxy(QNetworkProxyQuery(QUrl(QStringLiteral("https://api.example.com/"))))
                                           .first()));
    }

    void aConfiguredProxyCarriesOtherHosts()
    {
        AnsweringServer proxy("from the proxy");
        QNetworkAccessManager network;
        network.setProxyFactory(new ProxyFactory(proxy.asProxy()));
        QCOMPARE(get(network, QStringLiteral("http://api.example.invalid/v1")), QByteArray("from the proxy"));
        QVERIFY(proxy.requests.startsWith("GET http://api.example.invalid/v1 HTTP/1.1\r\n"));
        QVERIFY(!ProxyFactory::isDirect(ProxyFactory(proxy.asProxy())
                                            .queryProxy(QNetworkProxyQuery(QUrl(QStringLiteral("https://api.example.com/"))))
                                            .first()));
    }
};

QTEST_GUILESS_MAIN(TestProxyFactory)
#include "tst_proxyfactory.moc"
