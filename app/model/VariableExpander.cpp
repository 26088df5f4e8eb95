#include "model/VariableExpander.h"

#include "core/CompactJson.h"
#include "core/JsonStringTracker.h"
#include "model/DynamicValue.h"
#include "model/NameRules.h"
#include "model/SecretMask.h"

#include <QHash>
#include <QList>

namespace keyway {

namespace {

const QLatin1String SecretPrefix("secret.");
const QLatin1String BaseUrlName("baseUrl");
const QLatin1String CompanyIdName("companyId");
const QLatin1String JwtName("jwt"); // AuthSetting::jwtVariable(), which this layer cannot include

struct TemplatePart
{
    bool isReference = false;
    QString text; // literal text, or the trimmed reference name
};

Expected<QList<TemplatePart>> parseTemplate(const QString &text, const QString &where)
{
    QList<TemplatePart> parts;
    QString literal;
    const auto flushLiteral = [&] {
        if (!literal.isEmpty())
            parts.append({false, std::exchange(literal, {})});
    };
    qsizetype i = 0;
    while (i < text.size()) {
        // The text up to the next "{{" is literal, taken in one piece; a backslash before "{{" makes it literal.
        const qsizetype open = text.indexOf(QLatin1String("{{"), i);
        if (open < 0) {
            literal += QStringView(text).mid(i);
            break;
        }
        const bool escaped = open > i && text.at(open - 1) == QLatin1Char('\\');
        literal += QStringView(text).mid(i, open - i - (escaped ? 1 : 0));
        if (escaped) {
            literal += QLatin1String("{{");
            i = open + 2;
            continue;
        }
        i = open;
        const qsizetype close = text.indexOf(QLatin1String("}}"), i + 2);
        if (close < 0)
            return Failure {ErrorKind::Invalid,
                VariableExpander::tr("'{{' at column %1 of %2 is never closed with '}}' "
                                     "(write '\\{{' for a literal '{{')")
                    .arg(i + 1)
                    .arg(where)};
        const QString name = text.mid(i + 2, close - i - 2).trimmed();
        const QString bareName = name.startsWith(SecretPrefix) ? name.mid(SecretPrefix.size()) : name;
        if (DynamicValue::isDynamic(name)) {
            if (Status known = DynamicValue::check(name); !known)
                return Failure {ErrorKind::Invalid, VariableExpander::tr("%1 (in %2)").arg(known.error(), where)};
        } else if (!NameRules::isVariableName(bareName))
            return Failure {ErrorKind::Invalid,
                VariableExpander::tr("'{{%1}}' in %2 is not a variable reference "
                                     "(write '\\{{' for a literal '{{')")
                    .arg(name, where)};
        flushLiteral();
        parts.append({true, name});
        i = close + 2;
    }
    flushLiteral();
    return parts;
}

// Templates repeat: a run sends the same request many times, the window rebuilds its preview on
// each key. Each thread keeps the parts of the last few hundred short templates it parsed (a body
// of megabytes is parsed each time rather than held twice); a broken one is parsed again to say
// where it breaks.
Expected<QList<TemplatePart>> partsOf(const QString &text, const QString &where)
{
    constexpr qsizetype MaxRemembered = 256;
    constexpr qsizetype MaxRememberedLength = 4096;
    thread_local QHash<QString, QList<TemplatePart>> remembered;
    if (const auto found = remembered.constFind(text); found != remembered.cend())
        return found.value();
    auto parts = parseTemplate(text, where);
    if (parts && text.size() <= MaxRememberedLength) {
        if (remembered.size() >= MaxRemembered)
            remembered.clear();
        remembered.insert(text, parts.value());
    }
    return parts;
}

} // namespace

VariableExpander::VariableExpander(
    const Environment &environment, SecretMode mode, QHash<QString, QString> secretValues)
    : m_environment(environment)
    , m_mode(mode)
    , m_secretValues(std::move(secretValues))
    , m_now(QDateTime::currentDateTimeUtc())
{
}

Expected<QString> VariableExpander::expand(const QString &text, const QString &where) const
{
    QStringList stack;
    Expanded done;
    return expandIn(text, where, stack, done);
}

Expected<QString> VariableExpander::expandJson(const QString &text, const QString &where) const
{
    QStringList stack;
    Expanded done;
    return expandIn(text, where, stack, done, true);
}

QString VariableExpander::jsonEscaped(const QString &value)
{
    return compactJson(value).chopped(1).mid(1); // the string's content, without its quotes
}

Expected<QString> VariableExpander::expandIn(
    const QString &text, const QString &where, QStringList &stack, Expanded &done, bool json) const
{
    auto parts = partsOf(text, where);
    if (!parts)
        return parts.failure();
    QString result;
    JsonStringTracker strings; // where a JSON template is: a value in a string literal is escaped
    for (const TemplatePart &part : parts.value()) {
        if (!part.isReference) {
            result += part.text;
            if (json) {
                for (const QChar c : part.text)
                    strings.step(c);
            }
            continue;
        }
        const auto credential = m_credentials.constFind(part.text);
        auto value = credential != m_credentials.cend()     ? Expected<QString>(credential.value())
            : DynamicValue::isDynamic(part.text)            ? DynamicValue::value(part.text, m_now)
            : part.text.startsWith(SecretPrefix) ? resolveSecret(part.text.mid(SecretPrefix.size()), where)
                                                 : resolve(part.text, where, stack, done);
        if (!value)
            return value;
        // In a JSON string a value is the string's content: a quote or backslash in it (a
        // customer called A "B" C) must not end the string or break the document.
        const QString piece = json && strings.inString ? jsonEscaped(value.value()) : value.value();
        if (result.size() + piece.size() > MaxExpandedLength)
            return Failure {ErrorKind::Invalid,
                tr("%1 grows past %2 characters once its variables are filled in (at {{%3}}); variables that "
                   "repeat each other make it double again and again, so check their values")
                    .arg(where)
                    .arg(MaxExpandedLength)
                    .arg(part.text)};
        result += piece;
    }
    return result;
}

Expected<QString> VariableExpander::resolve(
    const QString &name, const QString &where, QStringList &stack, Expanded &done) const
{
    if (const auto known = done.constFind(name); known != done.cend())
        return known.value();
    if (stack.contains(name)) {
        const QStringList cycle = stack.mid(stack.indexOf(name)) << name;
        return Failure {ErrorKind::Invalid,
            tr("variables refer to each other in a cycle: %1 (in %2)")
                .arg(cycle.join(QStringLiteral(" \u2192 ")), where)};
    }
    auto raw = variableValue(name);
    if (!raw)
        return Failure {raw.failure().kind, tr("%1 (used in %2)").arg(raw.error(), where)};
    stack.append(name);
    auto expanded = expandIn(raw.value(), where, stack, done);
    stack.removeLast();
    if (expanded)
        done.insert(name, expanded.value());
    return expanded;
}

Expected<QString> VariableExpander::variableValue(const QString &name) const
{
    if (name == BaseUrlName) {
        if (m_environment.baseUrl.isEmpty())
            return Failure {ErrorKind::NotFound,
                tr("environment '%1' has no base URL for {{baseUrl}}").arg(m_environment.name)};
        return m_environment.baseUrl;
    }
    if (name == CompanyIdName) {
        if (m_environment.companies.selected.isEmpty())
            return Failure {ErrorKind::NotFound,
                tr("environment '%1' has no company ID selected for {{companyId}}").arg(m_environment.name)};
        return m_environment.companies.selected;
    }
    const auto it = m_environment.variables.constFind(name);
    if (it == m_environment.variables.cend() && name == JwtName)
        return Failure {ErrorKind::NotFound,
            tr("{{jwt}} is the token Keyway signs, and environment '%1' does not sign one: set its "
               "authentication to Signed JWT")
                .arg(m_environment.name)};
    if (it == m_environment.variables.cend())
        return Failure {ErrorKind::NotFound,
            tr("unknown variable '%1': environment '%2' does not define it").arg(name, m_environment.name)};
    return it.value();
}

Expected<QString> VariableExpander::resolveSecret(const QString &slot, const QString &where) const
{
    if (!m_environment.hasSecretSlot(slot))
        return Failure {ErrorKind::NotFound,
            tr("unknown secret '%1' in %2: environment '%3' has no such secret")
                .arg(slot, where, m_environment.name)};
    if (m_mode == SecretMode::Reference)
        return reference(slot);
    const auto it = m_secretValues.constFind(slot);
    if (m_mode == SecretMode::Mask)
        return it == m_secretValues.cend() ? SecretMask::dots() : SecretMask::mask(it.value());
    if (it == m_secretValues.cend())
        return Failure {
            ErrorKind::NotFound, tr("secret '%1' used in %2 has no value in the keychain").arg(slot, where)};
    return it.value();
}

QStringList VariableExpander::referencedSecrets(const QString &text) const
{
    return references(text).secrets;
}

void VariableExpander::provideCredential(const QString &name, const QString &value)
{
    m_credentials.insert(name, value);
}

bool VariableExpander::usesCredential(const QString &text) const
{
    const References found = references(text);
    return !found.secrets.isEmpty() || !found.credentials.isEmpty();
}

bool VariableExpander::usesProvidedCredential(const QString &text, const QString &name) const
{
    return references(text).credentials.contains(name);
}

VariableExpander::References VariableExpander::references(const QString &text) const
{
    QStringList visited;
    References found;
    collectReferences(text, visited, found);
    found.secrets.removeDuplicates();
    found.credentials.removeDuplicates();
    return found;
}

void VariableExpander::collectReferences(const QString &text, QStringList &visited, References &found) const
{
    const auto parts = partsOf(text, {});
    if (!parts)
        return; // expand() reports the syntax error; here there is simply nothing to fetch
    for (const TemplatePart &part : parts.value()) {
        if (!part.isReference)
            continue;
        if (m_credentials.contains(part.text)) {
            found.credentials.append(part.text);
            continue;
        }
        if (part.text.startsWith(SecretPrefix)) {
            found.secrets.append(part.text.mid(SecretPrefix.size()));
            continue;
        }
        // Each variable is looked into once: a cycle ends, and names used many times cost nothing.
        const auto raw = variableValue(part.text);
        if (!raw || visited.contains(part.text))
            continue;
        visited.append(part.text);
        collectReferences(raw.value(), visited, found);
    }
}

} // namespace keyway
