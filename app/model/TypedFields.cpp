#include "model/TypedFields.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace keyway {

std::optional<QJsonValue> TypedFields::jsonValue(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument wrapped = QJsonDocument::fromJson("[" + text.toUtf8() + "]", &error);
    if (error.error != QJsonParseError::NoError || wrapped.array().size() != 1)
        return std::nullopt;
    return wrapped.array().first();
}

Expected<QString> TypedFields::expand(
    const HeaderField &field, const VariableExpander &expander, const QString &what)
{
    auto value = expander.expand(field.value, QStringLiteral("%1 '%2'").arg(what, field.name));
    if (!value)
        return value;
    if (field.json && !jsonValue(value.value()))
        return Failure {ErrorKind::Invalid,
            tr("%1 '%2' is sent as JSON, but '%3' is not a JSON value (a number, true, false, null, "
               "\"text\", [..] or {..})")
                .arg(what, field.name, value.value())};
    return value;
}

Expected<QJsonObject> TypedFields::expandToObject(
    const QList<HeaderField> &fields, const VariableExpander &expander, const QString &what)
{
    QJsonObject object;
    for (const HeaderField &field : fields) {
        if (!field.enabled)
            continue;
        auto value = expand(field, expander, what);
        if (!value)
            return value.failure();
        object.insert(field.name, field.json ? *jsonValue(value.value()) : QJsonValue(value.value()));
    }
    return object;
}

} // namespace keyway
