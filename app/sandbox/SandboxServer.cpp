#include "sandbox/SandboxServer.h"

#include "sandbox/SandboxEventStream.h"
#include "sandbox/SandboxLargeJson.h"
#include "sandbox/SandboxInvoices.h"
#include "sandbox/SandboxReplies.h"
#include "sandbox/SandboxStorefront.h"

#include <memory>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace keyway::sandbox {

namespace {

constexpr qsizetype MaxReceived = 1000;

using Form = QList<std::pair<QString, QString>>;

QString decodeFormPart(QByteArray part)
{
    part.replace('+', ' '); // application/x-www-form-urlencoded spells space as '+'
    return QUrl::fromPercentEncoding(part);
}

Form parseForm(const QByteArray &body)
{
    Form form;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        form.append({decodeFormPart(pair.left(equals)),
            equals < 0 ? QString() : decodeFormPart(pair.mid(equals + 1))});
    }
    return form;
}

// Token requests arrive form-encoded (RFC 6749) or as JSON (as some providers document).
QHash<QString, QString> parseParameters(const QHttpServerRequest &request)
{
    QHash<QString, QString> values;
    if (request.value("Content-Type").startsWith("application/json")) {
        const QJsonObject object = QJsonDocument::fromJson(request.body()).object();
        for (auto it = object.begin(); it != object.end(); ++it)
            values.insert(it.key(), it.value().toVariant().toString());
        return values;
    }
    for (const auto &[name, value] : parseForm(request.body()))
        values.insert(name, value);
    return values;
}

QString bearerOf(const QHttpServerRequest &request)
{
    const QByteArray header = request.value("Authorization");
    return header.startsWith("Bearer ") ? QString::fromLatin1(header.mid(7).trimmed()) : QString();
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    default:
        return "OTHER";
    }
}

QJsonObject demoAccount(const char *id, const char *code, const char *name, const char *type, double balance)
{
    return {{QStringLiteral("id"), QLatin1String(id)}, {QStringLiteral("code"), QLatin1String(code)},
        {QStringLiteral("name"), QLatin1String(name)}, {QStringLiteral("type"), QLatin1String(type)},
        {QStringLiteral("balance"), balance}};
}

} // namespace

QByteArray ReceivedRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

SandboxServer::SandboxServer(QObject *parent)
    : QAbstractHttpServer(parent)
    , m_storefront(std::make_unique<SandboxStorefront>())
    , m_invoices(std::make_unique<SandboxInvoices>())
{
}

SandboxServer::~SandboxServer() = default;

quint16 SandboxServer::start(quint16 port)
{
    // QHostAddress::LocalHost: the sandbox must never be reachable from the network.
    const quint16 bound = listen(QHostAddress(QHostAddress::LocalHost), port);
    if (bound == 0)
        return 0;
    m_baseUrl = QUrl(QStringLiteral("%1://127.0.0.1:%2")
                         .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                         .arg(bound));
    m_authority.setIssuer(m_baseUrl.toString());
    return bound;
}

void SandboxServer::enableTls(
    const QSslCertificate &certificate, const QSslKey &key, const QList<QSslCertificate> &clientIssuers)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certificate);
    tls.setPrivateKey(key);
    if (!clientIssuers.isEmpty()) {
        // Mutual TLS: no handshake without a client certificate one of these issued.
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        tls.setCaCertificates(clientIssuers);
    } else {
        // Qt's servers ask every client for a certificate by default (QueryPeer); most servers do not.
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    }
    sslSetup(tls);
    m_tls = true;
}

void SandboxServer::failNext(int count, int status)
{
    m_fail = {count, status, {}};
}

void SandboxServer::slowNext(int count, int milliseconds)
{
    m_slow = {count, milliseconds, {}};
}

void SandboxServer::rateLimitNext(int count, int retryAfterSeconds)
{
    m_rateLimit = {count, retryAfterSeconds, {}};
}

