#pragma once

#include "cli/ExitCode.h"
#include "core/Expected.h"
#include "model/Workspace.h"
#include "secrets/SecretJob.h"
#include "secrets/SecureStorageStatus.h"

#include <memory>
#include <optional>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTextStream>

namespace keyway {
class SecretStore;
class KeyService;
class TokenBroker;
class CookieJars;
class TokenBrokers;
} // namespace keyway

namespace keyway::cli {

// What one secret operation came to; copied out of the job, which deletes itself.
struct SecretOutcome
{
    SecretJob::Result result = SecretJob::Result::Pending;
    QString errorString;
    QString value;
};

// Shared by every command: output streams, the workspace, the keychain, and how failures become
// messages and exit codes.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(QString workspaceDir, bool workspaceIsDefault, QTextStream &out, QTextStream &err);
    ~CliContext();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    const QString &workspaceDir() const { return m_workspaceDir; }

    // Loads the workspace; the default one is created on first use, a named one must exist.
    Expected<Workspace> loadWorkspace();

    // Loads the workspace and finds an environment in it; returns the exit code on failure.
    std::optional<int> openEnvironment(const QString &name, Workspace &workspace, Environment *&environment);
    // openEnvironment, then requireSecureStorage: for commands that use ENV's keys.
    std::optional<int> openEnvironmentWithKeys(const QString &name, Workspace &workspace, Environment *&environment);
    std::optional<int> saveEnvironment(const Workspace &workspace, const Environment &environment);

    // Fails with exit code 5 and the probe's explanation when the keychain cannot be used.
    int requireSecureStorage();
    SecretOutcome readSecret(const SecretKey &key);
    SecretOutcome writeSecret(const SecretKey &key, const QString &value);
    SecretOutcome removeSecret(const SecretKey &key);
    int reportSecretFailure(const SecretOutcome &outcome, const QString &what);
    // One line per secret slot, "name  ••••abcd", aligned; returns the exit code.
    int printMaskedSecrets(const Workspace &workspace, const Environment &environment, const QString &indent);

    int fail(const Failure &failure);
    int fail(ExitCode code, const QString &message);
    int usageError(const QString &message, const QString &helpCommand);
    int workspaceFailure(const Failure &failure);

    // Parses a command's own arguments; prints help and returns 0, or returns 2 on bad usage,
    // or std::nullopt to carry on.
    std::optional<int> parse(
        QCommandLineParser &parser, const QString &command, const QStringList &arguments);
    // parse() for a command that takes exactly one environment name (ENV).
    std::optional<int> parseSingleEnvironment(
        QCommandLineParser &parser, const QString &command, const QStringList &arguments);

    // The keychain behind the key service: writes and removals keep the key dates and drop the
    // environment's tokens (see KeyService).
    SecretStore &secretStore();
    KeyService &keys();
    // Configured (proxy, extra CA file) on first use: most commands never touch the network.
    QNetworkAccessManager &network();
    // One broker per environment for this process, so every request shares its token requests.
    TokenBroker &tokenBroker(const Workspace &workspace, const Environment &environment);
    TokenBrokers &tokenBrokers();
    // The environments' cookie jars, read from the keychain when a command first needs one.
    CookieJars &cookieJars();

    // Runs the event loop until `sender` emits `signal` (jobs started by the caller).
    template<typename Sender, typename Signal> static void waitFor(Sender *sender, Signal signal)
    {
        QEventLoop loop;
        QObject::connect(sender, signal, &loop, &QEventLoop::quit);
        loop.exec();
    }

private:
    SecretOutcome runSecretJob(SecretJob *job);

    QString m_workspaceDir;
    bool m_workspaceIsDefault;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<SecretStore> m_secretStore;
    std::unique_ptr<KeyService> m_keys;
    QNetworkAccessManager m_network;
    bool m_networkConfigured = false;
    std::unique_ptr<TokenBrokers> m_brokers;
    std::unique_ptr<CookieJars> m_cookieJars;
    std::optional<SecureStorageStatus> m_storageStatus;
};

} // namespace keyway::cli
