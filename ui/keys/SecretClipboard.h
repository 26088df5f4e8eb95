#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace keyway::ui {

// Puts a secret on the clipboard marked as a password (so clipboard managers skip it) and clears
// it again after a while, unless something else was copied meanwhile.
class SecretClipboard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretClipboard)

public:
    static constexpr int DefaultClearMs = 30'000;

    explicit SecretClipboard(QObject *parent = nullptr);
    ~SecretClipboard() override;

    void copy(const QString &secret);
    void setClearAfter(int milliseconds) { m_clearAfterMs = milliseconds; }
    // What new instances use (from the Privacy settings).
    static void setDefaultClearAfter(int milliseconds);
    static int defaultClearAfter();

private:
    void clearIfStillOurs();

    QTimer m_timer;
    QString m_copied;
    int m_clearAfterMs;
};

} // namespace keyway::ui
