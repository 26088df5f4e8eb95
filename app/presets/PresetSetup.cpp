#include "presets/PresetSetup.h"

#include "model/NameRules.h"
#include "presets/PresetCatalog.h"
#include "storage/JsonFields.h"
#include "storage/ModelJson.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace keyway {

namespace {

// Reads each object of the array `key` with `read`, which may report problems on its item.
template<typename T> QList<T> readEach(JsonFields &option, const QString &key, T (*read)(JsonFields &item))
{
    QList<T> list;
    const QJsonArray array = option.array(key);
    for (qsizetype i = 0; i < array.size(); ++i) {
        JsonFields item = option.element(array, i, key);
        list.append(read(item));
    }
    return list;
}

PresetSetup::Field readField(JsonFields &item)
{
    PresetSetup::Field field {item.requiredString(QStringLiteral("id")),
        item.requiredString(QStringLiteral("label")), item.string(QStringLiteral("example")),
        item.requiredString(QStringLiteral("into")), item.string(QStringLiteral("pattern")),
        item.boolean(QStringLiteral("optional"), false)};
    if (!field.pattern.isEmpty() && !QRegularExpression(field.pattern).isValid())
        item.fail(QStringLiteral("pattern"), PresetSetup::tr("is not a valid regular expression"));
    return field;
}

PresetSetup::Secret readSecret(JsonFields &item)
{
    PresetSetup::Secret secret {item.requiredString(QStringLiteral("slot")),
        item.requiredString(QStringLiteral("label")), item.boolean(QStringLiteral("optional"), false)};
    if (const Status rule = NameRules::checkSecretName(secret.slot); !rule)
        item.fail(QStringLiteral("slot"), rule.error());
    return secret;
}

PresetSetup::Scope readScope(JsonFields &item)
{
    return {item.requiredString(QStringLiteral("name")), item.string(QStringLiteral("description")),
        item.boolean(QStringLiteral("default"), false)};
}

// Puts one answer where the field says, creating the objects on the way.
QJsonObject placed(QJsonObject object, QStringList path, const QJsonValue &value)
{
    const QString key = path.takeFirst();
    if (path.isEmpty())
        object.insert(key, value);
    else
        object.insert(key, placed(object.value(key).toObject(), path, value));
    return object;
}

QStringList listItems(const QString &answer)
{
    return answer.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
}

} // namespace

bool PresetSetup::Field::isList() const
{
    return into == QLatin1String("auth.scopes") || into == QLatin1String("companies.ids");
}

Expected<PresetSetup> PresetSetup::fromPreset(const QJsonObject &preset)
{
    PresetSetup setup;
    setup.m_providerId = preset.value(QStringLiteral("id")).toString();
    setup.m_providerName = preset.value(QStringLiteral("name")).toString(setup.m_providerId);
    JsonFields root(preset, tr("preset '%1'").arg(setup.m_providerId));
    if (!preset.contains(QStringLiteral("setup")))
        return Failure {ErrorKind::NotFound,
            tr("The preset '%1' has no \"setup\" section, so Keyway cannot create an environment from it.")
                .arg(setup.m_providerName)};
    JsonFields fields = root.object(QStringLiteral("setup"));
    const QMap<QString, QString> baseUrls = fields.stringMap(QStringLiteral("baseUrls"));
    for (auto it = baseUrls.cbegin(); it != baseUrls.cend(); ++it)
        setup.m_baseUrls.insert(it.key(), it.value());
    JsonFields verify = fields.object(QStringLiteral("verify"));
    setup.m_verifyMethod = verify.string(QStringLiteral("method"), QStringLiteral("GET"));
    setup.m_verifyPath = verify.string(QStringLiteral("path"));
    const QJsonArray options = fields.array(QStringLiteral("options"));
    for (qsizetype i = 0; i < options.size(); ++i) {
        JsonFields item = fields.element(options, i, QStringLiteral("options"));
        Option option {item.requiredString(QStringLiteral("id")),
            item.requiredString(QStringLiteral("label")),
            readEach(item, QStringLiteral("fields"), &readField),
            readEach(item, QStringLiteral("secrets"), &readSecret),
            readEach(item, QStringLiteral("scopes"), &readScope), {}, {}, false, {}, {}};
        option.environment = options.at(i).toObject().value(QStringLiteral("environment")).toObject();
        const QMap<QString, QString> own = item.stringMap(QStringLiteral("baseUrls"));
        for (auto it = own.cbegin(); it != own.cend(); ++it)
            option.baseUrls.insert(it.key(), it.value());
        if (options.at(i).toObject().contains(QStringLiteral("verify"))) {
            JsonFields verifyOption = item.object(QStringLiteral("verify"));
            option.ownVerify = true;
            option.verifyMethod = verifyOption.string(QStringLiteral("method"), QStringLiteral("GET"));
            option.verifyPath = verifyOption.string(QStringLiteral("path"));
        }
        setup.m_options.append(option);
    }
    if (setup.m_options.isEmpty() && !fields.failure())
        fields.fail(QStringLiteral("options"), tr("must name at least one way to authenticate"));
    if (fields.failure())
        return *fields.failure();
    return setup;
}

