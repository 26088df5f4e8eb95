#include "settings/VisibleOutlineStyle.h"

#include <QStyleOption>

namespace keyway::ui {

void VisibleOutlineStyle::drawPrimitive(
    PrimitiveElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const
{
    const bool indicator = element == PE_IndicatorCheckBox || element == PE_IndicatorRadioButton
        || element == PE_IndicatorItemViewItemCheck;
    if (!indicator || !option || option->palette.color(QPalette::Window).lightness() >= 128)
        return QProxyStyle::drawPrimitive(element, option, painter, widget);
    // Fusion's outline is the window colour made darker: give it a mid grey to darken instead. The
    // option keeps its own type, which Fusion checks before it draws anything.
    const auto drawWithGreyWindow = [&](auto copy) {
        copy.palette.setColor(QPalette::Window, QColor(0xa0, 0xa0, 0xa0));
        QProxyStyle::drawPrimitive(element, &copy, painter, widget);
    };
    if (const auto *item = qstyleoption_cast<const QStyleOptionViewItem *>(option))
        return drawWithGreyWindow(QStyleOptionViewItem(*item));
    if (const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option))
        return drawWithGreyWindow(QStyleOptionButton(*button));
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

} // namespace keyway::ui
