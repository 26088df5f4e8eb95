#include "envelope/EnvelopeRecognizer.h"
#include "response/ErrorCard.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace keyway;
using namespace keyway::ui;

class TestErrorCard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheReportAndCopiesIt()
    {
        const auto report = EnvelopeRecognizer::recognize(429,
            {{"Content-Type", "application/json"}, {"Retry-After", "120"}},
            "{\"success\":false,\"error\":{\"code\":\"RATE_LIMIT_EXCEEDED\",\"message\":\"Quota used up "
            "<b>now</b>\","
            "\"requestId\":\"req_42\",\"details\":[{\"field\":\"limit\",\"message\":\"1000 per hour\"}]}}");
        QVERIFY(report);
        ErrorCard card;
        card.setReport(*report);
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        const auto label
            = [&card](const char *name) { return card.findChild<QLabel *>(QLatin1String(name)); };
        QCOMPARE(label("errorHeadline")->text(), QStringLiteral("HTTP 429 \u00b7 RATE_LIMIT_EXCEEDED"));
        QCOMPARE(label("errorMessage")->text(), QStringLiteral("Quota used up <b>now</b>"));
        QCOMPARE(label("errorMessage")->textFormat(), Qt::PlainText);
        QCOMPARE(label("errorFields")->text(), QStringLiteral("\u2022 limit: 1000 per hour"));
        QVERIFY(label("errorHint")->text().contains(QLatin1String("120")));
        QCOMPARE(
            label("errorDetails")->text(), QStringLiteral("Request ID: req_42   Retry after 120 second(s)"));

        QTest::mouseClick(card.findChild<QPushButton *>(QStringLiteral("copyError")), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(),
            QStringLiteral("RATE_LIMIT_EXCEEDED \u2014 Quota used up <b>now</b> \u2014 request id req_42"));
    }

    void hidesWhatTheReportLacks()
    {
        ErrorReport report;
        report.httpStatus = 502;
        report.message = QStringLiteral("Bad Gateway");
        ErrorCard card;
        card.setReport(report);
        QVERIFY(card.findChild<QLabel *>(QStringLiteral("errorFields"))->isHidden());
        QVERIFY(card.findChild<QLabel *>(QStringLiteral("errorDetails"))->isHidden());
        QVERIFY(card.findChild<QLabel *>(QStringLiteral("errorHint"))->isHidden());
    }
};

QTEST_MAIN(TestErrorCard)
#include "tst_errorcard.moc"