void SandboxServer::redirectNext(int count, const QUrl &targetBase, int status)
{
    m_redirect = {count, status, targetBase};
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_received.append({methodName(request.method()), request.url().path(), request.headers()});
    if (m_received.size() > MaxReceived)
        m_received.removeFirst();
    if (request.url().path() == QLatin1String("/_sandbox/events") && request.method() == QHttpServerRequest::Method::Get)
        return streamEvents(request, socket);
    if (request.url().path() == QLatin1String("/_sandbox/large.json") && request.method() == QHttpServerRequest::Method::Get)
        return streamLargeJson(request, socket);
    const SandboxReply reply = route(request);
    QHttpServerResponder responder = makeResponder(request, socket);
    const bool isControl = request.url().path().startsWith(QLatin1String("/_sandbox"));
    if (!isControl && m_slow.count > 0) {
        --m_slow.count;
        auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
        // The client may give up meanwhile (Cancel): a socket that is gone gets no answer.
        QTimer::singleShot(m_slow.value, this, [this, held, reply, alive = QPointer<QTcpSocket>(socket)] {
            if (alive && alive->state() == QAbstractSocket::ConnectedState)
                send(std::move(*held), reply);
        });
        return true;
    }
    send(std::move(responder), reply);
    return true;
}

bool SandboxServer::streamEvents(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QUrlQuery query(request.url());
    bool countOk = false;
    bool intervalOk = false;
    const int count = query.queryItemValue(QStringLiteral("count")).toInt(&countOk);
    const int interval = query.queryItemValue(QStringLiteral("interval")).toInt(&intervalOk);
    if (!countOk || !intervalOk || count < 1 || count > SandboxEventStream::MaxEvents || interval < 10 || interval > 60'000) {
        send(makeResponder(request, socket),
            replies::bigLedgerError(422, QStringLiteral("VALIDATION_ERROR"),
                QStringLiteral("count must be 1 to %1 and interval 10 to 60000 ms").arg(SandboxEventStream::MaxEvents)));
        return true;
    }
    const bool lines = query.queryItemValue(QStringLiteral("format")) == QLatin1String("ndjson");
    new SandboxEventStream(makeResponder(request, socket), socket, count, interval,
        lines ? SandboxEventStream::Format::JsonLines : SandboxEventStream::Format::EventStream, this);
    return true;
}

bool SandboxServer::streamLargeJson(const QHttpServerRequest &request, QTcpSocket *socket)
{
    bool ok = false;
    const qint64 megabytes = QUrlQuery(request.url()).queryItemValue(QStringLiteral("megabytes")).toLongLong(&ok);
    if (!ok || megabytes < 1 || megabytes > SandboxLargeJson::MaxMegabytes) {
        send(makeResponder(request, socket),
            replies::bigLedgerError(422, QStringLiteral("VALIDATION_ERROR"),
                QStringLiteral("megabytes must be 1 to %1").arg(SandboxLargeJson::MaxMegabytes)));
        return true;
    }
    new SandboxLargeJson(makeResponder(request, socket), socket, megabytes, this);
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    send(makeResponder(request, socket),
        replies::bigLedgerError(
            404, QStringLiteral("NOT_FOUND"), QStringLiteral("No such endpoint in the sandbox")));
}

void SandboxServer::send(QHttpServerResponder &&responder, const SandboxReply &reply)
{
    QHttpServerResponse response(
        reply.contentType, reply.body, QHttpServerResponder::StatusCode(reply.status));
    for (const auto &[name, value] : reply.headers)
        response.addHeader(name, value);
    response.write(std::move(responder));
}

