#include "history/HarExport.h"

#include "core/Version.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

namespace keyway {

namespace {

QJsonArray headers(const QList<QPair<QByteArray, QByteArray>> &list)
{
    QJsonArray array;
    for (const auto &[name, value] : list)
        array.append(QJsonObject {{QStringLiteral("name"), QString::fromLatin1(name)},
            {QStringLiteral("value"), QString::fromUtf8(value)}});
    return array;
}

QString headerValue(const QList<QPair<QByteArray, QByteArray>> &list, const char *name)
{
    for (const auto &[key, value] : list) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(value);
    }
    return {};
}

bool isText(const QString &mimeType, const QByteArray &body)
{
    if (mimeType.startsWith(QLatin1String("text/")) || mimeType.contains(QLatin1String("json"))
        || mimeType.contains(QLatin1String("xml")) || mimeType.contains(QLatin1String("javascript"))
        || mimeType.contains(QLatin1String("x-www-form-urlencoded")))
        return true;
    return mimeType.isEmpty() && !body.contains('\0') && QString::fromUtf8(body).toUtf8() == body;
}

QJsonObject content(const QByteArray &body, const QString &mimeType)
{
    QJsonObject object {
        {QStringLiteral("size"), double(body.size())}, {QStringLiteral("mimeType"), mimeType}};
    if (isText(mimeType, body)) {
        object.insert(QStringLiteral("text"), QString::fromUtf8(body));
    } else {
        object.insert(QStringLiteral("text"), QString::fromLatin1(body.toBase64()));
        object.insert(QStringLiteral("encoding"), QStringLiteral("base64"));
    }
    return object;
}

QJsonObject request(const HistoryEntry &entry)
{
    QJsonArray query;
    for (const auto &[name, value] : QUrlQuery(QUrl(entry.url)).queryItems(QUrl::FullyDecoded))
        query.append(QJsonObject {{QStringLiteral("name"), name}, {QStringLiteral("value"), value}});
    QJsonObject object {{QStringLiteral("method"), entry.method}, {QStringLiteral("url"), entry.url},
        {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
        {QStringLiteral("cookies"), QJsonArray()}, {QStringLiteral("headers"), headers(entry.requestHeaders)},
        {QStringLiteral("queryString"), query}, {QStringLiteral("headersSize"), -1},
        {QStringLiteral("bodySize"), double(entry.requestBody.size())}};
    if (!entry.requestBody.isEmpty()) {
        const QString type = headerValue(entry.requestHeaders, "Content-Type");
        object.insert(QStringLiteral("postData"),
            QJsonObject {{QStringLiteral("mimeType"), type},
                {QStringLiteral("text"), QString::fromUtf8(entry.requestBody)}});
    }
    return object;
}

QJsonObject response(const HistoryEntry &entry)
{
    const QString type = headerValue(entry.responseHeaders, "Content-Type");
    QJsonObject object {{QStringLiteral("status"), entry.status}, {QStringLiteral("statusText"), QString()},
        {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
        {QStringLiteral("cookies"), QJsonArray()},
        {QStringLiteral("headers"), headers(entry.responseHeaders)},
        {QStringLiteral("content"), content(entry.responseBody, type)},
        {QStringLiteral("redirectURL"), headerValue(entry.responseHeaders, "Location")},
        {QStringLiteral("headersSize"), -1}, {QStringLiteral("bodySize"), double(entry.responseSize)}};
    if (!entry.error.isEmpty()) // no answer: HAR has no field for why, its comment carries it
        object.insert(QStringLiteral("comment"), entry.error);
    return object;
}

} // namespace

QByteArray HarExport::toJson(const QList<HistoryEntry> &entries)
{
    QJsonArray list;
    for (const HistoryEntry &entry : entries) {
        list.append(QJsonObject {
            {QStringLiteral("startedDateTime"), entry.sentAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("time"), double(entry.elapsedMs)}, {QStringLiteral("request"), request(entry)},
            {QStringLiteral("response"), response(entry)}, {QStringLiteral("cache"), QJsonObject()},
            {QStringLiteral("timings"),
                QJsonObject {{QStringLiteral("send"), 0}, {QStringLiteral("wait"), double(entry.elapsedMs)},
                    {QStringLiteral("receive"), 0}}},
            {QStringLiteral("comment"), entry.environment}});
    }
    const QJsonObject log {{QStringLiteral("version"), QStringLiteral("1.2")},
        {QStringLiteral("creator"),
            QJsonObject {{QStringLiteral("name"), QStringLiteral("Keyway")},
                {QStringLiteral("version"), QString::fromLatin1(Version)}}},
        {QStringLiteral("entries"), list}};
    return QJsonDocument(QJsonObject {{QStringLiteral("log"), log}}).toJson(QJsonDocument::Indented);
}

} // namespace keyway
