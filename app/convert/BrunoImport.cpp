#include "convert/BrunoImport.h"

#include "checks/Capture.h"
#include "checks/Check.h"
#include "convert/BruDocument.h"
#include "convert/ScriptLiteral.h"
#include "model/NameRules.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace keyway {

namespace {

const QStringList Methods {QStringLiteral("get"), QStringLiteral("post"), QStringLiteral("put"), QStringLiteral("patch"),
    QStringLiteral("delete"), QStringLiteral("head"), QStringLiteral("options")};

// res.status → status, res.body.a[0].b → $.a[0].b, res.headers.x / res.headers["x"] → header x.
std::optional<QString> subjectOf(const QString &expression)
{
    const QString text = expression.trimmed();
    if (text == QLatin1String("res.status"))
        return QStringLiteral("status");
    if (text == QLatin1String("res.responseTime"))
        return QStringLiteral("time");
    static const QRegularExpression body(QStringLiteral("^res\\.body((?:\\.[A-Za-z_$][\\w$]*|\\[\\d+\\])*)$"));
    if (const QRegularExpressionMatch match = body.match(text); match.hasMatch())
        return QLatin1Char('$') + match.captured(1);
    static const QRegularExpression header(QStringLiteral("^res\\.headers(?:\\.([\\w-]+)|\\[\\s*['\"]([\\w-]+)['\"]\\s*\\])$"));
    if (const QRegularExpressionMatch match = header.match(text); match.hasMatch())
        return QStringLiteral("header ") + match.captured(1) + match.captured(2);
    return std::nullopt;
}

class Reader
{
public:
    Reader(QString root, QString collection, ImportedCollection &out)
        : m_root(std::move(root))
        , m_collection(std::move(collection))
        , m_out(out)
    {
    }

    void readEnvironments();
    void readRequests();

private:
    void readRequest(const QString &path, const BruDocument &document);
    void readBody(const BruDocument &document, const QString &kind, RequestSpec &request, const QString &where);
    void readAuth(const BruDocument &document, const QString &mode, RequestSpec &request, const QString &where);
    void readChecksAndCaptures(const BruDocument &document, RequestSpec &request, const QString &where);
    QString secretTemplates(QString text) const;

    QString m_root;
    QString m_collection;
    ImportedCollection &m_out;
    QSet<QString> m_secretNames;
    int m_files = 0;
};

Expected<BruDocument> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure {ErrorKind::NotFound, BrunoImport::tr("cannot read %1: %2").arg(path, file.errorString())};
    if (file.size() > BrunoImport::MaxFileBytes)
        return Failure {ErrorKind::Invalid, BrunoImport::tr("%1 is larger than 1 MB").arg(path)};
    auto document = BruDocument::parse(QString::fromUtf8(file.readAll()));
    if (!document)
        return Failure {ErrorKind::FileFormat, BrunoImport::tr("%1: %2").arg(path, document.error())};
    return document;
}

void Reader::readEnvironments()
{
    const QDir folder(QDir(m_root).filePath(QStringLiteral("environments")));
    for (const QString &file : folder.entryList({QStringLiteral("*.bru")}, QDir::Files, QDir::Name)) {
        const auto document = readFile(folder.filePath(file));
        if (!document) {
            m_out.unsupported.append(document.error());
            continue;
        }
        Environment env;
        env.name = PostmanImport::fileSafeName(QFileInfo(file).completeBaseName(), QStringLiteral("bruno"));
        env.preset.clear();
        const bool first = m_out.bundle.environments.isEmpty();
        if (const BruDocument::Block *vars = document->block(QStringLiteral("vars"))) {
            for (const BruDocument::Pair &pair : vars->pairs()) {
                if (pair.key.compare(QLatin1String("baseUrl"), Qt::CaseInsensitive) == 0
                    || pair.key.compare(QLatin1String("base_url"), Qt::CaseInsensitive) == 0) {
                    env.baseUrl = pair.value;
                } else if (Status name = NameRules::checkVariableName(pair.key); !name) {
                    m_out.unsupported.append(BrunoImport::tr("environment %1: variable '%2': %3").arg(env.name, pair.key, name.error()));
                } else if (NameRules::looksSecret(pair.key) && !pair.value.isEmpty()) {
                    // A key written into the file: into the keychain (the first environment's), never a Keyway file.
                    m_secretNames.insert(pair.key);
                    env.addSecretSlot(pair.key);
                    if (first)
                        m_out.secrets.insert(pair.key, pair.value);
                    else
                        m_out.unsupported.append(BrunoImport::tr("environment %1: the value of %2 is not imported; set it in the environment's editor").arg(env.name, pair.key));
                } else if (pair.enabled) {
                    env.variables.insert(pair.key, pair.value);
                }
            }
        }
        if (const BruDocument::Block *secrets = document->block(QStringLiteral("vars:secret"))) {
            for (const QString &name : secrets->lines) {
                if (NameRules::checkSecretName(name)) {
                    m_secretNames.insert(name);
                    env.addSecretSlot(name);
                }
            }
        }
        m_out.bundle.environments.append(env);
    }
    if (m_out.bundle.environments.isEmpty()) {
        Environment env;
        env.name = m_collection;
        env.preset.clear();
        m_out.bundle.environments.append(env);
    }
}

