#include "auth/TokenBroker.h"
#include "auth/TokenBrokers.h"
#include "auth/TokenSet.h"
#include "keys/KeyManagerDialog.h"
#include "keys/SecretClipboard.h"
#include "model/SecretMask.h"
#include "sandbox/SandboxServer.h"
#include "ScriptedPrompter.h"
#include "SecretJobRunner.h"
#include "secrets/KeyMetadataStore.h"
#include "secrets/MemorySecretStore.h"
#include "session/KeyService.h"
#include "storage/JsonFile.h"
#include "storage/WorkspaceStore.h"
#include "WidgetGrab.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QScrollBar>
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
    KeyService m_keys {m_secrets, m_dir.filePath(QStringLiteral("key-dates.json"))}; // the owner names the path
    QNetworkAccessManager m_network;
    TokenBrokers m_brokers {m_secrets, m_network};
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
    void initTestCase()
    {
        // Key dates go to the data folder: a scratch one, never the user's.
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        QVERIFY(m_server.start());
    }

    void init()
    {
        m_prompter.confirmations.clear();
        m_prompter.errors.clear();
        m_prompter.confirmAnswer = true;
    }

    void listsRotatesCopiesVerifiesAndDeletes()
    {
        const Workspace workspace = makeWorkspace(QStringLiteral("keys"));
        KeyManagerDialog dialog(workspace, m_keys, m_network, m_brokers, m_prompter);
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

        // Rotate: the new value replaces the old one in the keychain, and tokens made with the old
        // one (had the environment any) are dropped with it.
        const SecretKey tokens = TokenBroker::tokenKey(workspace.id, QStringLiteral("sandbox"));
        QCOMPARE(runSecretJob(m_secrets.write(tokens, QStringLiteral("{\"accessToken\":\"old\"}"))).result,
            SecretJob::Result::Ok);
        const QString rotated = QStringLiteral("blg_test_sk_rotated_value_9876");
        m_prompter.secret = rotated;
        QSignalSpy reloaded(&dialog, &KeyManagerDialog::reloaded);
        dialog.rotateSelected();
        // (a reload from the verification above may come first: wait for the rotated value itself)
        QTRY_COMPARE(
            dialog.model()->row(rowOf(dialog, QStringLiteral("sandbox")))->masked, SecretMask::mask(rotated));
        QCOMPARE(
            runSecretJob(m_secrets.read({workspace.id, QStringLiteral("sandbox"), QStringLiteral("api_key")}))
                .value,
            rotated);
        QCOMPARE(runSecretJob(m_secrets.read(tokens)).result, SecretJob::Result::NotFound);
        dialog.verifySelected();
        QVERIFY(verified.wait(10'000));
        QVERIFY2(dialog.verifyResult().startsWith(QLatin1String("Not verified")),
            qPrintable(dialog.verifyResult()));
        QVERIFY(dialog.verifyResult().contains(QLatin1String("UNAUTHORIZED")));

        // Reveal: the value in clear for a moment, then masked again.
        select(dialog, QStringLiteral("sandbox"));
        const QModelIndex value
            = dialog.model()->index(rowOf(dialog, QStringLiteral("sandbox")), KeyTableModel::ValueColumn);
        QCOMPARE(value.data().toString(), SecretMask::mask(rotated));
        dialog.revealSelected(200);
        QCOMPARE(value.data().toString(), rotated);
        QTRY_COMPARE_WITH_TIMEOUT(value.data().toString(), SecretMask::mask(rotated), 5000);

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
        // Rotating offered to verify the new value; deleting asked first.
        QCOMPARE(m_prompter.confirmations,
            (QStringList {QStringLiteral("Verify Key"), QStringLiteral("Delete Key")}));
    }

    void addsKeysAndKeepsTheirDates()
    {
        const Workspace workspace = makeWorkspace(QStringLiteral("dates"));
        KeyManagerDialog dialog(workspace, m_keys, m_network, m_brokers, m_prompter);
        QTRY_COMPARE(dialog.model()->rowCount(), 2);
        select(dialog, QStringLiteral("sandbox"));
        QSignalSpy reloaded(&dialog, &KeyManagerDialog::reloaded);

        // Bad names are refused with the reason; nothing is stored.
        m_prompter.text = QStringLiteral("api key!");
        m_prompter.secret = QStringLiteral("value-123456789");
        dialog.addKey();
        QCOMPARE(m_prompter.errors.size(), 1);
        m_prompter.text = QStringLiteral("api_key");
        dialog.addKey();
        QVERIFY2(m_prompter.errors.last().contains(QLatin1String("use Rotate")),
            qPrintable(m_prompter.errors.last()));

        m_prompter.text = QStringLiteral("webhook_secret");
        m_prompter.confirmAnswer = false; // no verify now
        dialog.addKey();
        QVERIFY(reloaded.wait(5000));
        QTRY_COMPARE(dialog.model()->rowCount(), 3);
        QCOMPARE(runSecretJob(m_secrets.read({workspace.id, QStringLiteral("sandbox"),
                                  QStringLiteral("webhook_secret")}))
                     .value,
            m_prompter.secret);
        QVERIFY(WorkspaceStore::load(workspace.rootPath)
                    ->environment(QStringLiteral("sandbox"))
                    ->hasSecretSlot(QStringLiteral("webhook_secret")));
        const KeyMetadataStore &dates = m_keys.dates();
        const SecretKey added {workspace.id, QStringLiteral("sandbox"), QStringLiteral("webhook_secret")};
        const QDateTime created = dates.metadata(added)->created;
        QVERIFY(created.isValid());
        QVERIFY(!dates.metadata(added)->rotated.isValid());
        int row = -1;
        for (int i = 0; i < dialog.model()->rowCount(); ++i) {
            if (dialog.model()->row(i)->slot == QLatin1String("webhook_secret"))
                row = i;
        }
        QCOMPARE(dialog.model()->row(row)->type, QStringLiteral("API key"));
        QCOMPARE(dialog.model()->row(row)->ageDays, 0);
        QCOMPARE(dialog.model()->row(row)->provider, QStringLiteral("BigLedger (documented API)"));
        // Provider and company IDs are spelled out under the table, which fits without scrolling sideways.
        dialog.view()->setCurrentIndex(dialog.model()->index(row, 0));
        const QString details = dialog.findChild<QLabel *>(QStringLiteral("keyDetails"))->text();
        QVERIFY2(details.contains(QLatin1String("BigLedger (documented API)")), qPrintable(details));
        QVERIFY2(details.contains(QLatin1String("Company IDs:")), qPrintable(details));
        dialog.show();
        QTRY_VERIFY(dialog.isVisible());
        QVERIFY(!dialog.view()->horizontalScrollBar()->isVisible());

        // Verify stamps every key of the environment; rotating keeps "created" and drops it again.
        select(dialog, QStringLiteral("sandbox"));
        QSignalSpy verified(&dialog, &KeyManagerDialog::verified);
        dialog.verifyEnvironment(QStringLiteral("sandbox"));
        QVERIFY(verified.wait(10'000));
        QVERIFY(dates.metadata({workspace.id, QStringLiteral("sandbox"), QStringLiteral("api_key")})
                    ->lastVerified.isValid());
        dialog.view()->setCurrentIndex(dialog.model()->index(row, 0));
        m_prompter.secret = QStringLiteral("rotated-value-123456789");
        dialog.rotateSelected();
        QTRY_VERIFY(dates.metadata(added)->rotated.isValid());
        QCOMPARE(dates.metadata(added)->created, created);
        QVERIFY(!dates.metadata(added)->lastVerified.isValid());
    }

    void remindsToRotateOldKeys()
    {
        const Workspace workspace = makeWorkspace(QStringLiteral("old"));
        // A key added 200 days ago.
        const QString stamp = QDateTime::currentDateTimeUtc().addDays(-200).toString(Qt::ISODate);
        const QString key = workspace.id + QStringLiteral("/sandbox/api_key");
        QVERIFY(JsonFile::write(m_keys.dates().path(),
            QJsonObject {{QStringLiteral("keys"),
                QJsonObject {{key, QJsonObject {{QStringLiteral("created"), stamp}}}}}}));
        KeyManagerDialog dialog(workspace, m_keys, m_network, m_brokers, m_prompter);
        QTRY_COMPARE(dialog.model()->rowCount(), 2);
        const auto *sandboxRow = dialog.model()->row(rowOf(dialog, QStringLiteral("sandbox")));
        QCOMPARE(sandboxRow->ageDays, 200);
        QVERIFY(sandboxRow->rotationDue);
        QVERIFY2(sandboxRow->note.contains(QLatin1String("rotate it")), qPrintable(sandboxRow->note));
        dialog.show();
        grabIfAsked(&dialog, QStringLiteral("keymanager"));
        QVERIFY(!dialog.model()->row(rowOf(dialog, QStringLiteral("production")))->rotationDue);
        QSignalSpy changed(&dialog, &KeyManagerDialog::rotationReminderDaysChanged);
        QSignalSpy reloaded(&dialog, &KeyManagerDialog::reloaded);
        dialog.setRotationReminderDays(365);
        QCOMPARE(changed.size(), 1);
        QVERIFY(reloaded.wait(5000));
        QVERIFY(!dialog.model()->row(rowOf(dialog, QStringLiteral("sandbox")))->rotationDue);
    }

    void aDamagedDateFileIsReportedAndLeftAlone()
    {
        const Workspace workspace = makeWorkspace(QStringLiteral("damaged"));
        QFile file(m_keys.dates().path());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{ \"keys\": ");
        file.close();
        KeyManagerDialog dialog(workspace, m_keys, m_network, m_brokers, m_prompter);
        dialog.show();
        QTRY_COMPARE(dialog.model()->rowCount(), 2);
        QVERIFY(dialog.metadataWarning()->isVisible());
        QVERIFY2(dialog.metadataWarning()->text().contains(QLatin1String("key-dates.json")),
            qPrintable(dialog.metadataWarning()->text()));
        QVERIFY(!m_keys.dates().recordUsed(
            workspace.id, QStringLiteral("sandbox"), {QStringLiteral("api_key")}));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("{ \"keys\": "));
        file.close();
        QVERIFY(file.remove());
    }

    void showsOAuthTokensAndEnvironmentsWithoutAPreset()
    {
        Workspace workspace = makeWorkspace(QStringLiteral("tokens"));
        Environment oauth;
        oauth.name = QStringLiteral("oauth");
        oauth.baseUrl = QStringLiteral("https://api.example.com");
        oauth.auth.kind = AuthKind::AuthorizationCode;
        oauth.auth.authorizeUrl = QStringLiteral("https://login.example.com/authorize");
        oauth.auth.tokenUrl = QStringLiteral("https://login.example.com/token");
        oauth.auth.clientId = QStringLiteral("client");
        QVERIFY(WorkspaceStore::saveEnvironment(workspace, oauth));
        Environment plain;
        plain.name = QStringLiteral("plain");
        plain.baseUrl = QStringLiteral("https://api.example.com");
        plain.addSecretSlot(QStringLiteral("token"));
        QVERIFY(WorkspaceStore::saveEnvironment(workspace, plain));
        TokenSet tokens;
        tokens.accessToken = QStringLiteral("at_marker_0123456789");
        tokens.refreshToken = QStringLiteral("rt_marker_0123456789");
        tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
        QCOMPARE(runSecretJob(m_secrets.write(TokenBroker::tokenKey(workspace.id, QStringLiteral("oauth")),
                                  QString::fromUtf8(tokens.toJson())))
                     .result,
            SecretJob::Result::Ok);
        QCOMPARE(
            runSecretJob(m_secrets.write({workspace.id, QStringLiteral("plain"), QStringLiteral("token")},
                             QStringLiteral("plain-token-12345")))
                .result,
            SecretJob::Result::Ok);
        workspace = WorkspaceStore::load(workspace.rootPath).value();

        KeyManagerDialog dialog(workspace, m_keys, m_network, m_brokers, m_prompter);
        QTRY_COMPARE(dialog.model()->rowCount(), 4);
        select(dialog, QStringLiteral("oauth"));
        const auto *row = dialog.model()->row(rowOf(dialog, QStringLiteral("oauth")));
        QCOMPARE(row->type, QStringLiteral("OAuth tokens"));
        QCOMPARE(row->masked, SecretMask::mask(tokens.accessToken));
        QVERIFY(row->note.contains(QLatin1String("expires")));
        dialog.rotateSelected();
        QVERIFY(m_prompter.errors.last().contains(QLatin1String("signing in again")));
        dialog.clipboard()->setClearAfter(200);
        dialog.copySelected();
        QCOMPARE(QApplication::clipboard()->text(), tokens.accessToken); // the token, not the stored JSON
        QTRY_VERIFY_WITH_TIMEOUT(QApplication::clipboard()->text().isEmpty(), 5000);

        QSignalSpy verified(&dialog, &KeyManagerDialog::verified);
        dialog.verifyEnvironment(QStringLiteral("plain"));
        QVERIFY(verified.wait(5000));
        QVERIFY2(dialog.verifyResult().contains(QLatin1String("not made from a provider preset")),
            qPrintable(dialog.verifyResult()));

        // Deleting the tokens signs out and leaves the environment file alone.
        QSignalSpy reloaded(&dialog, &KeyManagerDialog::reloaded);
        select(dialog, QStringLiteral("oauth"));
        dialog.deleteSelected();
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(
            runSecretJob(m_secrets.read(TokenBroker::tokenKey(workspace.id, QStringLiteral("oauth")))).result,
            SecretJob::Result::NotFound);
        QCOMPARE(dialog.model()->rowCount(), 3);
    }

    void listsAJwtSigningKeyLikeAnyKey()
    {
        Workspace workspace = makeWorkspace(QStringLiteral("jwt"));
        Environment login;
        login.name = QStringLiteral("login");
        login.baseUrl = QStringLiteral("https://store.example.com");
        login.auth.kind = AuthKind::SignedJwt;
        login.auth.signingKeySlot = AuthSetting::clientSecretSlot();
        login.addSecretSlot(AuthSetting::clientSecretSlot());
        QVERIFY(WorkspaceStore::saveEnvironment(workspace, login));
        QCOMPARE(runSecretJob(m_secrets.write({workspace.id, login.name, AuthSetting::clientSecretSlot()},
                                  QStringLiteral("signing-secret-0123456789")))
                     .result,
            SecretJob::Result::Ok);
        workspace = WorkspaceStore::load(workspace.rootPath).value();
        KeyManagerDialog dialog(workspace, m_keys, m_network, m_brokers, m_prompter);
        QTRY_COMPARE(dialog.model()->rowCount(), 3);
        const auto *row = dialog.model()->row(rowOf(dialog, QStringLiteral("login")));
        QCOMPARE(row->type, QStringLiteral("JWT signing key"));
        QCOMPARE(row->masked, SecretMask::mask(QStringLiteral("signing-secret-0123456789")));
    }

    void saysWhenTheKeychainCannotBeUsedAndWhatToDo()
    {
        KeyManagerDialog dialog(makeWorkspace(QStringLiteral("storage")), m_keys, m_network, m_brokers, m_prompter);
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
