#include "envelope/HeaderValues.h"

#include <cmath>
#include <QLocale>

namespace keyway::HeaderValues {

namespace {

constexpr qint64 EpochThreshold = 1'000'000'000; // larger "reset" values are Unix times
constexpr qint64 MaxWaitSeconds = 7 * 24 * 3600;

std::optional<qint64> wholeNumber(const QByteArray &text)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    return ok && value >= 0 ? std::optional<qint64>(value) : std::nullopt;
}

std::optional<int> clamp(qint64 seconds)
{
    if (seconds < 0)
        return std::nullopt;
    return int(std::min(seconds, MaxWaitSeconds));
}

bool isSeparator(char c)
{
    return c == ' ' || c == '\t' || c == ',';
}

} // namespace

QByteArray find(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QHash<QByteArray, QByteArray> bearerChallenge(const QByteArray &header)
{
    QHash<QByteArray, QByteArray> params;
    const qsizetype start = header.toLower().indexOf("bearer");
    if (start < 0)
        return params;
    qsizetype i = start + 6;
    const qsizetype n = header.size();
    while (i < n) {
        while (i < n && isSeparator(header.at(i)))
            ++i;
        const qsizetype nameStart = i;
        while (i < n && header.at(i) != '=' && !isSeparator(header.at(i)))
            ++i;
        const QByteArray name = header.mid(nameStart, i - nameStart).toLower();
        if (i >= n || header.at(i) != '=')
            break; // another auth scheme begins: the Bearer parameters are over
        ++i;
        QByteArray value;
        if (i < n && header.at(i) == '"') {
            for (++i; i < n && header.at(i) != '"'; ++i) {
                if (header.at(i) == '\\' && i + 1 < n)
                    ++i;
                value += header.at(i);
            }
            ++i;
        } else {
            const qsizetype valueStart = i;
            while (i < n && !isSeparator(header.at(i)))
                ++i;
            value = header.mid(valueStart, i - valueStart);
        }
        if (!name.isEmpty())
            params.insert(name, value);
    }
    return params;
}

std::optional<int> retryAfterSeconds(const HeaderList &headers, const QDateTime &now)
{
    const QByteArray retryAfter = find(headers, "Retry-After");
    if (!retryAfter.isEmpty()) {
        if (const auto seconds = wholeNumber(retryAfter))
            return clamp(*seconds);
        const QDateTime when = QLocale::c().toDateTime(
            QString::fromLatin1(retryAfter.trimmed()), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        if (when.isValid())
            return clamp(now.secsTo(QDateTime(when.date(), when.time(), Qt::UTC)));
    }
    std::optional<qint64> longest;
    if (const auto seconds = wholeNumber(find(headers, "X-Retry-After")))
        longest = *seconds;
    if (const auto millis = wholeNumber(find(headers, "X-Rate-Limit-Time-Reset-Ms")))
        longest = std::max(longest.value_or(0), (*millis + 999) / 1000);
    if (longest)
        return clamp(*longest);
    if (const auto reset = wholeNumber(find(headers, "X-RateLimit-Reset")))
        return clamp(*reset > EpochThreshold ? *reset - now.toSecsSinceEpoch() : *reset);
    return std::nullopt;
}

QByteArray firstRequestId(const HeaderList &headers)
{
    for (const char *name :
        {"Request-Id", "X-Request-Id", "X-Correlation-Id", "X-Amzn-RequestId", "CF-Ray"}) {
        const QByteArray value = find(headers, name);
        if (!value.isEmpty())
            return value.left(200);
    }
    return {};
}

} // namespace keyway::HeaderValues
