#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

namespace keyway {

// The provider presets: one JSON file per provider, the built-in ones from the resources and the
// user's own from <data dir>/presets. A user file with the id of a built-in one replaces it;
// a file that cannot be read is skipped and reported, so one bad file never hides the others.
class PresetCatalog
{
    Q_DECLARE_TR_FUNCTIONS(PresetCatalog)

public:
    static const PresetCatalog &builtIn();
    static QString userPresetsDir();
    // Later directories win over earlier ones for the same provider id.
    static PresetCatalog fromDirectories(const QStringList &directories);

    QJsonArray providers() const { return m_providers; }
    QJsonObject provider(const QString &id) const;
    QStringList problems() const { return m_problems; }

private:
    void addFile(const QString &path);
    qsizetype indexOf(const QString &id) const;

    QJsonArray m_providers;
    QStringList m_problems;
};

} // namespace keyway
