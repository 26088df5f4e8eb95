#pragma once

class QWidget;

namespace keyway::ui {

// Colours a label or line as an error, red that reads on the current background, light or dark.
void showAsError(QWidget *widget);

} // namespace keyway::ui
