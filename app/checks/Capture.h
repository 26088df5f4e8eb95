#pragma once

#include "checks/JsonPath.h"
#include "core/Expected.h"
#include "checks/ResponseBody.h"

#include <optional>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QString>

namespace keyway {

// A value taken from a response into a variable the next requests use as {{name}}, written as a line:
//   invoiceId = $.data.id          location = header Location       code = status
//   orderNo = regex order-(\d+)    (the first group, or the whole match, found in the body)
//   session = $.access_token secret   (a credential: masked wherever it shows, never written down)
//   invoiceId = $.data.id save        (also kept in the environment: its file, or the keychain
//                                      when it is secret, for later runs and sessions)
struct Capture
{
    Q_DECLARE_TR_FUNCTIONS(Capture)

public:
    enum class Source { StatusCode, Header, Json, Regex };

    QString text; // as written
    QString name;
    Source source = Source::Json;
    QString headerName;
    std::optional<JsonPath> path;
    QRegularExpression pattern;
    bool secret = false;
    bool save = false;

    static Expected<Capture> parse(const QString &line);
    // The value from `response`: JSON strings as they are, other JSON as compact JSON text. The
    // error says what was missing, without the response's content.
    Expected<QString> valueFrom(const ResponseBody &body) const;
};

} // namespace keyway
