#pragma once

#include "secrets/KeyMetadataStore.h"
#include "secrets/SecretStore.h"

namespace keyway {

struct Environment;

// The one way keys are written, rotated, removed and used, owned by the window's main window and
// by keyway-cli's context. It is a SecretStore in front of the real one, so every dialog and
// command that stores a key goes through it, and it keeps what depends on a key in step:
// - the key dates (created / rotated / last used / last verified), in a file its owner names;
//   a removed key's dates go with it;
// - the environment's cached sign-in tokens, dropped whenever one of its keys gets a new value or
//   is removed (a client secret, a token exchange's API key…), so the next send asks for a token
//   with the new value and a wrong one fails there, with the token endpoint's error card, instead
//   of working on a token made from the old value until it expires.
// Internal keys ('@tokens', the proxy password) pass straight through.
class KeyService final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(KeyService)

public:
    explicit KeyService(SecretStore &inner, QString datesPath = KeyMetadataStore::defaultPath());

    SecretJob *read(const SecretKey &key, QObject *parent = nullptr) override;
    SecretJob *write(const SecretKey &key, const QString &value, QObject *parent = nullptr) override;
    SecretJob *remove(const SecretKey &key, QObject *parent = nullptr) override;
    QString backendName() const override { return m_inner.backendName(); }

    // The keychain itself, for moves that keep their dates (an environment's rename).
    SecretStore &raw() { return m_inner; }
    KeyMetadataStore &dates() { return m_dates; }

    Status recordUsed(const QString &workspaceId, const QString &environment, const QStringList &slots);
    Status recordVerified(const QString &workspaceId, const QString &environment, const QStringList &slots);
    // An environment's sign-in settings changed (grant, token URL, client, scopes, parameters):
    // tokens made with the old ones are dropped. A job, not yet started; null when nothing changed.
    SecretJob *authChanged(
        const QString &workspaceId, const Environment &before, const Environment &after, QObject *parent);

private:
    SecretStore &m_inner;
    KeyMetadataStore m_dates;
};

} // namespace keyway
