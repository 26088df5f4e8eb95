#include "session/KeyService.h"

#include "auth/TokenBroker.h"
#include "model/Environment.h"

#include <algorithm>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcKeys, "keyway.keys")

namespace keyway {

namespace {

bool isInternal(const SecretKey &key)
{
    // '@tokens', and Keyway's own keys outside any workspace (the proxy password)
    return key.slot.startsWith(QLatin1Char('@')) || key.workspaceId.startsWith(QLatin1Char('@'));
}

// A new value or a removal, then what depends on the key: its dates and the environment's tokens.
class KeyChangeJob final : public SecretJob
{
public:
    KeyChangeJob(Operation operation, const SecretKey &key, QString value, SecretStore &inner,
        KeyMetadataStore &dates, QObject *parent)
        : SecretJob(operation, key, parent)
        , m_value(std::move(value))
        , m_inner(inner)
        , m_dates(dates)
    {
    }
    ~KeyChangeJob() override { m_value.fill(QLatin1Char('\0')); }

private:
    void run() override
    {
        SecretJob *change
            = operation() == Operation::Write ? m_inner.write(key(), m_value, this) : m_inner.remove(key(), this);
        m_value.fill(QLatin1Char('\0'));
        m_value.clear();
        connect(change, &SecretJob::finished, this, [this](SecretJob *done) {
            const Result result = done->result();
            const QString error = done->errorString();
            const bool gone = operation() == Operation::Remove && result == Result::NotFound;
            if (result != Result::Ok && !gone)
                return finish(result, error);
            // The dates are bookkeeping: the key itself was stored, so their failure is only logged.
            const Status dated = operation() == Operation::Write ? m_dates.recordStored(key()) : m_dates.forget(key());
            if (!dated)
                qCWarning(lcKeys) << "key dates not recorded:" << dated.error();
            dropTokens(result, error);
        });
        change->start();
    }

    void dropTokens(Result result, const QString &error)
    {
        SecretJob *drop = m_inner.remove(TokenBroker::tokenKey(key().workspaceId, key().environment), this);
        connect(drop, &SecretJob::finished, this, [this, result, error] { finish(result, error); });
        drop->start();
    }

    QString m_value;
    SecretStore &m_inner;
    KeyMetadataStore &m_dates;
};

} // namespace

KeyService::KeyService(SecretStore &inner, QString datesPath)
    : m_inner(inner)
    , m_dates(std::move(datesPath))
{
}

SecretJob *KeyService::read(const SecretKey &key, QObject *parent)
{
    return m_inner.read(key, parent);
}

SecretJob *KeyService::write(const SecretKey &key, const QString &value, QObject *parent)
{
    if (isInternal(key))
        return m_inner.write(key, value, parent);
    return new KeyChangeJob(SecretJob::Operation::Write, key, value, m_inner, m_dates, parent);
}

SecretJob *KeyService::remove(const SecretKey &key, QObject *parent)
{
    if (isInternal(key))
        return m_inner.remove(key, parent);
    return new KeyChangeJob(SecretJob::Operation::Remove, key, {}, m_inner, m_dates, parent);
}

Status KeyService::recordUsed(const QString &workspaceId, const QString &environment, const QStringList &slots)
{
    return m_dates.recordUsed(workspaceId, environment, slots);
}

Status KeyService::recordVerified(
    const QString &workspaceId, const QString &environment, const QStringList &slots)
{
    return m_dates.recordVerified(workspaceId, environment, slots);
}

SecretJob *KeyService::authChanged(
    const QString &workspaceId, const Environment &before, const Environment &after, QObject *parent)
{
    // {{baseUrl}} and other variables can be part of the token URL and its parameters.
    const bool templated = after.auth.tokenUrl.contains(QLatin1String("{{"))
        || std::any_of(after.auth.params.cbegin(), after.auth.params.cend(),
            [](const HeaderField &field) { return field.value.contains(QLatin1String("{{")); });
    const bool grantChanged = before.auth != after.auth
        || (templated && (before.baseUrl != after.baseUrl || before.variables != after.variables));
    if (!grantChanged || (!after.auth.usesTokens() && !before.auth.usesTokens()))
        return nullptr;
    return m_inner.remove(TokenBroker::tokenKey(workspaceId, after.name), parent);
}

} // namespace keyway
