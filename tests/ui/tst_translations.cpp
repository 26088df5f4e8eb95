#include "core/Settings.h"
#include "history/HistoryStore.h"
#include "http/SendJob.h"
#include "MainWindow.h"
#include "model/NameRules.h"
#include "ScriptedPrompter.h"
#include "secrets/MemorySecretStore.h"
#include "session/KeyService.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace keyway;
using namespace keyway::ui;

// The German catalog reaches the window, the core's plain classes and its Q_OBJECT classes (whose
// context is their namespace-qualified name): a catalog filed under the wrong context would
// compile and pass the completeness check, yet leave the window in English.
class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QTranslator m_german;
    QTranslator m_english;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_german.load(QStringLiteral(KEYWAY_QM_DIR "/keyway_de.qm")));
        QVERIFY(QCoreApplication::installTranslator(&m_german));
    }

    void theWindowSpeaksGerman()
    {
        QTemporaryDir home;
        Settings settings(home.filePath(QStringLiteral("keyway.conf")));
        ScriptedPrompter prompter;
        MemorySecretStore secrets;
        KeyService keys(secrets, home.filePath(QStringLiteral("key-dates.json")));
        HistoryStore history;
        MainWindow window(prompter, settings, keys, history);
        QStringList menus;
        for (const QAction *menu : window.menuBar()->actions())
            menus << menu->text();
        QCOMPARE(menus.first(), QStringLiteral("&Datei"));
        QVERIFY(menus.contains(QStringLiteral("&Schlüssel")));
    }

    void coreMessagesAreTranslatedToo()
    {
        QCOMPARE(NameRules::checkBaseUrl({}).error(), QStringLiteral("Basis-URL ist leer"));
        QCOMPARE(SendJob::tr("cancelled"), QStringLiteral("abgebrochen"));
        QCOMPARE(QCoreApplication::translate(
                     "keyway::HttpExchange", "no complete answer within %n second(s)", nullptr, 5),
            QStringLiteral("keine vollständige Antwort innerhalb von 5 Sekunden"));
    }

    void theWindowSpeaksFrenchToo()
    {
        QCoreApplication::removeTranslator(&m_german);
        QTranslator french;
        QVERIFY(french.load(QStringLiteral(KEYWAY_QM_DIR "/keyway_fr.qm")));
        QCoreApplication::installTranslator(&french);
        QCOMPARE(NameRules::checkBaseUrl({}).error(), QStringLiteral("URL de base est vide"));
        QCOMPARE(QCoreApplication::translate("keyway::ui::MainWindow", "&File"), QStringLiteral("&Fichier"));
        QCoreApplication::removeTranslator(&french);
        QCoreApplication::installTranslator(&m_german);
    }

    void englishPluralsReadNaturally()
    {
        QCoreApplication::removeTranslator(&m_german);
        QVERIFY(m_english.load(QStringLiteral(KEYWAY_QM_DIR "/keyway_en.qm")));
        QVERIFY(QCoreApplication::installTranslator(&m_english));
        QCOMPARE(KeyTableModel_days(1), QStringLiteral("1 day"));
        QCOMPARE(KeyTableModel_days(3), QStringLiteral("3 days"));
    }

private:
    static QString KeyTableModel_days(int n)
    {
        return QCoreApplication::translate("keyway::ui::KeyTableModel", "%n day(s)", nullptr, n);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
