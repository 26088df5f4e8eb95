#include "presets/PresetCatalog.h"

#include "core/AppPaths.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace keyway {

const PresetCatalog &PresetCatalog::builtIn()
{
    static const PresetCatalog catalog
        = fromDirectories({QStringLiteral(":/keyway/presets"), userPresetsDir()});
    return catalog;
}

QString PresetCatalog::userPresetsDir()
{
    return AppPaths::dataDir() + QStringLiteral("/presets");
}

PresetCatalog PresetCatalog::fromDirectories(const QStringList &directories)
{
    PresetCatalog catalog;
    for (const QString &directory : directories) {
        const QDir dir(directory);
        // Sorted by name so the order in pickers does not depend on the file system.
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            catalog.addFile(dir.filePath(name));
    }
    return catalog;
}

QJsonObject PresetCatalog::provider(const QString &id) const
{
    const qsizetype index = indexOf(id);
    return index < 0 ? QJsonObject() : m_providers.at(index).toObject();
}

qsizetype PresetCatalog::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_providers.size(); ++i) {
        if (m_providers.at(i).toObject().value(QStringLiteral("id")).toString() == id)
            return i;
    }
    return -1;
}

void PresetCatalog::addFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_problems.append(tr("%1: cannot be read (%2)").arg(path, file.errorString()));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        m_problems.append(tr("%1: not valid JSON at offset %2 (%3)")
                              .arg(path)
                              .arg(parseError.offset)
                              .arg(parseError.errorString()));
        return;
    }
    const QJsonObject provider = document.object();
    const QString id = provider.value(QStringLiteral("id")).toString();
    if (id.isEmpty()) {
        m_problems.append(tr("%1: a preset needs an \"id\" string").arg(path));
        return;
    }
    if (const qsizetype index = indexOf(id); index >= 0)
        m_providers.replace(index, provider);
    else
        m_providers.append(provider);
}

} // namespace keyway
