#pragma once

#include "model/EnvironmentKind.h"

#include <QColor>
#include <QIcon>

namespace keyway::ui {

// The colour that tells sandbox from production wherever an environment is named: green and red,
// both mid-dark so a dot of them reads on light and dark backgrounds alike.
QColor kindColor(EnvironmentKind kind);
// A filled dot of that colour, for combo boxes, tabs and the tree.
QIcon kindDot(EnvironmentKind kind);

} // namespace keyway::ui
