#include "runner/CollectionRunner.h"
#include "sandbox/SandboxAuthority.h"
#include "sandbox/SandboxServer.h"
#include "SecretJobRunner.h"
#include "secrets/MemorySecretStore.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace keyway;

// The runner on its own, against the embedded sandbox: what it keeps of a run.
class TestCollectionRunner : public QObject
{
    Q_OBJECT

private:
    sandbox::SandboxServer m_server;
    MemorySecretStore m_secrets;
    QNetworkAccessManager m_network;
    const QString m_workspaceId = QStringLiteral("ws-runner");

    Environment environment() const
    {
        Environment env;
        env.name = QStringLiteral("sandbox");
        env.baseUrl = m_server.baseUrl().toString() + QStringLiteral("/v1");
        env.companies.ids = {sandbox::DemoCredentials::companyId()};
        env.companies.selected = sandbox::DemoCredentials::companyId();
        env.auth.kind = AuthKind::Static;
        env.auth.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer {{secret.api_key}}"), true}};
        env.addSecretSlot(QStringLiteral("api_key"));
        return env;
    }

    static RequestSpec accounts()
    {
        RequestSpec request;
        request.name = QStringLiteral("accounts");
        request.collection = QStringLiteral("bench");
        request.method = QStringLiteral("GET");
        request.url = QStringLiteral("/accounts");
        request.checks = {QStringLiteral("status == 200"), QStringLiteral("$.data length == 4")}; // 3: one fails
        return request;
    }

    // Runs `iterations` times; the runner is returned finished.
    std::unique_ptr<CollectionRunner> run(int iterations, bool keepResults)
    {
        CollectionRunner::Options options;
        options.iterations = iterations;
        options.keepResults = keepResults;
        auto runner = std::make_unique<CollectionRunner>(
            m_secrets, m_network, nullptr, m_workspaceId, environment(), QList<RequestSpec> {accounts()}, options);
        QSignalSpy finished(runner.get(), &CollectionRunner::finished);
        runner->start();
        if (finished.isEmpty())
            finished.wait(30'000);
        return runner;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        QCOMPARE(runSecretJob(m_secrets.write({m_workspaceId, QStringLiteral("sandbox"), QStringLiteral("api_key")},
                                  sandbox::DemoCredentials::sandboxApiKey()))
                     .result,
            SecretJob::Result::Ok);
    }

    void withoutReportsOnlyTheTotalsAreKept()
    {
        // A run of any length then takes the same memory: nothing is kept per request.
        const auto runner = run(20, false);
        QVERIFY2(runner->errorString().isEmpty(), qPrintable(runner->errorString()));
        QVERIFY(runner->results().isEmpty());
        const RunTotals &totals = runner->totals();
        QCOMPARE(totals.requests, 20);
        QCOMPARE(totals.failed, 20);
        QCOMPARE(totals.checks, 40);
        QCOMPARE(totals.checksFailed, 20);
        QCOMPARE(totals.summary(), (RunTotals {20, 20, 40, 20}.summary()));
    }

    void forReportsEveryResultIsKept()
    {
        const auto runner = run(3, true);
        QCOMPARE(runner->results().size(), 3);
        const RunTotals counted = RunTotals::of(runner->results());
        QCOMPARE(counted.requests, runner->totals().requests);
        QCOMPARE(counted.checksFailed, runner->totals().checksFailed);
        QCOMPARE(runner->results().first().checks.at(1).problem, QStringLiteral("expected == 4, got 3"));
    }
};

QTEST_GUILESS_MAIN(TestCollectionRunner)
#include "tst_collectionrunner.moc"
