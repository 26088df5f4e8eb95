#include "cli/JsonEventSink.h"

#include "cli/StdoutBodySink.h"

#include <cstdio>
#include <QJsonArray>
#include <QJsonDocument>

namespace keyway::cli {

JsonEventSink::JsonEventSink(std::function<QJsonObject(const HttpResponse &)> headLine)
    : m_headLine(std::move(headLine))
{
}

bool JsonEventSink::takes(const QByteArray &contentType)
{
    return contentType.trimmed().toLower().startsWith("text/event-stream");
}

Status JsonEventSink::printLine(const QJsonObject &object)
{
    return StdoutBodySink::writeNow(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
}

Status JsonEventSink::begin(const HttpResponse &head)
{
    return printLine(m_headLine(head));
}

Status JsonEventSink::write(const QByteArray &chunk)
{
    auto events = m_parser.feed(chunk);
    if (!events)
        return events.failure();
    for (const ServerSentEvent &event : events.value()) {
        const QJsonDocument json = QJsonDocument::fromJson(event.data.toUtf8());
        const QJsonValue data = json.isObject() ? QJsonValue(json.object())
            : json.isArray()                    ? QJsonValue(json.array())
                                                : QJsonValue(event.data);
        QJsonObject line {{QStringLiteral("event"), event.event}, {QStringLiteral("data"), data}};
        if (!event.id.isEmpty())
            line.insert(QStringLiteral("id"), event.id);
        if (Status printed = printLine(line); !printed)
            return printed;
    }
    return {};
}

Status JsonEventSink::commit()
{
    std::fflush(stdout);
    return {};
}

void JsonEventSink::discard()
{
    std::fflush(stdout);
}

} // namespace keyway::cli
