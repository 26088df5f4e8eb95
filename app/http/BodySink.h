#pragma once

#include "core/Expected.h"

#include <QByteArray>

namespace keyway {

struct HttpResponse;

// Where a response body goes instead of memory: a file, standard output. HttpExchange writes the
// final response's body here as it arrives, decoded, and keeps only its first bytes in memory (for
// the error card), so memory does not grow with the body.
class BodySink
{
public:
    virtual ~BodySink() = default;

    // The final response's status and headers arrived; its body follows.
    virtual Status begin(const HttpResponse &head) = 0;
    virtual Status write(const QByteArray &chunk) = 0;
    // All of the body arrived.
    virtual Status commit() = 0;
    // It did not (error, timeout, cancel): what was written is dropped where that is possible.
    virtual void discard() = 0;
    // How much of the body the response keeps in memory as well (HttpResponse::body): enough for
    // an error envelope, or all of an ordinary body for a sink that wants checks to see it.
    virtual qsizetype bytesKeptInMemory() const { return 64 * 1024; }
};

} // namespace keyway
