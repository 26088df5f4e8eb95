#include "checks/JsonPath.h"

#include "core/CompactJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace keyway {

namespace {

bool isNameCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('$');
}

} // namespace

Expected<JsonPath> JsonPath::parse(const QString &text)
{
    const auto failAt = [&](qsizetype at, const QString &problem) {
        return Failure {ErrorKind::Invalid, tr("JSON path %1, at character %2: %3").arg(text).arg(at + 1).arg(problem)};
    };
    if (!text.startsWith(QLatin1Char('$')))
        return failAt(0, tr("a path starts with $"));
    JsonPath path;
    path.m_text = text;
    qsizetype at = 1;
    while (at < text.size()) {
        if (text.at(at) == QLatin1Char('.')) {
            const qsizetype start = ++at;
            while (at < text.size() && isNameCharacter(text.at(at)))
                ++at;
            if (at == start)
                return failAt(start, tr("a name must follow the dot (use [\"…\"] for other characters)"));
            path.m_steps.append(text.mid(start, at - start));
        } else if (text.at(at) == QLatin1Char('[')) {
            const qsizetype close = text.indexOf(QLatin1Char(']'), at);
            if (close < 0)
                return failAt(at, tr("the [ is not closed"));
            const QString inside = text.mid(at + 1, close - at - 1).trimmed();
            bool isIndex = false;
            const qsizetype index = inside.toLongLong(&isIndex);
            if (isIndex) {
                path.m_steps.append(index);
            } else {
                // A quoted name, read as a JSON string so escapes mean what they mean in JSON.
                const QJsonDocument quoted = QJsonDocument::fromJson(QStringLiteral("[%1]").arg(inside).toUtf8());
                if (!quoted.isArray() || quoted.array().size() != 1 || !quoted.array().first().isString())
                    return failAt(at, tr("inside [ ] goes an index or a name in double quotes, not %1").arg(inside));
                path.m_steps.append(quoted.array().first().toString());
            }
            at = close + 1;
        } else {
            return failAt(at, tr("expected . or [ but found '%1'").arg(text.at(at)));
        }
    }
    return path;
}

QString JsonPath::compactText(const QJsonValue &value)
{
    return compactJson(value);
}

Expected<QJsonValue> JsonPath::rootOf(const QByteArray &body)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Failure {ErrorKind::FileFormat,
            tr("the body is not JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset)};
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

std::optional<QJsonValue> JsonPath::valueIn(const QJsonValue &root) const
{
    QJsonValue current = root;
    for (const Step &step : m_steps) {
        if (const QString *name = std::get_if<QString>(&step)) {
            if (!current.isObject() || !current.toObject().contains(*name))
                return std::nullopt;
            current = current.toObject().value(*name);
        } else {
            const QJsonArray array = current.toArray();
            qsizetype index = std::get<qsizetype>(step);
            if (index < 0)
                index += array.size();
            if (!current.isArray() || index < 0 || index >= array.size())
                return std::nullopt;
            current = array.at(index);
        }
    }
    return current;
}

QString JsonPath::lastName() const
{
    if (m_steps.isEmpty())
        return {};
    const QString *name = std::get_if<QString>(&m_steps.last());
    return name ? *name : QString();
}

} // namespace keyway
