#pragma once

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

namespace keyway {
struct AuthSetting;
struct HeaderField;
} // namespace keyway

namespace keyway::cli {

class CliContext;

// keyway-cli auth static | oauth2 | client-credentials | token-exchange | show | none
class AuthCommands
{
    Q_DECLARE_TR_FUNCTIONS(AuthCommands)

public:
    explicit AuthCommands(CliContext &context)
        : m_context(context)
    {
    }
    int run(const QStringList &arguments);

private:
    int configure(const QString &kind, const QStringList &arguments);
    int show(const QStringList &arguments);
    int groupHelp();
    int save(const QString &environment, const AuthSetting &auth, const QString &command);

    CliContext &m_context;
};

} // namespace keyway::cli
