#pragma once

#include <QString>

namespace keyway::ui {

// Settings → Appearance: follow the desktop's colours, or force light or dark. Forced schemes use
// Qt's Fusion style with a full palette, so every widget — not just some — changes.
class ColorScheme
{
public:
    // "" (the system's), "light" or "dark"; anything else is treated as "".
    static void apply(const QString &scheme);
};

} // namespace keyway::ui
