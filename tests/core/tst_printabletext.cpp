#include "core/PrintableText.h"

#include <QTest>

using namespace keyway;

// Server text on a terminal: escape sequences are shown, not obeyed.
class TestPrintableText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void controlCharactersAreShownNotObeyed()
    {
        // An OSC 8 hyperlink, a colour, a bell, a C1 CSI and DEL, as an error_description might carry.
        const QString hostile
            = QStringLiteral("denied \u001b]8;;http://evil.example\u0007click\u001b]8;;\u0007 "
                             "\u001b[31mred\u001b[0m \u009b2J x\u007f");
        const QString shown = printableText(hostile);
        for (const char16_t control : {u'\u001b', u'\u0007', u'\u009b', u'\u007f'})
            QVERIFY(!shown.contains(QChar(control)));
        QVERIFY(shown.contains(QLatin1String("\\x1b]8;;http://evil.example\\x07")));
        QCOMPARE(printableText(QStringLiteral("line one\n\tline two \u2014 caf\u00e9")),
            QStringLiteral("line one\n\tline two \u2014 caf\u00e9"));
    }
};

QTEST_GUILESS_MAIN(TestPrintableText)
#include "tst_printabletext.moc"