SandboxReply SandboxServer::route(const QHttpServerRequest &request)
{
    const QString path = request.url().path();
    const auto method = request.method();
    const bool get = method == QHttpServerRequest::Method::Get;
    const bool post = method == QHttpServerRequest::Method::Post;
    if (path.startsWith(QLatin1String("/_sandbox")))
        return control(request);
    if (auto fault = injectedFault(request))
        return *fault;
    if (path == QLatin1String("/.well-known/oauth-authorization-server") && get) {
        const QString base = m_baseUrl.toString();
        return replies::json(200,
            {{QStringLiteral("issuer"), m_authority.issuer()},
                {QStringLiteral("authorization_endpoint"), base + QStringLiteral("/oauth/authorize")},
                {QStringLiteral("token_endpoint"), base + QStringLiteral("/oauth/token")},
                {QStringLiteral("authorization_response_iss_parameter_supported"), true},
                {QStringLiteral("code_challenge_methods_supported"), QJsonArray {QStringLiteral("S256")}},
                {QStringLiteral("scopes_supported"), QJsonArray::fromStringList(DemoCredentials::scopes())}});
    }
    if (path == QLatin1String("/oauth/authorize"))
        return get ? authorize(request)
            : post ? decideConsent(request)
                   : replies::html(405, QStringLiteral("Method not allowed"), {});
    if (path == QLatin1String("/oauth/token") && post)
        return tokenEndpoint(request);
    if (path == QLatin1String("/token") && post)
        return exchangeEndpoint(request);
    if (path.startsWith(QLatin1String("/v1/")))
        return api(request, path);
    if (SandboxStorefront::handles(path)) {
        ++m_apiRequests;
        return m_storefront->route(request);
    }
    if (path.startsWith(QLatin1String("/stores/")))
        return storeApi(request, path);
    return replies::bigLedgerError(
        404, QStringLiteral("NOT_FOUND"), QStringLiteral("No such endpoint in the sandbox"));
}

SandboxReply SandboxServer::generatedBody(const QUrlQuery &query)
{
    // /_sandbox/bytes?size=N[&encoding=deflate]: N bytes of NDJSON, for streaming and size tests.
    constexpr qsizetype MaxBytes = 64 * 1024 * 1024;
    const qsizetype size = query.queryItemValue(QStringLiteral("size")).toLongLong();
    if (size < 0 || size > MaxBytes)
        return replies::bigLedgerError(422, QStringLiteral("VALIDATION_ERROR"),
            QStringLiteral("size must be between 0 and %1 bytes").arg(MaxBytes));
    QByteArray body;
    body.reserve(size);
    for (qint64 line = 0; body.size() < size; ++line)
        body += "{\"line\":" + QByteArray::number(line) + ",\"text\":\"sandbox\"}\n";
    body.truncate(size);
    SandboxReply reply {200, "application/x-ndjson", body, {}};
    if (query.queryItemValue(QStringLiteral("encoding")) == QLatin1String("deflate")) {
        reply.body = qCompress(body, 6).mid(4); // zlib-wrapped deflate, without Qt's length prefix
        reply.addHeader("Content-Encoding", "deflate");
    }
    return reply;
}

std::optional<SandboxReply> SandboxServer::injectedFault(const QHttpServerRequest &request)
{
    if (m_fail.count > 0) {
        --m_fail.count;
        return replies::bigLedgerError(m_fail.value, QStringLiteral("INTERNAL_ERROR"),
            QStringLiteral("Injected failure (sandbox fault)"));
    }
    if (m_rateLimit.count > 0) {
        --m_rateLimit.count;
        SandboxReply reply = replies::bigLedgerError(
            429, QStringLiteral("RATE_LIMIT_EXCEEDED"), QStringLiteral("Too many requests; try again later"));
        reply.addHeader("Retry-After", QByteArray::number(m_rateLimit.value));
        reply.addHeader("X-RateLimit-Limit", "1000");
        reply.addHeader("X-RateLimit-Remaining", "0");
        return reply;
    }
    if (m_redirect.count > 0 && request.url().path().startsWith(QLatin1String("/v1/"))) {
        --m_redirect.count;
        QUrl target = m_redirect.target;
        target.setPath(request.url().path());
        target.setQuery(request.url().query());
        return replies::redirect(target, m_redirect.value);
    }
    return std::nullopt;
}

