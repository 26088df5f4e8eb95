#include "cli/StdoutBodySink.h"

#include <cstdio>

namespace keyway::cli {

StdoutBodySink::StdoutBodySink(std::function<void(const HttpResponse &)> printHead)
    : m_printHead(std::move(printHead))
{
}

Status StdoutBodySink::begin(const HttpResponse &head)
{
    m_printHead(head);
    return {};
}

Status StdoutBodySink::writeNow(const QByteArray &bytes)
{
    if (std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) != size_t(bytes.size()))
        return Failure {ErrorKind::Io, QStringLiteral("cannot write to standard output")};
    // Each piece goes out as it came: a stream (server-sent events, NDJSON, a log) shows live even
    // through a pipe, where stdout would otherwise hold it back.
    std::fflush(stdout);
    return {};
}

Status StdoutBodySink::write(const QByteArray &chunk)
{
    if (chunk.isEmpty())
        return {};
    if (Status written = writeNow(chunk); !written)
        return written;
    m_last = chunk.back();
    m_wroteAny = true;
    return {};
}

Status StdoutBodySink::commit()
{
    if (m_wroteAny && m_last != '\n')
        std::fputc('\n', stdout);
    std::fflush(stdout);
    return {};
}

void StdoutBodySink::discard()
{
    (void)commit(); // what was printed stays printed; the error follows on its own line
}

} // namespace keyway::cli
