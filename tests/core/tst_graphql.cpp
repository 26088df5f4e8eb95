#include "graphql/GraphQlDocument.h"
#include "http/FinalRequestBuilder.h"

#include <QJsonDocument>
#include <QTest>

using namespace keyway;

namespace {

Environment environment()
{
    Environment env;
    env.name = QStringLiteral("store");
    env.baseUrl = QStringLiteral("https://store.example.com");
    env.variables = {{QStringLiteral("first"), QStringLiteral("3")}, {QStringLiteral("channel"), QStringLiteral("web")}};
    env.addSecretSlot(QStringLiteral("customer_token"));
    return env;
}

RequestSpec graphql(const QString &query, const QString &variables = {}, const QString &operation = {})
{
    RequestSpec request;
    request.name = QStringLiteral("q");
    request.method = QStringLiteral("POST");
    request.url = QStringLiteral("/graphql");
    request.bodyMode = RequestSpec::BodyMode::GraphQl;
    request.graphql = {query, variables, operation};
    return request;
}

const QString Quoted = QStringLiteral("tok\"en\\\"}, \"admin\": true");

Expected<WireRequest> build(const RequestSpec &request)
{
    return FinalRequestBuilder::build(request,
        {environment(), VariableExpander::SecretMode::Reveal, {{QStringLiteral("customer_token"), Quoted}}, {}});
}

} // namespace

