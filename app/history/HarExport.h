#pragma once

#include "history/HistoryEntry.h"

#include <QByteArray>
#include <QList>

namespace keyway {

// History entries as an HTTP Archive (HAR 1.2), for browsers' dev tools, proxies and bug reports.
// Request headers and URLs are the history's masked ones, so no key is in the file; text bodies
// are written as text, others base64-encoded.
class HarExport
{
public:
    static QByteArray toJson(const QList<HistoryEntry> &entries);
};

} // namespace keyway
