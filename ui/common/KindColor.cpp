#include "common/KindColor.h"

#include <QPainter>
#include <QPixmap>

namespace keyway::ui {

QColor kindColor(EnvironmentKind kind)
{
    return kind == EnvironmentKind::Production ? QColor(0xd3, 0x2f, 0x2f) : QColor(0x38, 0x8e, 0x3c);
}

QIcon kindDot(EnvironmentKind kind)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(kindColor(kind));
    painter.drawEllipse(QRectF(3, 3, 10, 10));
    return QIcon(pixmap);
}

} // namespace keyway::ui
