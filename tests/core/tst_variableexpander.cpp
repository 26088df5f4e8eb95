#include "model/VariableExpander.h"

#include <QTest>
#include <QUuid>

using namespace keyway;

class TestVariableExpander : public QObject
{
    Q_OBJECT

private:
    static Environment sandbox()
    {
        Environment env;
        env.name = QStringLiteral("sandbox");
        env.baseUrl = QStringLiteral("https://{{host}}/v1");
        env.variables = {{QStringLiteral("host"), QStringLiteral("{{tenant}}.example.com")},
            {QStringLiteral("tenant"), QStringLiteral("acme")},
            {QStringLiteral("auth"), QStringLiteral("Bearer {{secret.api_key}}")},
            {QStringLiteral("plain"), QStringLiteral("value")}};
        env.companies.ids = {QStringLiteral("company_abc")};
        env.companies.selected = QStringLiteral("company_abc");
        env.addSecretSlot(QStringLiteral("api_key"));
        return env;
    }

    static QString expandOk(const VariableExpander &expander, const QString &text)
    {
        const auto result = expander.expand(text, QStringLiteral("URL"));
        if (!result)
            qWarning() << result.error();
        return result ? result.value() : QStringLiteral("<error>");
    }

private Q_SLOTS:
    void anExpansionBombIsRefusedQuickly_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::newRow("doubling text") << QStringLiteral("x");
        QTest::newRow("doubling nothing") << QString(); // no growth, but 2^30 look-ups without memory of them
    }

    void anExpansionBombIsRefusedQuickly()
    {
        // d1 = {{d0}}{{d0}}, d2 = {{d1}}{{d1}}, … d30: 2^30 copies of d0, as the attack review built it.
        QFETCH(QString, seed);
        Environment env = sandbox();
        env.variables.insert(QStringLiteral("d0"), seed);
        for (int level = 1; level <= 30; ++level)
            env.variables.insert(
                QStringLiteral("d%1").arg(level), QStringLiteral("{{d%1}}{{d%1}}").arg(level - 1));
        env.addSecretSlot(QStringLiteral("api_key"));
        const VariableExpander expander(env, VariableExpander::SecretMode::Mask);
        const auto expanded = expander.expand(QStringLiteral("/x?q={{d30}}"), QStringLiteral("URL"));
        if (seed.isEmpty()) {
            QVERIFY(expanded.ok()); // nothing to grow; it must simply finish
            QCOMPARE(expanded.value(), QStringLiteral("/x?q="));
        } else {
            QVERIFY(!expanded.ok());
            QVERIFY2(expanded.error().contains(QLatin1String("grows past 1048576 characters")),
                qPrintable(expanded.error()));
            QVERIFY(expanded.error().contains(QLatin1String("URL")));
        }
        QVERIFY(expander.referencedSecrets(QStringLiteral("{{d30}}")).isEmpty()); // finishes too
    }

    void plainTextIsUnchanged()
    {
        const Environment env = sandbox();
        QCOMPARE(
            expandOk(VariableExpander(env, VariableExpander::SecretMode::Mask), QStringLiteral("a } b { c")),
            QStringLiteral("a } b { c"));
    }

    void aLiteralValueNeverReachesASecretItSpells()
    {
        // A value captured from a response (or read from a data file) that spells a reference:
        // as a literal it expands to exactly itself, never to the key.
        Environment env = sandbox();
        for (const QString &spelled : {QStringLiteral("{{secret.api_key}}"), QStringLiteral("x\\{{secret.api_key}}"),
                 QStringLiteral("{{auth}} and {{ $uuid }}"), QStringLiteral("{{")}) {
            env.variables.insert(QStringLiteral("captured"), VariableExpander::literal(spelled));
            const VariableExpander revealed(env, VariableExpander::SecretMode::Reveal,
                {{QStringLiteral("api_key"), QStringLiteral("kw_marker_secret_value")}});
            QCOMPARE(expandOk(revealed, QStringLiteral("/search?q={{captured}}")), QStringLiteral("/search?q=") + spelled);
            QVERIFY(!revealed.usesCredential(QStringLiteral("{{captured}}")));
        }
    }

    void expandsNestedVariablesAndBuiltIns()
    {
        const Environment env = sandbox();
        const VariableExpander expander(env, VariableExpander::SecretMode::Mask);
        QCOMPARE(expandOk(expander, QStringLiteral("{{baseUrl}}/accounts?c={{companyId}}")),
            QStringLiteral("https://acme.example.com/v1/accounts?c=company_abc"));
        QCOMPARE(expandOk(expander, QStringLiteral("{{ plain }}")), QStringLiteral("value"));
    }

    void dynamicValuesAreComputedWhenBuilt()
    {
        const Environment env = sandbox();
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const VariableExpander expander(env, VariableExpander::SecretMode::Mask);
        const QStringList parts = expandOk(expander,
            QStringLiteral("{{$timestamp}} {{$timestamp+3600}} {{$timestamp-60}} {{$isoTimestamp}} {{$uuid}} "
                           "{{$uuid}} {{$randomInt}}"))
                                      .split(QLatin1Char(' '));
        QCOMPARE(parts.size(), 7);
        const qint64 now = parts[0].toLongLong();
        QVERIFY(now >= before && now <= QDateTime::currentSecsSinceEpoch());
        QCOMPARE(parts[1].toLongLong(), now + 3600); // one instant for the whole request
        QCOMPARE(parts[2].toLongLong(), now - 60);
        QCOMPARE(QDateTime::fromString(parts[3], Qt::ISODateWithMs).toSecsSinceEpoch(), now);
        QVERIFY(!QUuid(parts[4]).isNull());
        QVERIFY(parts[4] != parts[5]); // a new UUID at every use
        bool number = false;
        const int random = parts[6].toInt(&number);
        QVERIFY(number && random >= 0 && random <= 1000);
        // Inside a variable too, and fresh for the next request.
        Environment withVariable = env;
        withVariable.variables.insert(QStringLiteral("expiresAt"), QStringLiteral("{{$timestamp+300}}"));
        const qint64 expiresAt
            = expandOk(VariableExpander(withVariable, VariableExpander::SecretMode::Reveal), QStringLiteral("{{expiresAt}}"))
                  .toLongLong();
        QVERIFY(qAbs(expiresAt - (QDateTime::currentSecsSinceEpoch() + 300)) <= 1); // a second may tick over
    }

    void aMistypedDynamicValueSaysWhatThereIs()
    {
        const auto result = VariableExpander(sandbox(), VariableExpander::SecretMode::Mask)
                                .expand(QStringLiteral("{{$timestmp}}"), QStringLiteral("header 'X-Time'"));
        QVERIFY(!result);
        QVERIFY2(result.error().contains(QLatin1String("$timestamp+SECONDS")), qPrintable(result.error()));
        QVERIFY(result.error().contains(QLatin1String("header 'X-Time'")));
    }

    void unknownVariableNamesItAndWhereItWasUsed()
    {
        const Environment env = sandbox();
        const auto result = VariableExpander(env, VariableExpander::SecretMode::Mask)
                                .expand(QStringLiteral("{{baseUrl}}/{{missing}}"), QStringLiteral("URL"));
        QVERIFY(!result);
        QCOMPARE(result.failure().kind, ErrorKind::NotFound);
        QVERIFY2(result.error().contains(QLatin1String("'missing'")), qPrintable(result.error()));
        QVERIFY2(result.error().contains(QLatin1String("URL")), qPrintable(result.error()));
        QVERIFY2(result.error().contains(QLatin1String("sandbox")), qPrintable(result.error()));
    }

    void unknownVariableInsideAnotherVariable()
    {
        Environment env = sandbox();
        env.variables.insert(QStringLiteral("outer"), QStringLiteral("x{{inner}}"));
        const auto result = VariableExpander(env, VariableExpander::SecretMode::Mask)
                                .expand(QStringLiteral("{{outer}}"), QStringLiteral("header 'Accept'"));
        QVERIFY(!result);
        QVERIFY2(result.error().contains(QLatin1String("'inner'")), qPrintable(result.error()));
        QVERIFY2(result.error().contains(QLatin1String("header 'Accept'")), qPrintable(result.error()));
    }

    void cycleIsAnErrorNamingTheCycle()
    {
        Environment env = sandbox();
        env.variables.insert(QStringLiteral("a"), QStringLiteral("{{b}}"));
        env.variables.insert(QStringLiteral("b"), QStringLiteral("x{{c}}"));
        env.variables.insert(QStringLiteral("c"), QStringLiteral("{{a}}"));
        const auto result = VariableExpander(env, VariableExpander::SecretMode::Mask)
                                .expand(QStringLiteral("{{a}}"), QStringLiteral("body"));
        QVERIFY(!result);
        QVERIFY2(result.error().contains(QStringLiteral("a \u2192 b \u2192 c \u2192 a")),
            qPrintable(result.error()));
        QVERIFY2(result.error().contains(QLatin1String("body")), qPrintable(result.error()));
    }

    void selfReferenceIsACycle()
    {
        Environment env = sandbox();
        env.variables.insert(QStringLiteral("self"), QStringLiteral("{{self}}"));
        const auto result = VariableExpander(env, VariableExpander::SecretMode::Mask)
                                .expand(QStringLiteral("{{self}}"), QStringLiteral("URL"));
        QVERIFY(!result);
        QVERIFY(result.error().contains(QStringLiteral("self \u2192 self")));
    }

    void sameVariableTwiceIsNotACycle()
    {
        const Environment env = sandbox();
        QCOMPARE(expandOk(VariableExpander(env, VariableExpander::SecretMode::Mask),
                     QStringLiteral("{{tenant}}-{{tenant}}-{{host}}")),
            QStringLiteral("acme-acme-acme.example.com"));
    }

    void escapedBracesAreLiteral()
    {
        const Environment env = sandbox();
        const VariableExpander expander(env, VariableExpander::SecretMode::Mask);
        QCOMPARE(expandOk(expander, QStringLiteral("\\{{tenant}} is {{tenant}}")),
            QStringLiteral("{{tenant}} is acme"));
        QCOMPARE(
            expandOk(expander, QStringLiteral("{\"a\":{\"b\":1}}")), QStringLiteral("{\"a\":{\"b\":1}}"));
    }

    void unterminatedOrInvalidReferenceIsAnError()
    {
        const Environment env = sandbox();
        const VariableExpander expander(env, VariableExpander::SecretMode::Mask);
        const auto open = expander.expand(QStringLiteral("abc {{tenant"), QStringLiteral("URL"));
        QVERIFY(!open);
        QVERIFY2(open.error().contains(QLatin1String("column 5")), qPrintable(open.error()));
        const auto invalid = expander.expand(QStringLiteral("{{no spaces allowed}}"), QStringLiteral("URL"));
        QVERIFY(!invalid);
        QVERIFY(invalid.error().contains(QLatin1String("not a variable reference")));
    }

    // Parsed templates are remembered; what is remembered is their shape, never a value, and a broken
    // one says where it breaks each time.
    void aTemplateSeenBeforeIsFilledInAfresh()
    {
        Environment env = sandbox();
        const QString url = QStringLiteral("https://{{tenant}}.example.com/{{plain}}");
        QCOMPARE(expandOk(VariableExpander(env, VariableExpander::SecretMode::Mask), url),
            QStringLiteral("https://acme.example.com/value"));
        env.variables.insert(QStringLiteral("tenant"), QStringLiteral("globex"));
        QCOMPARE(expandOk(VariableExpander(env, VariableExpander::SecretMode::Mask), url),
            QStringLiteral("https://globex.example.com/value"));
        const VariableExpander expander(env, VariableExpander::SecretMode::Mask);
        for (const char *where : {"URL", "header X"}) {
            const auto open = expander.expand(QStringLiteral("abc {{tenant"), QLatin1String(where));
            QVERIFY(!open);
            QVERIFY2(open.error().contains(QLatin1String(where)), qPrintable(open.error()));
        }
        const QString large = QString(5000, QLatin1Char('x')) + QStringLiteral("{{plain}}");
        for (int i = 0; i < 2; ++i)
            QCOMPARE(expandOk(expander, large), QString(5000, QLatin1Char('x')) + QStringLiteral("value"));
    }

    void secretsAreMaskedUnlessRevealed()
    {
        const Environment env = sandbox();
        const QHash<QString, QString> secrets {
            {QStringLiteral("api_key"), QStringLiteral("blg_test_sk_0123456789wxyz")}};
        QCOMPARE(expandOk(VariableExpander(env, VariableExpander::SecretMode::Mask, secrets),
                     QStringLiteral("{{auth}}")),
            QStringLiteral("Bearer \u2022\u2022\u2022\u2022wxyz"));
        QCOMPARE(expandOk(VariableExpander(env, VariableExpander::SecretMode::Mask),
                     QStringLiteral("{{secret.api_key}}")),
            QStringLiteral("\u2022\u2022\u2022\u2022"));
        QCOMPARE(expandOk(VariableExpander(env, VariableExpander::SecretMode::Reveal, secrets),
                     QStringLiteral("{{auth}}")),
            QStringLiteral("Bearer blg_test_sk_0123456789wxyz"));
    }

    void secretValuesAreNotExpandedFurther()
    {
        const Environment env = sandbox();
        const QHash<QString, QString> secrets {{QStringLiteral("api_key"), QStringLiteral("{{tenant}}")}};
        QCOMPARE(expandOk(VariableExpander(env, VariableExpander::SecretMode::Reveal, secrets),
                     QStringLiteral("{{secret.api_key}}")),
            QStringLiteral("{{tenant}}"));
    }

    void missingOrUnknownSecretIsAnError()
    {
        const Environment env = sandbox();
        const auto noValue
            = VariableExpander(env, VariableExpander::SecretMode::Reveal)
                  .expand(QStringLiteral("{{secret.api_key}}"), QStringLiteral("header 'Authorization'"));
        QVERIFY(!noValue);
        QVERIFY2(
            noValue.error().contains(QLatin1String("no value in the keychain")), qPrintable(noValue.error()));
        const auto unknown = VariableExpander(env, VariableExpander::SecretMode::Mask)
                                 .expand(QStringLiteral("{{secret.other}}"), QStringLiteral("URL"));
        QVERIFY(!unknown);
        QVERIFY2(
            unknown.error().contains(QLatin1String("unknown secret 'other'")), qPrintable(unknown.error()));
    }

    void builtInsWithoutValuesAreErrors()
    {
        Environment env = sandbox();
        env.companies = {};
        const auto result
            = VariableExpander(env, VariableExpander::SecretMode::Mask)
                  .expand(QStringLiteral("{{companyId}}"), QStringLiteral("header 'X-Company-Id'"));
        QVERIFY(!result);
        QVERIFY(result.error().contains(QLatin1String("no company ID selected")));
    }

    void referencedSecretsFollowVariables()
    {
        const Environment env = sandbox();
        const VariableExpander expander(env, VariableExpander::SecretMode::Mask);
        QCOMPARE(expander.referencedSecrets(QStringLiteral("{{auth}} {{secret.api_key}} {{tenant}}")),
            QStringList {QStringLiteral("api_key")});
        QVERIFY(expander.referencedSecrets(QStringLiteral("{{tenant}}")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVariableExpander)
#include "tst_variableexpander.moc"
