#pragma once

#include "core/Expected.h"

#include <memory>
#include <optional>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace keyway {

// Typed reads from a loaded JSON object. The first wrong field is remembered as a Failure naming
// the file and the field (nested readers share it), so every loader reports bad files alike.
class JsonFields
{
    Q_DECLARE_TR_FUNCTIONS(JsonFields)

public:
    JsonFields(QJsonObject object, QString path);

    QString string(const QString &key, const QString &fallback = {});
    QString requiredString(const QString &key);
    bool boolean(const QString &key, bool fallback);
    int integer(const QString &key, int fallback, int minimum, int maximum);
    bool contains(const QString &key) const { return m_object.contains(key); }
    QJsonArray array(const QString &key);
    JsonFields object(const QString &key);
    QMap<QString, QString> stringMap(const QString &key);
    QStringList stringList(const QString &key);
    JsonFields element(const QJsonArray &array, qsizetype index, const QString &arrayKey);

    void fail(const QString &key, const QString &problem);
    const std::optional<Failure> &failure() const { return *m_failure; }

private:
    JsonFields(
        QJsonObject object, QString path, QString prefix, std::shared_ptr<std::optional<Failure>> failure);
    void wrongType(const QString &key, const QString &expected);
    QString fieldName(const QString &key) const;

    QJsonObject m_object;
    QString m_path;
    QString m_prefix;
    std::shared_ptr<std::optional<Failure>> m_failure;
};

} // namespace keyway
