#pragma once

namespace keyway {

// Where a scan over JSON text is with respect to string literals, escapes followed: feed it every
// character (char or QChar) in order.
struct JsonStringTracker
{
    bool inString = false;
    bool escaped = false;

    // True when `c` belongs to a string (its quotes included); false for structure.
    template<typename Char>
    bool step(Char c)
    {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == Char(u'\\'))
                escaped = true;
            else if (c == Char(u'"'))
                inString = false;
            return true;
        }
        inString = c == Char(u'"');
        return inString;
    }
};

} // namespace keyway
