#include "cli/CliContext.h"

#include "auth/TokenBroker.h"
#include "auth/TokenBrokers.h"
#include "http/CookieJars.h"
#include "session/KeyService.h"
#include "session/ProxyPassword.h"
#include "core/NetworkSettings.h"
#include "core/PrintableText.h"
#include "core/Settings.h"
#include "model/SecretMask.h"
#include "secrets/SecretStoreFactory.h"
#include "secrets/SecureStorageProbe.h"
#include "storage/WorkspaceStore.h"

#include <QEventLoop>
#include <QRegularExpression>

namespace keyway::cli {

CliContext::CliContext(QString workspaceDir, bool workspaceIsDefault, QTextStream &out, QTextStream &err)
    : m_workspaceDir(std::move(workspaceDir))
    , m_workspaceIsDefault(workspaceIsDefault)
    , m_out(out)
    , m_err(err)
{
}

QNetworkAccessManager &CliContext::network()
{
    if (!m_networkConfigured) {
        m_networkConfigured = true;
        // Proxy and extra certificate authorities from Settings, like the window; a bad value is
        // said once and the rest still applies.
        Settings settings;
        const QString proxy = settings.value(SettingKeys::Proxy);
        QString password;
        if (ProxyPassword::hasUser(proxy)) { // only then is the keychain asked
            ProxyPassword passwords(secretStore(), settings);
            QObject::connect(&passwords, &ProxyPassword::loaded, [&](const QString &value) { password = value; });
            QObject::connect(&passwords, &ProxyPassword::moved, [this] {
                m_err << tr("keyway-cli: moved the proxy password from keyway.conf into the keychain") << Qt::endl;
            });
            QObject::connect(&passwords, &ProxyPassword::failed,
                [this](const QString &reason) { m_err << "keyway-cli: warning: " << reason << Qt::endl; });
            passwords.load();
            waitFor(&passwords, &ProxyPassword::loaded);
        }
        if (Status configured = NetworkSettings::apply(settings, m_network, password); !configured)
            m_err << "keyway-cli: warning: " << configured.error() << Qt::endl;
        password.fill(QLatin1Char('\0'));
    }
    return m_network;
}

CliContext::~CliContext() = default;

Expected<Workspace> CliContext::loadWorkspace()
{
    if (m_workspaceIsDefault && !WorkspaceStore::isWorkspace(m_workspaceDir))
        return WorkspaceStore::create(m_workspaceDir, tr("My workspace"));
    return WorkspaceStore::load(m_workspaceDir);
}

std::optional<int> CliContext::openEnvironment(
    const QString &name, Workspace &workspace, Environment *&environment)
{
    auto loaded = loadWorkspace();
    if (!loaded)
        return workspaceFailure(loaded.failure());
    workspace = std::move(loaded).value();
    environment = workspace.environment(name);
    if (environment)
        return std::nullopt;
    if (workspace.unreadableEnvironments.contains(name))
        return fail(WorkspaceProblem, workspace.unreadableEnvironments.value(name));
    QStringList known;
    for (const Environment &env : std::as_const(workspace.environments))
        known.append(env.name);
    const QString list = known.isEmpty() ? tr("there are none yet; add one with 'keyway-cli env add'")
                                         : tr("known: %1").arg(known.join(QStringLiteral(", ")));
    return fail(NotFound, tr("no environment '%1' in this workspace (%2)").arg(name, list));
}

std::optional<int> CliContext::openEnvironmentWithKeys(
    const QString &name, Workspace &workspace, Environment *&environment)
{
    if (auto failed = openEnvironment(name, workspace, environment))
        return failed;
    if (int storage = requireSecureStorage(); storage != Ok)
        return storage;
    return std::nullopt;
}

std::optional<int> CliContext::parseSingleEnvironment(
    QCommandLineParser &parser, const QString &command, const QStringList &arguments)
{
    parser.addPositionalArgument(QStringLiteral("ENV"), tr("Environment name."));
    if (auto done = parse(parser, command, arguments))
        return done;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("'%1' takes exactly one environment name").arg(command), command);
    return std::nullopt;
}

std::optional<int> CliContext::saveEnvironment(const Workspace &workspace, const Environment &environment)
{
    // What is on disk now, to see whether the sign-in settings changed (callers edit in place).
    const auto before = WorkspaceStore::load(workspace.rootPath);
    if (Status saved = WorkspaceStore::saveEnvironment(workspace, environment); !saved)
        return fail(saved.failure());
    const Environment *previous = before ? before->environment(environment.name) : nullptr;
    if (previous && previous->auth.usesTokens()) {
        if (SecretJob *drop = keys().authChanged(workspace.id, *previous, environment, nullptr)) {
            const SecretOutcome dropped = runSecretJob(drop);
            if (dropped.result == SecretJob::Result::Ok)
                m_err << tr("keyway-cli: the sign-in settings of '%1' changed; its tokens were dropped")
                             .arg(environment.name)
                      << Qt::endl;
        }
    }
    return std::nullopt;
}

int CliContext::fail(ExitCode code, const QString &message)
{
    m_err << "keyway-cli: " << printableText(message) << Qt::endl; // messages may quote a server
    return code;
}

int CliContext::fail(const Failure &failure)
{
    switch (failure.kind) {
    case ErrorKind::Invalid:
        return fail(Usage, failure.message);
    case ErrorKind::NotFound:
        return fail(NotFound, failure.message);
    case ErrorKind::FileFormat:
        return fail(WorkspaceProblem, failure.message);
    case ErrorKind::SecureStorage:
        return fail(SecureStorageUnavailable, failure.message);
    case ErrorKind::Conflict:
    case ErrorKind::Io:
        break;
    }
    return fail(Failed, failure.message);
}

