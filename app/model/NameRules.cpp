#include "model/NameRules.h"

#include <QHash>
#include <QRegularExpression>
#include <QUrl>

namespace keyway {

namespace {

constexpr qsizetype MaxNameLength = 64;

// Names are checked for every header of every request built: each pattern is compiled once (per
// thread, as a QRegularExpression is not meant to be shared across threads while matching).
bool matches(const QString &text, const char *pattern)
{
    thread_local QHash<const char *, QRegularExpression> compiled;
    auto it = compiled.find(pattern);
    if (it == compiled.end())
        it = compiled.insert(
            pattern, QRegularExpression(QRegularExpression::anchoredPattern(QLatin1String(pattern))));
    return it->match(text).hasMatch();
}

Status checkFileSafeName(const QString &name, const QString &what)
{
    if (name.isEmpty())
        return Failure {ErrorKind::Invalid, NameRules::tr("%1 name is empty").arg(what)};
    if (name.size() > MaxNameLength)
        return Failure {ErrorKind::Invalid,
            NameRules::tr("%1 name '%2' is longer than %3 characters").arg(what, name).arg(MaxNameLength)};
    if (!matches(name, "[A-Za-z0-9][A-Za-z0-9 ._-]*") || name.endsWith(QLatin1Char(' ')))
        return Failure {ErrorKind::Invalid,
            NameRules::tr("%1 name '%2' may use only letters, digits, space, '.', '_' and '-', "
                          "and must start with a letter or digit")
                .arg(what, name)};
    return {};
}

} // namespace

bool NameRules::isVariableName(const QString &name)
{
    return name.size() <= MaxNameLength && matches(name, "[A-Za-z_][A-Za-z0-9_-]*");
}

bool NameRules::looksSecret(const QString &name)
{
    static const QRegularExpression secretish(QStringLiteral("key|secret|token|password|passwd|credential"),
        QRegularExpression::CaseInsensitiveOption);
    return secretish.match(name).hasMatch();
}

Status NameRules::checkEnvironmentName(const QString &name)
{
    return checkFileSafeName(name, tr("Environment"));
}

Status NameRules::checkRequestName(const QString &name)
{
    return checkFileSafeName(name, tr("Request"));
}

Status NameRules::checkFolderPath(const QString &path)
{
    if (path.isEmpty())
        return Failure {ErrorKind::Invalid, tr("Folder name is empty")};
    for (const QString &part : path.split(QLatin1Char('/'))) {
        if (Status valid = checkFileSafeName(part, tr("Folder")); !valid)
            return valid;
    }
    return {};
}

Status NameRules::checkVariableName(const QString &name)
{
    if (name == QLatin1String("baseUrl") || name == QLatin1String("companyId"))
        return Failure {ErrorKind::Invalid,
            tr("variable name '%1' is built in: it comes from the environment's %2")
                .arg(name, name == QLatin1String("baseUrl") ? tr("base URL") : tr("selected company ID"))};
    if (isVariableName(name))
        return {};
    return Failure {ErrorKind::Invalid,
        tr("variable name '%1' must start with a letter or '_' and use only letters, digits, '_' "
           "and '-' (at most %2 characters)")
            .arg(name)
            .arg(MaxNameLength)};
}

Status NameRules::checkSecretName(const QString &name)
{
    if (isVariableName(name))
        return {};
    return Failure {ErrorKind::Invalid,
        tr("secret name '%1' must start with a letter or '_' and use only letters, digits, '_' "
           "and '-' (at most %2 characters)")
            .arg(name)
            .arg(MaxNameLength)};
}

Status NameRules::checkHeaderName(const QString &name)
{
    // RFC 9110 §5.1: a field name is a token.
    if (matches(name, "[!#$%&'*+.^_`|~0-9A-Za-z-]+"))
        return {};
    return Failure {ErrorKind::Invalid,
        tr("'%1' is not a valid HTTP header name (letters, digits and !#$%&'*+.^_`|~- only)").arg(name)};
}

Status NameRules::checkCompanyId(const QString &id)
{
    if (id.isEmpty())
        return Failure {ErrorKind::Invalid, tr("company ID is empty")};
    if (id.size() > 256 || !matches(id, "[\\x21-\\x7e]+"))
        return Failure {ErrorKind::Invalid,
            tr("company ID '%1' must be visible ASCII without spaces (it is sent as a header value)")
                .arg(id)};
    return {};
}

Status NameRules::checkEndpointUrl(const QString &url)
{
    return checkUrl(url, tr("URL"));
}

Status NameRules::checkIssuer(const QString &issuer)
{
    if (issuer.contains(QLatin1String("{{")))
        return Failure {ErrorKind::Invalid, tr("the issuer cannot hold {{variables}}: write it out")};
    if (Status valid = checkUrl(issuer, tr("issuer")); !valid)
        return valid;
    const QUrl url(issuer);
    if (url.hasQuery())
        return Failure {ErrorKind::Invalid, tr("issuer '%1' must not contain a '?' query").arg(issuer)};
    const bool loopback = url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("localhost")
        || url.host() == QLatin1String("::1");
    if (url.scheme() != QLatin1String("https") && !loopback)
        return Failure {ErrorKind::Invalid, tr("issuer '%1' must start with https://").arg(issuer)};
    return {};
}

Status NameRules::checkBaseUrl(const QString &url)
{
    return checkUrl(url, tr("base URL"));
}

Status NameRules::checkUrl(const QString &text, const QString &what)
{
    // A URL that starts with a variable ({{baseUrl}}/token) is checked once it is expanded.
    QString probe = text;
    static const QRegularExpression leadingVariable(QStringLiteral("^\\{\\{[^}]*\\}\\}"));
    static const QRegularExpression variable(QStringLiteral("\\{\\{[^}]*\\}\\}"));
    if (probe.startsWith(QLatin1String("{{")))
        probe.replace(leadingVariable, QStringLiteral("https://x"));
    probe.replace(variable, QStringLiteral("x"));
    const QUrl url(probe, QUrl::StrictMode);
    if (text.isEmpty())
        return Failure {ErrorKind::Invalid, tr("%1 is empty").arg(what)};
    if (!url.isValid() || url.isRelative())
        return Failure {ErrorKind::Invalid,
            tr("%1 '%2' is not an absolute URL such as https://api.example.com/v1").arg(what, text)};
    if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        return Failure {
            ErrorKind::Invalid, tr("%1 '%2' must start with https:// or http://").arg(what, text)};
    if (url.host().isEmpty())
        return Failure {ErrorKind::Invalid, tr("%1 '%2' has no host").arg(what, text)};
    if (!url.userInfo().isEmpty())
        return Failure {ErrorKind::Invalid,
            tr("%1 must not contain a user name or password; keep credentials in a secret instead")
                .arg(what)};
    if (url.hasFragment())
        return Failure {ErrorKind::Invalid, tr("%1 '%2' must not contain a '#' fragment").arg(what, text)};
    return {};
}

} // namespace keyway
