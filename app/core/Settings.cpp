#include "core/Settings.h"

#include "core/AppPaths.h"

#include <QFile>
#include <QFileInfo>

namespace keyway {

Settings::Settings(const QString &path)
{
    const QString file = path.isEmpty() ? AppPaths::configDir() + QStringLiteral("/keyway.conf") : path;
    (void)AppPaths::ensurePrivateDir(
        QFileInfo(file).absolutePath()); // QSettings reports write failures itself
    m_settings = std::make_unique<QSettings>(file, QSettings::IniFormat);
}

Settings::~Settings()
{
    sync();
}

void Settings::sync()
{
    m_settings->sync();
    QFile::setPermissions(m_settings->fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace keyway
