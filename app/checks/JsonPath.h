#pragma once

#include "core/Expected.h"

#include <optional>
#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <variant>

namespace keyway {

// A JSON path of the simple kind checks and captures need: `$`, then `.name`, `["any name"]`,
// `[3]` or `[-1]` (from the end). No wildcards or filters: each path names at most one value.
class JsonPath
{
    Q_DECLARE_TR_FUNCTIONS(JsonPath)

public:
    // `text` starts with `$`; the error names the position of what is wrong.
    static Expected<JsonPath> parse(const QString &text);

    // A value as JSON writes it, on one line ("42" and 42 look different).
    static QString compactText(const QJsonValue &value);
    // Strings as they are, anything else as compactText: a value for a variable.
    static QString plainText(const QJsonValue &value) { return value.isString() ? value.toString() : compactText(value); }
    // A JSON body's top value; the error names what is wrong and where.
    static Expected<QJsonValue> rootOf(const QByteArray &body);
    // The value at the path; none when a step is missing or of the wrong kind.
    std::optional<QJsonValue> valueIn(const QJsonValue &root) const;
    const QString &text() const { return m_text; }
    // The last member name on the path ("" for an index or `$`), e.g. to tell a token field.
    QString lastName() const;

    bool operator==(const JsonPath &) const = default;

private:
    using Step = std::variant<QString, qsizetype>; // a member name, or an index
    QString m_text;
    QList<Step> m_steps;
};

} // namespace keyway