QString Reader::secretTemplates(QString text) const
{
    for (const QString &name : m_secretNames)
        text.replace(QStringLiteral("{{%1}}").arg(name), QStringLiteral("{{secret.%1}}").arg(name));
    return text;
}

void Reader::readRequests()
{
    QDirIterator files(m_root, {QStringLiteral("*.bru")}, QDir::Files, QDirIterator::Subdirectories);
    QStringList paths;
    while (files.hasNext())
        paths.append(files.next());
    paths.sort();
    for (const QString &path : std::as_const(paths)) {
        const QString relative = QDir(m_root).relativeFilePath(path);
        if (relative.startsWith(QLatin1String("environments/")) || QFileInfo(path).fileName() == QLatin1String("folder.bru")
            || relative == QLatin1String("collection.bru"))
            continue;
        if (++m_files > BrunoImport::MaxFiles) {
            m_out.unsupported.append(BrunoImport::tr("more than %1 request files: the rest are left out").arg(BrunoImport::MaxFiles));
            return;
        }
        const auto document = readFile(path);
        if (!document) {
            m_out.unsupported.append(document.error());
            continue;
        }
        readRequest(relative, document.value());
    }
}

void Reader::readRequest(const QString &relative, const BruDocument &document)
{
    RequestSpec request;
    const QString folder = QFileInfo(relative).path();
    request.collection = m_collection;
    for (const QString &part : folder.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part != QLatin1String("."))
            request.collection += QLatin1Char('/') + PostmanImport::fileSafeName(part, QStringLiteral("folder"));
    }
    const BruDocument::Block *meta = document.block(QStringLiteral("meta"));
    request.name = PostmanImport::fileSafeName(meta ? meta->value(QStringLiteral("name")) : QFileInfo(relative).completeBaseName(),
        QStringLiteral("request"));
    request.sequence = meta ? std::max(0, meta->value(QStringLiteral("seq")).toInt()) : 0;
    const QString where = request.collection + QLatin1Char('/') + request.name;
    const BruDocument::Block *method = nullptr;
    for (const QString &name : Methods) {
        if ((method = document.block(name)))
            break;
    }
    if (!method) {
        m_out.unsupported.append(BrunoImport::tr("%1: no HTTP method block (get, post, …); left out").arg(relative));
        return;
    }
    request.method = method->name.toUpper();
    request.url = secretTemplates(method->value(QStringLiteral("url")));
    if (const BruDocument::Block *path = document.block(QStringLiteral("params:path"))) {
        for (const BruDocument::Pair &pair : path->pairs())
            request.url.replace(QStringLiteral("/:") + pair.key, QLatin1Char('/') + secretTemplates(pair.value));
    }
    if (const BruDocument::Block *headers = document.block(QStringLiteral("headers"))) {
        for (const BruDocument::Pair &pair : headers->pairs())
            request.headers.append({pair.key, secretTemplates(pair.value), pair.enabled});
    }
    readBody(document, method->value(QStringLiteral("body")), request, where);
    readAuth(document, method->value(QStringLiteral("auth")), request, where);
    readChecksAndCaptures(document, request, where);
    for (const char *script : {"script:pre-request", "script:post-response", "tests", "vars:pre-request"}) {
        if (const BruDocument::Block *block = document.block(QString::fromLatin1(script)); block && !block->text().trimmed().isEmpty())
            m_out.unsupported.append(BrunoImport::tr("%1: the %2 block is JavaScript, not imported").arg(where, QString::fromLatin1(script)));
    }
    m_out.bundle.requests.append(request);
}