SandboxReply SandboxServer::control(const QHttpServerRequest &request)
{
    const QString path = request.url().path();
    if (path == QLatin1String("/_sandbox/stats"))
        return replies::json(200,
            {{QStringLiteral("tokenRequests"), m_authority.tokenRequests()},
                {QStringLiteral("refreshRequests"), m_authority.refreshRequests()},
                {QStringLiteral("apiRequests"), m_apiRequests}});
    if (path == QLatin1String("/_sandbox/bytes"))
        return generatedBody(QUrlQuery(request.url()));
    if (path != QLatin1String("/_sandbox/faults") || request.method() != QHttpServerRequest::Method::Post)
        return replies::bigLedgerError(
            404, QStringLiteral("NOT_FOUND"), QStringLiteral("No such control endpoint"));
    const QJsonObject faults = QJsonDocument::fromJson(request.body()).object();
    const auto count = [&](const char *key) {
        return faults.value(QLatin1String(key)).toObject().value(QStringLiteral("count")).toInt(1);
    };
    const auto value = [&](const char *key, const char *field, int fallback) {
        return faults.value(QLatin1String(key)).toObject().value(QLatin1String(field)).toInt(fallback);
    };
    if (faults.contains(QStringLiteral("failNext")))
        failNext(count("failNext"), value("failNext", "status", 500));
    if (faults.contains(QStringLiteral("slowNext")))
        slowNext(count("slowNext"), value("slowNext", "ms", 2000));
    if (faults.contains(QStringLiteral("rateLimitNext")))
        rateLimitNext(count("rateLimitNext"), value("rateLimitNext", "retryAfter", 30));
    if (faults.contains(QStringLiteral("redirectNext")))
        redirectNext(count("redirectNext"),
            QUrl(faults.value(QStringLiteral("redirectNext"))
                     .toObject()
                     .value(QStringLiteral("url"))
                     .toString()),
            value("redirectNext", "status", 302));
    if (faults.value(QStringLiteral("expireTokens")).toBool())
        m_authority.expireAllTokens();
    if (faults.value(QStringLiteral("revoke")).toBool())
        m_authority.revokeAll();
    if (faults.contains(QStringLiteral("tokenLifetime")))
        m_authority.setAccessTokenLifetime(faults.value(QStringLiteral("tokenLifetime")).toInt(3600));
    return replies::json(200, {{QStringLiteral("ok"), true}});
}

SandboxReply SandboxServer::authorize(const QHttpServerRequest &request)
{
    const QUrlQuery query(request.url());
    const auto item
        = [&](const char *name) { return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded); };
    const SandboxAuthority::AuthorizeParams params {item("client_id"), item("redirect_uri"), item("scope"),
        item("state"), item("code_challenge"), item("code_challenge_method"), item("response_type")};
    // Without a trusted client and redirect URI there is nowhere safe to send an error (RFC 6749 §4.1.2.1).
    if (params.clientId != DemoCredentials::publicClientId()
        || !SandboxAuthority::isRedirectUriAllowed(params.redirectUri))
        return replies::html(400, QStringLiteral("Invalid request"),
            QStringLiteral("<h1>Invalid request</h1><p>Unknown client or redirect URI.</p>"));
    QString error;
    const auto consentId = m_authority.beginConsent(params, &error);
    if (!consentId) {
        QUrl target(params.redirectUri);
        target.setQuery(QStringLiteral("error=invalid_request&error_description=%1&state=%2")
                            .arg(QString::fromLatin1(QUrl::toPercentEncoding(error)),
                                QString::fromLatin1(QUrl::toPercentEncoding(params.state))));
        return replies::redirect(target);
    }
    return replies::html(200, QStringLiteral("Sign in to the Keyway sandbox"),
        replies::consentPage(*consentId, params.clientId, m_authority.consent(*consentId)->scopes));
}

SandboxReply SandboxServer::decideConsent(const QHttpServerRequest &request)
{
    QString consentId;
    QString decision;
    QStringList scopes;
    for (const auto &[name, value] : parseForm(request.body())) {
        if (name == QLatin1String("consent"))
            consentId = value;
        else if (name == QLatin1String("decision"))
            decision = value;
        else if (name == QLatin1String("scope"))
            scopes.append(value);
    }
    const QUrl target = m_authority.decide(consentId, decision == QLatin1String("approve"), scopes);
    if (target.isEmpty())
        return replies::html(
            400, QStringLiteral("Expired"), QStringLiteral("<h1>This sign-in request has expired</h1>"));
    return replies::redirect(target, 303);
}

SandboxReply SandboxServer::tokenEndpoint(const QHttpServerRequest &request)
{
    const TokenAnswer answer = m_authority.token(parseParameters(request), request.value("Authorization"));
    SandboxReply reply = replies::json(answer.status, answer.body);
    reply.headers = {{"Cache-Control", "no-store"}, {"Pragma", "no-cache"}};
    if (answer.status == 401)
        reply.addHeader("WWW-Authenticate", "Basic realm=\"keyway-sandbox\"");
    return reply;
}

