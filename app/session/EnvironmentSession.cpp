#include "session/EnvironmentSession.h"

#include "auth/TokenBroker.h"
#include "http/FinalRequestBuilder.h"
#include "http/SendJob.h"
#include "model/KeyPrefixRules.h"
#include "secrets/SecretBatchRead.h"
#include "storage/WorkspaceStore.h"

namespace keyway {

EnvironmentSession::EnvironmentSession(SecretStore &secrets, QNetworkAccessManager &network, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_network(network)
{
}

EnvironmentSession::~EnvironmentSession()
{
    for (QString &value : m_secretValues)
        value.fill(QLatin1Char('\0'));
}

void EnvironmentSession::setWorkspace(const Workspace &workspace)
{
    m_workspace = workspace;
    const QString previous = m_environmentName;
    m_environmentName.clear();
    selectEnvironment(workspace.environment(previous)
            ? previous
            : (workspace.environments.isEmpty() ? QString() : workspace.environments.first().name));
}

const Environment *EnvironmentSession::environment() const
{
    return m_workspace.environment(m_environmentName);
}

void EnvironmentSession::selectEnvironment(const QString &name)
{
    m_environmentName = m_workspace.environment(name) ? name : QString();
    m_broker.reset();
    if (const Environment *env = environment(); env && env->auth.usesTokens())
        m_broker = std::make_unique<TokenBroker>(
            m_secrets, m_network, m_workspace.id, *env, env->auth, TokenBroker::Options {});
    Q_EMIT environmentChanged();
    loadSecrets();
}

Status EnvironmentSession::selectCompany(const QString &id)
{
    Environment *env = m_workspace.environment(m_environmentName);
    if (!env)
        return Failure {ErrorKind::NotFound, tr("no environment is selected")};
    if (!env->companies.ids.contains(id))
        return Failure {ErrorKind::NotFound, tr("'%1' has no company ID '%2'").arg(env->name, id)};
    env->companies.selected = id;
    if (Status saved = WorkspaceStore::saveEnvironment(m_workspace, *env); !saved)
        return saved;
    Q_EMIT environmentChanged();
    return {};
}

void EnvironmentSession::loadSecrets()
{
    for (QString &value : m_secretValues)
        value.fill(QLatin1Char('\0'));
    m_secretValues.clear();
    m_secretsLoaded = false;
    m_secretsProblem.clear();
    const Environment *env = environment();
    if (!env || env->secretSlots.isEmpty()) {
        m_secretsLoaded = true;
        Q_EMIT secretsChanged();
        return;
    }
    const int generation = ++m_loadGeneration; // a newer selection makes older answers stale
    auto *batch = new SecretBatchRead(m_secrets, m_workspace.id, env->name, env->secretSlots, this);
    connect(batch, &SecretBatchRead::finished, this, [this, generation](SecretBatchRead *done) {
        done->deleteLater();
        if (generation != m_loadGeneration)
            return;
        m_secretValues = done->values();
        m_secretsLoaded = true;
        if (!done->succeeded())
            m_secretsProblem = tr("secrets could not be read: %1").arg(done->errorString());
        else if (!done->missing().isEmpty())
            m_secretsProblem
                = tr("no value in the keychain for: %1").arg(done->missing().join(QStringLiteral(", ")));
        Q_EMIT secretsChanged();
    });
    batch->start();
}

QStringList EnvironmentSession::misplacedSecrets() const
{
    const Environment *env = environment();
    return env ? KeyPrefixRules::builtIn().misplacedSecrets(*env, m_secretValues) : QStringList();
}

Expected<WireRequest> EnvironmentSession::preview(
    const RequestSpec &request, VariableExpander::SecretMode mode) const
{
    const Environment *env = environment();
    if (!env)
        return Failure {ErrorKind::NotFound, tr("choose an environment first")};
    return FinalRequestBuilder::build(request, {*env, mode, m_secretValues, {}});
}

SendJob *EnvironmentSession::createSendJob(const RequestSpec &request, QObject *parent)
{
    const Environment *env = environment();
    if (!env)
        return nullptr;
    return new SendJob(m_secrets, m_network, m_broker.get(), m_workspace.id, *env, request, parent);
}

} // namespace keyway
