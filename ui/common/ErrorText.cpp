#include "common/ErrorText.h"

#include <QPalette>
#include <QWidget>

namespace keyway::ui {

void showAsError(QWidget *widget)
{
    const bool dark = widget->palette().color(QPalette::Window).lightness() < 128;
    widget->setStyleSheet(dark ? QStringLiteral("color: #ff8a80;") : QStringLiteral("color: #b00020;"));
}

void showAsNormal(QWidget *widget)
{
    widget->setStyleSheet(QString());
}

} // namespace keyway::ui
