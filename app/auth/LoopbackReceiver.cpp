#include "auth/LoopbackReceiver.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QTcpServer>
#include <QTcpSocket>

namespace keyway {

LoopbackReceiver::LoopbackReceiver(QObject *parent)
    : QAbstractHttpServer(parent)
{
}

LoopbackReceiver::~LoopbackReceiver()
{
    if (m_pending)
        respond(tr("Keyway stopped waiting for this sign-in."));
}

bool LoopbackReceiver::open()
{
    // An IP literal, not "localhost": the redirect must not resolve anywhere else (RFC 8252 §8.3);
    // 127.0.0.1 only, never every interface (../shared/OAUTH-QT64.md trap 13), and a failed bind
    // is reported (trap 12).
    m_port = listen(QHostAddress(QHostAddress::LocalHost), 0);
    return m_port != 0;
}

void LoopbackReceiver::close()
{
    for (QTcpServer *server : servers())
        server->close();
    m_port = 0;
}

QString LoopbackReceiver::redirectUri() const
{
    return QStringLiteral("http://127.0.0.1:%1/callback").arg(m_port);
}

bool LoopbackReceiver::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const bool isCallback = request.url().path() == QLatin1String("/callback")
        && request.method() == QHttpServerRequest::Method::Get;
    if (!isCallback) {
        sendPage(makeResponder(request, socket), 404, tr("Not found"),
            tr("This address is not part of the sign-in."));
        return true;
    }
    if (m_pending || m_port == 0) {
        sendPage(makeResponder(request, socket), 409, tr("Already received"),
            tr("Keyway already received an answer for this sign-in."));
        return true;
    }
    m_pending = std::make_unique<QHttpServerResponder>(makeResponder(request, socket));
    m_pendingSocket = socket;
    Q_EMIT callbackReceived(QUrlQuery(request.url()));
    return true;
}

void LoopbackReceiver::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    sendPage(
        makeResponder(request, socket), 404, tr("Not found"), tr("This address is not part of the sign-in."));
}

void LoopbackReceiver::respond(const QString &error)
{
    if (!m_pending)
        return;
    std::unique_ptr<QHttpServerResponder> responder = std::move(m_pending);
    if (error.isEmpty())
        sendPage(std::move(*responder), 200, tr("Signed in"), tr("Signed in \u2014 you can close this tab."));
    else
        // The reason stays in Keyway: text from the query (error_description) is never put on a
        // page the browser shows under this machine's name.
        sendPage(std::move(*responder), 400, tr("Sign-in failed"),
            tr("Sign-in did not complete \u2014 Keyway shows why. You can close this tab."));
    if (m_pendingSocket) {
        m_pendingSocket->flush();
        m_pendingSocket->disconnectFromHost(); // waits for the page to be written
    }
}

void LoopbackReceiver::sendPage(
    QHttpServerResponder &&responder, int status, const QString &title, const QString &text)
{
    // Plain, self-contained HTML: no scripts, no third-party resources, nothing from the query echoed.
    const QString page
        = QStringLiteral("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                         "<title>%1 \u2014 Keyway</title></head><body style=\"font-family:sans-serif;"
                         "margin:3em\"><h1>%2</h1></body></html>")
              .arg(title.toHtmlEscaped(), text.toHtmlEscaped());
    QHttpServerResponse response(
        "text/html; charset=utf-8", page.toUtf8(), QHttpServerResponder::StatusCode(status));
    response.addHeader("Cache-Control", "no-store");
    response.addHeader("Referrer-Policy", "no-referrer");
    response.addHeader("X-Content-Type-Options", "nosniff");
    response.addHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
    response.write(std::move(responder));
}

} // namespace keyway
