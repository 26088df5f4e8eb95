#pragma once

#include "core/Expected.h"
#include "model/Environment.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace keyway {

// What the "new environment" wizard asks for one provider, read from the preset's "setup"
// section: base URLs per kind, the ways to authenticate (each with its fields, secret slots and
// scopes), and the endpoint that checks a key. The environment is built from the option's
// environment fragment, filled in and then validated like any environment file, so a preset
// cannot produce an environment Keyway would refuse to load.
class PresetSetup
{
    Q_DECLARE_TR_FUNCTIONS(PresetSetup)

public:
    struct Field
    {
        QString id;
        QString label;
        QString example;
        QString into; // where the answer goes: variables.<name>, companies.ids, auth.<key>
        QString pattern; // a regular expression the answer must match, when given
        bool optional = false;
        // Answers that are lists (company IDs, scopes): several words, separated by spaces or commas.
        bool isList() const;
    };
    struct Secret
    {
        QString slot;
        QString label;
        bool optional = false;
    };
    struct Scope
    {
        QString name;
        QString description;
        bool byDefault = false;
    };
    struct Option
    {
        QString id;
        QString label;
        QList<Field> fields;
        QList<Secret> secrets;
        QList<Scope> scopes;
        QJsonObject environment;
        // Kind name → base URL, when this way talks to another host than the others (a storefront).
        QHash<QString, QString> baseUrls;
        // Its own key check instead of the provider's; an empty path when there is no endpoint for it.
        bool ownVerify = false;
        QString verifyMethod;
        QString verifyPath;
    };
    struct Answers
    {
        QString name;
        EnvironmentKind kind = EnvironmentKind::Sandbox;
        QString baseUrl;
        QString optionId;
        QHash<QString, QString> fields; // field id → typed value
        QStringList scopes; // only for options with a scope table
        QStringList givenSecrets; // optional secret slots the user filled in; the others are left out
    };

    // Fails, naming the preset and the field, when the setup section is missing or malformed.
    static Expected<PresetSetup> fromPreset(const QJsonObject &preset);
    // The setup of the preset called `id` in the built-in catalog (with the user's own presets).
    static Expected<PresetSetup> ofPreset(const QString &id);

    QString providerId() const { return m_providerId; }
    QString providerName() const { return m_providerName; }
    // The option's own base URL for `kind` when it has one, else the provider's.
    QString baseUrl(EnvironmentKind kind, const QString &optionId = {}) const;
    const QList<Option> &options() const { return m_options; }
    const Option *option(const QString &id) const;
    // The endpoint that checks a key of an environment made with `optionId` (the option's own, else
    // the provider's); an empty path when there is none.
    QString verifyMethod(const QString &optionId = {}) const;
    QString verifyPath(const QString &optionId = {}) const;
    // The description of a scope in any option, for sign-in screens; empty when unknown.
    QString scopeDescription(const QString &scope) const;
    // Every scope any option offers, in the preset's order, each once.
    QStringList scopeNames() const;

    // Checks every answer (required fields, patterns, name, URL) and builds the environment with
    // the option's secret slots; it names the first problem in words a user can act on.
    Expected<Environment> build(const Answers &answers) const;

private:
    QString m_providerId;
    QString m_providerName;
    QHash<QString, QString> m_baseUrls; // kind name → URL
    QList<Option> m_options;
    QString m_verifyMethod;
    QString m_verifyPath;
};

} // namespace keyway
