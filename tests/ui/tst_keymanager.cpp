#include "KeyManagerDialog.h"
#include "model/SecretMask.h"
#include "sandbox/SandboxServer.h"
#include "ScriptedPrompter.h"
#include "SecretClipboard.h"
#include "SecretJobRunner.h"
#include "secrets/MemorySecretStore.h"
#include "storage/WorkspaceStore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace keyway;
using namespace keyway::ui;
using sandbox::DemoCredentials;

// The key manager against the in-memory store and the sandbox's verify endpoint.
class TestKeyManager : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    sandbox::SandboxServer m_server;
    MemorySecretStore m_secrets;
    QNetworkAccessManager m_network;
    ScriptedPrompter m_prompter;

    // Each test gets its own folder: creating a workspace where one exists is refused.
    Workspace makeWorkspace(const QString &folder)
    {
        auto workspace = WorkspaceStore::create(m_dir.filePath(folder), QStringLiteral("Keys")).value();
        for (const auto kind : {EnvironmentKind::Sandbox, EnvironmentKind::Production}) {
            Environment env;
            env.name = environmentKindName(kind);
            env.kind = kind;
            env.baseUrl = m_server.baseUrl().toString() + QStringLiteral("/v1");
            env.companies.ids = {DemoCredentials::companyId()};
            env.companies.selected = DemoCredentials::companyId();
            env.auth.kind = AuthKind::Static;
            env.auth.headers
                = {{QStringLiteral("Authorization"), QStringLiteral("Bearer {{secret.api_key}}"), true}};
            env.addSecretSlot(QStringLiteral("api_key"));
            env.preset = QStringLiteral("bigledger");
            (void)WorkspaceStore::saveEnvironment(workspace, env);
            // Both hold the sandbox key: the production one is in the wrong place.
            (void)runSecretJob(m_secrets.write(
                {workspace.id, env.name, QStringLiteral("api_key")}, DemoCredentials::sandboxApiKey()));
        }
        return WorkspaceStore::load(workspace.rootPath).value();
    }

    static int rowOf(KeyManagerDialog &dialog, const QString &environment)
    {
        for (int row = 0; row < dialog.model()->rowCount(); ++row) {
            if (dialog.model()->row(row)->environment == environment)
                return row;
        }
        return -1;
    }

    static void select(KeyManagerDialog &dialog, const QString &environment)
    {
        dialog.view()->setCurrentIndex(dialog.model()->index(rowOf(dialog, environment), 0));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }

    void listsRotatesCopiesVerifiesAndDeletes()
    {
        const Workspace workspace = makeWorkspace(QStringLiteral("keys"));
        KeyManagerDialog dialog(workspace, m_secrets, m_network, m_prompter);
        QAbstractItemModelTester tester(
            dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(dialog.model()->rowCount(), 2);
        const auto *production = dialog.model()->row(rowOf(dialog, QStringLiteral("production")));
        QVERIFY(production->note.contains(QLatin1String("other kind")));
        QCOMPARE(production->masked, SecretMask::mask(DemoCredentials::sandboxApiKey()));
        QVERIFY(dialog.model()->row(rowOf(dialog, QStringLiteral("sandbox")))->note.isEmpty());

        // Verify: the sandbox answers with the company and permissions.
        select(dialog, QStringLiteral("sandbox"));
        QSignalSpy verified(&dialog, &KeyManagerDialog::verified);
        dialog.verifySelected();
        QVERIFY(verified.wait(10'000));
        QVERIFY2(dialog.verifyResult().startsWith(QLatin1String("Verified. Company: Demo Company")),
            qPrintable(dialog.verifyResult()));

        // Rotate: the new value replaces the old one in the keychain.
        const QString rotated = QStringLiteral("blg_test_sk_rotated_value_9876");
        m_prompter.secret = rotated;
        QSignalSpy reloaded(&dialog, &KeyManagerDialog::reloaded);
        dialog.rotateSelected();
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(
            runSecretJob(m_secrets.read({workspace.id, QStringLiteral("sandbox"), QStringLiteral("api_key")}))
                .value,
            rotated);
        QCOMPARE(
            dialog.model()->row(rowOf(dialog, QStringLiteral("sandbox")))->masked, SecretMask::mask(rotated));
        dialog.verifySelected();
        QVERIFY(verified.wait(10'000));
        QVERIFY2(dialog.verifyResult().startsWith(QLatin1String("Not verified")),
            qPrintable(dialog.verifyResult()));
        QVERIFY(dialog.verifyResult().contains(QLatin1String("UNAUTHORIZED")));

        // Copy: marked as a password and cleared again.
        select(dialog, QStringLiteral("sandbox"));
        dialog.clipboard()->setClearAfter(200);
        dialog.copySelected();
        QCOMPARE(QApplication::clipboard()->text(), rotated);
        QCOMPARE(QApplication::clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
            QByteArray("secret"));
        QTRY_VERIFY_WITH_TIMEOUT(QApplication::clipboard()->text().isEmpty(), 5000);

        // Delete: gone from the keychain and from the environment file.
        select(dialog, QStringLiteral("production"));
        dialog.deleteSelected();
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(dialog.model()->rowCount(), 1);
        QCOMPARE(runSecretJob(
                     m_secrets.read({workspace.id, QStringLiteral("production"), QStringLiteral("api_key")}))
                     .result,
            SecretJob::Result::NotFound);
        QVERIFY(WorkspaceStore::load(workspace.rootPath)
                    ->environment(QStringLiteral("production"))
                    ->secretSlots.isEmpty());
        QCOMPARE(m_prompter.confirmations, QStringList {QStringLiteral("Delete Key")});
    }

    void saysWhenTheKeychainCannotBeUsedAndWhatToDo()
    {
        KeyManagerDialog dialog(makeWorkspace(QStringLiteral("storage")), m_secrets, m_network, m_prompter);
        dialog.show();
        SecureStorageStatus status;
        dialog.showStorageStatus(status); // still checking: no alarm yet
        QVERIFY(!dialog.storageWarning()->isVisible());
        status.state = SecureStorageStatus::State::NoProvider;
        dialog.showStorageStatus(status);
        QVERIFY(dialog.storageWarning()->isVisible());
        QVERIFY(dialog.storageWarning()->text().contains(QStringLiteral("gnome-keyring")));
        status.state = SecureStorageStatus::State::Ready;
        dialog.showStorageStatus(status);
        QVERIFY(!dialog.storageWarning()->isVisible());
    }
};

QTEST_MAIN(TestKeyManager)
#include "tst_keymanager.moc"
