#pragma once

#include <QList>
#include <QString>

namespace keyway {

// A name and a value template, as in headers, query parameters and token-request parameters.
struct HeaderField
{
    QString name;
    QString value;
    bool enabled = true;
    // In a JSON body the value goes as JSON (1, true, null, [..], {..}) rather than as a string —
    // HTTPie's name:=value. Form bodies and headers send the text either way.
    bool json = false;

    bool operator==(const HeaderField &) const = default;
};

} // namespace keyway
