#pragma once

#include "core/Expected.h"
#include "model/HeaderField.h"
#include "model/VariableExpander.h"

#include <optional>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

namespace keyway {

// Name/value templates whose values may be typed as JSON (HeaderField::json, HTTPie's name:=1):
// token-request parameters, JWT claims. A typed value must be exactly one JSON value once filled in,
// so a variable holding `1, "admin": true` cannot add members of its own.
class TypedFields
{
    Q_DECLARE_TR_FUNCTIONS(TypedFields)

public:
    // "1" → 1, "true" → true, "[1,2]" → [1,2]; std::nullopt when the text is not one JSON value.
    static std::optional<QJsonValue> jsonValue(const QString &text);

    // The field's template filled in; `what` names the kind of field in errors ("claim").
    static Expected<QString> expand(const HeaderField &field, const VariableExpander &expander, const QString &what);

    // The enabled fields as one object: typed ones as their JSON value, the others as strings.
    static Expected<QJsonObject> expandToObject(
        const QList<HeaderField> &fields, const VariableExpander &expander, const QString &what);
};

} // namespace keyway