SandboxReply SandboxServer::exchangeEndpoint(const QHttpServerRequest &request)
{
    if (request.value("basiq-version") != "3.0")
        return replies::basiqError(400, QStringLiteral("missing-required-header"),
            QStringLiteral("Missing required header"),
            QStringLiteral("basiq-version header is required and must be 3.0"));
    const QByteArray authorization = request.value("Authorization");
    if (!authorization.startsWith("Basic "))
        return replies::basiqError(401, QStringLiteral("unauthorized-access"),
            QStringLiteral("Unauthorized Access"),
            QStringLiteral("Authorization: Basic <API key> is required"));
    const QHash<QString, QString> form = parseParameters(request);
    const TokenAnswer answer = m_authority.exchangeApiKey(QString::fromLatin1(authorization.mid(6).trimmed()),
        form.value(QStringLiteral("scope"), QStringLiteral("SERVER_ACCESS")),
        form.value(QStringLiteral("userId")));
    if (answer.status == 401)
        return replies::basiqError(401, QStringLiteral("invalid-authorization-token"),
            QStringLiteral("Invalid authorization token"), QStringLiteral("The API key is not valid"));
    if (answer.status == 400)
        return replies::basiqError(400, QStringLiteral("parameter-not-valid"),
            QStringLiteral("Parameter value is not valid"),
            QStringLiteral("scope must be SERVER_ACCESS, or CLIENT_ACCESS with a userId"));
    return replies::json(200, answer.body);
}

std::variant<Grant, SandboxReply> SandboxServer::authenticate(
    const QHttpServerRequest &request, const QString &scope)
{
    const QString bearer = bearerOf(request);
    if (bearer.isEmpty()) {
        SandboxReply reply = replies::bigLedgerError(401, QStringLiteral("UNAUTHORIZED"),
            QStringLiteral("Missing Authorization header; send Authorization: Bearer <key or token>"));
        reply.addHeader("WWW-Authenticate", "Bearer realm=\"keyway-sandbox\"");
        return reply;
    }
    QString problem;
    const auto grant = m_authority.grantFor(bearer, &problem);
    if (!grant) {
        SandboxReply reply = replies::bigLedgerError(401, QStringLiteral("UNAUTHORIZED"), problem);
        reply.addHeader("WWW-Authenticate",
            QByteArray("Bearer realm=\"keyway-sandbox\", error=\"invalid_token\", error_description=\"")
                + problem.toLatin1() + '"');
        return reply;
    }
    const QString company = QString::fromLatin1(request.value("X-Company-Id"));
    if (grant->apiKey && company.isEmpty())
        return replies::bigLedgerError(422, QStringLiteral("INVALID_COMPANY"),
            QStringLiteral("X-Company-Id header is required with an API key"));
    if (!company.isEmpty() && company != DemoCredentials::companyId()
        && company != DemoCredentials::otherCompanyId())
        return replies::bigLedgerError(422, QStringLiteral("INVALID_COMPANY"),
            QStringLiteral("Company %1 does not exist or is not accessible with this key").arg(company));
    if (!scope.isEmpty() && !grant->scopes.contains(scope)) {
        SandboxReply reply = replies::bigLedgerError(
            403, QStringLiteral("FORBIDDEN"), QStringLiteral("This token lacks the %1 scope").arg(scope));
        reply.addHeader("WWW-Authenticate",
            QByteArray("Bearer realm=\"keyway-sandbox\", error=\"insufficient_scope\", scope=\"")
                + scope.toLatin1() + '"');
        return reply;
    }
    return *grant;
}

namespace {

// /v1/invoices/{id}
bool isInvoicePath(const QString &path)
{
    static const QRegularExpression invoice(QStringLiteral("^/v1/invoices/[A-Za-z0-9_-]{1,64}$"));
    return invoice.match(path).hasMatch();
}

} // namespace

