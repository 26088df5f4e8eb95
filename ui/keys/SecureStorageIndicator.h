#pragma once

#include "secrets/SecureStorageStatus.h"

#include <QLabel>

namespace keyway {
class SecureStorageProbe;
}

namespace keyway::ui {

// Status-bar label that probes the system keychain once and says whether secrets can be stored,
// with what to do in the tooltip when they cannot.
class SecureStorageIndicator final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecureStorageIndicator)

public:
    explicit SecureStorageIndicator(QWidget *parent = nullptr);

    void startCheck();
    const SecureStorageStatus &status() const { return m_status; }

Q_SIGNALS:
    void statusChanged(const keyway::SecureStorageStatus &status);

private:
    void display(const SecureStorageStatus &status);

    SecureStorageProbe *m_probe;
    SecureStorageStatus m_status;
};

} // namespace keyway::ui
