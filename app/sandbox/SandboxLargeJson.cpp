#include "sandbox/SandboxLargeJson.h"

#include "sandbox/ChunkedBody.h"

namespace keyway::sandbox {

namespace {

constexpr qint64 AheadBytes = 4 << 20; // queued on the socket at most

} // namespace

SandboxLargeJson::SandboxLargeJson(QHttpServerResponder &&responder, QTcpSocket *socket, qint64 megabytes, QObject *parent)
    : QObject(parent)
    , m_responder(std::move(responder))
    , m_socket(socket)
    , m_json(megabytes << 20)
{
    // Chunked: the length is not said up front, as a server that makes the body as it goes does.
    m_responder.writeStatusLine(QHttpServerResponder::StatusCode::Ok);
    m_responder.writeHeaders({{"Content-Type", "application/json"}, {"Transfer-Encoding", "chunked"}, {"Connection", "close"}});
    connect(socket, &QTcpSocket::disconnected, this, &SandboxLargeJson::finish);
    connect(socket, &QTcpSocket::bytesWritten, this, &SandboxLargeJson::pump);
    pump();
}

void SandboxLargeJson::pump()
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return finish();
    while (!m_json.atEnd() && m_socket->bytesToWrite() < AheadBytes) {
        m_responder.writeBody(chunked::chunk(m_json.next(1 << 20)));
        if (m_json.atEnd())
            m_responder.writeBody(chunked::last());
    }
    if (m_json.atEnd() && m_socket->bytesToWrite() == 0)
        finish();
}

void SandboxLargeJson::finish()
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->disconnectFromHost(); // after what is queued is sent
    disconnect();
    deleteLater();
}

} // namespace keyway::sandbox
