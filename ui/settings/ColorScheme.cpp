#include "settings/ColorScheme.h"

#include "settings/VisibleOutlineStyle.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace keyway::ui {

namespace {

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2b, 0x2e);
    const QColor base(0x1e, 0x1e, 0x21);
    const QColor text(0xe6, 0xe6, 0xe6);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb5));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return palette;
}

} // namespace

void ColorScheme::apply(const QString &scheme)
{
    // What the desktop chose (style and palette, which the platform theme may make dark), kept
    // before the first forced scheme so "follow the desktop" can bring it back exactly.
    static bool forced = false;
    static QString systemStyle;
    static QPalette systemPalette;
    const bool wantForced = scheme == QLatin1String("dark") || scheme == QLatin1String("light");
    if (!wantForced && !forced)
        return; // nothing was changed: leave the desktop's look alone
    if (wantForced && !forced) {
        systemStyle = QApplication::style()->name();
        systemPalette = QApplication::palette();
    }
    forced = wantForced;
    if (wantForced) {
        QApplication::setStyle(new VisibleOutlineStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
        QApplication::setPalette(
            scheme == QLatin1String("dark") ? darkPalette() : QApplication::style()->standardPalette());
        return;
    }
    QApplication::setStyle(QStyleFactory::create(systemStyle));
    QApplication::setPalette(systemPalette);
}

} // namespace keyway::ui
