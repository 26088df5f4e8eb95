#include "http/WireRequest.h"

#include <algorithm>

namespace keyway {

namespace {

auto byName(const QString &name)
{
    return [name](const HeaderField &field) { return field.name.compare(name, Qt::CaseInsensitive) == 0; };
}

} // namespace

QString WireRequest::header(const QString &name) const
{
    const auto it = std::find_if(headers.cbegin(), headers.cend(), byName(name));
    return it == headers.cend() ? QString() : it->value;
}

void WireRequest::setHeader(const QString &name, const QString &value)
{
    const auto it = std::find_if(headers.begin(), headers.end(), byName(name));
    if (it == headers.end())
        headers.append({name, value, true});
    else
        *it = {name, value, true};
}

void WireRequest::removeHeader(const QString &name)
{
    headers.removeIf(byName(name));
}

QList<HeaderField> WireRequest::transportHeaders() const
{
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    const QString host = url.port(defaultPort) == defaultPort
        ? url.host(QUrl::FullyEncoded)
        : url.host(QUrl::FullyEncoded) + QLatin1Char(':') + QString::number(url.port());
    QList<HeaderField> added {{QStringLiteral("Host"), host, true}};
    const bool sendsBody = !body.isEmpty() || method == QLatin1String("POST")
        || method == QLatin1String("PUT") || method == QLatin1String("PATCH");
    if (sendsBody)
        added.append({QStringLiteral("Content-Length"),
            QString::number(declaredLength >= 0 ? declaredLength : body.size()), true});
    added.append({QStringLiteral("Connection"), QStringLiteral("Keep-Alive"), true});
    return added;
}

QString WireRequest::toText() const
{
    QString text = method + QLatin1Char(' ') + url.toString(QUrl::PrettyDecoded) + QLatin1Char('\n');
    for (const HeaderField &field : headers)
        text += field.name + QLatin1String(": ") + field.value + QLatin1Char('\n');
    for (const HeaderField &field : transportHeaders())
        text += field.name + QLatin1String(": ") + field.value + QLatin1Char('\n');
    if (!body.isEmpty())
        text += QLatin1Char('\n') + QString::fromUtf8(body) + QLatin1Char('\n');
    return text;
}

} // namespace keyway
