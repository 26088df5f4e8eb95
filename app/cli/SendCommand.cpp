#include "cli/SendCommand.h"

#include "auth/TokenBroker.h"
#include "checks/ResponseChecks.h"
#include "cli/CliContext.h"
#include "cli/JsonEventSink.h"
#include "cli/StdoutBodySink.h"
#include "convert/CurlImport.h"
#include "core/PrintableText.h"
#include "envelope/EnvelopeRecognizer.h"
#include "http/CookieJars.h"
#include "http/FileBodySink.h"
#include "http/FinalRequestBuilder.h"
#include "http/RedirectPolicy.h"
#include "http/SendJob.h"
#include "model/VariableExpander.h"
#include "runner/JsonRunReport.h"
#include "session/KeyService.h"

#include <climits>
#include <cstdio>
#include <memory>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace keyway::cli {

namespace {

constexpr qint64 MaxJsonBodyBytes = qint64(256) * 1024 * 1024; // embedded in one JSON document

const QStringList Methods {QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
    QStringLiteral("PATCH"), QStringLiteral("DELETE"), QStringLiteral("HEAD"), QStringLiteral("OPTIONS")};

QJsonObject headersToJson(const QList<HeaderField> &headers)
{
    QJsonObject object;
    for (const HeaderField &header : headers)
        object.insert(header.name, header.value);
    return object;
}

Expected<QString> readBody(const QString &argument)
{
    if (!argument.startsWith(QLatin1Char('@')))
        return argument;
    QFile file;
    const QString path = argument.mid(1);
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return Failure {ErrorKind::NotFound,
            SendCommand::tr("cannot read the body from %1: %2").arg(path, file.errorString())};
    return QString::fromUtf8(file.readAll());
}

} // namespace

