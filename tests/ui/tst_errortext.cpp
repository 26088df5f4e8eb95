#include "common/ErrorText.h"
#include "settings/ColorScheme.h"

#include <QApplication>
#include <QLabel>
#include <QTest>
#include <QVBoxLayout>

using namespace keyway::ui;

// An error shown in red stays readable when the colours change while it is on screen.
class TestErrorText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsASwitchToDarkAndBack()
    {
        ColorScheme::apply(QStringLiteral("light"));
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto &label = *new QLabel(QStringLiteral("no value in the keychain for: api_key"), &window);
        layout->addWidget(&label);
        window.show();
        showAsError(&label);
        label.hide(); // as the Wire tab's warning is until there is something to warn about
        QCOMPARE(label.styleSheet(), QStringLiteral("color: #b00020;"));
        ColorScheme::apply(QStringLiteral("dark"));
        label.show(); // the warning comes back, readable on the dark background
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
