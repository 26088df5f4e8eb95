#include "checks/Check.h"

#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace keyway {

namespace {

using Comparison = Check::Comparison;
using Subject = Check::Subject;

constexpr std::pair<const char *, Comparison> Comparisons[] = {{"==", Comparison::Equals},
    {"!=", Comparison::NotEquals}, {"<=", Comparison::LessOrEqual}, {">=", Comparison::GreaterOrEqual},
    {"<", Comparison::Less}, {">", Comparison::Greater}, {"contains", Comparison::Contains},
    {"matches", Comparison::Matches}, {"exists", Comparison::Exists}, {"absent", Comparison::Absent},
    {"type", Comparison::Type}, {"in", Comparison::In}};

const QStringList JsonTypes {QStringLiteral("string"), QStringLiteral("number"), QStringLiteral("boolean"),
    QStringLiteral("object"), QStringLiteral("array"), QStringLiteral("null")};

// The subject's end in `line`: a JSON path runs to the first space outside quotes and brackets.
qsizetype pathEnd(const QString &line)
{
    bool quoted = false;
    int depth = 0;
    for (qsizetype at = 0; at < line.size(); ++at) {
        const QChar c = line.at(at);
        if (quoted) {
            if (c == QLatin1Char('\\'))
                ++at;
            else if (c == QLatin1Char('"'))
                quoted = false;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char('[')) {
            ++depth;
        } else if (c == QLatin1Char(']')) {
            --depth;
        } else if (c.isSpace() && depth == 0) {
            return at;
        }
    }
    return line.size();
}

// "42" → 42, "\"42\"" → "42", "[1, 2]" → [1, 2], "json" → "json".
QJsonValue valueOf(const QString &text)
{
    // Most expected values are small whole numbers (status == 200); JSON's parser is the slow part of
    // a check, so those skip it. A leading zero or sign, a fraction, anything else goes to the parser.
    const bool plainWholeNumber = !text.isEmpty() && text.size() <= 15
        && (text.size() == 1 || text.front() != QLatin1Char('0'))
        && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
    if (plainWholeNumber)
        return QJsonValue(double(text.toLongLong()));
    const QJsonDocument wrapped = QJsonDocument::fromJson((QLatin1Char('[') + text + QLatin1Char(']')).toUtf8());
    if (wrapped.isArray() && wrapped.array().size() == 1)
        return wrapped.array().first();
    return text;
}

// `status in 2xx` keeps "2xx"; `in 200, 201` and `in [200, 201]` become arrays.
QJsonValue listOf(const QString &text)
{
    const QJsonValue json = valueOf(text);
    static const QRegularExpression statusClass(QStringLiteral("^[1-5]xx$"));
    if (json.isArray() || text.contains(statusClass))
        return json;
    QJsonArray items;
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        items.append(valueOf(item.trimmed()));
    return items;
}

// Which comparisons a subject allows, and the message when another is used.
bool allowed(Subject subject, Comparison comparison)
{
    switch (subject) {
    case Subject::StatusCode:
        return comparison != Comparison::Contains && comparison != Comparison::Matches && comparison != Comparison::Exists
            && comparison != Comparison::Absent && comparison != Comparison::Type;
    case Subject::Time:
        return comparison == Comparison::Less || comparison == Comparison::LessOrEqual || comparison == Comparison::Greater
            || comparison == Comparison::GreaterOrEqual;
    case Subject::Header:
        return comparison == Comparison::Equals || comparison == Comparison::NotEquals || comparison == Comparison::Contains
            || comparison == Comparison::Matches || comparison == Comparison::Exists || comparison == Comparison::Absent;
    case Subject::Body:
        return comparison == Comparison::Equals || comparison == Comparison::NotEquals || comparison == Comparison::Contains
            || comparison == Comparison::Matches;
    case Subject::Json:
        return true;
    case Subject::NoError:
        break;
    }
    return false;
}

} // namespace

QString Check::comparisonText(Comparison comparison)
{
    for (const auto &[text, value] : Comparisons) {
        if (value == comparison)
            return QString::fromLatin1(text);
    }
    return {};
}

