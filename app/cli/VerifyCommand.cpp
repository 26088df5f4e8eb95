#include "cli/VerifyCommand.h"

#include "cli/CliContext.h"
#include "core/PrintableText.h"
#include "presets/KeyVerifier.h"
#include "session/KeyService.h"

#include <QCommandLineParser>

namespace keyway::cli {

int VerifyCommand::run(const QStringList &arguments)
{
    const QString command = QStringLiteral("verify");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Check that ENV's keys work: a call to its provider's verify endpoint, or a new token "
           "from its token endpoint. Working keys are recorded as verified now."));
    if (auto done = m_context.parseSingleEnvironment(parser, command, arguments))
        return *done;
    Workspace workspace;
    Environment *env = nullptr;
    if (auto failed = m_context.openEnvironmentWithKeys(parser.positionalArguments().first(), workspace, env))
        return *failed;

    KeyVerifier verifier(
        m_context.secretStore(), m_context.network(), m_context.tokenBrokers(), workspace.id, *env);
    verifier.start();
    CliContext::waitFor(&verifier, &KeyVerifier::finished);
    const QString summary = printableText(verifier.summary()); // may quote the server
    switch (verifier.result()) {
    case KeyVerifier::Result::Verified:
        if (Status recorded = m_context.keys().recordVerified(workspace.id, env->name, env->secretSlots); !recorded)
            m_context.err() << tr("keyway-cli: warning: the key dates were not recorded: %1").arg(recorded.error())
                            << Qt::endl;
        m_context.out() << summary << Qt::endl;
        return Ok;
    case KeyVerifier::Result::Rejected:
        m_context.err() << summary << Qt::endl;
        return AuthFailed;
    case KeyVerifier::Result::Unsupported:
        m_context.err() << summary << Qt::endl;
        return Failed;
    case KeyVerifier::Result::Failed:
    case KeyVerifier::Result::Pending:
        break;
    }
    m_context.err() << summary << Qt::endl;
    return NetworkError;
}

} // namespace keyway::cli
