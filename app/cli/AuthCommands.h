#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <QList>

class QCommandLineOption;
class QCommandLineParser;

namespace keyway {
struct AuthSetting;
struct HeaderField;
} // namespace keyway

namespace keyway::cli {

class CliContext;
struct AuthOptions;

// keyway-cli auth static | oauth2 | client-credentials | token-exchange | signed-jwt | show | none
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
    // Each returns what is wrong with the options given, in words for the user.
    std::optional<QString> readStatic(const QCommandLineParser &parser, const AuthOptions &options, AuthSetting &auth);
    std::optional<QString> readSignedJwt(
        const QCommandLineParser &parser, const AuthOptions &options, AuthSetting &auth);
    std::optional<QString> readTokenGrant(const QCommandLineParser &parser, const AuthOptions &options,
        AuthSetting &auth, const QString &command);
    // NAME: TEMPLATE (headers) or NAME=TEMPLATE / NAME:=JSON items of `option`, appended to `target`.
    std::optional<QString> readFields(const QCommandLineParser &parser, const QCommandLineOption &option,
        bool headers, QList<HeaderField> &target);
    int show(const QStringList &arguments);
    int groupHelp();
    int save(const QString &environment, const AuthSetting &auth, const QString &command);

    CliContext &m_context;
};

} // namespace keyway::cli
