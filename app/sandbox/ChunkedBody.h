#pragma once

#include <QByteArray>

namespace keyway::sandbox {

// HTTP/1.1 chunked transfer coding (RFC 9112 §7.1), as servers send bodies whose length is not
// known up front: each piece framed with its size, then an empty chunk at the end.
namespace chunked {

inline QByteArray chunk(const QByteArray &piece)
{
    return QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
}

inline QByteArray last()
{
    return QByteArrayLiteral("0\r\n\r\n");
}

} // namespace chunked

} // namespace keyway::sandbox
