#pragma once

#include "secrets/SecretJob.h"

#include <QString>

namespace keyway {

// Where secret values live. Every call returns a job that is not yet started.
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    virtual SecretJob *read(const SecretKey &key, QObject *parent = nullptr) = 0;
    virtual SecretJob *write(const SecretKey &key, const QString &value, QObject *parent = nullptr) = 0;
    virtual SecretJob *remove(const SecretKey &key, QObject *parent = nullptr) = 0;

    // For people: "Secret Service (system keychain)", "memory (tests only)".
    virtual QString backendName() const = 0;
};

} // namespace keyway
