#include "secrets/SecretJob.h"

#include <QTimer>

namespace keyway {

SecretJob::SecretJob(Operation operation, SecretKey key, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_key(std::move(key))
{
}

SecretJob::~SecretJob()
{
    m_value.fill(QLatin1Char('\0')); // do not leave the secret in freed memory
}

void SecretJob::start()
{
    // Queued, so `finished` never fires before the caller has connected to it.
    QTimer::singleShot(0, this, [this] { run(); });
}

void SecretJob::finish(Result result, const QString &errorString)
{
    if (m_result != Result::Pending)
        return;
    m_result = result;
    m_errorString = errorString;
    Q_EMIT finished(this);
    deleteLater();
}

} // namespace keyway