void Reader::readBody(const BruDocument &document, const QString &kind, RequestSpec &request, const QString &where)
{
    if (kind.isEmpty() || kind == QLatin1String("none"))
        return;
    const BruDocument::Block *body = document.block(QStringLiteral("body:") + kind);
    if (!body) {
        m_out.unsupported.append(BrunoImport::tr("%1: the %2 body is missing").arg(where, kind));
        return;
    }
    const auto contentType = [&](const QString &type) {
        const bool typed = std::any_of(request.headers.cbegin(), request.headers.cend(), [](const HeaderField &header) {
            return header.name.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0;
        });
        if (!typed)
            request.headers.append({QStringLiteral("Content-Type"), type, true});
    };
    if (kind == QLatin1String("json") || kind == QLatin1String("text") || kind == QLatin1String("xml")) {
        request.body = secretTemplates(body->text());
        contentType(kind == QLatin1String("json") ? QStringLiteral("application/json")
                : kind == QLatin1String("xml")    ? QStringLiteral("application/xml")
                                                  : QStringLiteral("text/plain"));
    } else if (kind == QLatin1String("form-urlencoded")) {
        request.bodyMode = RequestSpec::BodyMode::Form;
        for (const BruDocument::Pair &pair : body->pairs())
            request.formFields.append({pair.key, secretTemplates(pair.value), pair.enabled});
    } else if (kind == QLatin1String("multipart-form")) {
        request.bodyMode = RequestSpec::BodyMode::Multipart;
        static const QRegularExpression file(QStringLiteral("^@file\\((.*)\\)$"));
        for (const BruDocument::Pair &pair : body->pairs()) {
            const QRegularExpressionMatch match = file.match(pair.value);
            request.parts.append({pair.key, match.hasMatch() ? QString() : secretTemplates(pair.value),
                match.hasMatch() ? match.captured(1).section(QLatin1Char('|'), 0, 0) : QString(), {}, pair.enabled});
        }
    } else if (kind == QLatin1String("graphql")) {
        request.bodyMode = RequestSpec::BodyMode::GraphQl;
        request.graphql.query = body->text();
        if (const BruDocument::Block *variables = document.block(QStringLiteral("body:graphql:vars")))
            request.graphql.variables = secretTemplates(variables->text());
    } else {
        m_out.unsupported.append(BrunoImport::tr("%1: a %2 body is not imported").arg(where, kind));
    }
}

void Reader::readAuth(const BruDocument &document, const QString &mode, RequestSpec &request, const QString &where)
{
    if (mode.isEmpty() || mode == QLatin1String("inherit"))
        return;
    if (mode == QLatin1String("none")) {
        request.auth = AuthSetting {};
        return;
    }
    const BruDocument::Block *auth = document.block(QStringLiteral("auth:") + mode);
    AuthSetting setting;
    setting.kind = AuthKind::Static;
    if (mode == QLatin1String("bearer") && auth) {
        setting.headers = {{QStringLiteral("Authorization"),
            QStringLiteral("Bearer ") + secretTemplates(auth->value(QStringLiteral("token"))), true}};
    } else if (mode == QLatin1String("apikey") && auth && auth->value(QStringLiteral("placement")) != QLatin1String("queryparams")) {
        setting.headers = {{auth->value(QStringLiteral("key")), secretTemplates(auth->value(QStringLiteral("value"))), true}};
    } else {
        m_out.unsupported.append(BrunoImport::tr("%1: %2 auth is not imported (set it on the environment)").arg(where, mode));
        return;
    }
    request.auth = setting;
}

void Reader::readChecksAndCaptures(const BruDocument &document, RequestSpec &request, const QString &where)
{
    QStringList leftOut;
    // Each enabled line of `block` that `translate` turns into a line of ours goes to `lines`.
    const auto take = [&](const QString &block, const auto &translate, QStringList &lines) {
        const BruDocument::Block *found = document.block(block);
        for (const BruDocument::Pair &pair : found ? found->pairs() : QList<BruDocument::Pair>()) {
            const auto line = pair.enabled ? translate(pair.key, pair.value) : std::nullopt;
            if (line)
                lines.append(*line);
            else if (pair.enabled)
                leftOut.append(pair.key + QStringLiteral(": ") + pair.value);
        }
    };
    take(QStringLiteral("assert"), BrunoImport::checkOf, request.checks);
    take(QStringLiteral("vars:post-response"), BrunoImport::captureOf, request.captures);
    if (!leftOut.isEmpty())
        m_out.unsupported.append(BrunoImport::tr("%1: %n assert or variable line(s) not imported: %2", nullptr, int(leftOut.size()))
                                     .arg(where, leftOut.mid(0, 3).join(QStringLiteral(" \u00b7 "))));
}

} // namespace

