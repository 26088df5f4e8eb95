#include "secrets/MemorySecretStore.h"

#include <functional>
#include <QCoreApplication>

namespace keyway {

struct MemorySecretStore::State
{
    QHash<QString, QString> values;
    SecretJob::Result failure = SecretJob::Result::Ok;
    QString failureText;
};

namespace {

class MemorySecretJob final : public SecretJob
{
public:
    using Action = std::function<void(MemorySecretJob &, MemorySecretStore::State &)>;

    MemorySecretJob(Operation operation, SecretKey key, std::shared_ptr<MemorySecretStore::State> state,
        Action action, QObject *parent)
        : SecretJob(operation, std::move(key), parent)
        , m_state(std::move(state))
        , m_action(std::move(action))
    {
    }

    void complete(Result result, const QString &error = {}) { finish(result, error); }
    void deliver(const QString &value) { setValue(value); }

private:
    void run() override
    {
        if (m_state->failure != Result::Ok)
            return complete(m_state->failure, m_state->failureText);
        m_action(*this, *m_state);
    }

    std::shared_ptr<MemorySecretStore::State> m_state;
    Action m_action;
};

} // namespace

MemorySecretStore::MemorySecretStore()
    : m_state(std::make_shared<State>())
{
}

SecretJob *MemorySecretStore::read(const SecretKey &key, QObject *parent)
{
    return new MemorySecretJob(
        SecretJob::Operation::Read, key, m_state,
        [](MemorySecretJob &job, State &state) {
            const auto it = state.values.constFind(job.key().storageKey());
            if (it == state.values.cend())
                return job.complete(SecretJob::Result::NotFound);
            job.deliver(it.value());
            job.complete(SecretJob::Result::Ok);
        },
        parent);
}

SecretJob *MemorySecretStore::write(const SecretKey &key, const QString &value, QObject *parent)
{
    return new MemorySecretJob(
        SecretJob::Operation::Write, key, m_state,
        [value](MemorySecretJob &job, State &state) {
            state.values.insert(job.key().storageKey(), value);
            job.complete(SecretJob::Result::Ok);
        },
        parent);
}

SecretJob *MemorySecretStore::remove(const SecretKey &key, QObject *parent)
{
    return new MemorySecretJob(
        SecretJob::Operation::Remove, key, m_state,
        [](MemorySecretJob &job, State &state) {
            job.complete(state.values.remove(job.key().storageKey()) ? SecretJob::Result::Ok
                                                                     : SecretJob::Result::NotFound);
        },
        parent);
}

QString MemorySecretStore::backendName() const
{
    return QCoreApplication::translate("MemorySecretStore", "memory (tests only)");
}

void MemorySecretStore::failWith(SecretJob::Result result, const QString &errorString)
{
    m_state->failure = result;
    m_state->failureText = errorString;
}

void MemorySecretStore::stopFailing()
{
    m_state->failure = SecretJob::Result::Ok;
}

qsizetype MemorySecretStore::size() const
{
    return m_state->values.size();
}

} // namespace keyway
