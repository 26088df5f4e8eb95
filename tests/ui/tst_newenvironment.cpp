#include "auth/TokenBrokers.h"
#include "core/Settings.h"
#include "environments/EnvironmentBar.h"
#include "environments/NewEnvironmentWizard.h"
#include "history/HistoryStore.h"
#include "MainWindow.h"
#include "presets/PresetSetup.h"
#include "sandbox/SandboxServer.h"
#include "ScriptedPrompter.h"
#include "SecretJobRunner.h"
#include "secrets/KeyMetadataStore.h"
#include "secrets/MemorySecretStore.h"
#include "session/KeyService.h"
#include "session/EnvironmentSession.h"
#include "storage/WorkspaceStore.h"
#include "WidgetGrab.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace keyway;
using namespace keyway::ui;
using sandbox::DemoCredentials;

// The new-environment wizard, walked as a user would, against the sandbox and the in-memory store.
class TestNewEnvironment : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    sandbox::SandboxServer m_server;
    MemorySecretStore m_secrets;
    KeyService m_keys {m_secrets, m_dir.filePath(QStringLiteral("key-dates.json"))}; // the owner names the path
    QNetworkAccessManager m_network;
    TokenBrokers m_brokers {m_secrets, m_network};
    int m_workspaces = 0;

    Workspace makeWorkspace()
    {
        return WorkspaceStore::create(
            m_dir.filePath(QStringLiteral("ws%1").arg(++m_workspaces)), QStringLiteral("Wizard"))
            .value();
    }

    static bool choosePreset(NewEnvironmentWizard &wizard, const QString &name)
    {
        const auto items = wizard.providerList()->findItems(name, Qt::MatchStartsWith);
        if (items.isEmpty())
            return false;
        wizard.providerList()->setCurrentItem(items.first());
        return true;
    }

    static void chooseOption(NewEnvironmentWizard &wizard, const QString &id)
    {
        wizard.optionBox()->setCurrentIndex(wizard.optionBox()->findData(id));
    }

    static void chooseKind(NewEnvironmentWizard &wizard, EnvironmentKind kind)
    {
        wizard.kindBox()->setCurrentIndex(wizard.kindBox()->findData(environmentKindName(kind)));
    }

    static QString readSecret(
        SecretStore &store, const Workspace &ws, const QString &env, const QString &slot)
    {
        const auto outcome = runSecretJob(store.read({ws.id, env, slot}));
        return outcome.result == SecretJob::Result::Ok ? outcome.value
                                                       : QStringLiteral("<%1>").arg(int(outcome.result));
    }

    static QByteArray allFiles(const QString &root)
    {
        QByteArray all;
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8()); // key dates go here
        QVERIFY(m_server.start());
    }

    void createsStoresAndVerifiesABigLedgerSandbox()
    {
        const Workspace workspace = makeWorkspace();
        NewEnvironmentWizard wizard(workspace, m_keys, m_network, m_brokers);
        wizard.show();
        QVERIFY(choosePreset(wizard, QStringLiteral("BigLedger (documented API) \u2014 unverified")));
        grabIfAsked(&wizard, QStringLiteral("wizard-provider"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(NewEnvironmentWizard::EnvironmentPageId));
        chooseKind(wizard, EnvironmentKind::Sandbox);
        QCOMPARE(wizard.baseUrlEdit()->text(), QStringLiteral("https://api-sandbox.bigledger.com/v1"));
        QCOMPARE(wizard.nameEdit()->text(), QStringLiteral("sandbox"));
        chooseKind(wizard, EnvironmentKind::Production);
        QCOMPARE(wizard.baseUrlEdit()->text(), QStringLiteral("https://api.bigledger.com/v1"));
        chooseKind(wizard, EnvironmentKind::Sandbox);
        // The user points it at the local sandbox instead.
        wizard.baseUrlEdit()->setText(m_server.baseUrl().toString() + QStringLiteral("/v1"));
        chooseOption(wizard, QStringLiteral("apiKey"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(NewEnvironmentWizard::DetailsPageId));

        wizard.next(); // the company ID is missing
        QCOMPARE(wizard.currentId(), int(NewEnvironmentWizard::DetailsPageId));
        QVERIFY2(wizard.pageError()->text().contains(QLatin1String("Company ID is required")),
            qPrintable(wizard.pageError()->text()));
        // Several company IDs, the first one selected.
        wizard.fieldEdit(QStringLiteral("companyId"))
            ->setText(DemoCredentials::companyId() + QStringLiteral(", company_other"));
        grabIfAsked(&wizard, QStringLiteral("wizard-details"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(NewEnvironmentWizard::SecretsPageId));
        QCOMPARE(wizard.secretEdit(QStringLiteral("api_key"))->echoMode(), QLineEdit::Password);

        wizard.next(); // no key typed
        QCOMPARE(wizard.currentId(), int(NewEnvironmentWizard::SecretsPageId));
        QVERIFY(wizard.pageError()->text().contains(QLatin1String("API key is required")));
        // A live key pasted into a sandbox is flagged before anything is stored.
        wizard.secretEdit(QStringLiteral("api_key"))->setText(DemoCredentials::productionApiKey());
        QVERIFY2(wizard.secretWarning()->text().startsWith(
                     QLatin1String("The API key looks like a key for the other kind")),
            qPrintable(wizard.secretWarning()->text()));
        wizard.secretEdit(QStringLiteral("api_key"))
            ->setText(DemoCredentials::sandboxApiKey() + QStringLiteral("\n"));
        QVERIFY(wizard.secretWarning()->text().isEmpty());
        QVERIFY(wizard.verifyBox()->isChecked());

        QSignalSpy done(&wizard, &NewEnvironmentWizard::workDone);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(NewEnvironmentWizard::ResultPageId));
        QVERIFY(done.wait(10'000));
        QVERIFY2(wizard.resultText().contains(QLatin1String("Verified. Company: Demo Company")),
            qPrintable(wizard.resultText()));
        grabIfAsked(&wizard, QStringLiteral("wizard-result"));
        QCOMPARE(wizard.createdEnvironment(), QStringLiteral("sandbox"));
        QVERIFY(wizard.secretEdit(QStringLiteral("api_key"))->text().isEmpty());
        QVERIFY(!wizard.button(QWizard::BackButton)->isEnabled());
        QVERIFY(!wizard.button(QWizard::CancelButton)->isVisible());
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());

        const Workspace reloaded = WorkspaceStore::load(workspace.rootPath).value();
        const Environment *env = reloaded.environment(QStringLiteral("sandbox"));
        QVERIFY(env);
        QCOMPARE(env->preset, QStringLiteral("bigledger"));
        QCOMPARE(env->companies.selected, DemoCredentials::companyId());
        QCOMPARE(
            env->companies.ids, QStringList({DemoCredentials::companyId(), QStringLiteral("company_other")}));
        // Verified in the wizard means "last verified" in the key manager.
        const auto dates = m_keys.dates().metadata(
            {reloaded.id, QStringLiteral("sandbox"), QStringLiteral("api_key")});
        QVERIFY(dates.ok() && dates->lastVerified.isValid());
        QCOMPARE(readSecret(m_secrets, reloaded, QStringLiteral("sandbox"), QStringLiteral("api_key")),
            DemoCredentials::sandboxApiKey()); // trimmed of the pasted line break
        QVERIFY(!allFiles(workspace.rootPath).contains(DemoCredentials::sandboxApiKey().toUtf8()));
    }

    void aBigCommerceCustomerLoginSetUpSignsWithTheClientSecret()
    {
        const Workspace workspace = makeWorkspace();
        NewEnvironmentWizard wizard(workspace, m_keys, m_network, m_brokers);
        wizard.show();
        QVERIFY(choosePreset(wizard, QStringLiteral("BigCommerce")));
        wizard.next();
        QCOMPARE(wizard.baseUrlEdit()->text(), QStringLiteral("https://api.bigcommerce.com/stores/{{store_hash}}/v3"));
        // The login link goes to the store's own domain: the base URL follows the choice.
        chooseOption(wizard, QStringLiteral("customerLogin"));
        QCOMPARE(wizard.baseUrlEdit()->text(), QStringLiteral("https://{{storefront_domain}}"));
        chooseKind(wizard, EnvironmentKind::Production);
        QCOMPARE(wizard.baseUrlEdit()->text(), QStringLiteral("https://{{storefront_domain}}"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(NewEnvironmentWizard::DetailsPageId));
        wizard.fieldEdit(QStringLiteral("storeHash"))->setText(DemoCredentials::storeHash());
        wizard.fieldEdit(QStringLiteral("storefrontDomain"))->setText(QStringLiteral("shop.example.com"));
        wizard.fieldEdit(QStringLiteral("clientId"))->setText(DemoCredentials::bigCommerceClientId());
        wizard.fieldEdit(QStringLiteral("customerId"))->setText(QStringLiteral("forty-two"));
        wizard.next();
        QVERIFY2(wizard.pageError()->text().contains(QLatin1String("Customer ID 'forty-two'")),
            qPrintable(wizard.pageError()->text()));
        wizard.fieldEdit(QStringLiteral("customerId"))->setText(QStringLiteral("42"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(NewEnvironmentWizard::SecretsPageId));
        wizard.secretEdit(AuthSetting::clientSecretSlot())->setText(DemoCredentials::bigCommerceClientSecret());
        QSignalSpy done(&wizard, &NewEnvironmentWizard::workDone);
        wizard.next();
        QVERIFY(done.wait(10'000));
        // Nothing to call without a customer's browser: it says how to check instead.
        QVERIFY2(wizard.resultText().contains(QLatin1String("{{jwt}}")), qPrintable(wizard.resultText()));
        const Workspace reloaded = WorkspaceStore::load(workspace.rootPath).value();
        const Environment *env = reloaded.environment(wizard.createdEnvironment());
        QVERIFY(env);
        QCOMPARE(env->auth.kind, AuthKind::SignedJwt);
        QCOMPARE(env->presetOption, QStringLiteral("customerLogin"));
        QCOMPARE(env->variables.value(QStringLiteral("customer_id")), QStringLiteral("42"));
        QCOMPARE(readSecret(m_secrets, reloaded, env->name, AuthSetting::clientSecretSlot()),
            DemoCredentials::bigCommerceClientSecret());
        QVERIFY(!allFiles(workspace.rootPath).contains(DemoCredentials::bigCommerceClientSecret().toUtf8()));
    }

    void refusesATakenNameAndABadUrl()
    {
        Workspace workspace = makeWorkspace();
        Environment existing;
        existing.name = QStringLiteral("sandbox");
        existing.baseUrl = QStringLiteral("https://a.example.com");
        QVERIFY(WorkspaceStore::saveEnvironment(workspace, existing));
        workspace = WorkspaceStore::load(workspace.rootPath).value();
        NewEnvironmentWizard wizard(workspace, m_keys, m_network, m_brokers);
        wizard.show();
        QVERIFY(choosePreset(wizard, QStringLiteral("Generic API key")));
        wizard.next();
        QVERIFY2(wizard.nameEdit()->text() != QLatin1String("sandbox"), "the suggested name is free");
        wizard.nameEdit()->setText(QStringLiteral("sandbox"));
        wizard.baseUrlEdit()->setText(QStringLiteral("https://api.example.com"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(NewEnvironmentWizard::EnvironmentPageId));
        QVERIFY(wizard.pageError()->text().contains(QLatin1String("already has an environment")));
        wizard.nameEdit()->setText(QStringLiteral("mine"));
        wizard.baseUrlEdit()->setText(QStringLiteral("api.example.com"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(NewEnvironmentWizard::EnvironmentPageId));
        QVERIFY2(wizard.pageError()->text().contains(QLatin1String("absolute URL")),
            qPrintable(wizard.pageError()->text()));
    }

    void aKeychainFailureCreatesNothing()
    {
        const Workspace workspace = makeWorkspace();
        NewEnvironmentWizard wizard(workspace, m_keys, m_network, m_brokers);
        wizard.show();
        QVERIFY(choosePreset(wizard, QStringLiteral("Generic API key")));
        wizard.next();
        wizard.baseUrlEdit()->setText(QStringLiteral("https://api.example.com"));
        wizard.next();
        wizard.next();
        wizard.secretEdit(QStringLiteral("api_key"))->setText(QStringLiteral("k-123456789012"));
        wizard.verifyBox()->setChecked(false);
        m_secrets.failWith(SecretJob::Result::Locked, QStringLiteral("The keyring is locked."));
        QSignalSpy done(&wizard, &NewEnvironmentWizard::workDone);
        wizard.next();
        QVERIFY(done.wait(5000));
        m_secrets.stopFailing();
        QVERIFY2(wizard.resultText().contains(QLatin1String("The keyring is locked.")),
            qPrintable(wizard.resultText()));
        QVERIFY(wizard.resultText().contains(QLatin1String("Nothing was created")));
        QVERIFY(wizard.createdEnvironment().isEmpty());
        QVERIFY(WorkspaceStore::load(workspace.rootPath)->environments.isEmpty());
        const auto dates = m_keys.dates().all(); // and no key dates either
        QVERIFY(dates.ok());
        for (auto it = dates->cbegin(); it != dates->cend(); ++it)
            QVERIFY2(!it.key().startsWith(workspace.id), qPrintable(it.key()));
        // Back, and again: now it works, with the key the user typed still there.
        QVERIFY(wizard.button(QWizard::BackButton)->isEnabled());
        QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
        wizard.back();
        QCOMPARE(wizard.currentId(), int(NewEnvironmentWizard::SecretsPageId));
        wizard.next();
        QVERIFY(done.wait(5000));
        QCOMPARE(wizard.createdEnvironment(), QStringLiteral("sandbox"));
    }

    void everyPresetMakesAnEnvironment()
    {
        const Workspace workspace = makeWorkspace();
        for (int row = 0;; ++row) {
            NewEnvironmentWizard wizard(
                WorkspaceStore::load(workspace.rootPath).value(), m_keys, m_network, m_brokers);
            wizard.show();
            if (row >= wizard.providerList()->count())
                break;
            wizard.providerList()->setCurrentRow(row);
            const QString provider = wizard.providerList()->currentItem()->text();
            wizard.next();
            if (wizard.baseUrlEdit()->text().isEmpty())
                wizard.baseUrlEdit()->setText(QStringLiteral("https://api.example.com"));
            wizard.next();
            for (const QString &id : {QStringLiteral("companyId"), QStringLiteral("clientId"),
                     QStringLiteral("tenantCode"), QStringLiteral("storeHash"), QStringLiteral("authDomain"),
                     QStringLiteral("userId"), QStringLiteral("userType")}) {
                if (QLineEdit *edit = wizard.fieldEdit(id))
                    edit->setText(QStringLiteral("abc123"));
            }
            for (const QString &id : {QStringLiteral("authorizeUrl"), QStringLiteral("tokenUrl")}) {
                if (QLineEdit *edit = wizard.fieldEdit(id))
                    edit->setText(QStringLiteral("https://login.example.com/") + id);
            }
            wizard.next();
            QVERIFY2(wizard.currentId() == NewEnvironmentWizard::SecretsPageId,
                qPrintable(provider + QStringLiteral(": ") + wizard.pageError()->text()));
            const QList<QLineEdit *> secrets
                = wizard.findChildren<QLineEdit *>(QRegularExpression(QStringLiteral("^secret_")));
            for (QLineEdit *edit : secrets)
                edit->setText(QStringLiteral("marker-secret-") + edit->objectName());
            wizard.verifyBox()->setChecked(false);
            QSignalSpy done(&wizard, &NewEnvironmentWizard::workDone);
            wizard.next();
            QVERIFY(done.wait(5000));
            QVERIFY2(!wizard.createdEnvironment().isEmpty(), qPrintable(provider + wizard.resultText()));
        }
        const Workspace all = WorkspaceStore::load(workspace.rootPath).value();
        QCOMPARE(all.environments.size(), 7);
        QVERIFY(!allFiles(workspace.rootPath).contains("marker-secret-"));
    }

    void mainWindowCreatesAndDuplicatesWithoutCopyingKeys()
    {
        QTemporaryDir home;
        qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
        Settings settings(home.filePath(QStringLiteral("keyway.conf")));
        ScriptedPrompter prompter;
        HistoryStore history;
        MainWindow window(prompter, settings, m_keys, history);
        window.show();
        QVERIFY(WorkspaceStore::create(home.filePath(QStringLiteral("ws")), QStringLiteral("Mine")));
        QVERIFY(window.openWorkspace(home.filePath(QStringLiteral("ws"))));

        window.findChild<QAction *>(QStringLiteral("newEnvironment"))->trigger();
        auto *wizard = window.findChild<NewEnvironmentWizard *>();
        QVERIFY(wizard);
        QVERIFY(choosePreset(*wizard, QStringLiteral("BigLedger (documented API)")));
        wizard->next();
        wizard->baseUrlEdit()->setText(m_server.baseUrl().toString() + QStringLiteral("/v1"));
        wizard->next();
        wizard->fieldEdit(QStringLiteral("companyId"))->setText(DemoCredentials::companyId());
        wizard->next();
        wizard->secretEdit(QStringLiteral("api_key"))->setText(DemoCredentials::sandboxApiKey());
        wizard->verifyBox()->setChecked(false);
        QSignalSpy done(wizard, &NewEnvironmentWizard::workDone);
        wizard->next();
        QVERIFY(done.wait(5000));
        wizard->accept();
        QTRY_VERIFY(window.session()->environment());
        QCOMPARE(window.session()->environment()->name, QStringLiteral("sandbox"));

        prompter.text = QStringLiteral("production");
        prompter.secret = QString(); // add the production key later
        window.findChild<QAction *>(QStringLiteral("duplicateEnvironment"))->trigger();
        QTRY_COMPARE(window.session()->environment()->name, QStringLiteral("production"));
        QVERIFY2(prompter.errors.isEmpty(), qPrintable(prompter.errors.join(u'\n')));
        const Environment *copy = window.session()->environment();
        QCOMPARE(copy->kind, EnvironmentKind::Production);
        QCOMPARE(copy->preset, QStringLiteral("bigledger"));
        QCOMPARE(copy->secretSlots, QStringList {QStringLiteral("api_key")});
        QCOMPARE(readSecret(
                     m_secrets, window.workspace(), QStringLiteral("production"), QStringLiteral("api_key")),
            QStringLiteral("<%1>").arg(int(SecretJob::Result::NotFound)));

        // A duplicate of the duplicate, with a key typed in: stored under the copy only.
        prompter.text = QStringLiteral("sandbox-2");
        prompter.secret = QStringLiteral("blg_test_sk_second_0123456789");
        window.findChild<QAction *>(QStringLiteral("duplicateEnvironment"))->trigger();
        QTRY_COMPARE(window.session()->environment()->name, QStringLiteral("sandbox-2"));
        QCOMPARE(window.session()->environment()->kind, EnvironmentKind::Sandbox);
        QCOMPARE(
            readSecret(m_secrets, window.workspace(), QStringLiteral("sandbox-2"), QStringLiteral("api_key")),
            prompter.secret);
        QCOMPARE(
            readSecret(m_secrets, window.workspace(), QStringLiteral("sandbox"), QStringLiteral("api_key")),
            DemoCredentials::sandboxApiKey());

        prompter.text = QStringLiteral("sandbox"); // taken
        window.findChild<QAction *>(QStringLiteral("duplicateEnvironment"))->trigger();
        QVERIFY(prompter.errors.last().contains(QLatin1String("already has an environment")));
    }
};

QTEST_MAIN(TestNewEnvironment)
#include "tst_newenvironment.moc"
