#pragma once

#include "model/RequestSpec.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace keyway {

// One sent request and what came back. Headers and URL are stored as sent but masked; the request
// template keeps {{secret.*}} references, never values.
struct HistoryEntry
{
    qint64 id = 0;
    QDateTime sentAt;
    QString workspaceId;
    QString environment;
    QString method;
    QString url; // masked
    int status = 0; // 0: no response
    qint64 elapsedMs = 0;
    qint64 responseSize = 0;
    QString error; // why there was no response
    RequestSpec request; // the template, for reopening
    QList<QPair<QByteArray, QByteArray>> requestHeaders; // masked
    QList<QPair<QByteArray, QByteArray>> responseHeaders;
    QByteArray requestBody; // masked, cut at the size limit
    QByteArray responseBody; // cut at the size limit
};

} // namespace keyway
