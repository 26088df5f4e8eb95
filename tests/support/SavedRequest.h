#pragma once

#include "model/RequestSpec.h"

// A request as a test saves it: a JSON body gets its Content-Type, as the window would send it.
inline keyway::RequestSpec savedRequest(const QString &folder, const QString &name, const QString &method,
    const QString &url, const QString &body = {}, const QStringList &checks = {}, const QStringList &captures = {})
{
    keyway::RequestSpec request;
    request.collection = folder;
    request.name = name;
    request.method = method;
    request.url = url;
    request.body = body;
    request.checks = checks;
    request.captures = captures;
    if (!body.isEmpty())
        request.headers = {{QStringLiteral("Content-Type"), QStringLiteral("application/json"), true}};
    return request;
}
