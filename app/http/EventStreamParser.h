#pragma once

#include "core/Expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace keyway {

// One server-sent event (text/event-stream, WHATWG HTML §9.2): its name ("message" when the server
// gave none), the last id seen, and its data lines joined with "\n".
struct ServerSentEvent
{
    QString event;
    QString id;
    QString data;

    bool operator==(const ServerSentEvent &) const = default;
};

// Reads a text/event-stream as it arrives, in chunks cut anywhere: each blank line ends an event.
// Comments (":" lines) and "retry:" are skipped. An event's data is bounded, so an endless line
// cannot take all memory.
class EventStreamParser
{
    Q_DECLARE_TR_FUNCTIONS(EventStreamParser)

public:
    static constexpr qsizetype MaxEventBytes = 16 * 1024 * 1024;

    // The events this chunk completed, in order; an error when one grows past MaxEventBytes.
    Expected<QList<ServerSentEvent>> feed(const QByteArray &chunk);

private:
    void takeLine(const QByteArray &line, QList<ServerSentEvent> &done);

    QByteArray m_pending; // the start of a line not ended yet
    bool m_lastWasCr = false; // a chunk ended with "\r": a "\n" starting the next one belongs to it
    QString m_event;
    QString m_id;
    QString m_data;
    bool m_hasData = false;
};

} // namespace keyway
