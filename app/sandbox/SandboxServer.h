#pragma once

#include "sandbox/SandboxAuthority.h"

#include <memory>
#include <optional>
#include <QAbstractHttpServer>
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>
#include <QUrlQuery>
#include <variant>

class QHttpServerResponder;
class QSslCertificate;
class QSslKey;

namespace keyway::sandbox {

class SandboxInvoices;
class SandboxStorefront;

// What the sandbox received, for tests that check which headers crossed a redirect.
struct ReceivedRequest
{
    QByteArray method;
    QString path;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray header(const QByteArray &name) const;
};

// An HTTP answer before it is written.
struct SandboxReply
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append(qMakePair(name, value));
    }
};

// Keyway's embedded API + OAuth server on 127.0.0.1: BigLedger-style /v1 API with API keys and
// OAuth tokens, /oauth/authorize (consent page) and /oauth/token (code + PKCE, rotating refresh,
// client credentials), a Basiq-style /token exchange, an X-Auth-Token store API, and fault
// injection for tests. Routes, envelopes and credentials: README "The sandbox".
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1 only; port 0 picks a free one. Returns the port, 0 on failure.
    quint16 start(quint16 port = 0);
    // Serves HTTPS with this certificate instead of plain HTTP; call before start(). With
    // `clientIssuers`, only clients with a certificate one of them issued get in (mutual TLS).
    void enableTls(const QSslCertificate &certificate, const QSslKey &key,
        const QList<QSslCertificate> &clientIssuers = {});
    QUrl baseUrl() const { return m_baseUrl; }
    SandboxAuthority &authority() { return m_authority; }

    // Fault injection; each applies to the next `count` requests outside /_sandbox.
    void failNext(int count, int status);
    void slowNext(int count, int milliseconds);
    void rateLimitNext(int count, int retryAfterSeconds);
    void redirectNext(int count, const QUrl &targetBase, int status = 302);

    int apiRequests() const { return m_apiRequests; }
    const QList<ReceivedRequest> &received() const { return m_received; }
    void clearReceived() { m_received.clear(); }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Fault
    {
        int count = 0;
        int value = 0;
        QUrl target;
    };

    SandboxReply route(const QHttpServerRequest &request);
    std::optional<SandboxReply> injectedFault(const QHttpServerRequest &request);
    SandboxReply generatedBody(const QUrlQuery &query);
    // GET /_sandbox/events: a slow server-sent event stream (SandboxEventStream).
    bool streamEvents(const QHttpServerRequest &request, QTcpSocket *socket);
    bool streamLargeJson(const QHttpServerRequest &request, QTcpSocket *socket);
    SandboxReply control(const QHttpServerRequest &request);
    SandboxReply authorize(const QHttpServerRequest &request);
    SandboxReply decideConsent(const QHttpServerRequest &request);
    SandboxReply tokenEndpoint(const QHttpServerRequest &request);
    SandboxReply exchangeEndpoint(const QHttpServerRequest &request);
    SandboxReply api(const QHttpServerRequest &request, const QString &path);
    SandboxReply storeApi(const QHttpServerRequest &request, const QString &path);
    std::variant<Grant, SandboxReply> authenticate(const QHttpServerRequest &request, const QString &scope);
    void send(QHttpServerResponder &&responder, const SandboxReply &reply);

    SandboxAuthority m_authority;
    std::unique_ptr<SandboxStorefront> m_storefront;
    std::unique_ptr<SandboxInvoices> m_invoices;
    QUrl m_baseUrl;
    Fault m_fail;
    Fault m_slow;
    Fault m_rateLimit;
    Fault m_redirect;
    int m_apiRequests = 0;
    bool m_tls = false;
    QList<ReceivedRequest> m_received;
};

} // namespace keyway::sandbox
