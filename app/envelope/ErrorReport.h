#pragma once

#include <optional>
#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace keyway {

struct FieldError
{
    QString field;
    QString message;
    bool operator==(const FieldError &) const = default;
};

// An API error as the API meant it, whatever its envelope: what to show, and what to do next.
struct ErrorReport
{
    Q_DECLARE_TR_FUNCTIONS(ErrorReport)

public:
    QString format; // envelope family, e.g. "bigledger-legacy", "problem+json", "fallback"
    int httpStatus = 0;
    QString code; // machine-readable code; empty when the response has none
    QString message; // the headline
    QString hint; // a suggested next step
    QString requestId;
    std::optional<int> retryAfterSeconds;
    QList<FieldError> fieldErrors;
    int errorCount = 1;
    QByteArray rawBody;

    QJsonObject toJson() const;
    // A few lines for a terminal: status and code, message, hint, request id, retry time, fields.
    QString toCard() const;
    // What a "Copy" button copies: code, message and request id.
    QString toClipboardText() const;
};

} // namespace keyway
