#include "view/TextDocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace keyway;

class TestTextDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void indexesLines()
    {
        const TextDocument document(QByteArray("first\nsecond line\n\nlast"));
        QCOMPARE(document.lineCount(), 4);
        QCOMPARE(document.line(0), QByteArray("first"));
        QCOMPARE(document.line(1), QByteArray("second line"));
        QCOMPARE(document.line(2), QByteArray());
        QCOMPARE(document.line(3), QByteArray("last"));
        QCOMPARE(document.line(9), QByteArray());
        QCOMPARE(document.longestLine(), 11);
        QCOMPARE(document.lineAt(0), 0);
        QCOMPARE(document.lineAt(7), 1);
        QCOMPARE(document.lineAt(19), 3);
        QCOMPARE(TextDocument().lineCount(), 0);
        QCOMPARE(TextDocument(QByteArray("x\n")).lineCount(), 2);
    }

    void findsCaseInsensitively()
    {
        const TextDocument document(QByteArray("Cash at Bank\ncash\nCASH!"));
        const auto matches = document.find("cash");
        QCOMPARE(matches, (std::vector<qsizetype>{0, 13, 18}));
        QVERIFY(document.find("").empty());
        QVERIFY(document.find("missing").empty());
        std::atomic_bool cancelled{true};
        QVERIFY(document.find("cash", &cancelled).empty());
    }

    void prettyJsonMatchesQtsOutputStructure()
    {
        const QByteArray json = "{\"a\":[1,2,{\"b\":\"x, y: {z}\",\"c\":\"quote \\\" and \\\\ back\"}],\"empty\":{},\"list\":[ ],\"n\":null}";
        const QByteArray pretty = TextDocument::prettyJson(json);
        QCOMPARE(pretty, QByteArray("{\n  \"a\": [\n    1,\n    2,\n    {\n      \"b\": \"x, y: {z}\",\n"
                                    "      \"c\": \"quote \\\" and \\\\ back\"\n    }\n  ],\n  \"empty\": {},\n"
                                    "  \"list\": [],\n  \"n\": null\n}"));
        // Same data as the input.
        QCOMPARE(QJsonDocument::fromJson(pretty), QJsonDocument::fromJson(json));
    }

    void pathsAndValuesOfLines()
    {
        const QByteArray json = "{\"data\":[{\"id\":1,\"tags\":[\"a\",\"b\"]},{\"id\":2,\"name\":\"x, \\\"y\\\"\"}],\"ok\":true}";
        const TextDocument document(TextDocument::prettyJson(json));
        const auto lineOf = [&](const QByteArray &text) {
            for (qsizetype i = 0; i < document.lineCount(); ++i) {
                if (document.line(i).trimmed() == text)
                    return i;
            }
            return qsizetype(-1);
        };
        QCOMPARE(document.jsonPathAt(0), QStringLiteral("$"));
        QCOMPARE(document.jsonPathAt(lineOf("\"data\": [")), QStringLiteral("$.data"));
        QCOMPARE(document.jsonPathAt(lineOf("\"b\"")), QStringLiteral("$.data[0].tags[1]"));
        QCOMPARE(document.jsonPathAt(lineOf("\"id\": 2,")), QStringLiteral("$.data[1].id"));
        QCOMPARE(document.jsonPathAt(lineOf("\"name\": \"x, \\\"y\\\"\"")), QStringLiteral("$.data[1].name"));
        QCOMPARE(document.jsonPathAt(lineOf("\"ok\": true")), QStringLiteral("$.ok"));
        QCOMPARE(document.jsonValueAt(lineOf("\"id\": 2,")), QByteArray("2"));
        QCOMPARE(document.jsonValueAt(lineOf("\"name\": \"x, \\\"y\\\"\"")), QByteArray("\"x, \\\"y\\\"\""));
        QCOMPARE(QJsonDocument::fromJson(document.jsonValueAt(lineOf("\"tags\": ["))).array().size(), 2);
        QCOMPARE(QJsonDocument::fromJson(document.jsonValueAt(0)), QJsonDocument::fromJson(json));
    }

    void prettyJsonSurvivesGarbage()
    {
        QCOMPARE(TextDocument::prettyJson("]]]}}}"), QByteArray("\n]\n]\n]\n}\n}\n}"));
        QVERIFY(!TextDocument::prettyJson(QByteArray(10000, '[')).isEmpty());
        QCOMPARE(TextDocument::prettyJson("\"unterminated"), QByteArray("\"unterminated"));
    }
};

QTEST_GUILESS_MAIN(TestTextDocument)
#include "tst_textdocument.moc"
