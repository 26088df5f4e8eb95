#pragma once

#include <optional>
#include <QCoreApplication>
#include <QStringList>

namespace keyway {
struct Environment;
struct TokenOutcome;
struct Workspace;
} // namespace keyway

namespace keyway::cli {

class CliContext;

// keyway-cli login | logout | token — the tokens of an environment.
class SessionCommands
{
    Q_DECLARE_TR_FUNCTIONS(SessionCommands)

public:
    explicit SessionCommands(CliContext &context)
        : m_context(context)
    {
    }
    int login(const QStringList &arguments);
    int logout(const QStringList &arguments);
    int token(const QStringList &arguments);

private:
    int browserLogin(const Workspace &workspace, const Environment &environment, int timeoutSeconds);
    // Opens ENV and checks that it signs in with tokens and that the keychain works.
    std::optional<int> openTokenEnvironment(const QString &name, Workspace &workspace, Environment *&env);
    TokenOutcome acquireToken(const Workspace &workspace, const Environment &environment);
    int failWith(const TokenOutcome &outcome, const QString &environment);
    void printSession(const QString &environment, const QStringList &requested, const QStringList &granted,
        qint64 secondsLeft);

    CliContext &m_context;
};

} // namespace keyway::cli