int SendCommand::run(const QStringList &arguments)
{
    const QString command = QStringLiteral("send");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Send a request with ENV's base URL, company ID and authentication, and print "
           "the response. PATH-OR-URL is a path under the base URL or a full URL; "
           "{{variables}} work everywhere."));
    parser.addPositionalArgument(QStringLiteral("ENV"), tr("Environment name."));
    parser.addPositionalArgument(
        QStringLiteral("METHOD"), tr("GET, POST, PUT, PATCH, DELETE, HEAD or OPTIONS."));
    parser.addPositionalArgument(
        QStringLiteral("PATH-OR-URL"), tr("e.g. /accounts or https://api.example.com/v1/accounts"));
    const QCommandLineOption header({QStringLiteral("H"), QStringLiteral("header")},
        tr("Header 'Name: value' (repeatable)."), QStringLiteral("HEADER"));
    const QCommandLineOption data({QStringLiteral("d"), QStringLiteral("data")},
        tr("Body template, or @file, or @- for standard input."), QStringLiteral("BODY"));
    const QCommandLineOption dataBinary(QStringLiteral("data-binary"),
        tr("Body: the bytes of FILE as they are, streamed from disk (@FILE, as curl writes it)."),
        QStringLiteral("@FILE"));
    const QCommandLineOption form({QStringLiteral("F"), QStringLiteral("form")},
        tr("A multipart/form-data part NAME=VALUE, or NAME=@FILE[;type=MIME] for a file streamed from disk "
           "(repeatable)."),
        QStringLiteral("PART"));
    const QCommandLineOption showHeaders(
        QStringLiteral("show-headers"), tr("Print the exact request first (secrets masked)."));
    const QCommandLineOption reveal(
        QStringLiteral("reveal"), tr("With --show-headers: print secret values unmasked."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print request and response as JSON."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
        tr("Save the response body to FILE as it arrives (put in place when complete)."),
        QStringLiteral("FILE"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
        tr("Seconds to wait for the answer (default 30)."), QStringLiteral("SECONDS"), QStringLiteral("30"));
    const QCommandLineOption noCookies(QStringLiteral("no-cookies"),
        tr("Send none of the environment's cookies and keep none the answer sets."));
    const QCommandLineOption graphql(QStringLiteral("graphql"),
        tr("A GraphQL document (or @file), sent as {\"query\", \"variables\", \"operationName\"}."), QStringLiteral("QUERY"));
    const QCommandLineOption variables(QStringLiteral("variables"),
        tr("With --graphql: the variables as a JSON object (a template)."), QStringLiteral("JSON"));
    const QCommandLineOption operation(QStringLiteral("operation"),
        tr("With --graphql: the operation to run when the document holds several."), QStringLiteral("NAME"));
    const QCommandLineOption check(QStringLiteral("check"),
        tr("A check on the response, e.g. 'status == 200' or '$.data[0].id exists' (repeatable); exit 1 when one "
           "fails."),
        QStringLiteral("CHECK"));
    parser.addOptions({header, data, dataBinary, form, graphql, variables, operation, showHeaders, reveal, json, output,
        timeout, noCookies, check});
    if (auto done = m_context.parse(parser, command, arguments))
        return *done;
    for (const QString &line : parser.values(check)) {
        if (const auto parsed = Check::parse(line); !parsed)
            return m_context.usageError(parsed.error(), command);
    }
    m_checks = parser.values(check);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3)
        return m_context.usageError(tr("'send' takes ENV, METHOD and PATH-OR-URL"), command);
    RequestSpec request;
    request.name = QStringLiteral("cli");
    request.method = positional.at(1).toUpper();
    request.url = positional.at(2);
    if (!Methods.contains(request.method))
        return m_context.usageError(
            tr("unknown method '%1' (use %2)").arg(positional.at(1), Methods.join(QStringLiteral(", "))),
            command);
    for (const QString &text : parser.values(header)) {
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return m_context.usageError(tr("-H takes 'Name: value'"), command);
        request.headers.append({text.left(colon).trimmed(), text.mid(colon + 1).trimmed(), true});
    }
    if (int(parser.isSet(data)) + int(parser.isSet(dataBinary)) + int(parser.isSet(form)) + int(parser.isSet(graphql)) > 1)
        return m_context.usageError(tr("use one of -d, --data-binary, -F and --graphql for the body"), command);
    if ((parser.isSet(variables) || parser.isSet(operation)) && !parser.isSet(graphql))
        return m_context.usageError(tr("--variables and --operation go with --graphql"), command);
    if (parser.isSet(graphql)) {
        auto document = readBody(parser.value(graphql));
        if (!document)
            return m_context.fail(document.failure());
        request.bodyMode = RequestSpec::BodyMode::GraphQl;
        request.graphql = {document.value(), parser.value(variables), parser.value(operation)};
    }
    if (parser.isSet(data)) {
        auto body = readBody(parser.value(data));
        if (!body)
            return m_context.fail(body.failure());
        request.body = body.value();
    }
    if (parser.isSet(dataBinary)) {
        if (!parser.value(dataBinary).startsWith(QLatin1Char('@')))
            return m_context.usageError(tr("--data-binary takes @FILE"), command);
        request.bodyMode = RequestSpec::BodyMode::File;
        request.bodyFile = parser.value(dataBinary).mid(1);
    }
    for (const QString &text : parser.values(form)) {
        const auto part = CurlImport::formPart(text);
        if (!part)
            return m_context.usageError(tr("-F takes NAME=VALUE or NAME=@FILE[;type=MIME]"), command);
        request.bodyMode = RequestSpec::BodyMode::Multipart;
        request.parts.append(*part);
    }
    bool ok = false;
    const int seconds = parser.value(timeout).toInt(&ok);
    if (!ok || seconds < 1)
        return m_context.usageError(tr("--timeout must be a positive number of seconds"), command);

    Workspace workspace;
    Environment *env = nullptr;
    if (auto failed = m_context.openEnvironment(positional.first(), workspace, env))
        return *failed;
    TokenBroker *broker = env->auth.usesTokens() ? &m_context.tokenBroker(workspace, *env) : nullptr;
    SendJob job(m_context.secretStore(), m_context.network(), broker, workspace.id, *env, request);
    job.setTimeout(seconds * 1000);
    if (!parser.isSet(noCookies))
        job.setCookieJars(&m_context.cookieJars());
    m_jsonOutput = parser.isSet(json);
    const bool showRequest = parser.isSet(showHeaders);
    const bool revealed = parser.isSet(reveal);
    // The body never has to fit in memory: it streams to -o FILE or to standard output. Only
    // --json or --check without -o hold it, to embed or to check it.
    std::unique_ptr<BodySink> sink;
    std::function<bool(const QByteArray &)> sinkTakes;
    if (parser.isSet(output)) {
        sink = std::make_unique<FileBodySink>(parser.value(output));
    } else if (!m_jsonOutput && m_checks.isEmpty()) {
        sink = std::make_unique<StdoutBodySink>([this, &job, showRequest, revealed](const HttpResponse &head) {
            printRequest(job, showRequest, revealed);
            printHead(head);
        });
    } else if (m_jsonOutput && m_checks.isEmpty()) {
        // An event stream goes out one JSON line per event as it comes; any other body is embedded.
        sink = std::make_unique<JsonEventSink>(
            [this, &job](const HttpResponse &head) { return headJson(job, head); });
        sinkTakes = &JsonEventSink::takes;
    }
    job.setBodySink(sink.get(), sinkTakes);
    m_savedToFile = parser.isSet(output) ? parser.value(output) : QString();
    m_streamedToStdout = sink && m_savedToFile.isEmpty();
    if (!sink || sinkTakes)
        job.setMaxBodyBytes(MaxJsonBodyBytes); // a body the sink does not take is held
    job.start();
    CliContext::waitFor(&job, &SendJob::finished);
    if (job.result() == SendJob::Result::Completed && !m_checks.isEmpty()) {
        const VariableExpander environmentValues(job.environment(), VariableExpander::SecretMode::Mask);
        m_outcomes = ResponseChecks::evaluate(m_checks, job.response(), job.credentialValues(), &environmentValues);
    }
    if (job.result() == SendJob::Result::Completed)
        (void)m_context.keys().recordUsed(job.workspaceId(), job.environmentName(), job.secretsUsed());

    if (job.maskedRequest().credentialsWithheld) {
        const QString origin = RedirectPolicy::origin(job.maskedRequest().url);
        m_context.err() << tr(
            "keyway-cli: note: the credentials of '%1' were not sent to %2, which is not its "
            "origin; to send them there: keyway-cli env edit %1 --trust-origin %2")
                               .arg(env->name, origin)
                        << Qt::endl;
    }
    if (auto *file = dynamic_cast<FileBodySink *>(sink.get()); file && !saveUnstreamedBody(job, *file))
        return Failed;
    m_eventsPrinted = sinkTakes && job.result() == SendJob::Result::Completed && job.response().bodyStreamed;
    if (m_jsonOutput && !m_eventsPrinted)
        printJson(job);
    else
        printText(job, showRequest, revealed);
    return exitCodeFor(job);
}

