#include "EnglishPlurals.h"
#include "runner/RunData.h"
#include "storage/ModelJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace keyway;

// Data files for runs, and the checks and captures of request files, as they are read from disk.
class TestRunData : public QObject
{
    Q_OBJECT

private:
    QTranslator m_plurals; // English plural forms, as the window and keyway-cli load them

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(installEnglishPlurals(m_plurals));
    }

    void csvRowsBecomeVariables()
    {
        const auto rows = RunData::fromCsv("\xEF\xBB\xBF" "customer, amount\r\nAda,120\r\n\r\n\"Lovelace, Ada\",\"7\"\"5\"\n"
                                           "\"two\nlines\",3\n");
        QVERIFY2(rows, qPrintable(rows.error()));
        QCOMPARE(rows->size(), 3);
        QCOMPARE(rows->at(0).value(QStringLiteral("customer")), QStringLiteral("Ada"));
        QCOMPARE(rows->at(0).value(QStringLiteral("amount")), QStringLiteral("120")); // header names trimmed
        QCOMPARE(rows->at(1).value(QStringLiteral("customer")), QStringLiteral("Lovelace, Ada"));
        QCOMPARE(rows->at(1).value(QStringLiteral("amount")), QStringLiteral("7\"5"));
        QCOMPARE(rows->at(2).value(QStringLiteral("customer")), QStringLiteral("two\nlines"));
    }

    void badCsvNamesTheLine()
    {
        const auto problem = [](const QByteArray &text) {
            const auto rows = RunData::fromCsv(text);
            return rows ? QString() : rows.error();
        };
        QCOMPARE(problem("a,b\n1,2\n3\n"), QStringLiteral("line 3 has 1 field, the header row 2"));
        QCOMPARE(problem("a,b\n1,2,3\n"), QStringLiteral("line 2 has 3 fields, the header row 2"));
        QCOMPARE(problem("a,b\n\"1,2\n"), QStringLiteral("line 2: a quote is never closed"));
        QVERIFY(problem("a,b\n\"1\"x,2\n").startsWith(QLatin1String("line 2: text after a closing quote")));
        QVERIFY(problem("a b,c\n1,2\n").startsWith(QLatin1String("line 1 (the header row)")));
        QByteArray many = "n\n";
        for (int row = 0; row <= RunData::MaxRows; ++row)
            many += "1\n";
        QVERIFY(problem(many).contains(QLatin1String("more than 100000 rows")));
    }

    void jsonRowsAndTheirProblems()
    {
        const auto rows = RunData::fromJson(R"([{"customer": "Ada", "amount": 120, "tags": ["a"], "vip": true}])");
        QVERIFY2(rows, qPrintable(rows.error()));
        QCOMPARE(rows->first().value(QStringLiteral("amount")), QStringLiteral("120"));
        QCOMPARE(rows->first().value(QStringLiteral("tags")), QStringLiteral("[\"a\"]"));
        QCOMPARE(rows->first().value(QStringLiteral("vip")), QStringLiteral("true"));
        QCOMPARE(RunData::fromJson(R"({"a": 1})").error(), QStringLiteral("expected a JSON array of objects, one per iteration"));
        QCOMPARE(RunData::fromJson(R"([{"a": 1}, 2])").error(), QStringLiteral("element 2 is not an object"));
        QVERIFY(RunData::fromJson(R"([{"a b": 1}])").error().startsWith(QLatin1String("element 1:")));
        QVERIFY(RunData::fromJson("[{").error().contains(QLatin1String("at byte")));
    }

    void filesAreNamedAndBounded()
    {
        QTemporaryDir dir;
        QVERIFY(!RunData::load(dir.filePath(QStringLiteral("missing.csv"))));
        QFile empty(dir.filePath(QStringLiteral("empty.csv")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.write("only,a,header\n");
        empty.close();
        QVERIFY(RunData::load(empty.fileName()).error().contains(QLatin1String("has no rows")));
        QFile big(dir.filePath(QStringLiteral("big.json")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(RunData::MaxFileBytes + 1));
        big.close();
        QVERIFY(RunData::load(big.fileName()).error().contains(QLatin1String("larger than 64 MB")));
    }

    void aRequestFileWithABadCheckIsRefusedWithTheLine()
    {
        QJsonObject file {{QStringLiteral("name"), QStringLiteral("fetch")}, {QStringLiteral("method"), QStringLiteral("GET")},
            {QStringLiteral("url"), QStringLiteral("/invoices")},
            {QStringLiteral("checks"), QJsonArray {QStringLiteral("status == 200"), QStringLiteral("$.id equals 4")}}};
        const auto bad = ModelJson::requestFromJson(file, QStringLiteral("requests/fetch.json"));
        QVERIFY(!bad);
        QVERIFY2(bad.error().contains(QLatin1String("field \"checks\" has a line that does not read: check \"$.id equals 4\"")),
            qPrintable(bad.error()));
        file.insert(QStringLiteral("checks"), QJsonArray {QStringLiteral("status == 200")});
        file.insert(QStringLiteral("captures"), QJsonArray {QStringLiteral("id $.id")});
        QVERIFY(ModelJson::requestFromJson(file, QStringLiteral("requests/fetch.json")).error().contains(QLatin1String("NAME = SOURCE")));
        file.insert(QStringLiteral("captures"), QJsonArray {QStringLiteral("id = $.id")});
        const auto good = ModelJson::requestFromJson(file, QStringLiteral("requests/fetch.json"));
        QVERIFY2(good, qPrintable(good.error()));
        QCOMPARE(good->checks, QStringList {QStringLiteral("status == 200")});
        QCOMPARE(ModelJson::toJson(good.value()).value(QStringLiteral("captures")).toArray().first().toString(), QStringLiteral("id = $.id"));
        // The saved order: a whole number, written only when set.
        QVERIFY(!ModelJson::toJson(good.value()).contains(QStringLiteral("seq")));
        file.insert(QStringLiteral("seq"), 3);
        QCOMPARE(ModelJson::requestFromJson(file, QStringLiteral("requests/fetch.json"))->sequence, 3);
        file.insert(QStringLiteral("seq"), -1);
        QVERIFY(ModelJson::requestFromJson(file, QStringLiteral("requests/fetch.json")).error().contains(QLatin1String("\"seq\"")));
    }
};

QTEST_GUILESS_MAIN(TestRunData)
#include "tst_rundata.moc"
