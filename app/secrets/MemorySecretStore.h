#pragma once

#include "secrets/SecretStore.h"

#include <memory>
#include <QHash>

namespace keyway {

// Keeps secrets in process memory. For unit tests only: nothing survives the process.
class MemorySecretStore final : public SecretStore
{
public:
    MemorySecretStore();

    SecretJob *read(const SecretKey &key, QObject *parent = nullptr) override;
    SecretJob *write(const SecretKey &key, const QString &value, QObject *parent = nullptr) override;
    SecretJob *remove(const SecretKey &key, QObject *parent = nullptr) override;
    QString backendName() const override;

    // Makes every later job fail this way, to test how callers handle a broken keychain.
    void failWith(SecretJob::Result result, const QString &errorString);
    void stopFailing();
    qsizetype size() const;

    struct State;

private:
    std::shared_ptr<State> m_state; // shared with pending jobs, which may outlive the store
};

} // namespace keyway
