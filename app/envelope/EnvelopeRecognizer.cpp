#include "envelope/EnvelopeRecognizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace keyway {

namespace {

struct Context
{
    ErrorReport &report;
    QString missingScope;
};

// A string field; anything else (numbers where strings belong, objects, null) counts as absent.
QString text(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}

// Codes may be strings or numbers.
QString codeText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return {};
}

QString firstNonEmpty(std::initializer_list<QString> candidates)
{
    for (const QString &candidate : candidates) {
        if (!candidate.trimmed().isEmpty())
            return candidate;
    }
    return {};
}

QString sourceField(const QJsonObject &item)
{
    const QJsonObject source = item.value(QStringLiteral("source")).toObject();
    return firstNonEmpty({text(source.value(QStringLiteral("parameter"))),
        text(source.value(QStringLiteral("pointer"))), text(source.value(QStringLiteral("header")))});
}

// Lists of error objects (Basiq data[], JSON:API errors[]): the first is the headline, each item
// with a source names a field, and the count is reported.
void readErrorList(const QJsonArray &items, ErrorReport &report)
{
    const QJsonObject first = items.first().toObject();
    report.code = codeText(first.value(QStringLiteral("code")));
    report.message = firstNonEmpty(
        {text(first.value(QStringLiteral("detail"))), text(first.value(QStringLiteral("title")))});
    report.errorCount = int(items.size());
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        const QString field = sourceField(item);
        if (!field.isEmpty())
            report.fieldErrors.append({field,
                firstNonEmpty({text(item.value(QStringLiteral("detail"))),
                    text(item.value(QStringLiteral("title")))})});
    }
}

bool bigLedgerLegacy(const QJsonObject &body, Context &context)
{
    const QJsonValue error = body.value(QStringLiteral("error"));
    if (body.value(QStringLiteral("success")) != QJsonValue(false) || !error.isObject())
        return false;
    const QJsonObject object = error.toObject();
    ErrorReport &report = context.report;
    report.format = QStringLiteral("bigledger-legacy");
    report.code = codeText(object.value(QStringLiteral("code")));
    report.message = text(object.value(QStringLiteral("message")));
    report.requestId = firstNonEmpty({text(object.value(QStringLiteral("requestId"))),
        text(body.value(QStringLiteral("meta")).toObject().value(QStringLiteral("requestId")))});
    for (const QJsonValue &detail : object.value(QStringLiteral("details")).toArray()) {
        const QJsonObject item = detail.toObject();
        if (!text(item.value(QStringLiteral("field"))).isEmpty())
            report.fieldErrors.append(
                {text(item.value(QStringLiteral("field"))), text(item.value(QStringLiteral("message")))});
        if (context.missingScope.isEmpty())
            context.missingScope = text(item.value(QStringLiteral("required_scope")));
    }
    return true;
}

bool bigLedgerCore2(const QJsonObject &body, Context &context, const HintCatalog &hints)
{
    if (!body.value(QStringLiteral("code")).isString() || !body.contains(QStringLiteral("data"))
        || !body.contains(QStringLiteral("message")))
        return false;
    ErrorReport &report = context.report;
    report.format = QStringLiteral("bigledger-core2");
    report.code = text(body.value(QStringLiteral("code")));
    // Live responses send an empty message: the text comes from the provider's code table.
    report.message
        = firstNonEmpty({text(body.value(QStringLiteral("message"))), hints.codeText(report.code)});
    return true;
}

bool basiqList(const QJsonObject &body, Context &context)
{
    const QJsonArray data = body.value(QStringLiteral("data")).toArray();
    if (text(body.value(QStringLiteral("type"))) != QLatin1String("list") || data.isEmpty())
        return false;
    ErrorReport &report = context.report;
    report.format = QStringLiteral("basiq-list");
    report.requestId = text(body.value(QStringLiteral("correlationId")));
    readErrorList(data, report);
    return true;
}

bool bigCommerceV3(const QJsonObject &body, Context &context)
{
    const QJsonValue errors = body.value(QStringLiteral("errors"));
    if (text(body.value(QStringLiteral("title"))).isEmpty()
        || !(errors.isObject() || body.contains(QStringLiteral("status"))))
        return false;
    if (!errors.isObject() && !errors.isUndefined())
        return false;
    ErrorReport &report = context.report;
    report.format = QStringLiteral("bigcommerce-v3");
    report.message = firstNonEmpty(
        {text(body.value(QStringLiteral("detail"))), text(body.value(QStringLiteral("title")))});
    const QJsonObject fields = errors.toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        report.fieldErrors.append({it.key(), text(it.value())});
    report.errorCount = std::max(1, int(report.fieldErrors.size()));
    return true;
}

