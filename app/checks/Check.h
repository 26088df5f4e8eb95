#pragma once

#include "checks/JsonPath.h"
#include "core/Expected.h"

#include <optional>
#include <QCoreApplication>
#include <QJsonValue>
#include <QRegularExpression>
#include <QString>

namespace keyway {

// One check on a response, written as a line a person reads in a diff:
//   status == 200            status in 2xx            status in 200, 201
//   header Content-Type contains json                header ETag exists
//   $.data[0].id exists      $.amount == 42           $.name != "x"     $.total > 10
//   $.items length == 3      $.id type string         $.email matches ^.+@.+$
//   body contains "ok"       time < 500               no-error
// The value after the comparison is JSON when it reads as JSON (42, "42", true, null, [1, 2]),
// otherwise text.
struct Check
{
    Q_DECLARE_TR_FUNCTIONS(Check)

public:
    enum class Subject { StatusCode, Header, Json, Body, Time, NoError };
    enum class Comparison { Equals, NotEquals, Less, LessOrEqual, Greater, GreaterOrEqual, Contains, Matches, Exists,
        Absent, Type, In };

    QString text; // as written
    Subject subject = Subject::StatusCode;
    QString headerName;
    std::optional<JsonPath> path;
    bool length = false; // compares the value's length (array, string, object)
    Comparison comparison = Comparison::Equals;
    QJsonValue expected; // a number, string, bool, null or array
    QRegularExpression pattern; // for Matches

    // The error says what is wrong and what would be right.
    static Expected<Check> parse(const QString &line);
    // "==", "contains", … as written in a check.
    static QString comparisonText(Comparison comparison);
};

} // namespace keyway
