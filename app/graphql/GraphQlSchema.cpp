#include "graphql/GraphQlSchema.h"

#include "graphql/GraphQlDocument.h"

#include <QJsonArray>

namespace keyway {

namespace {

constexpr qsizetype MaxTypes = 20'000; // a schema bigger than any real one is cut, not followed

// A type reference as written in GraphQL: NON_NULL → "T!", LIST → "[T]".
QString writtenType(const QJsonObject &reference)
{
    const QString kind = reference.value(QStringLiteral("kind")).toString();
    const QJsonObject inner = reference.value(QStringLiteral("ofType")).toObject();
    if (kind == QLatin1String("NON_NULL"))
        return writtenType(inner) + QLatin1Char('!');
    if (kind == QLatin1String("LIST"))
        return QLatin1Char('[') + writtenType(inner) + QLatin1Char(']');
    return reference.value(QStringLiteral("name")).toString();
}

QList<GraphQlSchema::Argument> argumentsOf(const QJsonArray &array)
{
    QList<GraphQlSchema::Argument> arguments;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        arguments.append({object.value(QStringLiteral("name")).toString(),
            writtenType(object.value(QStringLiteral("type")).toObject()),
            object.value(QStringLiteral("description")).toString()});
    }
    return arguments;
}

QList<GraphQlSchema::Field> fieldsOf(const QJsonArray &array)
{
    QList<GraphQlSchema::Field> fields;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        fields.append({object.value(QStringLiteral("name")).toString(),
            writtenType(object.value(QStringLiteral("type")).toObject()),
            object.value(QStringLiteral("description")).toString(),
            argumentsOf(object.value(QStringLiteral("args")).toArray())});
    }
    return fields;
}

} // namespace

QString GraphQlSchema::introspectionQuery()
{
    return QStringLiteral(
        "query IntrospectionQuery { __schema { queryType { name } mutationType { name } "
        "types { kind name description "
        "fields(includeDeprecated: true) { name description args { name description type { ...TypeRef } } type { ...TypeRef } } "
        "inputFields { name description type { ...TypeRef } } enumValues(includeDeprecated: true) { name } } } }\n"
        "fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }");
}

Expected<GraphQlSchema> GraphQlSchema::fromIntrospection(const QJsonObject &answer)
{
    const QJsonObject schema = answer.value(QStringLiteral("data")).toObject().value(QStringLiteral("__schema")).toObject();
    if (schema.isEmpty()) {
        const QString refusal = answer.value(QStringLiteral("errors")).toArray().first().toObject().value(QStringLiteral("message")).toString();
        return Failure {ErrorKind::Invalid,
            refusal.isEmpty() ? tr("the answer holds no GraphQL schema (data.__schema)")
                              : tr("the server refused to describe its schema: %1").arg(refusal)};
    }
    GraphQlSchema result;
    result.m_source = schema;
    result.m_queryType = schema.value(QStringLiteral("queryType")).toObject().value(QStringLiteral("name")).toString();
    result.m_mutationType = schema.value(QStringLiteral("mutationType")).toObject().value(QStringLiteral("name")).toString();
    const QJsonArray types = schema.value(QStringLiteral("types")).toArray();
    for (qsizetype i = 0; i < std::min(types.size(), MaxTypes); ++i) {
        const QJsonObject object = types.at(i).toObject();
        Type type {object.value(QStringLiteral("name")).toString(), object.value(QStringLiteral("kind")).toString(),
            object.value(QStringLiteral("description")).toString(),
            fieldsOf(object.value(QStringLiteral("fields")).toArray()), {}};
        if (type.fields.isEmpty())
            for (const Argument &input : argumentsOf(object.value(QStringLiteral("inputFields")).toArray()))
                type.fields.append({input.name, input.type, input.description, {}});
        for (const QJsonValue &value : object.value(QStringLiteral("enumValues")).toArray())
            type.values.append(value.toObject().value(QStringLiteral("name")).toString());
        if (!type.name.isEmpty())
            result.m_types.insert(type.name, type);
    }
    if (!result.m_types.contains(result.m_queryType))
        return Failure {ErrorKind::Invalid, tr("the schema names no query type it describes")};
    return result;
}

const GraphQlSchema::Type *GraphQlSchema::type(const QString &name) const
{
    const auto found = m_types.constFind(name);
    return found == m_types.cend() ? nullptr : &found.value();
}

