#include "model/KeyPrefixRules.h"
#include "presets/PresetCatalog.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace keyway;

class TestPresetCatalog : public QObject
{
    Q_OBJECT

private:
    static void write(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    static QStringList ids(const PresetCatalog &catalog)
    {
        QStringList result;
        for (const QJsonValue &provider : catalog.providers())
            result.append(provider.toObject().value(QStringLiteral("id")).toString());
        return result;
    }

private Q_SLOTS:
    void builtInPresetsCoverTheDesignedProviders()
    {
        const PresetCatalog catalog = PresetCatalog::fromDirectories({QStringLiteral(":/keyway/presets")});
        QVERIFY2(catalog.problems().isEmpty(), qPrintable(catalog.problems().join(QLatin1Char('\n'))));
        const QStringList found = ids(catalog);
        for (const char *id : {"bigledger", "bigledger-core2", "openledger", "basiq", "bigcommerce",
                 "generic-oauth2", "generic-apikey"})
            QVERIFY2(found.contains(QLatin1String(id)), id);
        for (const QJsonValue &provider : catalog.providers()) {
            QVERIFY(!provider.toObject().value(QStringLiteral("name")).toString().isEmpty());
            QVERIFY(!provider.toObject().value(QStringLiteral("auth")).toArray().isEmpty());
        }
    }

    void aUserPresetIsAddedAndOneWithABuiltInIdReplacesIt()
    {
        QTemporaryDir userDir;
        write(userDir.filePath(QStringLiteral("acme.json")),
            "{\"id\":\"acme\",\"name\":\"Acme\",\"auth\":[{\"type\":\"apiKey\","
            "\"keyPrefixes\":{\"production\":\"acme_live_\",\"sandbox\":\"acme_test_\"}}]}");
        write(userDir.filePath(QStringLiteral("basiq.json")), "{\"id\":\"basiq\",\"name\":\"My Basiq\"}");
        const PresetCatalog catalog
            = PresetCatalog::fromDirectories({QStringLiteral(":/keyway/presets"), userDir.path()});
        QCOMPARE(ids(catalog).count(QStringLiteral("basiq")), 1);
        QCOMPARE(catalog.provider(QStringLiteral("basiq")).value(QStringLiteral("name")).toString(),
            QStringLiteral("My Basiq"));
        QCOMPARE(catalog.provider(QStringLiteral("acme")).value(QStringLiteral("name")).toString(),
            QStringLiteral("Acme"));

        // The user's key prefixes flag a live key placed in a sandbox environment.
        const KeyPrefixRules rules = KeyPrefixRules::fromProviders(catalog.providers());
        Environment sandbox;
        sandbox.kind = EnvironmentKind::Sandbox;
        QCOMPARE(
            rules.misplacedSecrets(sandbox, {{QStringLiteral("api_key"), QStringLiteral("acme_live_123")}}),
            QStringList {QStringLiteral("api_key")});
    }

    void aBrokenFileIsReportedAndTheOthersStillLoad()
    {
        QTemporaryDir userDir;
        write(userDir.filePath(QStringLiteral("a-broken.json")), "{\"id\": \"broken\",");
        write(userDir.filePath(QStringLiteral("b-noid.json")), "{\"name\": \"No id\"}");
        write(userDir.filePath(QStringLiteral("c-good.json")), "{\"id\": \"good\"}");
        const PresetCatalog catalog = PresetCatalog::fromDirectories({userDir.path()});
        QCOMPARE(ids(catalog), QStringList {QStringLiteral("good")});
        QCOMPARE(catalog.problems().size(), 2);
        QVERIFY(catalog.problems().at(0).contains(QStringLiteral("a-broken.json")));
        QVERIFY(catalog.problems().at(0).contains(QStringLiteral("not valid JSON")));
        QVERIFY(catalog.problems().at(1).contains(QStringLiteral("needs an \"id\"")));
    }

    void aMissingUserDirectoryIsNotAProblem()
    {
        const PresetCatalog catalog = PresetCatalog::fromDirectories({QStringLiteral("/nonexistent/keyway")});
        QVERIFY(catalog.providers().isEmpty());
        QVERIFY(catalog.problems().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPresetCatalog)
#include "tst_presetcatalog.moc"
