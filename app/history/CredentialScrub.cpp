#include "history/CredentialScrub.h"

#include "model/SecretMask.h"
#include "model/VariableExpander.h"

#include <QRegularExpression>
#include <QSet>

namespace keyway {

namespace {

const QString TokenFields = QStringLiteral("access_token|refresh_token|id_token|token|client_secret|password");

// A signed JWT (header.claims.signature) anywhere: storefront tokens, ID tokens, assertions. Its
// header and claims stay readable, as in the request preview; the signature is what makes it usable.
QString maskJwtSignatures(const QString &text)
{
    static const QRegularExpression jwt(
        QStringLiteral("(eyJ[A-Za-z0-9_-]{6,}\\.eyJ[A-Za-z0-9_-]{6,}\\.)([A-Za-z0-9_-]{16,})"));
    QString result = text;
    result.replace(jwt, QStringLiteral("\\1") + SecretMask::dots());
    return result;
}

QString maskKnownSecrets(QString text, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        if (secret.size() < CredentialScrub::MinSecretLength)
            continue;
        text.replace(secret, SecretMask::mask(secret));
        // As a JSON body carries it when it has a quote or backslash.
        if (const QString escaped = VariableExpander::jsonEscaped(secret); escaped != secret)
            text.replace(escaped, SecretMask::mask(secret));
    }
    return text;
}

// Replaces the second capture of every match with its mask.
QString maskCaptures(const QString &text, const QRegularExpression &pattern)
{
    QString result;
    qsizetype done = 0;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result += text.mid(done, match.capturedStart(2) - done) + SecretMask::mask(match.captured(2));
        done = match.capturedEnd(2);
    }
    return result + text.mid(done);
}

} // namespace

bool CredentialScrub::isCredentialField(const QString &name)
{
    // A set, not a regular expression: every JSON check of a run asks this.
    static const QSet<QString> fields = [] {
        const QStringList names = TokenFields.split(QLatin1Char('|'));
        return QSet<QString>(names.cbegin(), names.cend());
    }();
    return fields.contains(name.toLower());
}

CredentialScrub::Headers CredentialScrub::headers(const Headers &headers, const QStringList &secrets)
{
    static const QRegularExpression cookieValue(QStringLiteral("^(\\s*[^=;]+=)([^;]*)"));
    Headers scrubbed;
    for (const auto &[name, value] : headers) {
        QString text = maskJwtSignatures(maskKnownSecrets(QString::fromLatin1(value), secrets));
        if (name.compare("Set-Cookie", Qt::CaseInsensitive) == 0)
            text = maskCaptures(text, cookieValue); // the name and attributes stay readable
        scrubbed.append({name, text.toLatin1()});
    }
    return scrubbed;
}

QByteArray CredentialScrub::body(const QByteArray &body, const QStringList &secrets)
{
    static const QRegularExpression jsonField(
        QStringLiteral("(\"(?:%1)\"\\s*:\\s*\")(?!\\{\\{)((?:[^\"\\\\]|\\\\.)*)").arg(TokenFields));
    // (?!{{): a {{secret.x}} reference in a template is no credential and stays usable.
    static const QRegularExpression formField(
        QStringLiteral("((?:^|[&?])(?:%1)=)(?!\\{\\{)([^&\\s]*)").arg(TokenFields));
    QString text = maskJwtSignatures(maskKnownSecrets(QString::fromUtf8(body), secrets));
    text = maskCaptures(text, jsonField);
    text = maskCaptures(text, formField);
    return text.toUtf8();
}

} // namespace keyway
