#include "convert/CurlImport.h"

#include "convert/ShellWords.h"

#include <QUrl>
#include <QUrlQuery>

namespace keyway {

namespace {

// Options that take a value and that Keyway does not need: accepted with their value.
const QStringList IgnoredWithValue = {QStringLiteral("--connect-timeout"), QStringLiteral("-m"),
    QStringLiteral("--max-time"), QStringLiteral("--retry"), QStringLiteral("-o"), QStringLiteral("--output"),
    QStringLiteral("-w"), QStringLiteral("--write-out"), QStringLiteral("--max-redirs")};
// Flags that change nothing Keyway would send (it follows redirects, decodes gzip, shows everything).
const QStringList IgnoredFlags = {QStringLiteral("-s"), QStringLiteral("--silent"), QStringLiteral("-S"),
    QStringLiteral("--show-error"), QStringLiteral("-L"), QStringLiteral("--location"), QStringLiteral("-v"),
    QStringLiteral("--verbose"), QStringLiteral("-i"), QStringLiteral("--include"),
    QStringLiteral("--compressed"), QStringLiteral("-f"), QStringLiteral("--fail"), QStringLiteral("-g"),
    QStringLiteral("--globoff"), QStringLiteral("--http1.1"), QStringLiteral("--http2"), QStringLiteral("-#"),
    QStringLiteral("--progress-bar")};
// Options that need a value, by every spelling.
const QStringList WithValue = {QStringLiteral("-X"), QStringLiteral("--request"), QStringLiteral("-H"),
    QStringLiteral("--header"), QStringLiteral("-d"), QStringLiteral("--data"), QStringLiteral("--data-raw"),
    QStringLiteral("--data-binary"), QStringLiteral("--data-ascii"), QStringLiteral("--data-urlencode"),
    QStringLiteral("-u"), QStringLiteral("--user"), QStringLiteral("--url"), QStringLiteral("--json"),
    QStringLiteral("-b"), QStringLiteral("--cookie"), QStringLiteral("-A"), QStringLiteral("--user-agent"),
    QStringLiteral("-e"), QStringLiteral("--referer"), QStringLiteral("-F"), QStringLiteral("--form"),
    QStringLiteral("--form-string"), QStringLiteral("-x"), QStringLiteral("--proxy"),
    QStringLiteral("--cacert"), QStringLiteral("-E"), QStringLiteral("--cert"), QStringLiteral("--key"),
    QStringLiteral("--resolve"), QStringLiteral("-T"), QStringLiteral("--upload-file")};

struct Parsed
{
    QString method;
    QString url;
    QList<HeaderField> headers;
    QStringList data;
    QString dataFile;
    QList<FormPart> parts;
    bool get = false;
    bool head = false;
    bool json = false;
    QStringList notUnderstood;
};

void addHeader(Parsed &parsed, const QString &line)
{
    const qsizetype colon = line.indexOf(QLatin1Char(':'));
    if (colon <= 0) {
        parsed.notUnderstood.append(QStringLiteral("-H '%1'").arg(line));
        return;
    }
    const QString value = line.mid(colon + 1).trimmed();
    if (value.isEmpty() && line.endsWith(QLatin1Char(':')))
        return; // "-H 'Accept:'" tells curl not to send the header: Keyway sends only what is listed
    parsed.headers.append({line.left(colon).trimmed(), value, true});
}

void addData(Parsed &parsed, const QString &option, const QString &value)
{
    if (option == QLatin1String("--data-urlencode")) {
        const qsizetype equals = value.indexOf(QLatin1Char('='));
        if (value.contains(QLatin1Char('@')) && (equals < 0 || value.indexOf(QLatin1Char('@')) < equals)) {
            parsed.notUnderstood.append(QStringLiteral("%1 %2 (a file to encode)").arg(option, value));
            return;
        }
        const QString name = equals < 0 ? QString() : value.left(equals);
        const QString content = equals < 0 ? value : value.mid(equals + 1);
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(content));
        parsed.data.append(name.isEmpty() ? encoded : name + QLatin1Char('=') + encoded);
        return;
    }
    if (value.startsWith(QLatin1Char('@')) && option != QLatin1String("--data-raw")) {
        parsed.dataFile = value.mid(1); // read when sending, like curl does
        return;
    }
    parsed.data.append(value);
}

void addFormPart(Parsed &parsed, const QString &option, const QString &value, bool literal)
{
    const qsizetype equals = value.indexOf(QLatin1Char('='));
    // "<file" puts a file's text in a field: Keyway does not read files when importing.
    if (!literal && equals > 0 && value.mid(equals + 1).startsWith(QLatin1Char('<'))) {
        parsed.notUnderstood.append(QStringLiteral("%1 %2 (a field read from a file)").arg(option, value));
        return;
    }
    const std::optional<FormPart> part = literal && equals > 0
        ? FormPart {value.left(equals), value.mid(equals + 1), {}, {}, true}
        : CurlImport::formPart(value);
    if (!part)
        parsed.notUnderstood.append(QStringLiteral("%1 %2").arg(option, value));
    else
        parsed.parts.append(*part);
}

// Handles one option and its value; false when the option is not one Keyway knows.
bool apply(Parsed &parsed, const QString &option, const QString &value)
{
    if (option == QLatin1String("-X") || option == QLatin1String("--request"))
        parsed.method = value.toUpper();
    else if (option == QLatin1String("-H") || option == QLatin1String("--header"))
        addHeader(parsed, value);
    else if (option.startsWith(QLatin1String("-d")) || option.startsWith(QLatin1String("--data")))
        addData(parsed, option, value);
    else if (option == QLatin1String("--json")) {
        parsed.json = true;
        addData(parsed, QStringLiteral("--data-binary"), value);
    } else if (option == QLatin1String("-u") || option == QLatin1String("--user"))
        parsed.headers.append({QStringLiteral("Authorization"),
            QStringLiteral("Basic ") + QString::fromLatin1(value.toUtf8().toBase64()), true});
    else if (option == QLatin1String("--url"))
        parsed.url = value;
    else if (option == QLatin1String("--form-string"))
        addFormPart(parsed, option, value, true);
    else if (option == QLatin1String("-F") || option == QLatin1String("--form"))
        addFormPart(parsed, option, value, false);
    else if (option == QLatin1String("-b") || option == QLatin1String("--cookie")) {
        if (!value.contains(QLatin1Char('=')))
            return false; // a cookie jar file
        parsed.headers.append({QStringLiteral("Cookie"), value, true});
    } else if (option == QLatin1String("-A") || option == QLatin1String("--user-agent"))
        parsed.headers.append({QStringLiteral("User-Agent"), value, true});
    else if (option == QLatin1String("-e") || option == QLatin1String("--referer"))
        parsed.headers.append({QStringLiteral("Referer"), value, true});
    else
        return IgnoredWithValue.contains(option);
    return true;
}

bool applyFlag(Parsed &parsed, const QString &flag)
{
    if (flag == QLatin1String("-G") || flag == QLatin1String("--get"))
        parsed.get = true;
    else if (flag == QLatin1String("-I") || flag == QLatin1String("--head"))
        parsed.head = true;
    else
        return IgnoredFlags.contains(flag);
    return true;
}

// "-sSL" → "-s", "-S", "-L"; "-XPOST" → "-X", "POST"; "--data=x" → "--data", "x".
QStringList expand(const QString &word)
{
    if (word.startsWith(QLatin1String("--"))) {
        const qsizetype equals = word.indexOf(QLatin1Char('='));
        return equals < 0 ? QStringList {word} : QStringList {word.left(equals), word.mid(equals + 1)};
    }
    QStringList parts;
    for (qsizetype i = 1; i < word.size(); ++i) {
        const QString option = QStringLiteral("-") + word.at(i);
        parts.append(option);
        if (WithValue.contains(option) || IgnoredWithValue.contains(option)) {
            if (i + 1 < word.size())
                parts.append(word.mid(i + 1));
            break;
        }
    }
    return parts;
}

FoundCredential credentialIn(const HeaderField &header)
{
    const QString name = header.name.toLower();
    if (name == QLatin1String("authorization")) {
        const qsizetype space = header.value.indexOf(QLatin1Char(' '));
        const QString scheme = space < 0 ? QString() : header.value.left(space);
        const QString slot = scheme.compare(QLatin1String("Basic"), Qt::CaseInsensitive) == 0
            ? QStringLiteral("basic_credentials")
            : QStringLiteral("token");
        return {header.name, header.value.mid(space + 1), space < 0 ? QString() : scheme + QLatin1Char(' '),
            slot};
    }
    if (name == QLatin1String("x-api-key") || name == QLatin1String("api-key")
        || name == QLatin1String("apikey"))
        return {header.name, header.value, {}, QStringLiteral("api_key")};
    if (name == QLatin1String("x-auth-token"))
        return {header.name, header.value, {}, QStringLiteral("auth_token")};
    return {};
}

} // namespace

