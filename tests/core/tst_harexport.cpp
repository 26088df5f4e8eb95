#include "history/HarExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace keyway;

class TestHarExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesHar12WithTextAndBinaryBodies()
    {
        HistoryEntry image;
        image.sentAt = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
        image.method = QStringLiteral("GET");
        image.url = QStringLiteral("https://api.example.com/logo?size=2&c=a%20b");
        image.status = 200;
        image.elapsedMs = 12;
        image.requestHeaders = {{"Authorization",
            "Bearer \xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2"
            "abcd"}};
        image.responseHeaders = {{"Content-Type", "image/png"}};
        image.responseBody = QByteArray("\x89PNG\r\n\x1a\n\0\0", 10);
        image.responseSize = image.responseBody.size();
        HistoryEntry failed;
        failed.method = QStringLiteral("POST");
        failed.url = QStringLiteral("https://down.example.com/x");
        failed.requestHeaders = {{"Content-Type", "application/json"}};
        failed.requestBody = "{\"a\":1}";
        failed.error = QStringLiteral("connection refused");

        const QJsonObject log = QJsonDocument::fromJson(HarExport::toJson({image, failed}))
                                    .object()
                                    .value(QStringLiteral("log"))
                                    .toObject();
        QCOMPARE(log.value(QStringLiteral("version")).toString(), QStringLiteral("1.2"));
        QCOMPARE(log.value(QStringLiteral("creator")).toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("Keyway"));
        const QJsonArray entries = log.value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 2);
        const QJsonObject first = entries.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("startedDateTime")).toString(),
            QStringLiteral("2026-11-25T10:00:00.000Z"));
        const QJsonObject request = first.value(QStringLiteral("request")).toObject();
        QCOMPARE(request.value(QStringLiteral("queryString"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toString(),
            QStringLiteral("a b"));
        QVERIFY(request.value(QStringLiteral("headers"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("value"))
                    .toString()
                    .endsWith(QLatin1String("abcd")));
        const QJsonObject content
            = first.value(QStringLiteral("response")).toObject().value(QStringLiteral("content")).toObject();
        QCOMPARE(content.value(QStringLiteral("encoding")).toString(), QStringLiteral("base64"));
        QCOMPARE(QByteArray::fromBase64(content.value(QStringLiteral("text")).toString().toLatin1()),
            image.responseBody);

        const QJsonObject second = entries.at(1).toObject();
        QCOMPARE(second.value(QStringLiteral("request"))
                     .toObject()
                     .value(QStringLiteral("postData"))
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString(),
            QStringLiteral("{\"a\":1}"));
        QCOMPARE(
            second.value(QStringLiteral("response")).toObject().value(QStringLiteral("comment")).toString(),
            QStringLiteral("connection refused"));
    }
};

QTEST_GUILESS_MAIN(TestHarExport)
#include "tst_harexport.moc"
