#pragma once

#include "http/BodySink.h"

#include <functional>

namespace keyway::ui {

// The response view's side of a send: the final response's body goes into the view's document as
// it arrives, so it shows while it is still coming; ordinary bodies are kept in memory too, so
// checks, captures and the error card see all of them.
class ResponseBodySink final : public BodySink
{
public:
    struct Target
    {
        std::function<Status(const HttpResponse &)> begin;
        std::function<Status(const QByteArray &)> write;
        std::function<void(bool complete)> end;
    };

    explicit ResponseBodySink(Target target, qsizetype keptInMemory)
        : m_target(std::move(target))
        , m_keptInMemory(keptInMemory)
    {
    }

    Status begin(const HttpResponse &head) override { return m_target.begin(head); }
    Status write(const QByteArray &chunk) override { return m_target.write(chunk); }
    Status commit() override
    {
        m_target.end(true);
        return {};
    }
    void discard() override { m_target.end(false); }
    qsizetype bytesKeptInMemory() const override { return m_keptInMemory; }

private:
    Target m_target;
    qsizetype m_keptInMemory;
};

} // namespace keyway::ui
