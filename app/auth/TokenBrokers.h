#pragma once

#include "auth/TokenBroker.h"

#include <QHash>
#include <QObject>

class QNetworkAccessManager;

namespace keyway {

class SecretStore;

// The one token broker per environment of this process: the window's sends, its sign-in window,
// the key manager's Verify and the new-environment wizard all share it, so one refresh serves
// them all (two brokers would each refresh, and a rotated refresh token used twice ends the grant).
class TokenBrokers final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenBrokers)

public:
    TokenBrokers(SecretStore &secrets, QNetworkAccessManager &network, QObject *parent = nullptr);
    ~TokenBrokers() override;

    // Made on first use; later calls hand the same broker the environment's current settings.
    TokenBroker &broker(const QString &workspaceId, const Environment &environment);
    // For every broker, made and to be made.
    void setOptions(const TokenBroker::Options &options);
    const TokenBroker::Options &options() const { return m_options; }
    int count() const { return int(m_brokers.size()); }

private:
    SecretStore &m_secrets;
    QNetworkAccessManager &m_network;
    TokenBroker::Options m_options;
    QHash<QString, TokenBroker *> m_brokers; // children; by workspace id and environment name
};

} // namespace keyway
