#pragma once

class QWidget;

namespace keyway::ui {

// Colours a label or line as an error, red that reads on the current background, light or dark.
void showAsError(QWidget *widget);
// Back to the palette's own text colour.
void showAsNormal(QWidget *widget);

} // namespace keyway::ui
