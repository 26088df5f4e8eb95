#pragma once

#include <memory>
#include <QAbstractHttpServer>
#include <QPointer>
#include <QUrlQuery>

class QHttpServerResponder;
class QTcpSocket;

namespace keyway {

// The redirect listener of RFC 8252 §7.3: bound to 127.0.0.1 only, on a random port, answering
// exactly GET /callback. Anything else (favicon, other paths) gets 404 and the flow keeps waiting
// (Qt's own listener takes any path starting with it: ../shared/OAUTH-QT64.md trap 12). The
// browser's answer is held until the caller knows how the sign-in ended, and nothing from the
// callback is echoed into it (trap 14).
class LoopbackReceiver final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackReceiver)

public:
    explicit LoopbackReceiver(QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    // Returns false when nothing could be bound.
    bool open();
    void close();
    bool isOpen() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QString redirectUri() const;

    // Answers the browser that delivered the callback; `error` empty means success.
    void respond(const QString &error);

Q_SIGNALS:
    void callbackReceived(const QUrlQuery &query);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void sendPage(QHttpServerResponder &&responder, int status, const QString &title, const QString &text);

    quint16 m_port = 0;
    std::unique_ptr<QHttpServerResponder> m_pending;
    QPointer<QTcpSocket> m_pendingSocket;
};

} // namespace keyway
