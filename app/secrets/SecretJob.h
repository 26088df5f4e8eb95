#pragma once

#include "secrets/SecretKey.h"

#include <QObject>
#include <QString>

namespace keyway {

// One asynchronous keychain operation. Call start(); `finished` is emitted exactly once, always
// after start() has returned, and the job then deletes itself.
class SecretJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretJob)

public:
    enum class Operation { Read, Write, Remove };
    enum class Result {
        Pending,
        Ok,
        NotFound, // no value stored under this key
        Unavailable, // no Secret Service (no D-Bus session, no provider)
        Locked, // the keyring is locked
        Denied, // the user or the service refused access
        TimedOut, // the service did not answer in time (often a hidden unlock prompt)
        Failed, // anything else; errorString() has the service's words
    };
    Q_ENUM(Result)

    ~SecretJob() override;

    Operation operation() const { return m_operation; }
    const SecretKey &key() const { return m_key; }
    Result result() const { return m_result; }
    bool succeeded() const { return m_result == Result::Ok; }
    QString errorString() const { return m_errorString; }
    // The secret read by a successful Read job.
    const QString &value() const { return m_value; }

    void start();

Q_SIGNALS:
    void finished(keyway::SecretJob *job);

protected:
    SecretJob(Operation operation, SecretKey key, QObject *parent);

    virtual void run() = 0;
    void setValue(const QString &value) { m_value = value; }
    void finish(Result result, const QString &errorString = {});

private:
    Operation m_operation;
    SecretKey m_key;
    Result m_result = Result::Pending;
    QString m_errorString;
    QString m_value;
};

} // namespace keyway
