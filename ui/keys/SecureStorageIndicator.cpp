#include "keys/SecureStorageIndicator.h"

#include "secrets/SecureStorageProbe.h"

namespace keyway::ui {

SecureStorageIndicator::SecureStorageIndicator(QWidget *parent)
    : QLabel(parent)
    , m_probe(new SecureStorageProbe(this))
{
    setObjectName(QStringLiteral("secureStorageStatus"));
    setTextFormat(Qt::PlainText);
    connect(m_probe, &SecureStorageProbe::finished, this, &SecureStorageIndicator::display);
    display(m_status);
}

void SecureStorageIndicator::startCheck()
{
    display(SecureStorageStatus {});
    m_probe->start();
}

void SecureStorageIndicator::display(const SecureStorageStatus &status)
{
    m_status = status;
    const bool problem = !status.usable() && status.state != SecureStorageStatus::State::Checking;
    setText((problem ? QStringLiteral("\u26a0 ") : QString()) + status.summary());
    setToolTip(status.explanation());
    setAccessibleDescription(status.explanation());
    setStyleSheet(problem ? QStringLiteral("color: white; background: #b3261e; padding: 0 6px;") : QString());
    Q_EMIT statusChanged(status);
}

} // namespace keyway::ui
