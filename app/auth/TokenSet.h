#pragma once

#include <optional>
#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace keyway {

// The tokens of one environment. Kept only in the keychain, as JSON, so a restart resumes.
struct TokenSet
{
    QString accessToken;
    QString refreshToken;
    QDateTime expiresAt; // UTC, computed from the local time the response arrived
    QStringList grantedScopes;

    bool hasAccessToken() const { return !accessToken.isEmpty(); }
    // Usable for at least `marginSeconds` more.
    bool isFresh(int marginSeconds, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    qint64 secondsLeft(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    QByteArray toJson() const;
    static std::optional<TokenSet> fromJson(const QByteArray &json);
    bool operator==(const TokenSet &) const = default;
};

} // namespace keyway
