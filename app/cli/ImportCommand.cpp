#include "cli/ImportCommand.h"

#include "cli/CliContext.h"
#include "convert/CurlImport.h"
#include "model/SecretMask.h"
#include "storage/WorkspaceStore.h"

#include <QFile>

namespace keyway::cli {

int ImportCommand::run(const QStringList &arguments)
{
    const QString kind = arguments.value(0);
    if (kind == QLatin1String("curl"))
        return importCurl(arguments.mid(1));
    if (kind.isEmpty() || kind == QLatin1String("--help") || kind == QLatin1String("-h")) {
        m_context.out() << tr(
            "Usage: keyway-cli import curl [--env ENV] [--save FOLDER/NAME] < command.txt\n\n"
            "Reads a cURL command from standard input (never from the command line, where a\n"
            "key would reach the shell history) and turns it into a request.\n");
        return Ok;
    }
    return m_context.usageError(
        tr("unknown import format '%1' (known: curl)").arg(kind), QStringLiteral("import"));
}

int ImportCommand::importCurl(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Turn a cURL command read from standard input into a request."));
    const QCommandLineOption envOption(QStringLiteral("env"),
        tr("Move credentials into this environment's keychain entries; URLs under its base URL become "
           "relative."),
        QStringLiteral("ENV"));
    const QCommandLineOption saveOption(QStringLiteral("save"),
        tr("Save the request in the workspace as FOLDER/NAME."), QStringLiteral("NAME"));
    parser.addOption(envOption);
    parser.addOption(saveOption);
    const QString command = QStringLiteral("import curl");
    if (auto done = m_context.parse(parser, command, arguments))
        return *done;
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return m_context.fail(Failed, tr("cannot read standard input"));
    const QString text = QString::fromUtf8(input.readAll());

    Workspace workspace;
    Environment *env = nullptr;
    if (parser.isSet(envOption)) {
        if (auto failed = m_context.openEnvironment(parser.value(envOption), workspace, env))
            return *failed;
    }
    auto imported = CurlImport::parse(text, env ? env->baseUrl : QString());
    if (!imported)
        return m_context.fail(imported.failure());
    RequestSpec &request = imported->request;
    for (const QString &option : std::as_const(imported->notUnderstood))
        m_context.err() << tr("warning: left out (not understood): %1").arg(option) << Qt::endl;
    if (env && !imported->credentials.isEmpty()) {
        if (auto failed = moveCredentials(workspace, *env, request, imported->credentials))
            return *failed;
    }
    if (parser.isSet(saveOption)) {
        if (!env && !imported->credentials.isEmpty())
            return m_context.fail(Usage,
                tr("the command carries a credential in %1; give --env ENV to move it into the keychain "
                   "before "
                   "saving (a request file never holds a key)")
                    .arg(imported->credentials.first().header));
        const QString path = parser.value(saveOption);
        const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
        request.name = path.mid(slash + 1);
        request.collection = slash < 0 ? QString() : path.left(slash);
        if (workspace.rootPath.isEmpty()) {
            auto loaded = m_context.loadWorkspace();
            if (!loaded)
                return m_context.workspaceFailure(loaded.failure());
            workspace = loaded.value();
        }
        if (Status saved = WorkspaceStore::saveRequest(workspace, request); !saved)
            return m_context.fail(saved.failure());
        m_context.out() << tr("Saved request '%1'").arg(path) << Qt::endl;
    }
    printRequest(request, imported->credentials);
    return Ok;
}

std::optional<int> ImportCommand::moveCredentials(
    Workspace &workspace, Environment &env, RequestSpec &request, const QList<FoundCredential> &credentials)
{
    if (int storage = m_context.requireSecureStorage(); storage != Ok)
        return storage;
    for (const FoundCredential &credential : credentials) {
        const QString slot = env.freeSecretSlot(credential.suggestedSlot);
        const SecretOutcome outcome
            = m_context.writeSecret({workspace.id, env.name, slot}, credential.secretValue);
        if (outcome.result != SecretJob::Result::Ok)
            return m_context.reportSecretFailure(outcome, tr("storing secret '%1'").arg(slot));
        env.addSecretSlot(slot);
        CurlImport::moveToSecret(request, credential, slot);
        m_context.out() << tr("Moved the %1 value into the keychain as {{secret.%2}} of '%3'")
                               .arg(credential.header, slot, env.name)
                        << Qt::endl;
    }
    return m_context.saveEnvironment(workspace, env);
}

void ImportCommand::printRequest(const RequestSpec &request, const QList<FoundCredential> &credentials)
{
    QTextStream &out = m_context.out();
    out << request.method << ' ' << request.url << '\n';
    for (const HeaderField &header : request.headers) {
        // The headers CurlImport recognised as keys; once moved they hold a {{secret.*}} template.
        const bool credential = std::any_of(credentials.cbegin(), credentials.cend(),
            [&](const FoundCredential &found) { return found.header == header.name; });
        const bool template_ = header.value.contains(QLatin1String("{{secret."));
        out << header.name << ": "
            << (credential && !template_ ? SecretMask::mask(header.value) : header.value) << '\n';
    }
    if (request.bodyMode == RequestSpec::BodyMode::File)
        out << '\n' << tr("(body read from %1 when sending)").arg(request.bodyFile) << '\n';
    else if (!request.body.isEmpty())
        out << '\n' << request.body << '\n';
    out.flush();
}

} // namespace keyway::cli
