#pragma once

#include "core/Expected.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace keyway {

// What Keyway reads of a GraphQL document without a schema: its tokens (for highlighting), its
// operations (to pick one) and whether its brackets and strings close (to mark the error). Not a
// validator: the server checks fields and types.
class GraphQlDocument
{
    Q_DECLARE_TR_FUNCTIONS(GraphQlDocument)

public:
    enum class TokenKind { Keyword, Name, Variable, String, Number, Comment, Punctuation, Directive };
    struct Token
    {
        TokenKind kind;
        qsizetype start;
        qsizetype length;
    };
    struct Problem
    {
        qsizetype position = -1; // offset in the text; -1: none
        QString message;
    };

    static QList<Token> tokens(const QString &text);
    // Named operations (query/mutation/subscription NAME), in order; an anonymous one is "".
    static QStringList operations(const QString &text);
    // The first unclosed or unmatched bracket or string, with where it is.
    static Problem firstProblem(const QString &text);
    // Where the bracket at `position` closes or opens; -1 when it is none or has no partner.
    static qsizetype matchingBracket(const QString &text, qsizetype position);
};

} // namespace keyway
