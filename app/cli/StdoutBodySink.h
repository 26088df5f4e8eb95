#pragma once

#include "http/BodySink.h"

#include <functional>

namespace keyway::cli {

// `keyway-cli send` without -o: the response's status line and headers (printed by `printHead`)
// and then its body on standard output as it arrives, so a body of any size passes through
// without being held in memory.
class StdoutBodySink final : public BodySink
{
public:
    explicit StdoutBodySink(std::function<void(const HttpResponse &head)> printHead);

    Status begin(const HttpResponse &head) override;
    Status write(const QByteArray &chunk) override;
    Status commit() override;
    void discard() override;

    // Writes `bytes` to standard output and flushes them there at once.
    static Status writeNow(const QByteArray &bytes);

private:
    std::function<void(const HttpResponse &)> m_printHead;
    char m_last = '\n';
    bool m_wroteAny = false;
};

} // namespace keyway::cli
