#include "session/ClientCertificateChecker.h"

#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSslConfiguration>
#include <QThreadPool>

namespace keyway {

ClientCertificateChecker::ClientCertificateChecker(SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
{
}

void ClientCertificateChecker::check(
    const QString &workspaceId, const Environment &environment, const ClientCertificate &entry)
{
    if (m_running)
        return;
    m_running = true;
    const QString origin = ClientIdentity::originOf(entry, environment);
    if (entry.passphraseSlot.isEmpty())
        return checkWith(entry, origin, {});
    SecretJob *job = m_secrets.read({workspaceId, environment.name, entry.passphraseSlot}, this);
    connect(job, &SecretJob::finished, this, [this, entry, origin](SecretJob *done) {
        if (done->succeeded())
            return checkWith(entry, origin, done->value());
        const QString reason = done->result() == SecretJob::Result::NotFound
            ? tr("the passphrase secret '%1' is not set").arg(entry.passphraseSlot)
            : tr("the passphrase secret '%1' could not be read: %2").arg(entry.passphraseSlot, done->errorString());
        finish({ClientCertificateCheck::Outcome::Unusable, origin, reason});
    });
    job->start();
}

void ClientCertificateChecker::checkWith(const ClientCertificate &entry, const QString &origin, QString passphrase)
{
    auto identity = ClientIdentity::load(entry, origin, passphrase);
    passphrase.fill(QLatin1Char('\0'));
    if (!identity)
        return finish({ClientCertificateCheck::Outcome::Unusable, origin, identity.error()});
    // Read here: the default configuration holds Settings' CA file, and is the UI thread's to read.
    const QList<QSslCertificate> trusted = QSslConfiguration::defaultConfiguration().caCertificates();
    QPointer<ClientCertificateChecker> self(this);
    const int generation = ++m_generation;
    QThreadPool::globalInstance()->start([self, generation, identity = std::move(identity).value(), trusted] {
        const ClientCertificateCheck result = ClientCertificateCheck::run(identity, trusted);
        QMetaObject::invokeMethod(
            qApp,
            [self, generation, result] {
                if (self && generation == self->m_generation)
                    self->finish(result);
            },
            Qt::QueuedConnection);
    });
}

void ClientCertificateChecker::finish(const ClientCertificateCheck &result)
{
    // Queued, so `finished` comes after check() returned even when the files fail to open at once.
    QMetaObject::invokeMethod(
        this,
        [this, result] {
            m_running = false;
            Q_EMIT finished(result);
        },
        Qt::QueuedConnection);
}

} // namespace keyway
