#pragma once

#include <QAction>
#include <QTest>
#include <QWidget>

// Triggers the window's action named `name` as a menu item or shortcut would, failing the test
// when no such action exists (a renamed object name must not turn the step into a silent no-op).
inline void triggerAction(QWidget &window, const char *name)
{
    auto *action = window.findChild<QAction *>(QLatin1String(name));
    QVERIFY2(action, name);
    action->trigger();
}
