#include "storage/JsonFields.h"

namespace keyway {

JsonFields::JsonFields(QJsonObject object, QString path)
    : JsonFields(std::move(object), std::move(path), {}, std::make_shared<std::optional<Failure>>())
{
}

JsonFields::JsonFields(
    QJsonObject object, QString path, QString prefix, std::shared_ptr<std::optional<Failure>> failure)
    : m_object(std::move(object))
    , m_path(std::move(path))
    , m_prefix(std::move(prefix))
    , m_failure(std::move(failure))
{
}

QString JsonFields::fieldName(const QString &key) const
{
    return m_prefix.isEmpty() ? key : m_prefix + QLatin1Char('.') + key;
}

void JsonFields::fail(const QString &key, const QString &problem)
{
    if (!m_failure->has_value())
        *m_failure = Failure {ErrorKind::FileFormat,
            m_path.isEmpty() // checking values that are not in a file yet (the environment editor)
                ? tr("field \"%1\" %2").arg(fieldName(key), problem)
                : tr("%1: field \"%2\" %3 (the file was left unchanged)").arg(m_path, fieldName(key), problem)};
}

void JsonFields::wrongType(const QString &key, const QString &expected)
{
    fail(key, tr("must be %1").arg(expected));
}

QString JsonFields::string(const QString &key, const QString &fallback)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isString())
        wrongType(key, tr("a string"));
    return value.toString(fallback);
}

QString JsonFields::requiredString(const QString &key)
{
    if (!m_object.contains(key)) {
        fail(key, tr("is missing"));
        return {};
    }
    return string(key);
}

bool JsonFields::boolean(const QString &key, bool fallback)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return fallback;
    if (!value.isBool())
        wrongType(key, tr("true or false"));
    return value.toBool(fallback);
}

int JsonFields::integer(const QString &key, int fallback, int minimum, int maximum)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return fallback;
    const double number = value.toDouble(double(minimum) - 1);
    if (!value.isDouble() || number != double(qint64(number)) || number < minimum || number > maximum) {
        fail(key, tr("must be a whole number from %1 to %2").arg(minimum).arg(maximum));
        return fallback;
    }
    return int(number);
}

QJsonArray JsonFields::array(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isArray())
        wrongType(key, tr("a list"));
    return value.toArray();
}

JsonFields JsonFields::object(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (!value.isUndefined() && !value.isObject())
        wrongType(key, tr("an object"));
    return JsonFields(value.toObject(), m_path, fieldName(key), m_failure);
}

JsonFields JsonFields::element(const QJsonArray &array, qsizetype index, const QString &arrayKey)
{
    const QString name = QStringLiteral("%1[%2]").arg(arrayKey).arg(index);
    const QJsonValue value = array.at(index);
    if (!value.isObject())
        wrongType(name, tr("an object"));
    return JsonFields(value.toObject(), m_path, fieldName(name), m_failure);
}

QMap<QString, QString> JsonFields::stringMap(const QString &key)
{
    QMap<QString, QString> result;
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return result;
    if (!value.isObject()) {
        wrongType(key, tr("an object of strings"));
        return result;
    }
    const QJsonObject map = value.toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!it.value().isString())
            fail(key + QLatin1Char('.') + it.key(), tr("must be a string"));
        result.insert(it.key(), it.value().toString());
    }
    return result;
}

QStringList JsonFields::stringList(const QString &key)
{
    QStringList result;
    const QJsonArray list = array(key);
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isString())
            fail(QStringLiteral("%1[%2]").arg(key).arg(i), tr("must be a string"));
        result.append(list.at(i).toString());
    }
    return result;
}

} // namespace keyway
