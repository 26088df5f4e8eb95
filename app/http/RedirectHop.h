#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace keyway {

// One redirect on the way to the final response, with what was left behind and why; for the
// window's Timeline. Names only: no header value is kept, and credential query values are masked.
struct RedirectHop
{
    QString method;
    QUrl url; // the address that answered with the redirect
    int status = 0;
    QUrl location; // where it sent the request next
    bool crossOrigin = false;
    bool becameGet = false; // 303, or 301/302 after a POST: the next request is a GET without a body
    QStringList strippedHeaders;
    QStringList strippedQueryItems;
};

} // namespace keyway
