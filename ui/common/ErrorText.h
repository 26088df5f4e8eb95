#pragma once

class QColor;
class QPalette;
class QWidget;

namespace keyway::ui {

// The red of error text that reads on this palette's background, light or dark.
QColor errorColor(const QPalette &palette);
// Colours a label or line as an error, red that reads on the current background, light or dark.
void showAsError(QWidget *widget);
// Back to the palette's own text colour.
void showAsNormal(QWidget *widget);

} // namespace keyway::ui
