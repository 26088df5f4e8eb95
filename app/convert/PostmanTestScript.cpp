#include "convert/PostmanTestScript.h"

#include "checks/Capture.h"
#include "checks/Check.h"
#include "checks/JsonPath.h"
#include "convert/ScriptLiteral.h"

#include <optional>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace keyway {

namespace {

// A JavaScript literal as JSON: numbers, true/false/null, 'single' or "double" quoted strings, and
// arrays of them. None for anything else (a variable, an expression).
std::optional<QString> jsonLiteral(const QString &script)
{
    QString text = doubleQuoted(script);
    if (text.startsWith(QLatin1Char('[')))
        text.replace(QLatin1Char('\''), QLatin1Char('"')); // ['a', 'b'] as JSON
    const QJsonDocument wrapped = QJsonDocument::fromJson((QLatin1Char('[') + text + QLatin1Char(']')).toUtf8());
    if (!wrapped.isArray() || wrapped.array().size() != 1)
        return std::nullopt;
    return JsonPath::compactText(wrapped.array().first());
}

// What Postman's response assertions with a name mean as a status check.
const QList<std::pair<QString, QString>> &namedStatuses()
{
    static const QList<std::pair<QString, QString>> statuses {{QStringLiteral("ok"), QStringLiteral("status == 200")},
        {QStringLiteral("success"), QStringLiteral("status in 2xx")},
        {QStringLiteral("redirection"), QStringLiteral("status in 3xx")},
        {QStringLiteral("clientError"), QStringLiteral("status in 4xx")},
        {QStringLiteral("serverError"), QStringLiteral("status in 5xx")},
        {QStringLiteral("error"), QStringLiteral("status >= 400")},
        {QStringLiteral("badRequest"), QStringLiteral("status == 400")},
        {QStringLiteral("unauthorized"), QStringLiteral("status == 401")},
        {QStringLiteral("forbidden"), QStringLiteral("status == 403")},
        {QStringLiteral("notFound"), QStringLiteral("status == 404")},
        {QStringLiteral("rateLimited"), QStringLiteral("status == 429")}};
    return statuses;
}

class Translator
{
public:
    PostmanTestScript::Translation result;

    void line(const QString &raw)
    {
        QString text = raw.trimmed();
        if (text.endsWith(QLatin1Char(';')))
            text.chop(1);
        text = text.trimmed();
        if (text.isEmpty() || text.startsWith(QLatin1String("//")) || isStructure(text))
            return;
        const qsizetype checks = result.checks.size();
        const qsizetype captures = result.captures.size();
        const bool read = readJsonVariable(text) || readStatus(text) || readHeader(text) || readTime(text)
            || readExpectation(text) || readCapture(text);
        // What was made must read as Keyway's own lines (a variable name Keyway does not allow, …).
        const bool valid = std::all_of(result.checks.cbegin() + checks, result.checks.cend(),
                               [](const QString &check) { return Check::parse(check).ok(); })
            && std::all_of(result.captures.cbegin() + captures, result.captures.cend(),
                [](const QString &capture) { return Capture::parse(capture).ok(); });
        if (!read || !valid) {
            result.checks.resize(checks);
            result.captures.resize(captures);
            result.leftOut.append(raw.trimmed());
        }
    }

private:
    // pm.test("…", function () {  …  });  and  () => {
    static bool isStructure(const QString &text)
    {
        static const QRegularExpression test(QStringLiteral(
            "^pm\\.test\\(\\s*(['\"]).*\\1\\s*,\\s*(function\\s*\\(\\s*\\)|\\(\\s*\\)\\s*=>)\\s*\\{$"));
        return text == QLatin1String("})") || text == QLatin1String("}") || test.match(text).hasMatch();
    }

    // var|let|const NAME = pm.response.json()
    bool readJsonVariable(const QString &text)
    {
        static const QRegularExpression json(
            QStringLiteral("^(?:var|let|const)\\s+([A-Za-z_$][\\w$]*)\\s*=\\s*pm\\.response\\.json\\(\\)$"));
        const QRegularExpressionMatch match = json.match(text);
        if (match.hasMatch())
            m_jsonNames.append(match.captured(1));
        return match.hasMatch();
    }

