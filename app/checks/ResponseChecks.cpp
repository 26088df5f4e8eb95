#include "checks/ResponseChecks.h"

#include "envelope/EnvelopeRecognizer.h"
#include "history/CredentialScrub.h"
#include "model/SecretMask.h"
#include "model/VariableExpander.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QJsonObject>

namespace keyway {

namespace {

using Comparison = Check::Comparison;
using Subject = Check::Subject;

constexpr qsizetype ShownCharacters = 120;

QString shortened(QString text)
{
    if (text.size() > ShownCharacters)
        text = text.left(ShownCharacters) + QStringLiteral("\u2026");
    return text;
}

QString typeOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("null");
}

bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble(); // 42 and 42.0 are one number
    return a == b;
}

bool contains(const QJsonValue &haystack, const QJsonValue &needle)
{
    if (haystack.isString())
        return haystack.toString().contains(needle.isString() ? needle.toString() : JsonPath::compactText(needle));
    if (haystack.isArray()) {
        const QJsonArray items = haystack.toArray();
        return std::any_of(items.begin(), items.end(), [&](const QJsonValue &item) { return sameValue(item, needle); });
    }
    if (haystack.isObject())
        return needle.isString() && haystack.toObject().contains(needle.toString());
    return false;
}

std::optional<QJsonValue> lengthOf(const QJsonValue &value)
{
    if (value.isArray())
        return QJsonValue(double(value.toArray().size()));
    if (value.isObject())
        return QJsonValue(double(value.toObject().size()));
    if (value.isString())
        return QJsonValue(double(value.toString().size()));
    return std::nullopt;
}

// Compares `actual` as the check says; the subject's own rules (missing values, kinds) come before.
bool compare(const Check &check, const QJsonValue &actual)
{
    const QJsonValue &expected = check.expected;
    switch (check.comparison) {
    case Comparison::Equals:
        return sameValue(actual, expected);
    case Comparison::NotEquals:
        return !sameValue(actual, expected);
    case Comparison::Less:
        return actual.isDouble() && actual.toDouble() < expected.toDouble();
    case Comparison::LessOrEqual:
        return actual.isDouble() && actual.toDouble() <= expected.toDouble();
    case Comparison::Greater:
        return actual.isDouble() && actual.toDouble() > expected.toDouble();
    case Comparison::GreaterOrEqual:
        return actual.isDouble() && actual.toDouble() >= expected.toDouble();
    case Comparison::Contains:
        return contains(actual, expected);
    case Comparison::Matches:
        return check.pattern.match(actual.isString() ? actual.toString() : JsonPath::compactText(actual)).hasMatch();
    case Comparison::Type:
        return typeOf(actual) == expected.toString();
    case Comparison::In:
        if (expected.isString()) // a status class: 2xx
            return actual.isDouble() && int(actual.toDouble()) / 100 == expected.toString().at(0).digitValue();
        return contains(expected, actual);
    case Comparison::Exists:
    case Comparison::Absent:
        break;
    }
    return true; // Exists and Absent are decided by whether there is a value
}

class Evaluation
{
public:
    Evaluation(const Check &check, const ResponseBody &body, const QStringList &secrets)
        : m_check(check)
        , m_response(body.response())
        , m_secrets(secrets)
        , m_body(body)
    {
        m_outcome.check = check.text;
        m_outcome.expected = check.subject == Subject::NoError
            ? ResponseChecks::tr("no error")
            : Check::comparisonText(check.comparison)
                + (check.expected.isUndefined() ? QString() : QLatin1Char(' ') + JsonPath::compactText(check.expected));
        if (check.comparison == Comparison::Matches || check.comparison == Comparison::Type
            || (check.comparison == Comparison::In && check.expected.isString()))
            m_outcome.expected = Check::comparisonText(check.comparison) + QLatin1Char(' ') + check.expected.toString();
    }

    CheckOutcome run()
    {
        switch (m_check.subject) {
        case Subject::StatusCode:
            return judge(QJsonValue(m_response.status));
        case Subject::Time:
            return judge(QJsonValue(double(m_response.elapsedMs)), ResponseChecks::tr("%1 ms").arg(m_response.elapsedMs));
        case Subject::Header:
            return header();
        case Subject::Body:
            if (const auto failure = bodyMissing())
                return fail(*failure);
            return judge(QString::fromUtf8(m_response.body));
        case Subject::Json:
            return json();
        case Subject::NoError:
            return noError();
        }
        return fail({});
    }

private:
    CheckOutcome header()
    {
        QStringList values;
        for (const auto &[name, value] : m_response.headers) {
            if (QString::fromLatin1(name).compare(m_check.headerName, Qt::CaseInsensitive) == 0)
                values.append(QString::fromLatin1(value));
        }
        const bool credential = m_check.headerName.compare(QLatin1String("Set-Cookie"), Qt::CaseInsensitive) == 0
            || m_check.headerName.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0;
        if (values.isEmpty())
            return presence(false, {});
        return judge(values.join(QStringLiteral(", ")), {}, credential);
    }