int CliContext::workspaceFailure(const Failure &failure)
{
    QString message = failure.message;
    if (failure.kind == ErrorKind::NotFound)
        message += QLatin1Char('\n') + tr("Create one with: keyway-cli workspace init DIR");
    return fail(WorkspaceProblem, message);
}

int CliContext::usageError(const QString &message, const QString &helpCommand)
{
    m_err << "keyway-cli: " << message << Qt::endl
          << (helpCommand.isEmpty() ? tr("Try 'keyway-cli --help'.")
                                    : tr("Try 'keyway-cli %1 --help'.").arg(helpCommand))
          << Qt::endl;
    return Usage;
}

std::optional<int> CliContext::parse(
    QCommandLineParser &parser, const QString &command, const QStringList &arguments)
{
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(QStringList {QStringLiteral("keyway-cli ") + command} + arguments))
        return usageError(parser.errorText(), command);
    if (parser.isSet(help)) {
        // Qt's usage line names the program only; put the command words back in.
        QString text = parser.helpText();
        text.replace(QRegularExpression(QStringLiteral("^Usage: \\S+")),
            QStringLiteral("Usage: keyway-cli ") + command);
        m_out << text;
        return Ok;
    }
    return std::nullopt;
}

int CliContext::requireSecureStorage()
{
    if (!m_storageStatus) {
        SecureStorageProbe probe;
        QEventLoop loop;
        QObject::connect(&probe, &SecureStorageProbe::finished, &loop, &QEventLoop::quit);
        probe.start();
        loop.exec();
        m_storageStatus = probe.status();
    }
    if (m_storageStatus->usable())
        return Ok;
    return fail(SecureStorageUnavailable,
        m_storageStatus->summary() + QLatin1String(".\n") + m_storageStatus->explanation());
}

SecretOutcome CliContext::runSecretJob(SecretJob *job)
{
    SecretOutcome outcome;
    QEventLoop loop;
    job->setParent(&loop); // deleted with the loop even if its own deleteLater never runs
    QObject::connect(job, &SecretJob::finished, &loop, [&](SecretJob *done) {
        outcome = {done->result(), done->errorString(), done->value()};
        loop.quit();
    });
    job->start();
    loop.exec();
    return outcome;
}

SecretStore &CliContext::secretStore()
{
    return keys();
}

KeyService &CliContext::keys()
{
    if (!m_keys) {
        m_secretStore = createSystemSecretStore();
        m_keys = std::make_unique<KeyService>(*m_secretStore);
    }
    return *m_keys;
}

TokenBroker &CliContext::tokenBroker(const Workspace &workspace, const Environment &environment)
{
    return tokenBrokers().broker(workspace.id, environment);
}

TokenBrokers &CliContext::tokenBrokers()
{
    if (!m_brokers) {
        m_brokers = std::make_unique<TokenBrokers>(secretStore(), network());
        m_brokers->setOptions({.refreshMarginSeconds = Settings().value(SettingKeys::RefreshMarginSeconds)});
    }
    return *m_brokers;
}

CookieJars &CliContext::cookieJars()
{
    if (!m_cookieJars)
        m_cookieJars = std::make_unique<CookieJars>(secretStore());
    return *m_cookieJars;
}

SecretOutcome CliContext::readSecret(const SecretKey &key)
{
    return runSecretJob(secretStore().read(key));
}

SecretOutcome CliContext::writeSecret(const SecretKey &key, const QString &value)
{
    return runSecretJob(secretStore().write(key, value));
}

SecretOutcome CliContext::removeSecret(const SecretKey &key)
{
    return runSecretJob(secretStore().remove(key));
}

int CliContext::reportSecretFailure(const SecretOutcome &outcome, const QString &what)
{
    using Result = SecretJob::Result;
    const QString reason
        = outcome.errorString.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(outcome.errorString);
    switch (outcome.result) {
    case Result::NotFound:
        return fail(NotFound, tr("%1: nothing is stored in the keychain").arg(what));
    case Result::Unavailable:
    case Result::Locked:
    case Result::Denied:
    case Result::TimedOut:
        return fail(SecureStorageUnavailable, tr("%1: the keychain could not be used%2").arg(what, reason));
    case Result::Pending:
    case Result::Ok:
    case Result::Failed:
        break;
    }
    return fail(Failed, tr("%1: the keychain reported an error%2").arg(what, reason));
}

} // namespace keyway::cli

namespace keyway::cli {

int CliContext::printMaskedSecrets(
    const Workspace &workspace, const Environment &environment, const QString &indent)
{
    if (environment.secretSlots.isEmpty())
        return Ok; // nothing to read, so the keychain is not needed
    qsizetype width = 0;
    for (const QString &slot : environment.secretSlots)
        width = std::max(width, slot.size());
    m_out.flush(); // keep stdout and stderr lines in order on a terminal
    const bool storageUsable = requireSecureStorage() == Ok;
    int exitCode = storageUsable ? Ok : SecureStorageUnavailable;
    for (const QString &slot : environment.secretSlots) {
        QString shown = tr("(keychain unavailable)");
        if (storageUsable) {
            const SecretOutcome outcome = readSecret({workspace.id, environment.name, slot});
            shown = SecretMask::mask(outcome.value);
            if (outcome.result == SecretJob::Result::NotFound)
                shown = tr("(not set)");
            else if (outcome.result != SecretJob::Result::Ok)
                exitCode = reportSecretFailure(outcome, tr("secret '%1'").arg(slot));
        }
        m_out << indent << slot.leftJustified(width + 2) << shown << '\n';
    }
    m_out.flush();
    return exitCode;
}

} // namespace keyway::cli
