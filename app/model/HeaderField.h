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

    bool operator==(const HeaderField &) const = default;
};

} // namespace keyway