// The GraphQL body mode (issue 14 item 1): what Keyway reads of a document without a schema, and
// the exact JSON body that goes to the server.
class TestGraphQl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void operationsAreFoundButNotInsideStringsOrComments()
    {
        QCOMPARE(GraphQlDocument::operations(QStringLiteral("query A { a } mutation B($x: Int) { b(x: $x) }")),
            (QStringList {QStringLiteral("A"), QStringLiteral("B")}));
        QCOMPARE(GraphQlDocument::operations(QStringLiteral("{ site { settings { storeName } } }")), QStringList {QString()});
        QCOMPARE(GraphQlDocument::operations(
                     QStringLiteral("fragment F on Product { name } query Products { products { ...F } }")),
            QStringList {QStringLiteral("Products")});
        QCOMPARE(GraphQlDocument::operations(
                     QStringLiteral("query A { a(s: \"} query Fake {\") # query Comment {\n b }")),
            QStringList {QStringLiteral("A")});
        QCOMPARE(GraphQlDocument::operations(QStringLiteral("query { a } subscription S { b }")),
            (QStringList {QString(), QStringLiteral("S")}));
    }

    void theFirstProblemIsNamedWithItsPlace_data()
    {
        QTest::addColumn<QString>("document");
        QTest::addColumn<QString>("message");
        QTest::addColumn<qsizetype>("position");
        QTest::newRow("never closed") << QStringLiteral("query A {\n  a {\n    b\n}") << QStringLiteral("'{' at line 1, column 9 is never closed") << qsizetype(8);
        QTest::newRow("wrong closer") << QStringLiteral("{ a(x: 1] }") << QStringLiteral("']' at line 1, column 9 does not close the '(' at line 1, column 4") << qsizetype(8);
        QTest::newRow("closes nothing") << QStringLiteral("{ a } }") << QStringLiteral("'}' at line 1, column 7 closes nothing") << qsizetype(6);
        QTest::newRow("open string") << QStringLiteral("{ a(s: \"abc) }") << QStringLiteral("the string at line 1, column 8 is never closed") << qsizetype(7);
        QTest::newRow("fine") << QStringLiteral("{ a(s: \"{(\", t: \"\"\"}\n]\"\"\") # {\n }") << QString() << qsizetype(-1);
    }

    void theFirstProblemIsNamedWithItsPlace()
    {
        QFETCH(QString, document);
        QFETCH(QString, message);
        QFETCH(qsizetype, position);
        const GraphQlDocument::Problem problem = GraphQlDocument::firstProblem(document);
        QCOMPARE(problem.message, message);
        QCOMPARE(problem.position, position);
    }

    void bracketsFindTheirPartner()
    {
        const QString document = QStringLiteral("{ a(x: \")\") { b } }");
        QCOMPARE(GraphQlDocument::matchingBracket(document, 0), document.size() - 1);
        QCOMPARE(GraphQlDocument::matchingBracket(document, document.size() - 1), 0);
        QCOMPARE(GraphQlDocument::matchingBracket(document, 3), document.indexOf(QLatin1String(") {")));
        QCOMPARE(GraphQlDocument::matchingBracket(document, 1), -1);
    }

    void tokensAreClassified()
    {
        const QString document = QStringLiteral("query Q($id: ID!) @cached { node(id: $id, n: -1.5e3) { name } } # done");
        QList<GraphQlDocument::TokenKind> kinds;
        QStringList words;
        for (const GraphQlDocument::Token &token : GraphQlDocument::tokens(document)) {
            kinds << token.kind;
            words << document.mid(token.start, token.length);
        }
        using Kind = GraphQlDocument::TokenKind;
        QCOMPARE(words.first(), QStringLiteral("query"));
        QCOMPARE(kinds.first(), Kind::Keyword);
        QCOMPARE(kinds.at(words.indexOf(QStringLiteral("$id"))), Kind::Variable);
        QCOMPARE(kinds.at(words.indexOf(QStringLiteral("@cached"))), Kind::Directive);
        QCOMPARE(kinds.at(words.indexOf(QStringLiteral("-1.5e3"))), Kind::Number);
        QCOMPARE(kinds.at(words.indexOf(QStringLiteral("name"))), Kind::Name);
        QCOMPARE(kinds.last(), Kind::Comment);
    }

    void theBodyIsTheJsonGraphQlServersTake()
    {
        const auto wire = build(graphql(QStringLiteral("query Products($first: Int) { site { products(first: $first) { name } } }"),
            QStringLiteral("{\"first\": {{first}}, \"channel\": \"{{channel}}\"}")));
        QVERIFY2(wire, qPrintable(wire.error()));
        QCOMPARE(wire->header(QStringLiteral("Content-Type")), QStringLiteral("application/json"));
        const QJsonObject body = QJsonDocument::fromJson(wire->body).object();
        QVERIFY(body.value(QStringLiteral("query")).toString().startsWith(QLatin1String("query Products")));
        QCOMPARE(body.value(QStringLiteral("variables")).toObject().value(QStringLiteral("first")).toInt(), 3);
        QCOMPARE(body.value(QStringLiteral("variables")).toObject().value(QStringLiteral("channel")).toString(), QStringLiteral("web"));
        QVERIFY(!body.contains(QStringLiteral("operationName")));
    }

    void aSecretInTheVariablesStaysOneString()
    {
        const auto wire = build(graphql(QStringLiteral("query Me { customer { id } }"),
            QStringLiteral("{\"token\": \"{{secret.customer_token}}\"}")));
        QVERIFY2(wire, qPrintable(wire.error()));
        const QJsonObject variables = QJsonDocument::fromJson(wire->body).object().value(QStringLiteral("variables")).toObject();
        QCOMPARE(variables.keys(), QStringList {QStringLiteral("token")});
        QCOMPARE(variables.value(QStringLiteral("token")).toString(), Quoted);
        QVERIFY(wire->bodyHoldsSecret);
    }

    void severalOperationsNeedAChoice()
    {
        const QString document = QStringLiteral("query A { a } query B { b }");
        const auto unchosen = build(graphql(document));
        QVERIFY(!unchosen);
        QCOMPARE(unchosen.error(), QStringLiteral("the GraphQL document has 2 operations (A, B); choose the one to run"));
        const auto chosen = build(graphql(document, {}, QStringLiteral("B")));
        QVERIFY2(chosen, qPrintable(chosen.error()));
        QCOMPARE(QJsonDocument::fromJson(chosen->body).object().value(QStringLiteral("operationName")).toString(),
            QStringLiteral("B"));
        const auto unknown = build(graphql(document, {}, QStringLiteral("C")));
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().contains(QLatin1String("no operation 'C'")), qPrintable(unknown.error()));
    }

    void variablesThatAreNoObjectAreNamed()
    {
        const auto wire = build(graphql(QStringLiteral("{ a }"), QStringLiteral("[1, 2]")));
        QVERIFY(!wire);
        QVERIFY2(wire.error().contains(QLatin1String("not a JSON object")), qPrintable(wire.error()));
        const auto broken = build(graphql(QStringLiteral("{ a }"), QStringLiteral("{\"a\": }")));
        QVERIFY(!broken);
        QVERIFY2(broken.error().contains(QLatin1String("at character")), qPrintable(broken.error()));
    }
};

QTEST_GUILESS_MAIN(TestGraphQl)
#include "tst_graphql.moc"
