#include "core/NetworkSettings.h"
#include "core/ProxyFactory.h"
#include "core/Settings.h"
#include "history/HistoryStore.h"
#include "keys/SecretClipboard.h"
#include "MainWindow.h"
#include "ScriptedPrompter.h"
#include "secrets/MemorySecretStore.h"
#include "session/KeyService.h"
#include "SecretJobRunner.h"
#include "SelfSignedCertificate.h"
#include "session/ProxyPassword.h"
#include "settings/SettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPalette>
#include <QProcess>
#include <QSpinBox>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using namespace keyway;
using namespace keyway::ui;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void proxiesAreCheckedBeforeUse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("type");
        QTest::newRow("system") << "" << int(QNetworkProxy::DefaultProxy);
        QTest::newRow("none") << "none" << int(QNetworkProxy::NoProxy);
        QTest::newRow("http") << "http://proxy.example.com:3128" << int(QNetworkProxy::HttpProxy);
        QTest::newRow("socks") << "socks5://127.0.0.1:1080" << int(QNetworkProxy::Socks5Proxy);
        QTest::newRow("no port") << "http://proxy.example.com" << -1;
        QTest::newRow("ftp") << "ftp://proxy.example.com:21" << -1;
        QTest::newRow("words") << "my proxy" << -1;
    }

    void proxiesAreCheckedBeforeUse()
    {
        QFETCH(QString, text);
        QFETCH(int, type);
        const auto proxy = NetworkSettings::proxyFrom(text);
        if (type < 0) {
            QVERIFY(!proxy);
            QVERIFY2(proxy.error().contains(QLatin1String("http://host:port")), qPrintable(proxy.error()));
        } else {
            QVERIFY2(proxy, qPrintable(proxy.error()));
            QCOMPARE(int(proxy->type()), type);
        }
    }

    void thisMachineIsNeverReachedThroughAProxy()
    {
        ProxyFactory explicitProxy(
            NetworkSettings::proxyFrom(QStringLiteral("http://proxy.example.com:3128")).value());
        for (const char *host : {"127.0.0.1", "localhost", "[::1]", "127.0.0.53"})
            QVERIFY(ProxyFactory::isDirect(explicitProxy
                                               .queryProxy(QNetworkProxyQuery(
                                                   QUrl(QStringLiteral("http://%1:8080/").arg(QLatin1String(host)))))
                                               .first()));
        const QNetworkProxy remote
            = explicitProxy.queryProxy(QNetworkProxyQuery(QUrl(QStringLiteral("https://api.example.com/v1"))))
                  .first();
        QCOMPARE(remote.type(), QNetworkProxy::HttpProxy);
        QCOMPARE(remote.hostName(), QStringLiteral("proxy.example.com"));
        QCOMPARE(remote.port(), quint16(3128));
    }

    void badValuesKeepTheDialogOpenWithTheReason()
    {
        Settings settings(m_dir.filePath(QStringLiteral("bad.conf")));
        ScriptedPrompter prompter;
        SettingsDialog dialog(settings, prompter);
        dialog.show();
        dialog.pageList()->setCurrentRow(2);
        dialog.proxyEdit()->setText(QStringLiteral("proxy.example.com"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.pageList()->currentRow(), 0);
        QVERIFY(dialog.errorLabel()->text().contains(QLatin1String("http://host:port")));
        dialog.proxyEdit()->clear();
        const QString notPem = m_dir.filePath(QStringLiteral("not.pem"));
        QFile file(notPem);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hello");
        file.close();
        dialog.caFileEdit()->setText(notPem);
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.errorLabel()->text().contains(QLatin1String("no PEM certificate")),
            qPrintable(dialog.errorLabel()->text()));
        dialog.caFileEdit()->setText(m_dir.filePath(QStringLiteral("missing.pem")));
        dialog.accept();
        QVERIFY(dialog.errorLabel()->text().contains(QLatin1String("cannot be read")));
        QVERIFY(settings.value(SettingKeys::CaFile).isEmpty()); // nothing was saved
    }

    void theProxyPasswordGoesToTheKeychainNeverTheFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("proxy.conf"));
        {
            QFile file(path); // as an older Keyway, or a hand edit, left it
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[network]\nproxy=http://alice:old-secret-pw@proxy.example.com:3128\n");
        }
        Settings settings(path);
        ScriptedPrompter prompter;
        MemorySecretStore secrets;
        KeyService keys(secrets, m_dir.filePath(QStringLiteral("key-dates.json")));
        HistoryStore history;
        MainWindow window(prompter, settings, keys, history);
        const auto stored = [&] { return runSecretJob(secrets.read(ProxyPassword::key())).value; };
        QTRY_COMPARE(stored(), QStringLiteral("old-secret-pw"));
        QCOMPARE(settings.value(SettingKeys::Proxy), QStringLiteral("http://alice@proxy.example.com:3128"));
        const auto fileHolds = [&](const QByteArray &text) {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) && file.readAll().contains(text);
        };
        QVERIFY(!fileHolds("old-secret-pw"));

        // A new password typed in its own field, and one typed into the URL: both to the keychain.
        window.findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
        auto *dialog = window.findChildren<SettingsDialog *>().last();
        QVERIFY(dialog->proxyPasswordEdit()->isEnabled());
        QCOMPARE(dialog->proxyPasswordEdit()->echoMode(), QLineEdit::Password);
        dialog->proxyPasswordEdit()->setText(QStringLiteral("typed-secret-pw"));
        dialog->accept();
        QTRY_COMPARE(stored(), QStringLiteral("typed-secret-pw"));
        window.findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
        dialog = window.findChildren<SettingsDialog *>().last();
        dialog->proxyEdit()->setText(QStringLiteral("http://bob:url-secret-pw@proxy.example.com:3128"));
        dialog->accept();
        QTRY_COMPARE(stored(), QStringLiteral("url-secret-pw"));
        QCOMPARE(settings.value(SettingKeys::Proxy), QStringLiteral("http://bob@proxy.example.com:3128"));
        QVERIFY(!fileHolds("secret-pw"));

        // No user any more: nothing to keep a password for.
        window.findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
        dialog = window.findChildren<SettingsDialog *>().last();
        dialog->proxyEdit()->setText(QStringLiteral("none"));
        QVERIFY(!dialog->proxyPasswordEdit()->isEnabled());
        dialog->accept();
        QTRY_COMPARE(runSecretJob(secrets.read(ProxyPassword::key())).result, SecretJob::Result::NotFound);
        QVERIFY2(prompter.errors.isEmpty(), qPrintable(prompter.errors.join(u'\n')));
    }

    void savedValuesApplyToTheWindow()
    {
        // A real CA file, made with openssl like a company's own authority would be.
        const QString ca = m_dir.filePath(QStringLiteral("ca.pem"));
        QVERIFY(makeSelfSignedCertificate(ca, m_dir.filePath(QStringLiteral("ca.key")), QStringLiteral("Keyway Test CA")));

        Settings settings(m_dir.filePath(QStringLiteral("good.conf")));
        ScriptedPrompter prompter;
        MemorySecretStore secrets;
        KeyService keys(secrets, m_dir.filePath(QStringLiteral("key-dates.json")));
        HistoryStore history;
        MainWindow window(prompter, settings, keys, history);
        window.findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
        auto *dialog = window.findChild<SettingsDialog *>();
        QVERIFY(dialog);
        dialog->timeoutBox()->setValue(7);
        dialog->proxyEdit()->setText(QStringLiteral("none"));
        dialog->caFileEdit()->setText(ca);
        dialog->clipboardBox()->setValue(12);
        dialog->historyBox()->setValue(64);
        dialog->reminderBox()->setValue(30);
        dialog->languageBox()->setCurrentIndex(dialog->languageBox()->findData(QStringLiteral("de")));
        dialog->accept();
        QVERIFY2(prompter.errors.isEmpty(), qPrintable(prompter.errors.join(u'\n')));
        QCOMPARE(settings.value(SettingKeys::RequestTimeoutSeconds), 7);
        QCOMPARE(settings.value(SettingKeys::Proxy), QStringLiteral("none"));
        QCOMPARE(settings.value(SettingKeys::CaFile), ca);
        QCOMPARE(settings.value(SettingKeys::HistoryBodyLimitBytes), qint64(64 * 1024));
        QCOMPARE(settings.value(SettingKeys::RotationReminderDays), 30);
        QCOMPARE(settings.value(SettingKeys::Language), QStringLiteral("de"));
        QCOMPARE(SecretClipboard::defaultClearAfter(), 12'000);
        bool trusted = false;
        for (const QSslCertificate &certificate : QSslConfiguration::defaultConfiguration().caCertificates())
            trusted = trusted
                || certificate.subjectInfo(QSslCertificate::CommonName)
                       .contains(QStringLiteral("Keyway Test CA"));
        QVERIFY2(trusted, "the extra CA is trusted from now on");
        SecretClipboard::setDefaultClearAfter(SecretClipboard::DefaultClearMs);

        // Appearance: a forced dark scheme changes the whole palette at once, and can be undone.
        window.findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
        auto *again = window.findChildren<SettingsDialog *>().last();
        again->colorSchemeBox()->setCurrentIndex(again->colorSchemeBox()->findData(QStringLiteral("dark")));
        again->accept();
        QCOMPARE(settings.value(SettingKeys::ColorScheme), QStringLiteral("dark"));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
        QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 150);
        window.findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
        auto *back = window.findChildren<SettingsDialog *>().last();
        back->colorSchemeBox()->setCurrentIndex(0);
        back->accept();
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 150);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
