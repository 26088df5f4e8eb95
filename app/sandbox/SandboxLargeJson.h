#pragma once

#include "sandbox/GeneratedJson.h"

#include <QHttpServerResponder>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>

namespace keyway::sandbox {

// GET /_sandbox/large.json?megabytes=N: a generated JSON document of N MB (1 to 10 240), made as
// the client takes it (a few megabytes ahead, never the whole body), for large-body tests and
// benchmarks. Ends with the connection; stops when the client goes away. Deletes itself when done.
class SandboxLargeJson final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxLargeJson)

public:
    static constexpr qint64 MaxMegabytes = 10'240;

    SandboxLargeJson(QHttpServerResponder &&responder, QTcpSocket *socket, qint64 megabytes, QObject *parent = nullptr);

private:
    void pump();
    void finish();

    QHttpServerResponder m_responder;
    QPointer<QTcpSocket> m_socket;
    GeneratedJson m_json;
};

} // namespace keyway::sandbox