std::optional<QString> BrunoImport::checkOf(const QString &subjectText, const QString &assertion)
{
    const auto subject = subjectOf(subjectText);
    if (!subject)
        return std::nullopt;
    const QString text = assertion.trimmed();
    const QString op = text.section(QLatin1Char(' '), 0, 0);
    const QString value = doubleQuoted(text.section(QLatin1Char(' '), 1));
    static const QList<std::pair<QString, QString>> comparisons {{QStringLiteral("eq"), QStringLiteral("==")},
        {QStringLiteral("neq"), QStringLiteral("!=")}, {QStringLiteral("gt"), QStringLiteral(">")},
        {QStringLiteral("gte"), QStringLiteral(">=")}, {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("lte"), QStringLiteral("<=")}, {QStringLiteral("contains"), QStringLiteral("contains")},
        {QStringLiteral("matches"), QStringLiteral("matches")}, {QStringLiteral("in"), QStringLiteral("in")}};
    static const QList<std::pair<QString, QString>> words {{QStringLiteral("isDefined"), QStringLiteral("exists")},
        {QStringLiteral("isUndefined"), QStringLiteral("absent")}, {QStringLiteral("isNull"), QStringLiteral("== null")},
        {QStringLiteral("isString"), QStringLiteral("type string")}, {QStringLiteral("isNumber"), QStringLiteral("type number")},
        {QStringLiteral("isBoolean"), QStringLiteral("type boolean")}, {QStringLiteral("isArray"), QStringLiteral("type array")},
        {QStringLiteral("isEmpty"), QStringLiteral("length == 0")}};
    QString line;
    for (const auto &[name, comparison] : comparisons) {
        if (op == name && !value.isEmpty())
            line = QStringLiteral("%1 %2 %3").arg(*subject, comparison, value);
    }
    for (const auto &[name, phrase] : words) {
        if (op == name && value.isEmpty())
            line = QStringLiteral("%1 %2").arg(*subject, phrase);
    }
    if (op == QLatin1String("length") && !value.isEmpty())
        line = QStringLiteral("%1 length == %2").arg(*subject, value);
    if (op == QLatin1String("startsWith") && !value.isEmpty())
        line = QStringLiteral("%1 matches ^%2").arg(*subject, QRegularExpression::escape(QString(value).remove(QLatin1Char('"'))));
    if (op == QLatin1String("endsWith") && !value.isEmpty())
        line = QStringLiteral("%1 matches %2$").arg(*subject, QRegularExpression::escape(QString(value).remove(QLatin1Char('"'))));
    if (line.isEmpty() || !Check::parse(line))
        return std::nullopt;
    return line;
}

std::optional<QString> BrunoImport::captureOf(const QString &name, const QString &expression)
{
    const auto subject = subjectOf(expression);
    if (!subject || *subject == QLatin1String("time"))
        return std::nullopt;
    const QString line = QStringLiteral("%1 = %2%3").arg(name, *subject,
        NameRules::looksSecret(name) ? QStringLiteral(" secret") : QString());
    if (!Capture::parse(line))
        return std::nullopt;
    return line;
}

Expected<ImportedCollection> BrunoImport::fromFolder(const QString &folder)
{
    QFile manifest(QDir(folder).filePath(QStringLiteral("bruno.json")));
    if (!manifest.open(QIODevice::ReadOnly))
        return Failure {ErrorKind::NotFound, tr("%1 is not a Bruno collection: it has no bruno.json").arg(folder)};
    const QJsonObject info = QJsonDocument::fromJson(manifest.read(MaxFileBytes)).object();
    ImportedCollection out;
    const QString name = info.value(QStringLiteral("name")).toString(QFileInfo(folder).fileName());
    Reader reader(folder, PostmanImport::fileSafeName(name, QStringLiteral("bruno")), out);
    reader.readEnvironments();
    reader.readRequests();
    for (auto it = out.secrets.cbegin(); it != out.secrets.cend(); ++it)
        out.bundle.environments.first().addSecretSlot(it.key());
    out.bundle.sourceName = name;
    return out;
}

} // namespace keyway