    // jsonData.data[0]['id'] or pm.response.json().x → $.data[0]["id"]; none for anything else.
    std::optional<QString> pathOf(const QString &expression) const
    {
        QString rest;
        if (expression.startsWith(QLatin1String("pm.response.json()")))
            rest = expression.mid(18);
        for (const QString &name : m_jsonNames) {
            if (expression == name || expression.startsWith(name + QLatin1Char('.')) || expression.startsWith(name + QLatin1Char('[')))
                rest = expression.mid(name.size());
        }
        if (rest.isEmpty() && !expression.startsWith(QLatin1String("pm.response.json()"))
            && !m_jsonNames.contains(expression))
            return std::nullopt;
        static const QRegularExpression steps(QStringLiteral("^(?:\\.[A-Za-z_$][\\w$]*|\\[\\d+\\]|\\['[^'\\]]*'\\]|\\[\"[^\"\\]]*\"\\])*$"));
        if (!steps.match(rest).hasMatch())
            return std::nullopt;
        rest.replace(QRegularExpression(QStringLiteral("\\['([^'\\]]*)'\\]")), QStringLiteral("[\"\\1\"]"));
        return QLatin1Char('$') + rest;
    }

    bool readStatus(const QString &text)
    {
        static const QRegularExpression status(QStringLiteral("^pm\\.response\\.to\\.have\\.status\\((\\d{3})\\)$"));
        if (const QRegularExpressionMatch match = status.match(text); match.hasMatch()) {
            result.checks.append(QStringLiteral("status == ") + match.captured(1));
            return true;
        }
        static const QRegularExpression named(QStringLiteral("^pm\\.response\\.to\\.be\\.(\\w+)$"));
        const QRegularExpressionMatch match = named.match(text);
        for (const auto &[name, check] : namedStatuses()) {
            if (match.hasMatch() && match.captured(1) == name) {
                result.checks.append(check);
                return true;
            }
        }
        return false;
    }

    bool readHeader(const QString &text)
    {
        static const QRegularExpression header(
            QStringLiteral("^pm\\.response\\.to\\.have\\.header\\(\\s*(['\"])([\\w-]+)\\1\\s*(?:,\\s*(.+))?\\)$"));
        const QRegularExpressionMatch match = header.match(text);
        if (!match.hasMatch())
            return false;
        if (match.captured(3).isEmpty()) {
            result.checks.append(QStringLiteral("header %1 exists").arg(match.captured(2)));
            return true;
        }
        const auto value = jsonLiteral(match.captured(3));
        if (value)
            result.checks.append(QStringLiteral("header %1 == %2").arg(match.captured(2), *value));
        return value.has_value();
    }

    bool readTime(const QString &text)
    {
        static const QRegularExpression time(
            QStringLiteral("^pm\\.expect\\(pm\\.response\\.responseTime\\)\\.to\\.be\\.(below|lessThan|above|greaterThan)\\((\\d+)\\)$"));
        const QRegularExpressionMatch match = time.match(text);
        if (!match.hasMatch())
            return false;
        const bool below = match.captured(1) == QLatin1String("below") || match.captured(1) == QLatin1String("lessThan");
        result.checks.append(QStringLiteral("time %1 %2").arg(below ? QStringLiteral("<") : QStringLiteral(">"), match.captured(2)));
        return true;
    }

    // pm.expect(SUBJECT).to.… where SUBJECT is the status code or a JSON path.
    bool readExpectation(const QString &text)
    {
        static const QRegularExpression expect(QStringLiteral("^pm\\.expect\\((.+?)\\)\\.to\\.(.+)$"));
        const QRegularExpressionMatch match = expect.match(text);
        if (!match.hasMatch())
            return false;
        const QString subject = match.captured(1).trimmed();
        QString left;
        if (subject == QLatin1String("pm.response.code"))
            left = QStringLiteral("status");
        else if (const auto path = pathOf(subject))
            left = *path;
        else
            return false;
        const auto check = assertion(left, match.captured(2));
        if (check)
            result.checks.append(*check);
        return check.has_value();
    }

