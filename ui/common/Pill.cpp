#include "common/Pill.h"

#include <cmath>
#include <QPainter>

namespace keyway::ui {

namespace {

double relativeLuminance(const QColor &color)
{
    const auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF());
}

} // namespace

Pill::Pill(QWidget *parent)
    : QLabel(parent)
{
    setContentsMargins(9, 2, 9, 2);
    setAlignment(Qt::AlignCenter);
}

void Pill::setFill(std::optional<QColor> fill)
{
    m_fill = fill;
    update();
}

QColor Pill::readableOn(const QColor &background)
{
    const double luminance = relativeLuminance(background);
    const double onBlack = (luminance + 0.05) / 0.05;
    const double onWhite = 1.05 / (luminance + 0.05);
    return onBlack >= onWhite ? QColor(Qt::black) : QColor(Qt::white);
}

QColor Pill::textColor() const
{
    return m_fill ? readableOn(*m_fill) : palette().color(QPalette::WindowText);
}

void Pill::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = box.height() / 2;
    if (m_fill) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(*m_fill);
    } else {
        painter.setPen(palette().color(QPalette::Mid));
        painter.setBrush(Qt::NoBrush);
    }
    painter.drawRoundedRect(box, radius, radius);
    painter.setPen(textColor());
    painter.setFont(font());
    painter.drawText(contentsRect(), int(alignment()), text());
}

} // namespace keyway::ui
