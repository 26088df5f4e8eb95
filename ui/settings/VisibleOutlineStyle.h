#pragma once

#include <QProxyStyle>

namespace keyway::ui {

// Fusion with check boxes and radio buttons whose outline shows on a dark background: Qt 6.4's
// Fusion draws it from the window colour made darker, which vanishes on dark palettes (the Wire
// tab's Reveal boxes and the scope tables were invisible). Light palettes are drawn unchanged.
class VisibleOutlineStyle final : public QProxyStyle
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VisibleOutlineStyle)

public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
        const QWidget *widget = nullptr) const override;
};

} // namespace keyway::ui
