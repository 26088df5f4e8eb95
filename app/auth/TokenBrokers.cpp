#include "auth/TokenBrokers.h"

namespace keyway {

TokenBrokers::TokenBrokers(SecretStore &secrets, QNetworkAccessManager &network, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_network(network)
{
}

TokenBrokers::~TokenBrokers() = default;

TokenBroker &TokenBrokers::broker(const QString &workspaceId, const Environment &environment)
{
    const QString key = workspaceId + QChar(0) + environment.name;
    if (TokenBroker *existing = m_brokers.value(key)) {
        existing->reconfigure(environment);
        return *existing;
    }
    auto *made
        = new TokenBroker(m_secrets, m_network, workspaceId, environment, environment.auth, m_options, this);
    m_brokers.insert(key, made);
    return *made;
}

void TokenBrokers::setOptions(const TokenBroker::Options &options)
{
    m_options = options;
    for (TokenBroker *broker : std::as_const(m_brokers))
        broker->setOptions(options);
}

} // namespace keyway
