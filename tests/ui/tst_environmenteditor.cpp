#include "auth/TokenBroker.h"
#include "common/KindColor.h"
#include "composer/PreviewModel.h"
#include "composer/RequestComposer.h"
#include "composer/RequestPane.h"
#include "composer/TemplateLineEdit.h"
#include "core/Settings.h"
#include "environments/ClientCertificateTable.h"
#include "environments/EnvironmentAuthForm.h"
#include "environments/EnvironmentEditor.h"
#include "environments/EnvironmentFiles.h"
#include "environments/PairTable.h"
#include "history/HistoryStore.h"
#include "MainWindow.h"
#include "ScriptedPrompter.h"
#include "SecretJobRunner.h"
#include "model/SecretMask.h"
#include "sandbox/SandboxServer.h"
#include "secrets/MemorySecretStore.h"
#include "SelfSignedCertificate.h"
#include "session/KeyService.h"
#include "session/EnvironmentSession.h"
#include "storage/JsonFile.h"
#include "storage/WorkspaceStore.h"
#include "tabs/DocumentTabs.h"
#include "TreeSearch.h"
#include "TriggerAction.h"
#include "workspace/WorkspacePanel.h"

#include <QAction>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace keyway;
using namespace keyway::ui;

// The environment editor tab, driven as a person would: from the tree, with the keyboard and the
// buttons; what it writes is read back from disk and from the keychain.
class TestEnvironmentEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ScriptedPrompter m_prompter;
    MemorySecretStore m_secrets;
    KeyService m_keys {m_secrets, m_dir.filePath(QStringLiteral("key-dates.json"))}; // dates where the test says
    HistoryStore m_history;

    Workspace makeWorkspace(const QString &name)
    {
        auto workspace = WorkspaceStore::create(m_dir.filePath(name), QStringLiteral("Editor")).value();
        Environment env;
        env.name = QStringLiteral("sandbox");
        env.baseUrl = QStringLiteral("https://api-sandbox.example.com/v1");
        env.companies.ids = {QStringLiteral("company_a")};
        env.companies.selected = QStringLiteral("company_a");
        env.auth.kind = AuthKind::Static;
        env.auth.headers
            = {{QStringLiteral("Authorization"), QStringLiteral("Bearer {{secret.api_key}}"), true}};
        env.addSecretSlot(QStringLiteral("api_key"));
        (void)WorkspaceStore::saveEnvironment(workspace, env);
        env.name = QStringLiteral("production");
        env.kind = EnvironmentKind::Production;
        (void)WorkspaceStore::saveEnvironment(workspace, env);
        return WorkspaceStore::load(workspace.rootPath).value();
    }

    static EnvironmentEditor *openEditor(MainWindow &window, const QString &name)
    {
        QTreeView *tree = window.workspacePanel()->treeView();
        Q_EMIT tree->activated(findInTree(tree->model(), name));
        return qobject_cast<EnvironmentEditor *>(window.tabs()->currentPage());
    }

    static QJsonObject fileOf(const Workspace &workspace, const QString &name)
    {
        return JsonFile::read(WorkspaceStore::environmentPath(workspace, name)).value();
    }

