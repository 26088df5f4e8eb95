#pragma once

#include <QDir>
#include <QWidget>

// Saves a picture of a widget when $KEYWAY_GRAB_DIR is set, for looking at dialogs drawn by the
// offscreen tests (and for documentation). Does nothing otherwise.
inline void grabIfAsked(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("KEYWAY_GRAB_DIR");
    if (dir.isEmpty() || !widget)
        return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}