bool SendCommand::saveUnstreamedBody(const SendJob &job, FileBodySink &file)
{
    const HttpResponse &response = job.response();
    if (job.result() != SendJob::Result::Completed)
        return true;
    if (!response.bodyStreamed) { // a final 401 that was not retried: kept in memory, saved now
        Status saved = file.begin(response);
        if (saved)
            saved = file.write(response.body);
        if (saved)
            saved = file.commit();
        if (!saved) {
            m_context.fail(Failed, saved.error());
            return false;
        }
    }
    m_context.err() << tr("keyway-cli: saved the body (%n byte(s)) to %1", nullptr, int(std::min<qint64>(response.bodySize, INT_MAX)))
                           .arg(file.path())
                    << Qt::endl;
    return true;
}

void SendCommand::printRequest(const SendJob &job, bool showRequest, bool reveal)
{
    const WireRequest &shown
        = reveal && !job.sentRequest().method.isEmpty() ? job.sentRequest() : job.maskedRequest();
    if (showRequest && !shown.method.isEmpty())
        m_context.out() << shown.toText() << '\n';
    m_context.out().flush();
}

void SendCommand::printHead(const HttpResponse &response)
{
    QTextStream &out = m_context.out();
    out << "HTTP " << response.status << ' ' << QString::fromLatin1(response.reason) << '\n';
    for (const auto &[name, value] : response.headers)
        out << QString::fromLatin1(name) << ": " << QString::fromLatin1(value) << '\n';
    out << '\n';
    out.flush();
}

void SendCommand::printText(const SendJob &job, bool showRequest, bool reveal)
{
    const HttpResponse &response = job.response();
    if (job.result() == SendJob::Result::Completed && response.bodyStreamed && m_streamedToStdout)
        return; // request, head and body went out as they came
    printRequest(job, showRequest, reveal);
    if (job.result() != SendJob::Result::Completed)
        return;
    printHead(response);
    if (!m_savedToFile.isEmpty())
        return; // in the file
    std::fwrite(response.body.constData(), 1, size_t(response.body.size()), stdout);
    if (!response.body.endsWith('\n') && !response.body.isEmpty())
        std::fputc('\n', stdout);
    std::fflush(stdout);
}