private Q_SLOTS:
    void editsSaveAndReadBackFromDisk()
    {
        const Workspace workspace = makeWorkspace(QStringLiteral("edit"));
        Settings settings(m_dir.filePath(QStringLiteral("edit.conf")));
        MainWindow window(m_prompter, settings, m_keys, m_history);
        QVERIFY(window.openWorkspace(workspace.rootPath));
        EnvironmentEditor *editor = openEditor(window, QStringLiteral("sandbox"));
        QVERIFY(editor);
        QCOMPARE(window.session()->environment()->name, QStringLiteral("sandbox"));
        QCOMPARE(window.tabs()->tabText(window.tabs()->currentIndex()), QStringLiteral("sandbox"));
        // Its kind's colour marks the tab and the tree row.
        QVERIFY(!window.tabs()->tabIcon(window.tabs()->currentIndex()).isNull());
        QVERIFY(findInTree(window.workspacePanel()->treeView()->model(), QStringLiteral("production"))
                    .data(Qt::DecorationRole)
                    .value<QIcon>()
                    .pixmap(16)
                    .toImage()
                    .pixelColor(8, 8)
            == kindColor(EnvironmentKind::Production));

        // Base URL, typed; a second company ID; a variable.
        editor->baseUrlEdit()->selectAll();
        QTest::keyClicks(editor->baseUrlEdit(), QStringLiteral("https://api-sandbox.example.com/v2"));
        QVERIFY(editor->isModified());
        QVERIFY(window.tabs()->tabText(window.tabs()->currentIndex()).endsWith(QStringLiteral("\u25cf")));
        editor->addCompanyId(QStringLiteral("company_b"));
        editor->variablesTable()->addRow(QStringLiteral("tenant"), QStringLiteral("acme"));
        Q_EMIT editor->variablesTable()->edited();
        QCOMPARE(editor->draft().variables.value(QStringLiteral("tenant")), QStringLiteral("acme"));

        // A bad value is refused with the file's own words and is not written.
        editor->baseUrlEdit()->selectAll();
        QTest::keyClicks(editor->baseUrlEdit(), QStringLiteral("ftp://nope"));
        QVERIFY(!editor->problem().isEmpty());
        triggerAction(window, "saveAction");
        QCOMPARE(m_prompter.errors.size(), 1);
        m_prompter.errors.clear();
        // Undo takes the typing back in one step.
        window.undoStack(); // the window's stack is not the one in front
        QVERIFY(editor->undoStack()->canUndo());
        triggerAction(window, "undoAction");
        QCOMPARE(editor->draft().baseUrl, QStringLiteral("https://api-sandbox.example.com/v2"));
        QVERIFY(editor->problem().isEmpty());

        // Set… puts a value in the keychain (never in the file), then Ctrl+S writes the file.
        m_prompter.secret = QStringLiteral("blg_test_sk_set_through_the_editor_42");
        editor->setKey(QStringLiteral("api_key"));
        QTRY_COMPARE(
            runSecretJob(m_secrets.read({workspace.id, QStringLiteral("sandbox"), QStringLiteral("api_key")}))
                .value,
            m_prompter.secret);
        QTRY_COMPARE(editor->keysTable()->item(0, 1)->text(), QStringLiteral("in keychain"));
        // Never shown unless asked for, and then only for a while.
        editor->revealKey(QStringLiteral("api_key"), 200);
        QTRY_COMPARE(editor->keysTable()->item(0, 1)->text(), m_prompter.secret);
        QTRY_COMPARE(editor->keysTable()->item(0, 1)->text(), QStringLiteral("in keychain"));
        triggerAction(window, "saveAction");
        QVERIFY(m_prompter.errors.isEmpty());
        QVERIFY(!editor->isModified());
        const QJsonObject saved = fileOf(workspace, QStringLiteral("sandbox"));
        QCOMPARE(saved.value(QStringLiteral("baseUrl")).toString(),
            QStringLiteral("https://api-sandbox.example.com/v2"));
        QCOMPARE(
            saved.value(QStringLiteral("variables")).toObject().value(QStringLiteral("tenant")).toString(),
            QStringLiteral("acme"));
        QVERIFY2(
            QJsonDocument(saved).toJson().contains("company_b"), QJsonDocument(saved).toJson().constData());
        QVERIFY(!QJsonDocument(saved).toJson().contains("set_through_the_editor"));
        QCOMPARE(window.workspace().environment(QStringLiteral("sandbox"))->baseUrl,
            QStringLiteral("https://api-sandbox.example.com/v2"));

        // The authentication: switched to client credentials, its fields shown and written.
        editor->authForm()->kindBox()->setCurrentIndex(3);
        editor->authForm()->tokenUrlEdit()->setText(QStringLiteral("https://auth.example.com/token"));
        Q_EMIT editor->authForm()->tokenUrlEdit()->textEdited(editor->authForm()->tokenUrlEdit()->text());
        editor->authForm()->clientIdEdit()->setText(QStringLiteral("client-1"));
        Q_EMIT editor->authForm()->clientIdEdit()->textEdited(editor->authForm()->clientIdEdit()->text());
        QCOMPARE(editor->draft().auth.kind, AuthKind::ClientCredentials);
        editor->save();
        QCOMPARE(fileOf(workspace, QStringLiteral("sandbox"))
                     .value(QStringLiteral("auth"))
                     .toObject()
                     .value(QStringLiteral("clientId"))
                     .toString(),
            QStringLiteral("client-1"));

        // Signed in with client-1; another client ID makes those tokens worthless: they are dropped.
        const SecretKey tokens = TokenBroker::tokenKey(workspace.id, QStringLiteral("sandbox"));
        QCOMPARE(runSecretJob(m_secrets.write(tokens, QStringLiteral("{\"accessToken\":\"t\"}"))).result,
            SecretJob::Result::Ok);
        editor->authForm()->clientIdEdit()->setText(QStringLiteral("client-2"));
        Q_EMIT editor->authForm()->clientIdEdit()->textEdited(editor->authForm()->clientIdEdit()->text());
        editor->save();
        QTRY_COMPARE(runSecretJob(m_secrets.read(tokens)).result, SecretJob::Result::NotFound);
    }

    void aSignedJwtIsSetUpInTheEditorAndShownWithoutItsSignature()
    {
        const Workspace workspace = makeWorkspace(QStringLiteral("jwt"));
        Settings settings(m_dir.filePath(QStringLiteral("jwt.conf")));
        MainWindow window(m_prompter, settings, m_keys, m_history);
        QVERIFY(window.openWorkspace(workspace.rootPath));
        window.tabs()->newRequest({});
        RequestPane *pane = window.requestPane();
        pane->composer()->urlEdit()->setText(QStringLiteral("/me"));
        EnvironmentEditor *editor = openEditor(window, QStringLiteral("sandbox"));
        EnvironmentAuthForm *form = editor->authForm();
        form->kindBox()->setCurrentIndex(form->kindBox()->count() - 1);
        // Chosen, it starts with what most APIs want: issued-at, a five-minute expiry, an ID, a Bearer header.
        AuthSetting auth = editor->draft().auth;
        QCOMPARE(auth.kind, AuthKind::SignedJwt);
        QCOMPARE(auth.jwtClaims.size(), 3);
        QVERIFY(auth.jwtClaims.at(1).json);
        QCOMPARE(auth.jwtClaims.at(1).value, QStringLiteral("{{$timestamp+300}}"));
        QCOMPARE(auth.headers.value(0).value, QStringLiteral("Bearer {{jwt}}"));
        auto *algorithm = form->findChild<QComboBox *>(QStringLiteral("jwtAlgorithm"));
        QVERIFY(algorithm && algorithm->isVisibleTo(form));
        algorithm->setCurrentIndex(2);
        auto *claims = form->findChild<PairTable *>(QStringLiteral("jwtClaims"));
        claims->addRow(QStringLiteral("sub"), QStringLiteral("{{tenant}}"));
        Q_EMIT claims->edited();
        editor->variablesTable()->addRow(QStringLiteral("tenant"), QStringLiteral("acme"));
        Q_EMIT editor->variablesTable()->edited();
        QCOMPARE(editor->draft().auth.jwtAlgorithm, JwtAlgorithm::HS512);
        // The signing key goes to the keychain like any key.
        m_prompter.secret = QStringLiteral("shared-signing-secret-for-the-editor-test");
        editor->setKey(QStringLiteral("signing_key"));
        QTRY_VERIFY(editor->draft().hasSecretSlot(QStringLiteral("signing_key")));
        triggerAction(window, "saveAction");
        QVERIFY(m_prompter.errors.isEmpty());
        const QJsonObject saved = fileOf(workspace, QStringLiteral("sandbox")).value(QStringLiteral("auth")).toObject();
        QCOMPARE(saved.value(QStringLiteral("kind")).toString(), QStringLiteral("signed-jwt"));
        QCOMPARE(saved.value(QStringLiteral("algorithm")).toString(), QStringLiteral("HS512"));
        QCOMPARE(saved.value(QStringLiteral("claims")).toArray().size(), 4);
        QVERIFY(!QJsonDocument(saved).toJson().contains("shared-signing-secret"));
        // The Wire tab shows the header and claims of the token that will be sent, not its signature.
        QTRY_VERIFY(pane->previewModel()->valueOf(QStringLiteral("Authorization")).startsWith(QLatin1String("Bearer eyJ")));
        const QString shown = pane->previewModel()->valueOf(QStringLiteral("Authorization"));
        QVERIFY2(shown.endsWith(SecretMask::dots()), qPrintable(shown));
        const QJsonObject shownClaims = QJsonDocument::fromJson(QByteArray::fromBase64(
            shown.section(QLatin1Char('.'), 1, 1).toLatin1(), QByteArray::Base64UrlEncoding)).object();
        QCOMPARE(shownClaims.value(QStringLiteral("sub")).toString(), QStringLiteral("acme"));
        QVERIFY(shownClaims.value(QStringLiteral("exp")).isDouble());
        QCOMPARE(window.session()->credentialState().kind, CredentialState::Kind::SignedJwt);
    }

    void clientCertificatesAreAddedAndSaved()
    {
        const Workspace workspace = makeWorkspace(QStringLiteral("mtls"));
        Settings settings(m_dir.filePath(QStringLiteral("mtls.conf")));
        MainWindow window(m_prompter, settings, m_keys, m_history);
        QVERIFY(window.openWorkspace(workspace.rootPath));
        EnvironmentEditor *editor = openEditor(window, QStringLiteral("sandbox"));
        ClientCertificateTable *table = editor->certificateTable();
        // A PKCS#12 bundle holds the key: no key file is asked for.
        m_prompter.openFile = m_dir.filePath(QStringLiteral("client.p12"));
        auto *add = table->findChild<QPushButton *>(QStringLiteral("addClientCertificate"));
        QVERIFY(add);
        add->click();
        QCOMPARE(table->table()->rowCount(), 1);
        table->table()->item(0, ClientCertificateTable::OriginColumn)->setText(QStringLiteral("https://mtls.example.com"));
        table->table()->item(0, ClientCertificateTable::PassphraseColumn)->setText(QStringLiteral("p12_passphrase"));
        QCOMPARE(editor->draft().clientCertificates,
            (QList<ClientCertificate> {{QStringLiteral("https://mtls.example.com"), m_prompter.openFile, {},
                QStringLiteral("p12_passphrase")}}));
        // A passphrase slot that is no secret name is refused in the file's own words.
        table->table()->item(0, ClientCertificateTable::PassphraseColumn)->setText(QStringLiteral("bad slot"));
        QVERIFY(editor->problem().contains(QLatin1String("passphrase")));
        table->table()->item(0, ClientCertificateTable::PassphraseColumn)->setText(QStringLiteral("p12_passphrase"));
        triggerAction(window, "saveAction");
        QVERIFY(m_prompter.errors.isEmpty());
        const QJsonArray saved = fileOf(workspace, QStringLiteral("sandbox")).value(QStringLiteral("clientCertificates")).toArray();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().toObject().value(QStringLiteral("passphrase")).toString(), QStringLiteral("p12_passphrase"));
        QVERIFY(!saved.first().toObject().contains(QStringLiteral("key")));
    }

    void checkConnectionSaysWhetherTheServerTakesTheCertificate()
    {
        // A bank that requires a certificate it issued (its own, self-signed), and a server that asks
        // for none; both trusted as if through Settings' CA file.
        const QString cert = m_dir.filePath(QStringLiteral("bank.pem"));
        const QString key = m_dir.filePath(QStringLiteral("bank.key"));
        QVERIFY(makeSelfSignedCertificate(cert, key));
        const QSslCertificate certificate = QSslCertificate::fromPath(cert).value(0);
        QFile keyFile(key);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QSslKey privateKey(&keyFile, QSsl::Rsa);
        QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
        trusting.addCaCertificate(certificate);
        QSslConfiguration::setDefaultConfiguration(trusting);
        sandbox::SandboxServer bank;
        bank.enableTls(certificate, privateKey, {certificate});
        QVERIFY(bank.start());
        sandbox::SandboxServer plain;
        plain.enableTls(certificate, privateKey);
        QVERIFY(plain.start());

        const Workspace workspace = makeWorkspace(QStringLiteral("check"));
        Settings settings(m_dir.filePath(QStringLiteral("check.conf")));
        MainWindow window(m_prompter, settings, m_keys, m_history);
        QVERIFY(window.openWorkspace(workspace.rootPath));
        EnvironmentEditor *editor = openEditor(window, QStringLiteral("sandbox"));
        ClientCertificateTable *table = editor->certificateTable();
        QVERIFY(!table->checkButton()->isEnabled()); // nothing selected
        m_prompter.openFile = cert;
        table->findChild<QPushButton *>(QStringLiteral("addClientCertificate"))->click();
        QCOMPARE(table->table()->rowCount(), 1);
        table->table()->item(0, ClientCertificateTable::KeyColumn)->setText(key);
        const auto checkWith = [&](const QUrl &origin) {
            table->table()->item(0, ClientCertificateTable::OriginColumn)->setText(origin.toString());
            table->table()->setCurrentCell(0, ClientCertificateTable::OriginColumn);
            QVERIFY(table->checkButton()->isEnabled());
            table->checkButton()->click();
            QCOMPARE(table->checkButton()->text(), QStringLiteral("Checking\u2026"));
            QVERIFY(!table->checkButton()->isEnabled()); // one at a time
            QTRY_VERIFY_WITH_TIMEOUT(!table->checkResultLabel()->isHidden(), 15'000);
            QVERIFY(table->checkButton()->isEnabled());
        };
        checkWith(bank.baseUrl());
        QVERIFY2(table->checkResultLabel()->text().contains(QLatin1String("accepted this one")),
            qPrintable(table->checkResultLabel()->text()));
        checkWith(plain.baseUrl());
        QVERIFY2(table->checkResultLabel()->text().contains(QLatin1String("did not ask for a client certificate")),
            qPrintable(table->checkResultLabel()->text()));
        // A passphrase secret that was never set is named, before anything is sent.
        table->table()->item(0, ClientCertificateTable::PassphraseColumn)->setText(QStringLiteral("key_passphrase"));
        QVERIFY(!!table->checkResultLabel()->isHidden()); // an edit clears the old answer
        checkWith(bank.baseUrl());
        QVERIFY2(table->checkResultLabel()->text().contains(QLatin1String("'key_passphrase' is not set")),
            qPrintable(table->checkResultLabel()->text()));
        QCOMPARE(bank.apiRequests(), 0);
        QCOMPARE(plain.apiRequests(), 0);
    }

    void theWireTabOffersToSetAMissingKey()
    {
        const Workspace workspace = makeWorkspace(QStringLiteral("missing"));
        Settings settings(m_dir.filePath(QStringLiteral("missing.conf")));
        MainWindow window(m_prompter, settings, m_keys, m_history);
        QVERIFY(window.openWorkspace(workspace.rootPath));
        window.session()->selectEnvironment(QStringLiteral("sandbox"));
        QTRY_VERIFY(window.session()->secretsLoaded());
        QCOMPARE(window.session()->missingSecrets(), QStringList {QStringLiteral("api_key")});
        auto *offer = window.requestPane()->findChild<QPushButton *>(QStringLiteral("setMissingKey"));
        QVERIFY(offer && !offer->isHidden());
        QCOMPARE(offer->text(), QStringLiteral("Set api_key\u2026"));
        m_prompter.secret = QStringLiteral("blg_test_sk_set_from_the_wire_tab_77");
        QTest::mouseClick(offer, Qt::LeftButton);
        QVERIFY(qobject_cast<EnvironmentEditor *>(window.tabs()->currentPage()));
        QTRY_COMPARE(
            runSecretJob(m_secrets.read({workspace.id, QStringLiteral("sandbox"), QStringLiteral("api_key")}))
                .value,
            m_prompter.secret);
        QTRY_VERIFY(window.session()->missingSecrets().isEmpty());
    }

    void theWireTabFollowsUnsavedEditsUntilTheTabIsClosed()
    {
        const Workspace workspace = makeWorkspace(QStringLiteral("draft"));
        Settings settings(m_dir.filePath(QStringLiteral("draft.conf")));
        MainWindow window(m_prompter, settings, m_keys, m_history);
        QVERIFY(window.openWorkspace(workspace.rootPath));
        window.tabs()->newRequest({}); // a request tab to look at
        RequestPane *pane = window.requestPane();
        pane->composer()->urlEdit()->setText(QStringLiteral("/ping"));
        EnvironmentEditor *editor = openEditor(window, QStringLiteral("sandbox"));
        editor->baseUrlEdit()->selectAll();
        QTest::keyClicks(editor->baseUrlEdit(), QStringLiteral("https://draft.example.com/v9"));
        QCOMPARE(window.session()->environment()->baseUrl, QStringLiteral("https://draft.example.com/v9"));
        QCOMPARE(pane->previewModel()->valueOf(QStringLiteral("Request")),
            QStringLiteral("GET https://draft.example.com/v9/ping"));
        // An invalid draft is not used: the last valid one stays.
        editor->baseUrlEdit()->selectAll();
        QTest::keyClicks(editor->baseUrlEdit(), QStringLiteral("ftp://x"));
        QCOMPARE(window.session()->environment()->baseUrl, QStringLiteral("https://draft.example.com/v9"));
        // Closed without saving: back to what the file says.
        m_prompter.confirmAnswer = true;
        window.tabs()->closeTab(window.tabs()->indexOf(editor));
        QCOMPARE(
            window.session()->environment()->baseUrl, QStringLiteral("https://api-sandbox.example.com/v1"));
        QCOMPARE(pane->previewModel()->valueOf(QStringLiteral("Request")),
            QStringLiteral("GET https://api-sandbox.example.com/v1/ping"));
    }

    void renameKeepsKeysAndTheTab()
    {
        const Workspace workspace = makeWorkspace(QStringLiteral("rename"));
        QCOMPARE(
            runSecretJob(m_secrets.write({workspace.id, QStringLiteral("sandbox"), QStringLiteral("api_key")},
                             QStringLiteral("kept-value")))
                .result,
            SecretJob::Result::Ok);
        Settings settings(m_dir.filePath(QStringLiteral("rename.conf")));
        MainWindow window(m_prompter, settings, m_keys, m_history);
        QVERIFY(window.openWorkspace(workspace.rootPath));
        EnvironmentEditor *editor = openEditor(window, QStringLiteral("sandbox"));
        editor->nameEdit()->selectAll();
        QTest::keyClicks(editor->nameEdit(), QStringLiteral("production"));
        QVERIFY(editor->problem().contains(QLatin1String("already has an environment called 'production'")));
        editor->nameEdit()->selectAll();
        QTest::keyClicks(editor->nameEdit(), QStringLiteral("staging"));
        QSignalSpy saved(editor, &EnvironmentEditor::saved);
        triggerAction(window, "saveAction");
        QVERIFY(saved.wait(10'000));
        QCOMPARE(window.tabs()->tabText(window.tabs()->currentIndex()), QStringLiteral("staging"));
        QVERIFY(window.workspace().environment(QStringLiteral("staging")));
        QVERIFY(!window.workspace().environment(QStringLiteral("sandbox")));
        QCOMPARE(window.session()->environment()->name, QStringLiteral("staging"));
        QCOMPARE(
            runSecretJob(m_secrets.read({workspace.id, QStringLiteral("staging"), QStringLiteral("api_key")}))
                .value,
            QStringLiteral("kept-value"));
    }

    void deleteAsksAndCanBeUndoneWhileTheKeysAreKept()
    {
        const Workspace workspace = makeWorkspace(QStringLiteral("delete"));
        const SecretKey key {workspace.id, QStringLiteral("production"), QStringLiteral("api_key")};
        QCOMPARE(
            runSecretJob(m_secrets.write(key, QStringLiteral("prod-value"))).result, SecretJob::Result::Ok);
        Settings settings(m_dir.filePath(QStringLiteral("delete.conf")));
        MainWindow window(m_prompter, settings, m_keys, m_history);
        QVERIFY(window.openWorkspace(workspace.rootPath));
        openEditor(window, QStringLiteral("production"));
        QCOMPARE(window.tabs()->count(), 1); // the blank request tab was used up

        // "Delete?" yes, "keys too?" no: undoable, and the editor tab goes with the file.
        m_prompter.confirmations.clear();
        m_prompter.confirmAnswers = {true, false};
        window.environmentFiles()->remove(QStringLiteral("production"));
        QCOMPARE(m_prompter.confirmations.size(), 2);
        QVERIFY(!window.workspace().environment(QStringLiteral("production")));
        QVERIFY(!window.tabs()->pageWithKey(EnvironmentEditor::keyOf(QStringLiteral("production"))));
        triggerAction(window, "undoAction");
        QVERIFY(window.workspace().environment(QStringLiteral("production")));
        QCOMPARE(
            window.workspace().environment(QStringLiteral("production"))->kind, EnvironmentKind::Production);
        QCOMPARE(runSecretJob(m_secrets.read(key)).value, QStringLiteral("prod-value"));

        // Declining the first question changes nothing.
        m_prompter.confirmAnswers = {false};
        window.environmentFiles()->remove(QStringLiteral("production"));
        QVERIFY(window.workspace().environment(QStringLiteral("production")));

        // With its keys: final, and the keychain no longer holds them.
        m_prompter.confirmAnswers = {true, true};
        const int undoSteps = window.undoStack()->count();
        window.environmentFiles()->remove(QStringLiteral("production"));
        QVERIFY(!window.workspace().environment(QStringLiteral("production")));
        QCOMPARE(window.undoStack()->count(), undoSteps);
        QTRY_COMPARE(runSecretJob(m_secrets.read(key)).result, SecretJob::Result::NotFound);
    }
};

QTEST_MAIN(TestEnvironmentEditor)
#include "tst_environmenteditor.moc"
