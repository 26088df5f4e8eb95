#pragma once

#include <QHttpServerResponder>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace keyway::sandbox {

// GET /_sandbox/events?count=N&interval=MS[&format=ndjson]: a slow server-sent event stream, as LLM
// and notification APIs send them — `count` events (at most 10 000), one every `interval` ms (10 to
// 60 000), each with an id, an event name and JSON data, then the connection closes; with
// format=ndjson the same records as a slow NDJSON stream (one JSON object per line). It ends early
// when the client goes away. Deletes itself when done.
class SandboxEventStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxEventStream)

public:
    static constexpr int MaxEvents = 10'000;

    enum class Format { EventStream, JsonLines };

    SandboxEventStream(QHttpServerResponder &&responder, QTcpSocket *socket, int count, int intervalMs,
        Format format = Format::EventStream, QObject *parent = nullptr);

private:
    void sendNext();
    void finish();

    QHttpServerResponder m_responder;
    QPointer<QTcpSocket> m_socket;
    QTimer m_timer;
    int m_count;
    Format m_format;
    int m_sent = 0;
};

} // namespace keyway::sandbox
