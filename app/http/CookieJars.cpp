#include "http/CookieJars.h"

#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"

#include <QPointer>

namespace keyway {

namespace {

const QString CookieSlot = QStringLiteral("@cookies");

} // namespace

struct CookieJars::Entry
{
    CookieJar jar;
    bool loaded = false;
    bool loading = false;
    QString problem;
    QList<std::function<void()>> waiting;
};

CookieJars::CookieJars(SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
{
}

CookieJars::~CookieJars() = default;

SecretKey CookieJars::key(const QString &workspaceId, const QString &environment)
{
    return {workspaceId, environment, CookieSlot};
}

CookieJars::Entry &CookieJars::entry(const QString &workspaceId, const QString &environment)
{
    std::unique_ptr<Entry> &slot = m_entries[key(workspaceId, environment).storageKey()];
    if (!slot) {
        slot = std::make_unique<Entry>();
        connect(&slot->jar, &CookieJar::changed, this,
            [this, workspaceId, environment] { Q_EMIT jarChanged(workspaceId, environment); });
    }
    return *slot;
}

void CookieJars::load(const QString &workspaceId, const QString &environment, QObject *context,
    std::function<void(CookieJar *, const QString &)> ready)
{
    Entry &found = entry(workspaceId, environment);
    // Looked up again when called: the entry may have been forgotten in between.
    auto call = [this, workspaceId, environment, context = QPointer<QObject>(context), ready = std::move(ready)] {
        const auto it = m_entries.find(key(workspaceId, environment).storageKey());
        if (context && it != m_entries.end())
            ready(&it->second->jar, it->second->problem);
    };
    if (found.loaded) {
        QMetaObject::invokeMethod(context, call, Qt::QueuedConnection);
        return;
    }
    found.waiting.append(call);
    if (std::exchange(found.loading, true))
        return;
    SecretJob *job = m_secrets.read(key(workspaceId, environment), this);
    connect(job, &SecretJob::finished, this, [this, workspaceId, environment](SecretJob *done) {
        const auto it = m_entries.find(key(workspaceId, environment).storageKey());
        if (it == m_entries.end())
            return;
        Entry &read = *it->second;
        if (done->succeeded()) {
            auto cookies = CookieJar::fromStored(done->value().toUtf8());
            read.problem = cookies ? QString() : cookies.error();
            read.jar.setStored(cookies ? cookies.value() : QList<QNetworkCookie> {});
        } else if (done->result() != SecretJob::Result::NotFound) {
            read.problem = tr("cookies could not be read from the keychain: %1").arg(done->errorString());
        }
        read.loaded = true;
        read.loading = false;
        for (const auto &waiter : std::exchange(read.waiting, {}))
            waiter();
        Q_EMIT jarChanged(workspaceId, environment);
    });
    job->start();
}

CookieJar *CookieJars::loaded(const QString &workspaceId, const QString &environment) const
{
    const auto found = m_entries.find(key(workspaceId, environment).storageKey());
    return found != m_entries.end() && found->second->loaded ? &found->second->jar : nullptr;
}

void CookieJars::save(const QString &workspaceId, const QString &environment, QObject *context,
    std::function<void(const QString &)> done)
{
    CookieJar &jar = entry(workspaceId, environment).jar;
    const SecretKey where = key(workspaceId, environment);
    SecretJob *job = jar.isEmpty() ? m_secrets.remove(where, this) : m_secrets.write(where, QString::fromUtf8(jar.toStored()), this);
    connect(job, &SecretJob::finished, context,
        [this, workspaceId, environment, done = std::move(done)](SecretJob *finished) {
            const bool ok = finished->succeeded() || finished->result() == SecretJob::Result::NotFound;
            done(ok ? QString() : tr("cookies could not be saved in the keychain: %1").arg(finished->errorString()));
            Q_EMIT jarChanged(workspaceId, environment);
        });
    job->start();
}

void CookieJars::forget(const QString &workspaceId, const QString &environment)
{
    m_entries.erase(key(workspaceId, environment).storageKey());
}

} // namespace keyway
