#pragma once

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>

// XDG folders of a fake user under one temporary folder, so tests never see the developer's own.
struct IsolatedHome
{
    QTemporaryDir root;

    QString data() const { return root.filePath(QStringLiteral("data")); }
    QString config() const { return root.filePath(QStringLiteral("config")); }
    QString cache() const { return root.filePath(QStringLiteral("cache")); }
    QString workspace() const { return root.filePath(QStringLiteral("workspace")); }
    // Private like the real one: QTemporaryDir is 0700.
    QString runtime() const { return root.path(); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), data());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config());
        env.insert(QStringLiteral("XDG_CACHE_HOME"), cache());
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime());
        env.remove(QStringLiteral("KEYWAY_WORKSPACE"));
        return env;
    }
};

// Every file under `dir` whose bytes contain `needle`.
inline QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits.append(file.fileName());
    }
    return hits;
}
