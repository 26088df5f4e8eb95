#pragma once

#include "checks/Check.h"
#include "checks/ResponseBody.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace keyway {

class VariableExpander;

// How one check fared on a response.
struct CheckOutcome
{
    QString check; // as written
    bool passed = false;
    QString expected; // e.g. "== 42", "exists"
    QString actual; // what the response had there, shortened; secrets masked
    QString problem; // when it failed: expected against actual, or why it could not be checked

    bool operator==(const CheckOutcome &) const = default;
};

// Checks a response against a request's checks. Values that are credentials — a secret the request
// used, or a token or password field — show masked in `actual` and `problem`, so reports and the
// terminal never carry them.
class ResponseChecks
{
    Q_DECLARE_TR_FUNCTIONS(ResponseChecks)

public:
    // A check that does not parse fails with the parser's message. With `variables`, {{names}} in
    // a check are filled in first (secrets masked, so a check never holds one); the outcome keeps
    // the check as written.
    static QList<CheckOutcome> evaluate(const QStringList &checks, const ResponseBody &body,
        const QStringList &secrets = {}, const VariableExpander *variables = nullptr);
    static CheckOutcome outcomeOf(const Check &check, const ResponseBody &body, const QStringList &secrets = {});
    static bool allPassed(const QList<CheckOutcome> &outcomes);
};

} // namespace keyway
