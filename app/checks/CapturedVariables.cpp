#include "checks/CapturedVariables.h"

#include "checks/Capture.h"
#include "model/SecretMask.h"
#include "model/VariableExpander.h"

#include <QDateTime>
#include <QRegularExpression>

namespace keyway {

CapturedVariables::~CapturedVariables()
{
    clear();
}

void CapturedVariables::clear()
{
    for (Value &value : m_values)
        value.text.fill(QLatin1Char('\0'));
    m_values.clear();
}

CapturedVariables::Taken CapturedVariables::takeFrom(
    const QStringList &captures, const ResponseBody &body, const QString &source)
{
    Taken taken;
    for (const QString &line : captures) {
        const auto capture = Capture::parse(line);
        const auto value = capture ? capture->valueFrom(body) : Expected<QString>(capture.failure());
        if (!value) {
            taken.problems.append(value.error());
            continue;
        }
        if (auto old = m_values.find(capture->name); old != m_values.end())
            old->text.fill(QLatin1Char('\0'));
        m_values.insert(capture->name, {value.value(), capture->secret, capture->save, source, QDateTime::currentMSecsSinceEpoch()});
        taken.names.append(capture->name);
    }
    return taken;
}

Environment CapturedVariables::applyTo(const Environment &environment) const
{
    Environment applied = environment;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        if (it->secret) {
            applied.addSecretSlot(slotOf(it.key()));
            applied.variables.insert(it.key(), QStringLiteral("{{secret.%1}}").arg(slotOf(it.key())));
        } else {
            applied.variables.insert(it.key(), VariableExpander::literal(it->text));
        }
    }
    return applied;
}

QHash<QString, QString> CapturedVariables::secretValues() const
{
    QHash<QString, QString> values;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        if (it->secret)
            values.insert(slotOf(it.key()), it->text);
    }
    return values;
}

QStringList CapturedVariables::namesToSave() const
{
    QStringList names;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        if (it->save)
            names.append(it.key());
    }
    names.sort();
    return names;
}

QString CapturedVariables::originOf(const QString &name) const
{
    const Value value = m_values.value(name);
    if (value.source.isEmpty())
        return {};
    return tr("%1 at %2").arg(value.source, QDateTime::fromMSecsSinceEpoch(value.atMs).toString(QStringLiteral("HH:mm:ss")));
}

QStringList CapturedVariables::usedIn(const QString &text) const
{
    QStringList used;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        const QRegularExpression reference(
            QStringLiteral("\\{\\{\\s*%1\\s*\\}\\}").arg(QRegularExpression::escape(it.key())));
        if (text.contains(reference))
            used.append(it.key());
    }
    used.sort();
    return used;
}

QString CapturedVariables::shownValue(const QString &name) const
{
    const Value value = m_values.value(name);
    return value.secret ? SecretMask::mask(value.text) : value.text;
}

} // namespace keyway
