#pragma once

#include "http/BodySink.h"
#include "http/EventStreamParser.h"

#include <functional>
#include <QJsonObject>

namespace keyway::cli {

// `keyway-cli send --json` on a server-sent event stream: one JSON object per line as things come
// — first the request and the response's head, then one per event ({"event", "id", "data"}, data
// as JSON when it is JSON) — so a script reads the stream live.
class JsonEventSink final : public BodySink
{
public:
    explicit JsonEventSink(std::function<QJsonObject(const HttpResponse &head)> headLine);

    Status begin(const HttpResponse &head) override;
    Status write(const QByteArray &chunk) override;
    Status commit() override;
    void discard() override;

    static bool takes(const QByteArray &contentType);

private:
    static Status printLine(const QJsonObject &object);

    std::function<QJsonObject(const HttpResponse &)> m_headLine;
    EventStreamParser m_parser;
};

} // namespace keyway::cli