SandboxReply SandboxServer::api(const QHttpServerRequest &request, const QString &path)
{
    ++m_apiRequests;
    const auto method = request.method();
    QString scope;
    if (path == QLatin1String("/v1/accounts") && method == QHttpServerRequest::Method::Get)
        scope = QStringLiteral("read:accounts");
    else if (path == QLatin1String("/v1/invoices") && method == QHttpServerRequest::Method::Get)
        scope = QStringLiteral("read:invoices");
    else if (path == QLatin1String("/v1/invoices") && method == QHttpServerRequest::Method::Post)
        scope = QStringLiteral("write:invoices");
    else if (isInvoicePath(path) && method == QHttpServerRequest::Method::Get)
        scope = QStringLiteral("read:invoices");
    else if (isInvoicePath(path) && method == QHttpServerRequest::Method::Delete)
        scope = QStringLiteral("write:invoices");
    else if (path != QLatin1String("/v1/auth/verify") || method != QHttpServerRequest::Method::Get)
        return replies::bigLedgerError(
            404, QStringLiteral("NOT_FOUND"), QStringLiteral("No such endpoint: %1").arg(path));
    const auto authenticated = authenticate(request, scope);
    if (const auto *failure = std::get_if<SandboxReply>(&authenticated))
        return *failure;
    const Grant &grant = std::get<Grant>(authenticated);
    const QString company = request.value("X-Company-Id").isEmpty()
        ? grant.company
        : QString::fromLatin1(request.value("X-Company-Id"));
    const QJsonObject meta {{QStringLiteral("requestId"), randomToken("req_", 12)}};
    if (path == QLatin1String("/v1/auth/verify")) {
        const QJsonObject companyInfo {{QStringLiteral("id"), company},
            {QStringLiteral("name"), QStringLiteral("Demo Company Sdn Bhd")},
            {QStringLiteral("plan"), QStringLiteral("sandbox")}};
        return replies::json(200,
            {{QStringLiteral("success"), true},
                {QStringLiteral("data"),
                    QJsonObject {{QStringLiteral("authenticated"), true},
                        {QStringLiteral("company"), companyInfo},
                        {QStringLiteral("permissions"), QJsonArray::fromStringList(grant.scopes)}}}});
    }
    if (path == QLatin1String("/v1/accounts")) {
        const QJsonArray accounts {demoAccount("acc_1000", "1000", "Cash at Bank", "asset", 15230.55),
            demoAccount("acc_1200", "1200", "Accounts Receivable", "asset", 8400.00),
            demoAccount("acc_4000", "4000", "Sales Revenue", "revenue", -23630.55)};
        return replies::json(200,
            {{QStringLiteral("success"), true}, {QStringLiteral("data"), accounts},
                {QStringLiteral("meta"), meta}});
    }
    if (isInvoicePath(path)) {
        const QString id = path.mid(QStringLiteral("/v1/invoices/").size());
        return method == QHttpServerRequest::Method::Get ? m_invoices->get(company, id, meta)
                                                         : m_invoices->remove(company, id, meta);
    }
    if (method == QHttpServerRequest::Method::Get)
        return m_invoices->list(company, meta);
    return m_invoices->create(company, request.body(), meta);
}

SandboxReply SandboxServer::storeApi(const QHttpServerRequest &request, const QString &path)
{
    ++m_apiRequests;
    const QString expected
        = QStringLiteral("/stores/%1/v3/catalog/products").arg(DemoCredentials::storeHash());
    if (path != expected)
        return replies::bigCommerceError(404, QStringLiteral("The requested resource was not found"));
    if (QString::fromLatin1(request.value("X-Auth-Token")) != DemoCredentials::storeToken())
        return replies::bigCommerceError(
            401, QStringLiteral("Authentication required: missing or invalid X-Auth-Token"));
    const QJsonArray products {QJsonObject {{QStringLiteral("id"), 77},
        {QStringLiteral("name"), QStringLiteral("Demo mug")}, {QStringLiteral("price"), 12.5}}};
    return replies::json(200,
        {{QStringLiteral("data"), products},
            {QStringLiteral("meta"),
                QJsonObject {{QStringLiteral("pagination"), QJsonObject {{QStringLiteral("total"), 1}}}}}});
}

} // namespace keyway::sandbox
