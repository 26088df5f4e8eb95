#include "auth/TokenBrokers.h"
#include "environments/NewEnvironmentWizard.h"
#include "KeyringRequirement.h"
#include "keys/KeyManagerDialog.h"
#include "sandbox/SandboxServer.h"
#include "ScriptedPrompter.h"
#include "SecretJobRunner.h"
#include "secrets/KeychainSecretStore.h"
#include "session/KeyService.h"
#include "storage/WorkspaceStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace keyway;
using namespace keyway::ui;
using sandbox::DemoCredentials;

// The key life cycle a user goes through, against the real Secret Service (gnome-keyring in the
// test's private D-Bus session): create with the wizard, verify, rotate, delete — and the old
// values are really gone from the keychain.
class TestKeysRealKeychain : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    sandbox::SandboxServer m_server;
    QNetworkAccessManager m_network;
    ScriptedPrompter m_prompter;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        QVERIFY(m_server.start());
    }

    void createVerifyRotateDelete()
    {
        KEYWAY_REQUIRE_TEST_KEYRING();
        KeychainSecretStore keychain;
        KeyService keys(keychain);
        TokenBrokers brokers(keys, m_network);
        const Workspace workspace
            = WorkspaceStore::create(m_dir.filePath(QStringLiteral("ws")), QStringLiteral("Real")).value();

        NewEnvironmentWizard wizard(workspace, keys, m_network, brokers);
        wizard.show();
        wizard.providerList()->setCurrentItem(
            wizard.providerList()
                ->findItems(QStringLiteral("BigLedger (documented API)"), Qt::MatchStartsWith)
                .first());
        wizard.next();
        wizard.baseUrlEdit()->setText(m_server.baseUrl().toString() + QStringLiteral("/v1"));
        wizard.next();
        wizard.fieldEdit(QStringLiteral("companyId"))->setText(DemoCredentials::companyId());
        wizard.next();
        wizard.secretEdit(QStringLiteral("api_key"))->setText(DemoCredentials::sandboxApiKey());
        QSignalSpy done(&wizard, &NewEnvironmentWizard::workDone);
        wizard.next();
        QVERIFY(done.wait(30'000));
        QVERIFY2(wizard.resultText().contains(QLatin1String("Verified. Company")),
            qPrintable(wizard.resultText()));
        const SecretKey key {workspace.id, QStringLiteral("sandbox"), QStringLiteral("api_key")};
        QCOMPARE(runSecretJob(keychain.read(key)).value, DemoCredentials::sandboxApiKey());

        KeyManagerDialog dialog(
            WorkspaceStore::load(workspace.rootPath).value(), keys, m_network, brokers, m_prompter);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.model()->rowCount(), 1, 30'000);
        dialog.view()->setCurrentIndex(dialog.model()->index(0, 0));
        QSignalSpy reloaded(&dialog, &KeyManagerDialog::reloaded);
        QSignalSpy verified(&dialog, &KeyManagerDialog::verified);
        m_prompter.secret = QStringLiteral("blg_test_sk_rotated_real_0001");
        m_prompter.confirmAnswer = true; // verify the new value when offered
        dialog.rotateSelected();
        QVERIFY(verified.wait(30'000));
        QVERIFY2(
            dialog.verifyResult().contains(QLatin1String("UNAUTHORIZED")), qPrintable(dialog.verifyResult()));
        QCOMPARE(runSecretJob(keychain.read(key)).value, m_prompter.secret); // the old value is gone

        QTRY_VERIFY_WITH_TIMEOUT(dialog.model()->rowCount() == 1, 30'000);
        dialog.view()->setCurrentIndex(dialog.model()->index(0, 0));
        dialog.deleteSelected();
        QVERIFY(reloaded.wait(30'000));
        QCOMPARE(runSecretJob(keychain.read(key)).result, SecretJob::Result::NotFound);
        QVERIFY(!WorkspaceStore::load(workspace.rootPath)
                     ->environment(QStringLiteral("sandbox"))
                     ->hasSecretSlot(QStringLiteral("api_key")));
    }
};

QTEST_MAIN(TestKeysRealKeychain)
#include "tst_keys_realkeychain.moc"
