#include "settings/ColorScheme.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTest>

using namespace keyway::ui;

// The forced dark scheme keeps check boxes visible: their outline stands out from the background.
class TestColorScheme : public QObject
{
    Q_OBJECT

    // How many pixels of an unchecked check box differ clearly from the window colour around it.
    static int visiblePixels()
    {
        QStyleOptionButton option;
        option.rect = QRect(0, 0, 16, 16);
        option.state = QStyle::State_Enabled | QStyle::State_Off;
        option.palette = QApplication::palette();
        const QColor window = option.palette.color(QPalette::Window);
        QImage image(16, 16, QImage::Format_ARGB32);
        image.fill(window);
        QPainter painter(&image);
        QApplication::style()->drawPrimitive(QStyle::PE_IndicatorCheckBox, &option, &painter);
        painter.end();
        int visible = 0;
        for (int y = 0; y < 16; ++y) {
            for (int x = 0; x < 16; ++x)
                visible += std::abs(image.pixelColor(x, y).lightness() - window.lightness()) > 40;
        }
        return visible;
    }

private Q_SLOTS:
    void checkBoxesShowInDarkAndLight()
    {
        ColorScheme::apply(QStringLiteral("dark"));
        QVERIFY2(visiblePixels() >= 20, "the check box outline disappears on the dark background");
        ColorScheme::apply(QStringLiteral("light"));
        QVERIFY(visiblePixels() >= 20);
    }
};

QTEST_MAIN(TestColorScheme)
#include "tst_colorscheme.moc"