Expected<Check> Check::parse(const QString &line)
{
    Check check;
    check.text = line.trimmed();
    const auto fail = [&](const QString &problem) {
        return Failure {ErrorKind::Invalid, tr("check \"%1\": %2").arg(check.text, problem)};
    };
    if (check.text == QLatin1String("no-error")) {
        check.subject = Subject::NoError;
        return check;
    }
    QString rest = check.text;
    const auto takeWord = [&rest] {
        const auto found = std::find_if(rest.cbegin(), rest.cend(), [](QChar c) { return c.isSpace(); });
        const qsizetype space = found == rest.cend() ? -1 : found - rest.cbegin();
        const QString word = space < 0 ? rest : rest.left(space);
        rest = space < 0 ? QString() : rest.mid(space).trimmed();
        return word;
    };
    if (rest.startsWith(QLatin1Char('$'))) {
        const qsizetype end = pathEnd(rest);
        auto path = JsonPath::parse(rest.left(end));
        if (!path)
            return fail(path.error());
        check.subject = Subject::Json;
        check.path = path.value();
        rest = rest.mid(end).trimmed();
        if (rest.startsWith(QLatin1String("length")) && (rest.size() == 6 || rest.at(6).isSpace())) {
            check.length = true;
            rest = rest.mid(6).trimmed();
        }
    } else {
        const QString subject = takeWord();
        if (subject == QLatin1String("status"))
            check.subject = Subject::StatusCode;
        else if (subject == QLatin1String("time"))
            check.subject = Subject::Time;
        else if (subject == QLatin1String("body"))
            check.subject = Subject::Body;
        else if (subject == QLatin1String("header")) {
            check.subject = Subject::Header;
            check.headerName = takeWord();
            if (check.headerName.isEmpty())
                return fail(tr("name the header: header Content-Type contains json"));
        } else {
            return fail(tr("it starts with status, header NAME, a JSON path ($.…), body, time or no-error, not "
                           "\"%1\"")
                            .arg(subject));
        }
    }
    const QString comparison = takeWord();
    bool known = false;
    for (const auto &[text, value] : Comparisons) {
        if (comparison == QLatin1String(text)) {
            check.comparison = value;
            known = true;
        }
    }
    if (!known)
        return fail(comparison.isEmpty()
                ? tr("a comparison is missing (==, !=, <, <=, >, >=, contains, matches, exists, absent, type, in)")
                : tr("\"%1\" is no comparison (use ==, !=, <, <=, >, >=, contains, matches, exists, absent, type, in)")
                      .arg(comparison));
    if (!allowed(check.subject, check.comparison))
        return fail(tr("\"%1\" does not apply here").arg(comparison));
    if (check.comparison == Comparison::Exists || check.comparison == Comparison::Absent) {
        if (!rest.isEmpty())
            return fail(tr("nothing follows \"%1\"").arg(comparison));
        return check;
    }
    if (rest.isEmpty())
        return fail(tr("a value must follow \"%1\"").arg(comparison));
    switch (check.comparison) {
    case Comparison::Matches:
        check.pattern = QRegularExpression(rest);
        if (!check.pattern.isValid())
            return fail(tr("the regular expression is not valid at character %1: %2")
                            .arg(check.pattern.patternErrorOffset() + 1)
                            .arg(check.pattern.errorString()));
        check.expected = rest;
        break;
    case Comparison::Type:
        if (!JsonTypes.contains(rest))
            return fail(tr("the type is one of %1").arg(JsonTypes.join(QStringLiteral(", "))));
        check.expected = rest;
        break;
    case Comparison::In:
        check.expected = listOf(rest);
        if (check.expected.isArray() ? check.expected.toArray().isEmpty() : check.subject != Subject::StatusCode)
            return fail(tr("\"in\" takes a list: in 200, 201 (or a class for the status: in 2xx)"));
        break;
    case Comparison::Less:
    case Comparison::LessOrEqual:
    case Comparison::Greater:
    case Comparison::GreaterOrEqual:
        check.expected = valueOf(rest);
        if (!check.expected.isDouble())
            return fail(tr("\"%1\" compares numbers; %2 is not one").arg(comparison, rest));
        break;
    default:
        check.expected = check.subject == Subject::Header || check.subject == Subject::Body ? valueOf(rest).toString(rest)
                                                                                             : valueOf(rest);
        if ((check.subject == Subject::StatusCode || check.length) && !check.expected.isDouble())
            return fail(tr("%1 is not a number").arg(rest));
        break;
    }
    return check;
}

} // namespace keyway
