#pragma once

#include "core/Expected.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace keyway {

// A GraphQL schema as its server describes it by introspection: types with their fields and
// arguments. Enough to complete fields, arguments, types and variables as you type and to browse
// the types; the server still validates.
class GraphQlSchema
{
    Q_DECLARE_TR_FUNCTIONS(GraphQlSchema)

public:
    struct Argument
    {
        QString name;
        QString type; // as written: [Product!]!
        QString description;
    };
    struct Field
    {
        QString name;
        QString type;
        QString description;
        QList<Argument> arguments;
    };
    struct Type
    {
        QString name;
        QString kind; // OBJECT, INTERFACE, INPUT_OBJECT, ENUM, SCALAR, UNION
        QString description;
        QList<Field> fields; // input fields for INPUT_OBJECT
        QStringList values; // ENUM values
    };
    // What fits where the cursor is.
    struct Completion
    {
        enum class Kind { Field, Argument, Type, Variable, None } kind = Kind::None;
        QStringList words;
        QString parentType; // the type whose fields or arguments these are
    };

    // The standard introspection query (types, fields, arguments, enum values).
    static QString introspectionQuery();
    // Reads the server's answer ({"data": {"__schema": …}}); a GraphQL error or another shape is named.
    static Expected<GraphQlSchema> fromIntrospection(const QJsonObject &answer);

    QString queryType() const { return m_queryType; }
    QString mutationType() const { return m_mutationType; }
    const Type *type(const QString &name) const;
    // The type names users write: no introspection types (__Type), sorted.
    QStringList typeNames() const;
    Completion completionAt(const QString &document, qsizetype cursor) const;

    QJsonObject toJson() const; // the introspection answer's __schema, for the cache
    bool isEmpty() const { return m_types.isEmpty(); }

private:
    // The named type under a field's written type: "[Product!]!" → "Product".
    static QString namedType(const QString &written);
    QString fieldType(const QString &parent, const QString &field) const;

    QString m_queryType;
    QString m_mutationType;
    QHash<QString, Type> m_types;
    QJsonObject m_source;
};

} // namespace keyway
