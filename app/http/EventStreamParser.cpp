#include "http/EventStreamParser.h"

namespace keyway {

Expected<QList<ServerSentEvent>> EventStreamParser::feed(const QByteArray &chunk)
{
    QList<ServerSentEvent> done;
    qsizetype start = 0;
    for (qsizetype at = 0; at < chunk.size(); ++at) {
        const char c = chunk.at(at);
        if (c == '\n' && m_lastWasCr && at == start && m_pending.isEmpty()) {
            start = at + 1; // the "\n" of a "\r\n" split across chunks
            m_lastWasCr = false;
            continue;
        }
        m_lastWasCr = false;
        if (c != '\n' && c != '\r')
            continue;
        takeLine(m_pending + chunk.mid(start, at - start), done);
        m_pending.clear();
        if (c == '\r' && at + 1 < chunk.size() && chunk.at(at + 1) == '\n')
            ++at;
        else if (c == '\r' && at + 1 == chunk.size())
            m_lastWasCr = true;
        start = at + 1;
    }
    m_pending += chunk.mid(start);
    if (m_pending.size() + m_data.size() > MaxEventBytes)
        return Failure {ErrorKind::Invalid, tr("an event of the stream is larger than %1 MB").arg(MaxEventBytes / (1024 * 1024))};
    return done;
}

void EventStreamParser::takeLine(const QByteArray &line, QList<ServerSentEvent> &done)
{
    if (line.isEmpty()) { // the blank line that ends an event
        if (m_hasData)
            done.append({m_event.isEmpty() ? QStringLiteral("message") : m_event, m_id, m_data});
        m_event.clear();
        m_data.clear();
        m_hasData = false;
        return;
    }
    if (line.startsWith(':'))
        return;
    const qsizetype colon = line.indexOf(':');
    const QByteArray field = colon < 0 ? line : line.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);
    if (field == "data") {
        if (m_hasData)
            m_data += QLatin1Char('\n');
        m_data += QString::fromUtf8(value);
        m_hasData = true;
    } else if (field == "event") {
        m_event = QString::fromUtf8(value);
    } else if (field == "id" && !value.contains('\0')) {
        m_id = QString::fromUtf8(value); // the last event id, kept for the events that follow
    }
}

} // namespace keyway
