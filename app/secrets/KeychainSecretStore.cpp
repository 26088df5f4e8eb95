#include "secrets/KeychainSecretStore.h"

#include "secrets/KeychainErrors.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <qt6keychain/keychain.h>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSecrets, "keyway.secrets")

namespace keyway {

namespace {

class KeychainSecretJob final : public SecretJob
{
public:
    KeychainSecretJob(
        Operation operation, SecretKey key, QString value, std::chrono::milliseconds timeout, QObject *parent)
        : SecretJob(operation, std::move(key), parent)
        , m_newValue(std::move(value))
        , m_timeout(timeout)
    {
    }

    ~KeychainSecretJob() override { m_newValue.fill(QLatin1Char('\0')); }

private:
    void run() override
    {
        QKeychain::Job *job = createBackendJob();
        job->setAutoDelete(true);
        job->setKey(key().storageKey());
        connect(
            job, &QKeychain::Job::finished, this, [this](QKeychain::Job *done) { onBackendFinished(done); });
        QTimer::singleShot(m_timeout, this, [this] {
            qCWarning(lcSecrets) << "keychain did not answer within" << m_timeout.count() << "ms";
            finish(Result::TimedOut, KeychainSecretStore::timeoutMessage(int(m_timeout.count() / 1000)));
        });
        job->start();
    }

    QKeychain::Job *createBackendJob()
    {
        const QString service = KeychainSecretStore::serviceName();
        switch (operation()) {
        case Operation::Read:
            return new QKeychain::ReadPasswordJob(service);
        case Operation::Write: {
            auto *write = new QKeychain::WritePasswordJob(service);
            write->setTextData(m_newValue);
            m_newValue.fill(QLatin1Char('\0'));
            m_newValue.clear();
            return write;
        }
        case Operation::Remove:
            break;
        }
        return new QKeychain::DeletePasswordJob(service);
    }

    void onBackendFinished(QKeychain::Job *done)
    {
        const Result result = classifyKeychainError(done->error(), done->errorString());
        if (result == Result::Ok && operation() == Operation::Read)
            setValue(static_cast<QKeychain::ReadPasswordJob *>(done)->textData());
        if (result != Result::Ok && result != Result::NotFound)
            qCWarning(lcSecrets) << "keychain operation failed:" << result << done->errorString();
        finish(result, result == Result::Ok ? QString() : done->errorString());
    }

    QString m_newValue;
    std::chrono::milliseconds m_timeout;
};

} // namespace

KeychainSecretStore::KeychainSecretStore(std::chrono::milliseconds timeout)
    : m_timeout(timeout)
{
}

SecretJob *KeychainSecretStore::read(const SecretKey &key, QObject *parent)
{
    return new KeychainSecretJob(SecretJob::Operation::Read, key, {}, m_timeout, parent);
}

SecretJob *KeychainSecretStore::write(const SecretKey &key, const QString &value, QObject *parent)
{
    return new KeychainSecretJob(SecretJob::Operation::Write, key, value, m_timeout, parent);
}

SecretJob *KeychainSecretStore::remove(const SecretKey &key, QObject *parent)
{
    return new KeychainSecretJob(SecretJob::Operation::Remove, key, {}, m_timeout, parent);
}

QString KeychainSecretStore::backendName() const
{
    return tr("Secret Service (system keychain)");
}

QString KeychainSecretStore::timeoutMessage(int seconds)
{
    return tr("the keychain did not answer within %n second(s); it may be waiting for an unlock prompt", nullptr, seconds);
}

} // namespace keyway
