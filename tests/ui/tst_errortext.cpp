#include "common/ErrorText.h"
#include "settings/ColorScheme.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

using namespace keyway::ui;

// An error shown in red stays readable when the colours change while it is on screen.
class TestErrorText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsASwitchToDarkAndBack()
    {
        ColorScheme::apply(QStringLiteral("light"));
        QLabel label(QStringLiteral("no value in the keychain for: api_key"));
        label.show();
        showAsError(&label);
        QCOMPARE(label.styleSheet(), QStringLiteral("color: #b00020;"));
        ColorScheme::apply(QStringLiteral("dark"));
        QTRY_COMPARE(label.styleSheet(), QStringLiteral("color: #ff8a80;"));
        ColorScheme::apply(QStringLiteral("light"));
        QTRY_COMPARE(label.styleSheet(), QStringLiteral("color: #b00020;"));
        showAsNormal(&label);
        ColorScheme::apply(QStringLiteral("dark"));
        QCoreApplication::processEvents();
        QVERIFY(label.styleSheet().isEmpty()); // back to the palette's own colour, and it stays so
    }
};

QTEST_MAIN(TestErrorText)
#include "tst_errortext.moc"