bool problemJson(const QJsonObject &body, Context &context, bool declared)
{
    const bool shaped = body.contains(QStringLiteral("type")) && body.contains(QStringLiteral("title"))
        && (body.contains(QStringLiteral("detail")) || body.contains(QStringLiteral("instance")));
    if (!declared && !shaped)
        return false;
    ErrorReport &report = context.report;
    report.format = QStringLiteral("problem+json");
    report.code = text(body.value(QStringLiteral("type")));
    if (report.code == QLatin1String("about:blank"))
        report.code.clear();
    report.message = firstNonEmpty(
        {text(body.value(QStringLiteral("detail"))), text(body.value(QStringLiteral("title")))});
    for (const QJsonValue &value : body.value(QStringLiteral("invalid-params")).toArray()) {
        const QJsonObject item = value.toObject();
        report.fieldErrors.append(
            {text(item.value(QStringLiteral("name"))), text(item.value(QStringLiteral("reason")))});
    }
    context.missingScope = firstNonEmpty({text(body.value(QStringLiteral("requiredScope"))),
        text(body.value(QStringLiteral("required_scope"))), context.missingScope});
    return true;
}

bool errorsArray(const QJsonObject &body, Context &context)
{
    const QJsonArray errors = body.value(QStringLiteral("errors")).toArray();
    if (errors.isEmpty())
        return false;
    ErrorReport &report = context.report;
    const QJsonObject first = errors.first().toObject();
    const bool jsonApi = first.contains(QStringLiteral("status")) || first.contains(QStringLiteral("source"))
        || first.contains(QStringLiteral("title")) || first.contains(QStringLiteral("detail"));
    report.errorCount = int(errors.size());
    if (jsonApi) {
        report.format = QStringLiteral("jsonapi");
        readErrorList(errors, report);
        return true;
    }
    report.format = QStringLiteral("graphql");
    report.message = text(first.value(QStringLiteral("message")));
    const QJsonObject extensions = first.value(QStringLiteral("extensions")).toObject();
    report.code = codeText(extensions.value(QStringLiteral("code")));
    // BigCommerce and others name the scopes a field needs: the hint says which to ask for.
    const QJsonValue scopes = extensions.value(QStringLiteral("requiredScopes"));
    QStringList required;
    for (const QJsonValue &scope : scopes.isArray() ? scopes.toArray() : QJsonArray {scopes})
        if (!text(scope).isEmpty())
            required.append(text(scope));
    if (!required.isEmpty())
        context.missingScope = required.join(QLatin1Char(' '));
    return true;
}

bool nestedErrorObject(const QJsonObject &body, Context &context)
{
    const QJsonValue value = body.value(QStringLiteral("error"));
    if (!value.isObject())
        return false;
    const QJsonObject error = value.toObject();
    ErrorReport &report = context.report;
    report.message = text(error.value(QStringLiteral("message")));
    if (error.contains(QStringLiteral("type"))
        && (error.contains(QStringLiteral("param")) || error.contains(QStringLiteral("doc_url"))
            || error.value(QStringLiteral("code")).isString())) {
        report.format = QStringLiteral("stripe");
        report.code = firstNonEmpty(
            {codeText(error.value(QStringLiteral("code"))), text(error.value(QStringLiteral("type")))});
        const QString param = text(error.value(QStringLiteral("param")));
        if (!param.isEmpty())
            report.fieldErrors.append({param, report.message});
    } else if (error.value(QStringLiteral("status")).isString()) {
        report.format = QStringLiteral("google-rpc");
        report.code = text(error.value(QStringLiteral("status")));
    } else {
        report.format = QStringLiteral("generic");
        report.code = codeText(error.value(QStringLiteral("code")));
    }
    return true;
}

bool flatError(const QJsonObject &body, Context &context)
{
    const QString error = text(body.value(QStringLiteral("error")));
    const QString message = text(body.value(QStringLiteral("message")));
    const QString description = text(body.value(QStringLiteral("error_description")));
    if (error.isEmpty() && message.isEmpty() && description.isEmpty())
        return false;
    ErrorReport &report = context.report;
    report.code = error.isEmpty() ? codeText(body.value(QStringLiteral("code"))) : error;
    report.message = firstNonEmpty({text(body.value(QStringLiteral("detail"))), message,
        text(body.value(QStringLiteral("title"))), description});
    report.format = !description.isEmpty() ? QStringLiteral("oauth2-token")
        : !error.isEmpty()                 ? QStringLiteral("openledger")
                                           : QStringLiteral("generic");
    return true;
}

bool recognizeObject(
    const QJsonObject &body, Context &context, const HintCatalog &hints, bool problemDeclared)
{
    return bigLedgerLegacy(body, context) || bigLedgerCore2(body, context, hints) || basiqList(body, context)
        || (problemDeclared && problemJson(body, context, true)) || bigCommerceV3(body, context)
        || problemJson(body, context, false) || errorsArray(body, context) || nestedErrorObject(body, context)
        || flatError(body, context);
}

bool recognizeArray(const QJsonArray &body, Context &context)
{
    const QJsonObject first = body.first().toObject();
    const QString message = text(first.value(QStringLiteral("message")));
    if (message.isEmpty())
        return false;
    context.report.format = QStringLiteral("bigcommerce-v2");
    context.report.message = message;
    context.report.errorCount = int(body.size());
    return true;
}

