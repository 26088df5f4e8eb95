#include "checks/CapturedVariables.h"
#include "SecretJobRunner.h"
#include "secrets/MemorySecretStore.h"
#include "session/CaptureSaver.h"
#include "storage/WorkspaceStore.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace keyway;

// Captures marked `save` kept in a real workspace folder: plain ones in the environment's file,
// secret ones in the keychain only.
class TestCaptureSaver : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static HttpResponse answer()
    {
        HttpResponse response;
        response.status = 201;
        response.body = R"({"id": "inv_42", "note": "{{secret.api_key}}", "access_token": "kw_marker_issued_token_value"})";
        response.bodySize = response.body.size();
        return response;
    }

private Q_SLOTS:
    void plainValuesGoToTheFileSecretsToTheKeychain()
    {
        auto workspace = WorkspaceStore::create(m_dir.filePath(QStringLiteral("ws")), QStringLiteral("Saves")).value();
        Environment env;
        env.name = QStringLiteral("demo");
        env.baseUrl = QStringLiteral("https://api.example.com");
        QVERIFY(WorkspaceStore::saveEnvironment(workspace, env));
        workspace = WorkspaceStore::load(workspace.rootPath).value();

        CapturedVariables captured;
        const auto taken = captured.takeFrom({QStringLiteral("invoiceId = $.id save"), QStringLiteral("note = $.note save"),
                                                 QStringLiteral("token = $.access_token save secret"),
                                                 QStringLiteral("transient = $.id")},
            answer());
        QCOMPARE(taken.names.size(), 4);
        QCOMPARE(captured.namesToSave(), (QStringList {QStringLiteral("invoiceId"), QStringLiteral("note"), QStringLiteral("token")}));

        MemorySecretStore secrets;
        CaptureSaver saver(secrets);
        QSignalSpy finished(&saver, &CaptureSaver::finished);
        saver.save(workspace, QStringLiteral("demo"), captured);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(0).toString(), QString());
        QCOMPARE(finished.first().at(1).toStringList(), captured.namesToSave());

        const Workspace reloaded = WorkspaceStore::load(workspace.rootPath).value();
        const Environment *kept = reloaded.environment(QStringLiteral("demo"));
        QCOMPARE(kept->variables.value(QStringLiteral("invoiceId")), QStringLiteral("inv_42"));
        QVERIFY(!kept->variables.contains(QStringLiteral("transient")));
        // A value that spells a template stays text; the secret is a slot, its value in the keychain.
        QCOMPARE(kept->variables.value(QStringLiteral("note")), QStringLiteral("\\{{secret.api_key}}"));
        QCOMPARE(kept->variables.value(QStringLiteral("token")), QStringLiteral("{{secret.token}}"));
        QVERIFY(kept->hasSecretSlot(QStringLiteral("token")));
        QCOMPARE(runSecretJob(secrets.read({workspace.id, QStringLiteral("demo"), QStringLiteral("token")})).value,
            QStringLiteral("kw_marker_issued_token_value"));
        QDirIterator files(workspace.rootPath, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("kw_marker_issued_token_value"), qPrintable(file.fileName()));
        }
    }

    void problemsAreNamedAndNothingIsHalfWritten()
    {
        const auto workspace = WorkspaceStore::create(m_dir.filePath(QStringLiteral("other")), QStringLiteral("Saves")).value();
        CapturedVariables captured;
        (void)captured.takeFrom({QStringLiteral("id = $.id save")}, answer());
        MemorySecretStore secrets;
        CaptureSaver saver(secrets);
        QSignalSpy finished(&saver, &CaptureSaver::finished);
        saver.save(workspace, QStringLiteral("nowhere"), captured);
        QVERIFY(finished.wait(5000));
        QVERIFY(finished.first().at(0).toString().contains(QLatin1String("no environment 'nowhere'")));
        QVERIFY(finished.first().at(1).toStringList().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCaptureSaver)
#include "tst_capturesaver.moc"
