#include "sandbox/SandboxReplies.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace keyway::sandbox::replies {

SandboxReply json(int status, const QJsonObject &body)
{
    return {status, "application/json", QJsonDocument(body).toJson(QJsonDocument::Compact), {}};
}

SandboxReply html(int status, const QString &title, const QString &bodyHtml)
{
    const QString page
        = QStringLiteral("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1</title>"
                         "<style>body{font-family:sans-serif;max-width:34em;margin:3em auto}"
                         "button{font-size:1em;margin-right:1em}</style></head><body>%2</body></html>")
              .arg(escapeHtml(title), bodyHtml);
    SandboxReply reply {status, "text/html; charset=utf-8", page.toUtf8(), {}};
    reply.headers = {{"Cache-Control", "no-store"}, {"Referrer-Policy", "no-referrer"}};
    return reply;
}

SandboxReply redirect(const QUrl &target, int status)
{
    SandboxReply reply {status, "text/plain", QByteArray(), {}};
    reply.headers = {{"Location", target.toEncoded()}, {"Cache-Control", "no-store"}};
    return reply;
}

SandboxReply bigLedgerError(int status, const QString &code, const QString &message)
{
    const QJsonObject error {{QStringLiteral("code"), code}, {QStringLiteral("message"), message},
        {QStringLiteral("requestId"), randomToken("req_", 12)}};
    return json(status, {{QStringLiteral("success"), false}, {QStringLiteral("error"), error}});
}

SandboxReply basiqError(int status, const QString &code, const QString &title, const QString &detail)
{
    const QJsonObject item {{QStringLiteral("type"), QStringLiteral("error")}, {QStringLiteral("code"), code},
        {QStringLiteral("title"), title}, {QStringLiteral("detail"), detail}};
    return json(status,
        {{QStringLiteral("type"), QStringLiteral("list")},
            {QStringLiteral("correlationId"), randomToken("corr_", 12)},
            {QStringLiteral("data"), QJsonArray {item}}});
}

SandboxReply bigCommerceError(int status, const QString &title)
{
    return json(status,
        {{QStringLiteral("status"), status}, {QStringLiteral("title"), title},
            {QStringLiteral("type"),
                QStringLiteral(
                    "https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes")},
            {QStringLiteral("errors"), QJsonObject()}});
}

QString escapeHtml(const QString &text)
{
    return text.toHtmlEscaped();
}

QString consentPage(const QString &consentId, const QString &clientId, const QStringList &scopes)
{
    QString rows;
    for (const QString &scope : scopes) {
        rows += QStringLiteral("<li><label><input type=\"checkbox\" name=\"scope\" value=\"%1\" checked> "
                               "<code>%1</code> &mdash; %2</label></li>")
                    .arg(escapeHtml(scope), escapeHtml(DemoCredentials::scopeDescription(scope)));
    }
    return QStringLiteral(
        "<h1>Keyway sandbox</h1><p><strong>%1</strong> asks for access to the demo company:</p>"
        "<form method=\"post\" action=\"/oauth/authorize\">"
        "<input type=\"hidden\" name=\"consent\" value=\"%2\"><ul>%3</ul>"
        "<button type=\"submit\" name=\"decision\" value=\"approve\">Approve</button>"
        "<button type=\"submit\" name=\"decision\" value=\"deny\">Deny</button></form>")
        .arg(escapeHtml(clientId), escapeHtml(consentId), rows);
}

} // namespace keyway::sandbox::replies
