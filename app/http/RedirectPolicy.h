#pragma once

#include "core/Expected.h"
#include "http/RedirectHop.h"
#include "http/WireRequest.h"

#include <QCoreApplication>
#include <QUrl>

namespace keyway {

// Where a request may go and what it may carry there. Credentials never cross origins (Qt's
// default policy forwards them); HTTPS never downgrades to HTTP; plain HTTP is for loopback only
// unless the environment allows it.
class RedirectPolicy
{
    Q_DECLARE_TR_FUNCTIONS(RedirectPolicy)

public:
    static constexpr int MaxRedirects = 10;

    static bool isLoopback(const QUrl &url);
    static bool sameOrigin(const QUrl &a, const QUrl &b);
    // "scheme://host[:port]" of `url`: how an origin is shown and stored (trusted origins).
    static QString origin(const QUrl &url);

    // Whether the first request may be sent to `url`.
    static Status checkTarget(const QUrl &url, bool allowInsecureHttp);

    // `url` with the values of the named query items masked, for showing it.
    static QUrl masked(const QUrl &url, const QStringList &queryItems);
    // What following `current` to `next` left behind, for the Timeline.
    static RedirectHop describe(const WireRequest &current, int status, const WireRequest &next);

    // The request to send after `status` redirected `current` to `location`, or why not.
    static Expected<WireRequest> follow(
        const WireRequest &current, int status, const QUrl &location, int hopsSoFar, bool allowInsecureHttp);
};

} // namespace keyway