QString htmlTitle(const QByteArray &body)
{
    const QByteArray head = body.left(64 * 1024);
    const QByteArray lower = head.toLower();
    const qsizetype open = lower.indexOf("<title");
    const qsizetype start = open < 0 ? -1 : lower.indexOf('>', open);
    const qsizetype end = start < 0 ? -1 : lower.indexOf("</title", start);
    if (end < 0)
        return {};
    QString title = QString::fromUtf8(head.mid(start + 1, end - start - 1)).simplified();
    title.replace(QStringLiteral("&amp;"), QStringLiteral("&"))
        .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    return title.left(300);
}

QString excerpt(const QByteArray &body)
{
    QString start = QString::fromUtf8(body.left(EnvelopeRecognizer::FallbackExcerpt * 4))
                        .left(EnvelopeRecognizer::FallbackExcerpt);
    for (QChar &c : start) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    start = start.simplified();
    return body.size() > EnvelopeRecognizer::FallbackExcerpt && !start.isEmpty()
        ? start + QStringLiteral("\u2026")
        : start;
}

} // namespace

QString EnvelopeRecognizer::statusText(int status)
{
    static const QHash<int, QString> texts {{400, QStringLiteral("Bad Request")},
        {401, QStringLiteral("Unauthorized")}, {402, QStringLiteral("Payment Required")},
        {403, QStringLiteral("Forbidden")}, {404, QStringLiteral("Not Found")},
        {405, QStringLiteral("Method Not Allowed")}, {406, QStringLiteral("Not Acceptable")},
        {408, QStringLiteral("Request Timeout")}, {409, QStringLiteral("Conflict")},
        {410, QStringLiteral("Gone")}, {413, QStringLiteral("Content Too Large")},
        {415, QStringLiteral("Unsupported Media Type")}, {417, QStringLiteral("Expectation Failed")},
        {422, QStringLiteral("Unprocessable Content")}, {429, QStringLiteral("Too Many Requests")},
        {500, QStringLiteral("Internal Server Error")}, {502, QStringLiteral("Bad Gateway")},
        {503, QStringLiteral("Service Unavailable")}, {504, QStringLiteral("Gateway Timeout")}};
    return texts.value(status, status >= 500 ? QStringLiteral("Server Error") : QStringLiteral("HTTP Error"));
}

std::optional<ErrorReport> EnvelopeRecognizer::recognize(
    int status, const HeaderList &headers, const QByteArray &body, const HintCatalog &hints)
{
    ErrorReport report;
    report.httpStatus = status;
    report.rawBody = body.left(MaxParsedBytes);
    Context context {report, {}};
    const QByteArray contentType = HeaderValues::find(headers, "Content-Type").toLower();
    const QByteArray trimmed = body.size() <= MaxParsedBytes ? body.trimmed() : QByteArray();
    bool recognized = false;
    if (!trimmed.isEmpty() && (trimmed.startsWith('{') || trimmed.startsWith('['))) {
        const QJsonDocument document = QJsonDocument::fromJson(trimmed);
        if (document.isObject())
            recognized
                = recognizeObject(document.object(), context, hints, contentType.contains("problem+json"));
        else if (document.isArray() && !document.array().isEmpty())
            recognized = recognizeArray(document.array(), context);
    }
    const bool success = status >= 200 && status < 300;
    if (success && report.format != QLatin1String("graphql"))
        return std::nullopt; // a 2xx is an error only when GraphQL says so

    const auto challenge = HeaderValues::bearerChallenge(HeaderValues::find(headers, "WWW-Authenticate"));
    if (!recognized && challenge.contains("error")) {
        report.format = QStringLiteral("rfc6750-header");
        report.code = QString::fromLatin1(challenge.value("error"));
        report.message = QString::fromUtf8(challenge.value("error_description"));
        recognized = true;
    }
    if (context.missingScope.isEmpty())
        context.missingScope = QString::fromLatin1(challenge.value("scope"));
    if (!recognized) {
        const QString title
            = contentType.contains("html") || trimmed.startsWith('<') ? htmlTitle(body) : QString();
        report.format = title.isEmpty() ? QStringLiteral("fallback") : QStringLiteral("html");
        const QString start = title.isEmpty() && !contentType.contains("html") ? excerpt(body) : QString();
        report.message = firstNonEmpty(
            {title, start.isEmpty() ? QString() : statusText(status) + QStringLiteral(": ") + start});
    }
    if (report.message.trimmed().isEmpty())
        report.message = statusText(status);
    if (report.requestId.isEmpty())
        report.requestId = QString::fromLatin1(HeaderValues::firstRequestId(headers));
    report.retryAfterSeconds = HeaderValues::retryAfterSeconds(headers);
    report.hint = hints.hintFor(report, context.missingScope);
    return report;
}

} // namespace keyway
