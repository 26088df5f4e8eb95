#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace keyway {

// The lines of a Postman test script that say one thing a check or capture says, turned into
// Keyway's lines; anything else is kept as left out, never run. Understood, with ' or " quotes:
//   pm.response.to.have.status(201)          pm.response.to.be.ok / .success / .notFound …
//   pm.expect(pm.response.code).to.eql(201)  pm.expect(pm.response.code).to.be.oneOf([200, 201])
//   pm.response.to.have.header("ETag")       pm.expect(pm.response.responseTime).to.be.below(500)
//   var json = pm.response.json();           pm.expect(json.data[0].id).to.eql("x") / .to.exist /
//       .to.be.a("string") / .to.have.lengthOf(3) / .to.include("y") / .to.be.above(1) / .below(9)
//   pm.environment.set("id", json.data.id)   (also pm.collectionVariables / pm.variables /
//       postman.setEnvironmentVariable, and pm.response.headers.get("Location"))
// plus the pm.test(…, function () { … }) around them, comments and blank lines.
class PostmanTestScript
{
    Q_DECLARE_TR_FUNCTIONS(PostmanTestScript)

public:
    struct Translation
    {
        QStringList checks;
        QStringList captures;
        QStringList leftOut; // the script lines that mean something else, as written
    };

    static Translation translate(const QStringList &lines);
};

} // namespace keyway
