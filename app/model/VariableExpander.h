#pragma once

#include "core/Expected.h"
#include "model/Environment.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

namespace keyway {

// Expands {{name}} and {{secret.name}} in URL, header and body templates.
//
// Plain variables come from the environment and may reference each other (cycles are errors);
// {{baseUrl}} and {{companyId}} are built in. Secret values are substituted only in Reveal mode,
// which is used solely to build a request for sending; every other caller gets masked values.
// "\{{" writes a literal "{{".
class VariableExpander
{
    Q_DECLARE_TR_FUNCTIONS(VariableExpander)

public:
    // Reference: each secret becomes reference(slot), a marker code generators turn into an
    // environment variable, so a snippet never holds a key unless the user asks for that.
    enum class SecretMode { Mask, Reveal, Reference };
    static QString reference(const QString &slot) { return QChar(0xE000) + slot + QChar(0xE001); }

    // No filled-in template may grow past this many characters: variables that repeat each other
    // (d1 = {{d0}}{{d0}}, d2 = {{d1}}{{d1}}, …) would otherwise double it until memory runs out.
    static constexpr qsizetype MaxExpandedLength = 1024 * 1024;

    VariableExpander(
        const Environment &environment, SecretMode mode, QHash<QString, QString> secretValues = {});

    // `value` as a variable's value that expands to exactly itself: a value from a response or a
    // data file must never reach a {{secret.…}} it happens to spell.
    static QString literal(QString value) { return value.replace(QLatin1String("{{"), QLatin1String("\\{{")); }

    // `where` names the place the template came from ("URL", "header 'Accept'") for error messages.
    Expected<QString> expand(const QString &text, const QString &where) const;
    // The same for a JSON template: a value filled in inside a string literal is escaped as JSON
    // string content; elsewhere ({"n": {{count}}}) it goes in as it is.
    Expected<QString> expandJson(const QString &text, const QString &where) const;
    static QString jsonEscaped(const QString &value);

    // The secret slots a template refers to, directly or through variables; used to fetch only
    // the secrets a request needs from the keychain.
    QStringList referencedSecrets(const QString &text) const;

    // A credential computed for this request, such as the signed {{jwt}}: `value` is given as the
    // mode shows it (masked, a reference or the real value) and wins over a variable of that name.
    void provideCredential(const QString &name, const QString &value);
    // Whether a template holds a secret or a provided credential, directly or through variables:
    // such a value never follows a redirect to another origin.
    bool usesCredential(const QString &text) const;
    bool usesProvidedCredential(const QString &text, const QString &name) const;

private:
    // `done` holds each variable once filled in, so a name used many times is expanded once.
    using Expanded = QHash<QString, QString>;
    Expected<QString> expandIn(
        const QString &text, const QString &where, QStringList &stack, Expanded &done, bool json = false) const;
    Expected<QString> resolve(
        const QString &name, const QString &where, QStringList &stack, Expanded &done) const;
    Expected<QString> resolveSecret(const QString &slot, const QString &where) const;
    Expected<QString> variableValue(const QString &name) const;
    // Secret slots and provided credentials the template refers to, through variables too.
    struct References
    {
        QStringList secrets;
        QStringList credentials;
    };
    References references(const QString &text) const;
    void collectReferences(const QString &text, QStringList &visited, References &found) const;

    const Environment &m_environment;
    SecretMode m_mode;
    QHash<QString, QString> m_secretValues;
    QHash<QString, QString> m_credentials;
    QDateTime m_now; // one instant for every {{$timestamp}} of this expansion
};

} // namespace keyway