Expected<CurlImport::Result> CurlImport::parse(const QString &command, const QString &baseUrl)
{
    auto words = ShellWords::split(command.trimmed());
    if (!words)
        return words.failure();
    if (words->isEmpty() || words->first() != QLatin1String("curl"))
        return Failure {ErrorKind::Invalid, tr("this is not a cURL command: it should start with \"curl\"")};
    Parsed parsed;
    QStringList queue = words->mid(1);
    while (!queue.isEmpty()) {
        const QString word = queue.takeFirst();
        if (!word.startsWith(QLatin1Char('-')) || word == QLatin1String("-")) {
            if (!parsed.url.isEmpty())
                parsed.notUnderstood.append(word);
            else
                parsed.url = word;
            continue;
        }
        QStringList parts = expand(word);
        while (!parts.isEmpty()) {
            const QString option = parts.takeFirst();
            if (WithValue.contains(option) || IgnoredWithValue.contains(option)) {
                if (parts.isEmpty() && queue.isEmpty())
                    return Failure {ErrorKind::Invalid, tr("%1 needs a value").arg(option)};
                const QString value = parts.isEmpty() ? queue.takeFirst() : parts.takeFirst();
                if (!apply(parsed, option, value))
                    parsed.notUnderstood.append(QStringLiteral("%1 %2").arg(option, value));
            } else if (!applyFlag(parsed, option)) {
                parsed.notUnderstood.append(option);
            }
        }
    }
    if (parsed.url.isEmpty())
        return Failure {ErrorKind::Invalid, tr("the command has no URL")};

    Result result;
    RequestSpec &request = result.request;
    request.name = QStringLiteral("Imported request");
    QUrl url = QUrl::fromUserInput(parsed.url);
    const QString body = parsed.data.join(QLatin1Char('&'));
    if (parsed.get && !body.isEmpty()) {
        QUrlQuery query(url);
        const QUrlQuery extra(body);
        for (const auto &[key, value] : extra.queryItems(QUrl::FullyEncoded))
            query.addQueryItem(key, value);
        url.setQuery(query);
    } else if (!parsed.parts.isEmpty()) {
        request.bodyMode = RequestSpec::BodyMode::Multipart;
        request.parts = parsed.parts;
        // Keyway makes the boundary: a copied Content-Type would name curl's.
        parsed.headers.removeIf([](const HeaderField &header) {
            return header.name.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0
                && header.value.startsWith(QLatin1String("multipart/"), Qt::CaseInsensitive);
        });
    } else if (!parsed.dataFile.isEmpty()) {
        request.bodyMode = RequestSpec::BodyMode::File;
        request.bodyFile = parsed.dataFile;
    } else {
        request.body = body;
    }
    const bool hasBody = !parsed.get && (!body.isEmpty() || !parsed.dataFile.isEmpty() || !parsed.parts.isEmpty());
    request.method = !parsed.method.isEmpty() ? parsed.method
        : parsed.head                         ? QStringLiteral("HEAD")
        : hasBody                             ? QStringLiteral("POST")
                                              : QStringLiteral("GET");
    request.url = url.toString(QUrl::FullyEncoded);
    if (!baseUrl.isEmpty() && request.url.startsWith(baseUrl) && baseUrl.size() < request.url.size())
        request.url = request.url.mid(baseUrl.size());
    const auto hasHeader = [&](const QString &name) {
        return std::any_of(parsed.headers.cbegin(), parsed.headers.cend(),
            [&](const HeaderField &h) { return h.name.compare(name, Qt::CaseInsensitive) == 0; });
    };
    if (parsed.json) {
        if (!hasHeader(QStringLiteral("Content-Type")))
            parsed.headers.append({QStringLiteral("Content-Type"), QStringLiteral("application/json"), true});
        if (!hasHeader(QStringLiteral("Accept")))
            parsed.headers.append({QStringLiteral("Accept"), QStringLiteral("application/json"), true});
    } else if (hasBody && !hasHeader(QStringLiteral("Content-Type")) && parsed.dataFile.isEmpty()
        && parsed.parts.isEmpty()) {
        // What curl sends with -d; Keyway shows it so the preview matches.
        parsed.headers.append(
            {QStringLiteral("Content-Type"), QStringLiteral("application/x-www-form-urlencoded"), true});
    }
    request.headers = parsed.headers;
    for (const HeaderField &header : std::as_const(request.headers)) {
        if (FoundCredential found = credentialIn(header); !found.secretValue.isEmpty())
            result.credentials.append(found);
    }
    result.notUnderstood = parsed.notUnderstood;
    return result;
}

std::optional<FormPart> CurlImport::formPart(const QString &text)
{
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    if (equals <= 0)
        return std::nullopt;
    FormPart part {text.left(equals), text.mid(equals + 1), {}, {}, true};
    if (!part.value.startsWith(QLatin1Char('@')))
        return part;
    QString file = part.value.mid(1);
    const qsizetype type = file.lastIndexOf(QLatin1String(";type="));
    if (type >= 0) {
        part.contentType = file.mid(type + 6);
        file.truncate(type);
    }
    part.file = file;
    part.value.clear();
    return part.file.isEmpty() ? std::nullopt : std::optional<FormPart>(part);
}

void CurlImport::moveToSecret(RequestSpec &request, const FoundCredential &credential, const QString &slot)
{
    for (HeaderField &header : request.headers) {
        if (header.name == credential.header && header.value == credential.prefix + credential.secretValue)
            header.value = credential.prefix + QStringLiteral("{{secret.%1}}").arg(slot);
    }
}

} // namespace keyway