    CheckOutcome json()
    {
        if (const auto failure = bodyMissing())
            return fail(*failure);
        const Expected<QJsonValue> &root = m_body.json();
        if (!root)
            return fail(root.error());
        std::optional<QJsonValue> value = m_check.path->valueIn(root.value());
        const bool credential = CredentialScrub::isCredentialField(m_check.path->lastName());
        if (value && m_check.length) {
            value = lengthOf(*value);
            if (!value)
                return fail(ResponseChecks::tr("the value at %1 has no length (not an array, object or string)")
                                .arg(m_check.path->text()));
        }
        if (!value)
            return presence(false, {});
        return judge(*value, {}, credential);
    }

    CheckOutcome noError()
    {
        const auto error = EnvelopeRecognizer::recognize(m_response.status, m_response.headers, m_response.body);
        m_outcome.actual = error ? shown(error->toCard().section(QLatin1Char('\n'), 0, 0), false)
                                 : ResponseChecks::tr("HTTP %1, no error").arg(m_response.status);
        m_outcome.passed = !error;
        if (error)
            m_outcome.problem = ResponseChecks::tr("expected no error, got: %1").arg(m_outcome.actual);
        return m_outcome;
    }

    std::optional<QString> bodyMissing() const
    {
        if (!m_response.hasWholeBody())
            return ResponseChecks::tr("only the body's first %1 were kept in memory (the rest went to a file, the "
                                      "terminal or the disk as it arrived); checks on the body need all of it "
                                      "(keyway-cli: without -o)")
                .arg(QLocale().formattedDataSize(m_response.body.size()));
        return std::nullopt;
    }

    // Exists / Absent, and a missing value for any other comparison.
    CheckOutcome presence(bool present, const QString &actual)
    {
        m_outcome.actual = present ? actual : ResponseChecks::tr("(none)");
        if (m_check.comparison == Comparison::Absent)
            m_outcome.passed = !present;
        else
            m_outcome.passed = present && m_check.comparison == Comparison::Exists;
        if (!m_outcome.passed)
            m_outcome.problem = present ? ResponseChecks::tr("expected none, got %1").arg(actual)
                                        : ResponseChecks::tr("expected %1, but there is none").arg(subjectName());
        return m_outcome;
    }

    CheckOutcome judge(const QJsonValue &actual, const QString &display = {}, bool credential = false)
    {
        const QString text = shown(display.isEmpty() ? JsonPath::compactText(actual) : display, credential);
        if (m_check.comparison == Comparison::Exists || m_check.comparison == Comparison::Absent)
            return presence(true, text);
        m_outcome.actual = text;
        m_outcome.passed = compare(m_check, actual);
        if (!m_outcome.passed) {
            m_outcome.problem = m_check.comparison == Comparison::Type
                ? ResponseChecks::tr("expected %1, got %2 (%3)").arg(m_outcome.expected, typeOf(actual), text)
                : ResponseChecks::tr("expected %1, got %2").arg(m_outcome.expected, text);
        }
        return m_outcome;
    }

    CheckOutcome fail(const QString &problem)
    {
        m_outcome.passed = false;
        m_outcome.problem = problem;
        return m_outcome;
    }

    QString subjectName() const
    {
        if (m_check.subject == Subject::Header)
            return ResponseChecks::tr("a header %1").arg(m_check.headerName);
        return ResponseChecks::tr("a value at %1").arg(m_check.path ? m_check.path->text() : QString());
    }

    // Shortened, and masked where it is or holds a credential.
    QString shown(QString text, bool credential) const
    {
        if (credential)
            return SecretMask::dots();
        for (const QString &secret : m_secrets) {
            if (secret.size() >= CredentialScrub::MinSecretLength)
                text.replace(secret, SecretMask::mask(secret));
        }
        return shortened(text);
    }

    const Check &m_check;
    const HttpResponse &m_response;
    const QStringList &m_secrets;
    const ResponseBody &m_body;
    CheckOutcome m_outcome;
};

} // namespace

CheckOutcome ResponseChecks::outcomeOf(const Check &check, const ResponseBody &body, const QStringList &secrets)
{
    return Evaluation(check, body, secrets).run();
}

QList<CheckOutcome> ResponseChecks::evaluate(const QStringList &checks, const ResponseBody &body,
    const QStringList &secrets, const VariableExpander *variables)
{
    QList<CheckOutcome> outcomes;
    for (const QString &line : checks) {
        const bool hasVariables = variables && line.contains(QLatin1String("{{"));
        const auto filled = hasVariables ? variables->expand(line, tr("check \"%1\"").arg(line.trimmed()))
                                         : Expected<QString>(line);
        const auto check = filled ? Check::parse(filled.value()) : Expected<Check>(filled.failure());
        CheckOutcome outcome = check ? outcomeOf(check.value(), body, secrets)
                                     : CheckOutcome {{}, false, {}, {}, check.error()};
        outcome.check = line.trimmed();
        outcomes.append(outcome);
    }
    return outcomes;
}

bool ResponseChecks::allPassed(const QList<CheckOutcome> &outcomes)
{
    return std::all_of(outcomes.cbegin(), outcomes.cend(), [](const CheckOutcome &outcome) { return outcome.passed; });
}

} // namespace keyway
