#include "checks/Capture.h"

#include "model/NameRules.h"


namespace keyway {

Expected<Capture> Capture::parse(const QString &line)
{
    Capture capture;
    capture.text = line.trimmed();
    const auto fail = [&](const QString &problem) {
        return Failure {ErrorKind::Invalid, tr("capture \"%1\": %2").arg(capture.text, problem)};
    };
    const qsizetype equals = capture.text.indexOf(QLatin1Char('='));
    if (equals < 0)
        return fail(tr("write it as NAME = SOURCE, e.g. invoiceId = $.data.id"));
    capture.name = capture.text.left(equals).trimmed();
    if (Status valid = NameRules::checkVariableName(capture.name); !valid)
        return fail(valid.error());
    QString source = capture.text.mid(equals + 1).trimmed();
    // The marks after the source, in any order: secret, save.
    static const QRegularExpression mark(QStringLiteral("\\s+(secret|save)$"));
    for (QRegularExpressionMatch found = mark.match(source); found.hasMatch(); found = mark.match(source)) {
        (found.captured(1) == QLatin1String("secret") ? capture.secret : capture.save) = true;
        source.chop(found.capturedLength());
    }
    if (source == QLatin1String("status")) {
        capture.source = Source::StatusCode;
    } else if (source.startsWith(QLatin1String("header "))) {
        capture.source = Source::Header;
        capture.headerName = source.mid(7).trimmed();
        if (capture.headerName.isEmpty() || capture.headerName.contains(QLatin1Char(' ')))
            return fail(tr("name one header: location = header Location"));
    } else if (source.startsWith(QLatin1String("regex "))) {
        capture.source = Source::Regex;
        capture.pattern = QRegularExpression(source.mid(6).trimmed());
        if (!capture.pattern.isValid())
            return fail(tr("the regular expression is not valid at character %1: %2")
                            .arg(capture.pattern.patternErrorOffset() + 1)
                            .arg(capture.pattern.errorString()));
    } else if (source.startsWith(QLatin1Char('$'))) {
        auto path = JsonPath::parse(source);
        if (!path)
            return fail(path.error());
        capture.source = Source::Json;
        capture.path = path.value();
    } else {
        return fail(tr("the source is status, header NAME, a JSON path ($.…) or regex PATTERN, not \"%1\"").arg(source));
    }
    return capture;
}

Expected<QString> Capture::valueFrom(const ResponseBody &body) const
{
    const HttpResponse &response = body.response();
    const auto missing = [this](const QString &what) {
        return Failure {ErrorKind::NotFound, tr("capture %1: %2").arg(name, what)};
    };
    switch (source) {
    case Source::StatusCode:
        return QString::number(response.status);
    case Source::Header: {
        const QByteArray value = response.header(headerName.toLatin1());
        if (value.isEmpty())
            return missing(tr("the response has no header %1").arg(headerName));
        return QString::fromLatin1(value);
    }
    case Source::Regex: {
        if (!response.hasWholeBody())
            return missing(tr("the body was not kept in memory"));
        const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(response.body));
        if (!match.hasMatch())
            return missing(tr("the body does not match %1").arg(pattern.pattern()));
        return match.lastCapturedIndex() >= 1 ? match.captured(1) : match.captured(0);
    }
    case Source::Json:
        break;
    }
    if (!response.hasWholeBody())
        return missing(tr("the body was not kept in memory"));
    const Expected<QJsonValue> &root = body.json();
    if (!root)
        return missing(root.error());
    const std::optional<QJsonValue> value = path->valueIn(root.value());
    if (!value || value->isNull())
        return missing(tr("no value at %1").arg(path->text()));
    return JsonPath::plainText(*value);
}

} // namespace keyway
