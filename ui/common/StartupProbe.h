#pragma once

#include <QObject>

namespace keyway::ui {

// For tests/bench/bench_startup.sh: when KEYWAY_STARTUP_PROBE is set, prints how long the first
// paint of the main window took since KEYWAY_LAUNCHED_AT_MS (the launcher's clock) and the idle
// memory a second later, then quits. Does nothing otherwise.
class StartupProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartupProbe)

public:
    static void installIfRequested(QObject *parent);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit StartupProbe(QObject *parent);
    void report();

    qint64 m_launchedAtMs = 0;
    qint64 m_firstPaintMs = -1;
};

} // namespace keyway::ui
