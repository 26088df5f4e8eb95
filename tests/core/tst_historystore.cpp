#include "history/HistoryStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace keyway;

namespace {

HistoryEntry sample(const QString &url, int status, const QString &environment = QStringLiteral("sandbox"))
{
    HistoryEntry entry;
    entry.sentAt = QDateTime::currentDateTimeUtc();
    entry.workspaceId = QStringLiteral("ws");
    entry.environment = environment;
    entry.method = QStringLiteral("GET");
    entry.url = url;
    entry.status = status;
    entry.elapsedMs = 12;
    entry.responseSize = 2;
    entry.request.name = QStringLiteral("List");
    entry.request.url = QStringLiteral("/accounts");
    entry.request.headers
        = {{QStringLiteral("Authorization"), QStringLiteral("Bearer {{secret.api_key}}"), true}};
    entry.requestHeaders = {{"Authorization", "Bearer ****c8e1"}};
    entry.responseHeaders = {{"Content-Type", "application/json"}};
    entry.responseBody = "{}";
    return entry;
}

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addSearchAndReopen()
    {
        QTemporaryDir dir;
        HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("data/history.db"))).ok());
        QVERIFY(store.notice().isEmpty());
        const auto first = store.add(sample(QStringLiteral("https://a.example/v1/accounts"), 200));
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QVERIFY(store
                    .add(sample(
                        QStringLiteral("https://a.example/v1/invoices"), 401, QStringLiteral("production")))
                    .ok());
        QCOMPARE(store.search({}).size(), 2);
        QCOMPARE(store.search(QStringLiteral("invoices")).size(), 1);
        QCOMPARE(
            store.search(QStringLiteral("401")).first().url, QStringLiteral("https://a.example/v1/invoices"));
        QCOMPARE(store.search(QStringLiteral("production")).size(), 1);
        QCOMPARE(store.search(QStringLiteral("nothing-like-this")).size(), 0);
        const auto entry = store.entry(first.value());
        QVERIFY(entry);
        QCOMPARE(entry->request.url, QStringLiteral("/accounts"));
        QCOMPARE(entry->request.headers.first().value, QStringLiteral("Bearer {{secret.api_key}}"));
        QCOMPARE(entry->responseHeaders.first().first, QByteArray("Content-Type"));
        QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("data/history.db"))).permissions()
                & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
            QFileDevice::Permissions());
        QVERIFY(store.clear().ok());
        QVERIFY(store.search({}).isEmpty());
    }

    void bodiesAreCutAtTheLimit()
    {
        QTemporaryDir dir;
        HistoryStore store(16);
        QVERIFY(store.open(dir.filePath(QStringLiteral("history.db"))).ok());
        HistoryEntry entry = sample(QStringLiteral("u"), 200);
        entry.responseBody = QByteArray(100, 'x');
        const auto id = store.add(entry);
        QCOMPARE(store.entry(id.value())->responseBody.size(), 16);
    }

    void aCorruptDatabaseIsMovedAsideNotDeleted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.db"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray("SQLite format 3").append('\0') + QByteArray(4096, '\x7f'));
        }
        HistoryStore store;
        QVERIFY(store.open(path).ok());
        QVERIFY2(store.notice().contains(QLatin1String("moved to")), qPrintable(store.notice()));
        const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("history.db.corrupt-*")});
        QCOMPARE(aside.size(), 1);
        QVERIFY(QFileInfo(dir.filePath(aside.first())).size() > 4000);
        QVERIFY(store.add(sample(QStringLiteral("u"), 200)).ok());
    }

    void survivesReopening()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.db"));
        {
            HistoryStore store;
            QVERIFY(store.open(path).ok());
            QVERIFY(store.add(sample(QStringLiteral("kept"), 200)).ok());
        }
        HistoryStore reopened;
        QVERIFY(reopened.open(path).ok());
        QCOMPARE(reopened.search({}).first().url, QStringLiteral("kept"));
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