QJsonObject SendCommand::headJson(const SendJob &job, const HttpResponse &head)
{
    const WireRequest &request = job.maskedRequest();
    QJsonObject headers;
    for (const auto &[name, value] : head.headers)
        headers.insert(QString::fromLatin1(name), QString::fromLatin1(value));
    return {{QStringLiteral("request"),
                QJsonObject {{QStringLiteral("method"), request.method}, {QStringLiteral("url"), request.url.toString()},
                    {QStringLiteral("headers"), headersToJson(request.headers)}}},
        {QStringLiteral("response"),
            QJsonObject {{QStringLiteral("status"), head.status}, {QStringLiteral("reason"), QString::fromLatin1(head.reason)},
                {QStringLiteral("headers"), headers}}}};
}

void SendCommand::printJson(const SendJob &job)
{
    QJsonObject object = headJson(job, job.response());
    if (job.result() == SendJob::Result::Completed) {
        const HttpResponse &response = job.response();
        QJsonObject answer = object.value(QStringLiteral("response")).toObject();
        answer.insert(QStringLiteral("bodySize"), response.bodySize);
        answer.insert(QStringLiteral("elapsedMs"), response.elapsedMs);
        if (!m_savedToFile.isEmpty()) {
            answer.insert(QStringLiteral("bodyFile"), m_savedToFile);
        } else {
            const QJsonDocument bodyJson = QJsonDocument::fromJson(response.body);
            answer.insert(QStringLiteral("body"),
                bodyJson.isNull()         ? QJsonValue(QString::fromUtf8(response.body))
                    : bodyJson.isObject() ? QJsonValue(bodyJson.object())
                                          : QJsonValue(bodyJson.array()));
        }
        object.insert(QStringLiteral("response"), answer);
        if (const auto report
            = EnvelopeRecognizer::recognize(response.status, response.headers, response.body))
            object.insert(QStringLiteral("error"), report->toJson());
    } else {
        object.remove(QStringLiteral("response"));
        object.insert(QStringLiteral("error"), QJsonObject {{QStringLiteral("message"), job.errorString()}});
    }
    if (!m_outcomes.isEmpty()) {
        QJsonArray checks;
        for (const CheckOutcome &outcome : std::as_const(m_outcomes))
            checks.append(JsonRunReport::checkJson(outcome));
        object.insert(QStringLiteral("checks"), checks);
    }
    m_context.out() << QJsonDocument(object).toJson(QJsonDocument::Indented);
    m_context.out().flush();
}

int SendCommand::reportChecks()
{
    int failed = 0;
    for (const CheckOutcome &outcome : std::as_const(m_outcomes)) {
        if (outcome.passed)
            continue;
        ++failed;
        if (!m_jsonOutput)
            m_context.err() << tr("keyway-cli: check failed: %1 \u2014 %2").arg(outcome.check, outcome.problem) << Qt::endl;
    }
    if (!m_jsonOutput)
        m_context.err() << tr("keyway-cli: %n check(s), %1 failed", nullptr, int(m_outcomes.size())).arg(failed)
                        << Qt::endl;
    return failed == 0 ? Ok : Failed;
}

int SendCommand::exitCodeFor(const SendJob &job)
{
    switch (job.result()) {
    case SendJob::Result::Completed: {
        if (!m_checks.isEmpty())
            return reportChecks();
        const HttpResponse &response = job.response();
        const auto report = EnvelopeRecognizer::recognize(response.status, response.headers, response.body);
        if (!report)
            return Ok;
        if (!m_jsonOutput)
            m_context.err() << printableText(report->toCard()) << Qt::endl;
        return Failed;
    }
    case SendJob::Result::InvalidRequest:
        // "No value" from a locked keyring is the lock speaking: say so, with the remedy (exit 5).
        if (!job.missingSecret().isEmpty() && m_context.requireSecureStorage() != Ok)
            return SecureStorageUnavailable;
        return m_context.fail(Usage, job.errorString());
    case SendJob::Result::AuthFailed:
        return m_context.fail(AuthFailed, job.errorString());
    case SendJob::Result::StorageFailed:
        // Only now ask the Secret Service what is wrong: probing every send would cost start-up time.
        if (m_context.requireSecureStorage() != Ok)
            return SecureStorageUnavailable;
        return m_context.fail(SecureStorageUnavailable, job.errorString());
    case SendJob::Result::WriteFailed:
        return m_context.fail(Failed, job.errorString());
    case SendJob::Result::Pending:
    case SendJob::Result::NetworkError:
    case SendJob::Result::Refused:
    case SendJob::Result::Cancelled:
        break;
    }
    return m_context.fail(NetworkError, job.errorString());
}

} // namespace keyway::cli
