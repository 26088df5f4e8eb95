#pragma once

#include <QString>

namespace keyway {

// Text from a server (an error description, an error card) made safe for a terminal: control
// characters other than line breaks and tabs — ESC starting an ANSI or OSC sequence among them —
// are shown as \xHH instead of being acted on.
QString printableText(const QString &text);

} // namespace keyway