Expected<PresetSetup> PresetSetup::ofPreset(const QString &id)
{
    return fromPreset(PresetCatalog::builtIn().provider(id));
}

QString PresetSetup::baseUrl(EnvironmentKind kind, const QString &optionId) const
{
    const Option *chosen = option(optionId);
    const QString name = environmentKindName(kind);
    return chosen && chosen->baseUrls.contains(name) ? chosen->baseUrls.value(name) : m_baseUrls.value(name);
}

QString PresetSetup::verifyMethod(const QString &optionId) const
{
    const Option *chosen = option(optionId);
    return chosen && chosen->ownVerify ? chosen->verifyMethod : m_verifyMethod;
}

QString PresetSetup::verifyPath(const QString &optionId) const
{
    const Option *chosen = option(optionId);
    return chosen && chosen->ownVerify ? chosen->verifyPath : m_verifyPath;
}

const PresetSetup::Option *PresetSetup::option(const QString &id) const
{
    for (const Option &option : m_options) {
        if (option.id == id)
            return &option;
    }
    return nullptr;
}

QString PresetSetup::scopeDescription(const QString &scope) const
{
    for (const Option &option : m_options) {
        for (const Scope &known : option.scopes) {
            if (known.name == scope)
                return known.description;
        }
    }
    return {};
}

QStringList PresetSetup::scopeNames() const
{
    QStringList names;
    for (const Option &option : m_options) {
        for (const Scope &scope : option.scopes) {
            if (!names.contains(scope.name))
                names.append(scope.name);
        }
    }
    return names;
}

Expected<Environment> PresetSetup::build(const Answers &answers) const
{
    if (const Status rule = NameRules::checkEnvironmentName(answers.name); !rule)
        return rule.failure();
    const QString baseUrl = answers.baseUrl.trimmed();
    if (const Status rule = NameRules::checkBaseUrl(baseUrl); !rule)
        return rule.failure();
    const Option *chosen = option(answers.optionId);
    if (!chosen)
        return Failure {ErrorKind::Invalid,
            tr("%1 has no way to authenticate called '%2'.").arg(m_providerName, answers.optionId)};

    QJsonObject object = chosen->environment;
    for (const Field &field : chosen->fields) {
        const QString answer = answers.fields.value(field.id).trimmed();
        if (answer.isEmpty() && field.optional)
            continue;
        if (answer.isEmpty())
            return Failure {ErrorKind::Invalid, tr("%1 is required.").arg(field.label)};
        // A list's pattern applies to each item: "company_a, company_b" is two company IDs.
        const QStringList items = field.isList() ? listItems(answer) : QStringList {answer};
        for (const QString &item : items) {
            if (!field.pattern.isEmpty() && !QRegularExpression(field.pattern).match(item).hasMatch())
                return Failure {ErrorKind::Invalid,
                    tr("%1 '%2' does not have the expected form%3.")
                        .arg(field.label, item,
                            field.example.isEmpty() ? QString()
                                                    : tr(" (for example %1)").arg(field.example))};
        }
        object = placed(object, field.into.split(QLatin1Char('.')),
            field.isList() ? QJsonValue(QJsonArray::fromStringList(items)) : QJsonValue(answer));
    }
    if (!chosen->scopes.isEmpty()) {
        if (answers.scopes.isEmpty())
            return Failure {ErrorKind::Invalid, tr("Choose at least one scope to ask for.")};
        object = placed(object, {QStringLiteral("auth"), QStringLiteral("scopes")},
            QJsonArray::fromStringList(answers.scopes));
    }
    const QJsonArray ids
        = object.value(QStringLiteral("companies")).toObject().value(QStringLiteral("ids")).toArray();
    if (!ids.isEmpty())
        object = placed(object, {QStringLiteral("companies"), QStringLiteral("selected")}, ids.first());

    QStringList slots;
    for (const Secret &secret : chosen->secrets) {
        if (!secret.optional || answers.givenSecrets.contains(secret.slot))
            slots.append(secret.slot);
    }
    object.insert(QStringLiteral("name"), answers.name);
    object.insert(QStringLiteral("kind"), environmentKindName(answers.kind));
    object.insert(QStringLiteral("baseUrl"), baseUrl);
    object.insert(QStringLiteral("preset"), m_providerId);
    object.insert(QStringLiteral("presetOption"), chosen->id);
    object.insert(QStringLiteral("secretSlots"), QJsonArray::fromStringList(slots));
    return ModelJson::environmentFromJson(object, answers.name + QStringLiteral(".json"));
}

} // namespace keyway
