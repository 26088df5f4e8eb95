#include "auth/TokenSet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace keyway {

bool TokenSet::isFresh(int marginSeconds, const QDateTime &now) const
{
    return hasAccessToken() && expiresAt.isValid() && now.secsTo(expiresAt) > marginSeconds;
}

qint64 TokenSet::secondsLeft(const QDateTime &now) const
{
    return expiresAt.isValid() ? std::max<qint64>(0, now.secsTo(expiresAt)) : 0;
}

QByteArray TokenSet::toJson() const
{
    const QJsonObject object {{QStringLiteral("accessToken"), accessToken},
        {QStringLiteral("refreshToken"), refreshToken},
        {QStringLiteral("expiresAt"), expiresAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("grantedScopes"), QJsonArray::fromStringList(grantedScopes)}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<TokenSet> TokenSet::fromJson(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    TokenSet tokens;
    tokens.accessToken = object.value(QStringLiteral("accessToken")).toString();
    tokens.refreshToken = object.value(QStringLiteral("refreshToken")).toString();
    tokens.expiresAt
        = QDateTime::fromString(object.value(QStringLiteral("expiresAt")).toString(), Qt::ISODateWithMs);
    for (const QJsonValue &scope : object.value(QStringLiteral("grantedScopes")).toArray())
        tokens.grantedScopes.append(scope.toString());
    if (!tokens.hasAccessToken() && tokens.refreshToken.isEmpty())
        return std::nullopt;
    return tokens;
}

} // namespace keyway
