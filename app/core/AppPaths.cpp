#include "core/AppPaths.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace keyway {

namespace {

constexpr auto OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

QString appLocation(QStandardPaths::StandardLocation location)
{
    // GenericDataLocation + "keyway" keeps the path independent of QCoreApplication's names.
    return QStandardPaths::writableLocation(location) + QStringLiteral("/keyway");
}

} // namespace

QString AppPaths::dataDir()
{
    return appLocation(QStandardPaths::GenericDataLocation);
}

QString AppPaths::configDir()
{
    return appLocation(QStandardPaths::GenericConfigLocation);
}

QString AppPaths::cacheDir()
{
    return appLocation(QStandardPaths::GenericCacheLocation);
}

QString AppPaths::defaultWorkspaceDir()
{
    return dataDir() + QStringLiteral("/workspaces/default");
}

QString AppPaths::lockDir()
{
    return appLocation(QStandardPaths::RuntimeLocation) + QStringLiteral("/locks");
}

Status AppPaths::ensurePrivateDir(const QString &path)
{
    QDir dir(path);
    if (dir.exists())
        return {};
    if (QFileInfo::exists(path))
        return Failure {
            ErrorKind::Io, tr("%1 exists and is not a folder").arg(QDir::toNativeSeparators(path))};
    // Create missing parents one by one so each new folder is owner-only from the start.
    QStringList missing;
    QFileInfo info(dir.absolutePath());
    while (!info.exists()) {
        missing.prepend(info.absoluteFilePath());
        info = QFileInfo(info.absolutePath());
    }
    for (const QString &folder : std::as_const(missing)) {
        if (!QDir().mkdir(folder, OwnerOnly))
            return Failure {ErrorKind::Io, tr("cannot create folder %1").arg(folder)};
    }
    return {};
}

} // namespace keyway
