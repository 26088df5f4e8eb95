#include "view/TextDocument.h"

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

    void prettyJsonSurvivesGarbage()
    {
        QCOMPARE(TextDocument::prettyJson("]]]}}}"), QByteArray("\n]\n]\n]\n}\n}\n}"));
        QVERIFY(!TextDocument::prettyJson(QByteArray(10000, '[')).isEmpty());
        QCOMPARE(TextDocument::prettyJson("\"unterminated"), QByteArray("\"unterminated"));
    }
};

QTEST_GUILESS_MAIN(TestTextDocument)
#include "tst_textdocument.moc"
