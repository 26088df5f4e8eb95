#pragma once

#include <QList>
#include <QString>

namespace keyway {

struct HeaderField
{
    QString name;
    QString value;
    bool enabled = true;

    bool operator==(const HeaderField &) const = default;
};

// A saved request as the user wrote it: templates with {{variables}}, not yet expanded.
struct RequestSpec
{
    QString name;
    QString collection; // folder path under requests/, "" for the top level
    QString method = QStringLiteral("GET");
    QString url;
    QList<HeaderField> headers;
    QString body;

    bool operator==(const RequestSpec &) const = default;
};

} // namespace keyway