    // The chai chain after "to." as a comparison and value.
    static std::optional<QString> assertion(const QString &left, QString chain)
    {
        static const QRegularExpression call(QStringLiteral("^(?:be\\.|have\\.)?([A-Za-z]+)\\((.*)\\)$"));
        if (chain == QLatin1String("exist") || (chain == QLatin1String("be.ok") && left != QLatin1String("status")))
            return left + QStringLiteral(" exists");
        if (chain == QLatin1String("not.exist") || chain == QLatin1String("be.undefined"))
            return left + QStringLiteral(" absent");
        for (const char *word : {"true", "false", "null"}) {
            if (chain == QStringLiteral("be.") + QLatin1String(word))
                return QStringLiteral("%1 == %2").arg(left, QLatin1String(word));
        }
        const QRegularExpressionMatch match = call.match(chain);
        if (!match.hasMatch())
            return std::nullopt;
        const QString verb = match.captured(1);
        const QString argument = match.captured(2).trimmed();
        if (verb == QLatin1String("a") || verb == QLatin1String("an")) {
            const auto type = jsonLiteral(argument);
            return type ? std::optional(QStringLiteral("%1 type %2").arg(left, QString(*type).remove(QLatin1Char('"'))))
                        : std::nullopt;
        }
        if (verb == QLatin1String("match")) {
            static const QRegularExpression literal(QStringLiteral("^/(.*)/$"));
            const QRegularExpressionMatch regex = literal.match(argument);
            return regex.hasMatch() ? std::optional(QStringLiteral("%1 matches %2").arg(left, regex.captured(1))) : std::nullopt;
        }
        const auto value = jsonLiteral(argument);
        if (!value)
            return std::nullopt;
        static const QList<std::pair<QString, QString>> comparisons {{QStringLiteral("eql"), QStringLiteral("==")},
            {QStringLiteral("equal"), QStringLiteral("==")}, {QStringLiteral("equals"), QStringLiteral("==")},
            {QStringLiteral("above"), QStringLiteral(">")}, {QStringLiteral("greaterThan"), QStringLiteral(">")},
            {QStringLiteral("below"), QStringLiteral("<")}, {QStringLiteral("lessThan"), QStringLiteral("<")},
            {QStringLiteral("least"), QStringLiteral(">=")}, {QStringLiteral("most"), QStringLiteral("<=")},
            {QStringLiteral("include"), QStringLiteral("contains")}, {QStringLiteral("contain"), QStringLiteral("contains")},
            {QStringLiteral("oneOf"), QStringLiteral("in")}};
        if (verb == QLatin1String("lengthOf") || verb == QLatin1String("length"))
            return QStringLiteral("%1 length == %2").arg(left, *value);
        for (const auto &[name, comparison] : comparisons) {
            if (verb == name)
                return QStringLiteral("%1 %2 %3").arg(left, comparison, *value);
        }
        return std::nullopt;
    }

    // pm.environment.set("name", SOURCE) and its older and other-scope forms.
    bool readCapture(const QString &text)
    {
        static const QRegularExpression set(QStringLiteral(
            "^(?:pm\\.(?:environment|collectionVariables|variables|globals)\\.set|postman\\.set(?:Environment|Global)Variable)"
            "\\(\\s*(['\"])([A-Za-z_][\\w.-]*)\\1\\s*,\\s*(.+)\\)$"));
        const QRegularExpressionMatch match = set.match(text);
        if (!match.hasMatch())
            return false;
        const QString name = match.captured(2);
        const QString source = match.captured(3).trimmed();
        static const QRegularExpression header(QStringLiteral("^pm\\.response\\.headers\\.get\\(\\s*(['\"])([\\w-]+)\\1\\s*\\)$"));
        QString capture;
        if (const QRegularExpressionMatch headerMatch = header.match(source); headerMatch.hasMatch())
            capture = QStringLiteral("header ") + headerMatch.captured(2);
        else if (source == QLatin1String("pm.response.code"))
            capture = QStringLiteral("status");
        else if (const auto path = pathOf(source))
            capture = *path;
        else
            return false;
        static const QRegularExpression secretName(QStringLiteral("token|secret|password|key"), QRegularExpression::CaseInsensitiveOption);
        result.captures.append(QStringLiteral("%1 = %2%3").arg(name, capture,
            secretName.match(name).hasMatch() ? QStringLiteral(" secret") : QString()));
        return true;
    }

    QStringList m_jsonNames;
};

} // namespace

PostmanTestScript::Translation PostmanTestScript::translate(const QStringList &lines)
{
    Translator translator;
    for (const QString &script : lines) {
        for (const QString &line : script.split(QLatin1Char('\n')))
            translator.line(line);
    }
    return translator.result;
}

} // namespace keyway
