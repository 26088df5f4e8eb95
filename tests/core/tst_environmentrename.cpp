#include "auth/TokenBroker.h"
#include "http/CookieJars.h"
#include "history/HistoryStore.h"
#include "SecretJobRunner.h"
#include "secrets/KeyMetadataStore.h"
#include "session/KeyService.h"
#include "secrets/MemorySecretStore.h"
#include "session/EnvironmentRename.h"
#include "storage/WorkspaceStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace keyway;

// Renaming an environment keeps what hangs off its name: keys, sign-in tokens, key dates, history.
class TestEnvironmentRename : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    MemorySecretStore m_secrets;
    KeyService m_keys {m_secrets, m_dir.filePath(QStringLiteral("key-dates.json"))};

    Workspace makeWorkspace(const QString &name)
    {
        auto workspace = WorkspaceStore::create(m_dir.filePath(name), QStringLiteral("Rename")).value();
        Environment env;
        env.name = QStringLiteral("sandbox");
        env.baseUrl = QStringLiteral("https://api.example.com");
        env.addSecretSlot(QStringLiteral("api_key"));
        env.addSecretSlot(QStringLiteral("never_set"));
        (void)WorkspaceStore::saveEnvironment(workspace, env);
        env.name = QStringLiteral("production");
        (void)WorkspaceStore::saveEnvironment(workspace, env);
        return WorkspaceStore::load(workspace.rootPath).value();
    }

    bool rename(
        const Workspace &workspace, const QString &to, HistoryStore *history, QString *error = nullptr)
    {
        Environment renamed = *workspace.environment(QStringLiteral("sandbox"));
        renamed.name = to;
        EnvironmentRename job(m_keys, history, workspace, QStringLiteral("sandbox"), renamed);
        QSignalSpy finished(&job, &EnvironmentRename::finished);
        job.start();
        if (finished.isEmpty() && !finished.wait(10'000))
            return false;
        if (error)
            *error = job.errorString();
        return job.succeeded();
    }

private Q_SLOTS:
    void keysTokensDatesAndHistoryFollow()
    {
        m_secrets.stopFailing();
        const Workspace workspace = makeWorkspace(QStringLiteral("follow"));
        const SecretKey key {workspace.id, QStringLiteral("sandbox"), QStringLiteral("api_key")};
        QCOMPARE(runSecretJob(m_secrets.write(key, QStringLiteral("the-key-value"))).result,
            SecretJob::Result::Ok);
        QCOMPARE(runSecretJob(m_secrets.write(TokenBroker::tokenKey(workspace.id, QStringLiteral("sandbox")),
                                  QStringLiteral("{\"access_token\":\"t\"}")))
                     .result,
            SecretJob::Result::Ok);
        QCOMPARE(runSecretJob(m_secrets.write(CookieJars::key(workspace.id, QStringLiteral("sandbox")),
                                  QStringLiteral("[{\"name\":\"s\",\"value\":\"v\",\"domain\":\"a\",\"path\":\"/\"}]")))
                     .result,
            SecretJob::Result::Ok);
        QVERIFY(m_keys.dates().recordStored(key).ok());
        const QDateTime created = m_keys.dates().metadata(key)->created;
        HistoryStore history;
        QVERIFY(history.open(m_dir.filePath(QStringLiteral("history.db"))).ok());
        HistoryEntry entry;
        entry.sentAt = QDateTime::currentDateTimeUtc();
        entry.workspaceId = workspace.id;
        entry.environment = QStringLiteral("sandbox");
        entry.method = QStringLiteral("GET");
        entry.url = QStringLiteral("https://api.example.com/x");
        QVERIFY(history.add(entry).ok());

        QVERIFY(rename(workspace, QStringLiteral("staging"), &history));

        const Workspace reloaded = WorkspaceStore::load(workspace.rootPath).value();
        QVERIFY(!reloaded.environment(QStringLiteral("sandbox")));
        QVERIFY(reloaded.environment(QStringLiteral("staging")));
        QVERIFY(!QFile::exists(WorkspaceStore::environmentPath(workspace, QStringLiteral("sandbox"))));
        const SecretKey moved {workspace.id, QStringLiteral("staging"), QStringLiteral("api_key")};
        QCOMPARE(runSecretJob(m_secrets.read(moved)).value, QStringLiteral("the-key-value"));
        QCOMPARE(runSecretJob(m_secrets.read(key)).result, SecretJob::Result::NotFound);
        QCOMPARE(runSecretJob(m_secrets.read(TokenBroker::tokenKey(workspace.id, QStringLiteral("staging"))))
                     .result,
            SecretJob::Result::Ok);
        // The cookies go along too, and none are left under the old name.
        QCOMPARE(runSecretJob(m_secrets.read(CookieJars::key(workspace.id, QStringLiteral("staging")))).result,
            SecretJob::Result::Ok);
        QCOMPARE(runSecretJob(m_secrets.read(CookieJars::key(workspace.id, QStringLiteral("sandbox")))).result,
            SecretJob::Result::NotFound);
        QCOMPARE(m_keys.dates().metadata(moved)->created, created);
        QVERIFY(!m_keys.dates().metadata(key)->isKnown());
        QCOMPARE(history.search({}).first().environment, QStringLiteral("staging"));
    }

    void aTakenNameOrABrokenKeychainChangesNothing()
    {
        m_secrets.stopFailing();
        const Workspace workspace = makeWorkspace(QStringLiteral("refused"));
        const SecretKey key {workspace.id, QStringLiteral("sandbox"), QStringLiteral("api_key")};
        QCOMPARE(runSecretJob(m_secrets.write(key, QStringLiteral("v"))).result, SecretJob::Result::Ok);
        QString error;
        QVERIFY(!rename(workspace, QStringLiteral("production"), nullptr, &error));
        QVERIFY2(error.contains(QLatin1String("already has an environment called 'production'")),
            qPrintable(error));
        QVERIFY(!rename(workspace, QStringLiteral("bad/name"), nullptr, &error));

        m_secrets.failWith(SecretJob::Result::Denied, QStringLiteral("denied by the test"));
        QVERIFY(!rename(workspace, QStringLiteral("staging"), nullptr, &error));
        QVERIFY2(error.contains(QLatin1String("denied by the test")), qPrintable(error));
        m_secrets.stopFailing();
        const Workspace reloaded = WorkspaceStore::load(workspace.rootPath).value();
        QVERIFY(reloaded.environment(QStringLiteral("sandbox")));
        QVERIFY(!reloaded.environment(QStringLiteral("staging")));
        QCOMPARE(runSecretJob(m_secrets.read(key)).value, QStringLiteral("v"));
    }
};

QTEST_GUILESS_MAIN(TestEnvironmentRename)
#include "tst_environmentrename.moc"
