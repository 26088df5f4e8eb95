#pragma once

#include "checks/JsonPath.h"
#include "http/HttpResponse.h"

#include <optional>

namespace keyway {

// A response as checks and captures read it: its JSON is parsed once, however many of them look
// into it. Any HttpResponse converts to one, so a single check or capture can be handed the
// response itself; a caller with several (a run's checks and captures) makes one and shares it.
// It refers to the response: keep the response alive while it is used.
class ResponseBody
{
public:
    ResponseBody(const HttpResponse &response) // NOLINT(google-explicit-constructor): see above
        : m_response(response)
    {
    }

    const HttpResponse &response() const { return m_response; }
    // The body's top JSON value, or why it is not JSON.
    const Expected<QJsonValue> &json() const
    {
        if (!m_json)
            m_json = JsonPath::rootOf(m_response.body);
        return *m_json;
    }

private:
    const HttpResponse &m_response;
    mutable std::optional<Expected<QJsonValue>> m_json;
};

} // namespace keyway
