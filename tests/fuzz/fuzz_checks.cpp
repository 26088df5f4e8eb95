// libFuzzer target for checks, captures, Postman test scripts and Bruno files from a shared
// workspace or an import, and server-sent event streams: any line
// parses or is refused with a reason, any response body is checked or captured from without a
// crash, and a secret the request used never shows in an outcome.
//
// Input layout: a check line, NUL, a capture line, NUL, the response body.
#include "FuzzInput.h"
#include "checks/Capture.h"
#include "checks/CapturedVariables.h"
#include "checks/ResponseChecks.h"
#include "convert/BruDocument.h"
#include "convert/BrunoImport.h"
#include "convert/PostmanTestScript.h"
#include "http/EventStreamParser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> parts = fuzz::fields(fuzz::bytes(data, size), '\0', 3);
    const QString checkLine = QString::fromUtf8(parts.value(0));
    const QString captureLine = QString::fromUtf8(parts.value(1));
    keyway::HttpResponse response;
    response.status = 200;
    response.headers = {{"Content-Type", "application/json"}, {"Set-Cookie", "sid=kw_fuzz_secret_cookie"}};
    response.body = parts.value(2);
    response.bodySize = response.body.size();
    const QString secret = QStringLiteral("kw_fuzz_secret_value_1234");
    const QList<keyway::CheckOutcome> outcomes = keyway::ResponseChecks::evaluate({checkLine}, response, {secret});
    for (const keyway::CheckOutcome &outcome : outcomes) {
        if ((outcome.actual.contains(secret) || outcome.problem.contains(secret)) && !checkLine.contains(secret))
            abort(); // a secret the request used shows in an outcome
    }
    keyway::CapturedVariables captured;
    (void)captured.takeFrom({captureLine}, response);
    (void)keyway::PostmanTestScript::translate({checkLine, captureLine});
    (void)keyway::BrunoImport::checkOf(checkLine, captureLine);
    (void)keyway::BrunoImport::captureOf(checkLine, captureLine);
    // The body as a server-sent event stream, cut where the check line's length says.
    keyway::EventStreamParser events;
    const qsizetype cut = std::max<qsizetype>(1, checkLine.size());
    for (qsizetype at = 0; at < response.body.size(); at += cut)
        (void)events.feed(response.body.mid(at, cut));
    if (const auto bru = keyway::BruDocument::parse(QString::fromUtf8(response.body))) {
        for (const keyway::BruDocument::Block &block : bru->blocks())
            (void)block.pairs();
    }
    return 0;
}
