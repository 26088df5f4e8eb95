#pragma once

#include <optional>
#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>

namespace keyway {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// Reading the response headers an error card needs. Every parser is a single linear pass, so a
// hostile multi-megabyte header costs no more than reading it.
namespace HeaderValues {

QByteArray find(const HeaderList &headers, const QByteArray &name);

// The parameters of the Bearer challenge in WWW-Authenticate (RFC 6750 §3), names lower-cased.
QHash<QByteArray, QByteArray> bearerChallenge(const QByteArray &wwwAuthenticate);

// Seconds to wait, from Retry-After (seconds or HTTP date), X-Retry-After,
// X-Rate-Limit-Time-Reset-Ms (the longer of those two) or X-RateLimit-Reset (epoch or seconds).
std::optional<int> retryAfterSeconds(
    const HeaderList &headers, const QDateTime &now = QDateTime::currentDateTimeUtc());

QByteArray firstRequestId(const HeaderList &headers);

} // namespace HeaderValues
} // namespace keyway
