#pragma once

#include <QString>

namespace keyway {

// A GraphQL request as written: the document, its variables (JSON, a template) and, when the
// document holds several operations, the one to run. Sent as {"query", "variables", "operationName"}.
struct GraphQlBody
{
    QString query;
    QString variables;
    QString operationName;

    bool operator==(const GraphQlBody &) const = default;
};

} // namespace keyway