QStringList GraphQlSchema::typeNames() const
{
    QStringList names;
    for (auto it = m_types.cbegin(); it != m_types.cend(); ++it) {
        if (!it.key().startsWith(QLatin1String("__")))
            names.append(it.key());
    }
    names.sort();
    return names;
}

QString GraphQlSchema::namedType(const QString &written)
{
    QString name = written;
    name.remove(QLatin1Char('[')).remove(QLatin1Char(']')).remove(QLatin1Char('!'));
    return name;
}

QString GraphQlSchema::fieldType(const QString &parent, const QString &field) const
{
    if (const Type *owner = type(parent)) {
        for (const Field &candidate : owner->fields) {
            if (candidate.name == field)
                return namedType(candidate.type);
        }
    }
    return {};
}

GraphQlSchema::Completion GraphQlSchema::completionAt(const QString &document, qsizetype cursor) const
{
    using Kind = GraphQlDocument::TokenKind;
    QList<QString> types; // the type of each open selection set
    QString root = m_queryType;
    QString lastField; // the last field named in the innermost selection set
    QString typeCondition; // "on T" just before a selection set
    QString argumentsOf; // the field whose arguments are open
    QString previous; // the token before the one being typed
    int parentheses = 0;
    QString word; // the token the cursor is in, when it ends there
    for (const GraphQlDocument::Token &token : GraphQlDocument::tokens(document)) {
        if (token.start >= cursor)
            break;
        const QString text = document.mid(token.start, token.length);
        if (token.start + token.length >= cursor && (token.kind == Kind::Name || token.kind == Kind::Variable
                || token.kind == Kind::Keyword)) {
            word = text;
            break;
        }
        if (token.kind == Kind::Keyword && types.isEmpty() && parentheses == 0)
            root = text == QLatin1String("mutation") ? m_mutationType : text == QLatin1String("query") ? m_queryType : root;
        if (token.kind == Kind::Name && previous == QLatin1String("on"))
            typeCondition = text;
        else if (token.kind == Kind::Name && parentheses == 0)
            lastField = text;
        if (text == QLatin1String("(")) {
            ++parentheses;
            argumentsOf = lastField;
        } else if (text == QLatin1String(")")) {
            parentheses = std::max(0, parentheses - 1);
        } else if (text == QLatin1String("{")) {
            const QString opened = !typeCondition.isEmpty() ? typeCondition
                : types.isEmpty()                          ? root
                                                           : fieldType(types.last(), lastField);
            types.append(opened);
            typeCondition.clear();
            lastField.clear();
        } else if (text == QLatin1String("}") && !types.isEmpty()) {
            types.removeLast();
        }
        if (token.kind == Kind::Name && previous == QLatin1String("fragment"))
            continue; // the fragment's own name; its type comes with "on"
        previous = text;
    }
    Completion completion;
    const bool variableStarted = cursor > 0 && cursor <= document.size() && document.at(cursor - 1) == QLatin1Char('$');
    if (word.startsWith(QLatin1Char('$')) || variableStarted) {
        completion.kind = Completion::Kind::Variable;
        for (const GraphQlDocument::Token &token : GraphQlDocument::tokens(document)) {
            const QString text = document.mid(token.start, token.length);
            if (token.kind == Kind::Variable && token.start + token.length != cursor && !completion.words.contains(text))
                completion.words.append(text);
        }
        return completion;
    }
    if (parentheses > 0 && types.isEmpty()) {
        // Variable definitions: after ':' comes a type.
        if (previous == QLatin1String(":") || previous == QLatin1String("["))
            completion = {Completion::Kind::Type, typeNames(), {}};
        return completion;
    }
    if (types.isEmpty() || types.last().isEmpty())
        return completion;
    if (parentheses > 0) {
        if (previous == QLatin1String(":"))
            return completion; // a value, not a name
        if (const Type *owner = type(types.last())) {
            for (const Field &field : owner->fields) {
                if (field.name == argumentsOf) {
                    for (const Argument &argument : field.arguments)
                        completion.words.append(argument.name);
                }
            }
        }
        completion.kind = Completion::Kind::Argument;
        completion.parentType = types.last();
        return completion;
    }
    if (const Type *owner = type(types.last())) {
        for (const Field &field : owner->fields)
            completion.words.append(field.name);
    }
    completion.kind = Completion::Kind::Field;
    completion.parentType = types.last();
    completion.words.sort();
    return completion;
}

QJsonObject GraphQlSchema::toJson() const
{
    return QJsonObject {{QStringLiteral("data"), QJsonObject {{QStringLiteral("__schema"), m_source}}}};
}

} // namespace keyway
