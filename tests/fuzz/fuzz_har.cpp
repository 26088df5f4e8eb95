// libFuzzer target for HAR export and the history's credential scrub: any request and response
// (headers, bodies, URLs, bytes that are not UTF-8) export as valid JSON, and a scrubbed response
// no longer holds the secrets it was scrubbed of.
//
// Input layout: NUL-separated method, URL, request headers, request body, response headers,
// response body, one secret; header blocks are "Name: value" lines.
#include "FuzzInput.h"
#include "history/CredentialScrub.h"
#include "history/HarExport.h"

#include <QJsonDocument>

namespace {

QList<QPair<QByteArray, QByteArray>> headerLines(const QByteArray &block)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const QByteArray &line : block.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    return headers;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> part = fuzz::fields(fuzz::bytes(data, size), '\0', 7);
    keyway::HistoryEntry entry;
    entry.sentAt = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    entry.method = QString::fromUtf8(part[0]);
    entry.url = QString::fromUtf8(part[1]);
    entry.requestHeaders = headerLines(part[2]);
    entry.requestBody = part[3];
    entry.responseHeaders = headerLines(part[4]);
    entry.responseBody = part[5];
    entry.status = 200;
    const QStringList secrets {QString::fromUtf8(part[6])};
    entry.responseHeaders = keyway::CredentialScrub::headers(entry.responseHeaders, secrets);
    entry.responseBody = keyway::CredentialScrub::body(entry.responseBody, secrets);
    // Only a secret that is valid UTF-8 on one line can be matched in text; shorter ones are ignored.
    if (part[6].size() >= keyway::CredentialScrub::MinSecretLength && !part[6].contains('\n')
        && QString::fromUtf8(part[6]).toUtf8() == part[6] && part[5].contains(part[6])
        && entry.responseBody.contains(part[6]))
        fuzz::fail("a scrubbed body still holds the secret");
    const QByteArray har = keyway::HarExport::toJson({entry});
    QJsonParseError error;
    (void)QJsonDocument::fromJson(har, &error);
    if (error.error != QJsonParseError::NoError)
        fuzz::fail("the HAR export is not valid JSON");
    return 0;
}
