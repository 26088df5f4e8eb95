#include "sandbox/SandboxEventStream.h"

#include "sandbox/ChunkedBody.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace keyway::sandbox {

SandboxEventStream::SandboxEventStream(
    QHttpServerResponder &&responder, QTcpSocket *socket, int count, int intervalMs, Format format, QObject *parent)
    : QObject(parent)
    , m_responder(std::move(responder))
    , m_socket(socket)
    , m_count(count)
    , m_format(format)
{
    // Chunked, as servers send a stream whose end they do not know yet; closed at the end.
    const bool lines = m_format == Format::JsonLines;
    m_responder.writeStatusLine(QHttpServerResponder::StatusCode::Ok);
    m_responder.writeHeaders({{"Content-Type", lines ? "application/x-ndjson" : "text/event-stream; charset=utf-8"},
        {"Cache-Control", "no-cache"}, {"Transfer-Encoding", "chunked"}, {"Connection", "close"}});
    if (!lines)
        m_responder.writeBody(chunked::chunk(": the Keyway sandbox streams events\n\n"));
    connect(socket, &QTcpSocket::disconnected, this, &SandboxEventStream::finish);
    connect(&m_timer, &QTimer::timeout, this, &SandboxEventStream::sendNext);
    m_timer.start(intervalMs);
}

void SandboxEventStream::sendNext()
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return finish();
    ++m_sent;
    const QJsonObject data {{QStringLiteral("sequence"), m_sent}, {QStringLiteral("of"), m_count},
        {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    const QByteArray json = QJsonDocument(data).toJson(QJsonDocument::Compact);
    m_responder.writeBody(chunked::chunk(m_format == Format::JsonLines
            ? json + '\n'
            : "id: " + QByteArray::number(m_sent) + "\nevent: tick\ndata: " + json + "\n\n"));
    if (m_sent >= m_count)
        finish();
}

void SandboxEventStream::finish()
{
    m_timer.stop();
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState) {
        m_responder.writeBody(chunked::last());
        m_socket->disconnectFromHost();
    }
    deleteLater();
}

} // namespace keyway::sandbox
