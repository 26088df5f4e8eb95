#include "cli/SecretCommands.h"

#include "cli/CliContext.h"
#include "cli/SecretInput.h"
#include "model/NameRules.h"

namespace keyway::cli {

int SecretCommands::run(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("set"))
        return set(arguments.mid(1));
    if (sub == QLatin1String("list"))
        return list(arguments.mid(1));
    if (sub == QLatin1String("rm"))
        return remove(arguments.mid(1));
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h"))
        return groupHelp();
    return m_context.usageError(tr("unknown command 'secret %1'").arg(sub), QStringLiteral("secret"));
}

int SecretCommands::groupHelp()
{
    m_context.out() << tr("Usage: keyway-cli secret COMMAND\n\n"
                          "Secret values live only in the system keychain. Use them in requests as "
                          "{{secret.NAME}}.\n\n"
                          "Commands:\n"
                          "  set ENV NAME    Store a value read from standard input (or a hidden prompt)\n"
                          "  list ENV        List secret names with masked values\n"
                          "  rm ENV NAME     Delete a secret from the keychain and the environment\n");
    return Ok;
}

int SecretCommands::set(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Store a secret in the system keychain. The value is read from standard input, or from a hidden "
           "prompt on a terminal; it is never taken from the command line.\n\n"
           "Example: keyway-cli secret set sandbox api_key < key.txt"));
    parser.addPositionalArgument(QStringLiteral("ENV"), tr("Environment name."));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("Secret name, used as {{secret.NAME}}."));
    const QString command = QStringLiteral("secret set");
    if (auto done = m_context.parse(parser, command, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return m_context.usageError(
            tr("'secret set' takes an environment and a secret name; the value comes from standard input"),
            command);
    const QString slot = positional.at(1);
    if (Status valid = NameRules::checkSecretName(slot); !valid)
        return m_context.fail(valid.failure());

    Workspace workspace;
    Environment *env = nullptr;
    if (auto failed = m_context.openEnvironment(positional.first(), workspace, env))
        return *failed;
    if (int storage = m_context.requireSecureStorage(); storage != Ok)
        return storage;
    auto value = SecretInput::read(tr("Value for %1 in %2 (input hidden): ").arg(slot, env->name));
    if (!value)
        return m_context.fail(value.failure());
    // Keychain first: the environment names the slot only once its value is safely stored.
    const SecretOutcome outcome = m_context.writeSecret({workspace.id, env->name, slot}, value.value());
    value.value().fill(QLatin1Char('\0'));
    if (outcome.result != SecretJob::Result::Ok)
        return m_context.reportSecretFailure(outcome, tr("storing secret '%1'").arg(slot));
    if (!env->hasSecretSlot(slot)) {
        env->addSecretSlot(slot);
        if (auto failed = m_context.saveEnvironment(workspace, *env))
            return *failed;
    }
    m_context.out() << tr("Stored secret '%1' for '%2' in the system keychain").arg(slot, env->name)
                    << Qt::endl;
    return Ok;
}

int SecretCommands::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List an environment's secrets with masked values."));
    parser.addPositionalArgument(QStringLiteral("ENV"), tr("Environment name."));
    const QString command = QStringLiteral("secret list");
    if (auto done = m_context.parse(parser, command, arguments))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return m_context.usageError(tr("'secret list' takes exactly one environment name"), command);
    Workspace workspace;
    Environment *env = nullptr;
    if (auto failed = m_context.openEnvironment(parser.positionalArguments().first(), workspace, env))
        return *failed;
    if (env->secretSlots.isEmpty()) {
        m_context.err()
            << tr("'%1' has no secrets. Add one with: keyway-cli secret set %1 NAME").arg(env->name)
            << Qt::endl;
        return Ok;
    }
    return m_context.printMaskedSecrets(workspace, *env, {});
}

int SecretCommands::remove(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Delete a secret from the keychain and from the environment."));
    parser.addPositionalArgument(QStringLiteral("ENV"), tr("Environment name."));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("Secret name."));
    const QString command = QStringLiteral("secret rm");
    if (auto done = m_context.parse(parser, command, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return m_context.usageError(tr("'secret rm' takes an environment and a secret name"), command);
    Workspace workspace;
    Environment *env = nullptr;
    if (auto failed = m_context.openEnvironment(positional.first(), workspace, env))
        return *failed;
    const QString slot = positional.at(1);
    if (!env->hasSecretSlot(slot))
        return m_context.fail(NotFound, tr("environment '%1' has no secret '%2'").arg(env->name, slot));
    if (int storage = m_context.requireSecureStorage(); storage != Ok)
        return storage;
    const SecretOutcome outcome = m_context.removeSecret({workspace.id, env->name, slot});
    if (outcome.result != SecretJob::Result::Ok && outcome.result != SecretJob::Result::NotFound)
        return m_context.reportSecretFailure(outcome, tr("deleting secret '%1'").arg(slot));
    env->removeSecretSlot(slot);
    if (auto failed = m_context.saveEnvironment(workspace, *env))
        return *failed;
    m_context.out() << tr("Deleted secret '%1' from '%2'").arg(slot, env->name) << Qt::endl;
    return Ok;
}

} // namespace keyway::cli
