#pragma once

#include "http/ClientIdentity.h"
#include "http/HttpResponse.h"
#include "http/WireRequest.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace keyway {

class BodySink;
class ContentDecoder;
class CookieJar;

// Sends one WireRequest exactly as built and follows redirects under RedirectPolicy. A job:
// start(), then `finished` once; the response or the reason it failed.
class HttpExchange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpExchange)

public:
    enum class Result { Pending, Completed, NetworkError, TlsError, TimedOut, Refused, TooLarge, BadHeaders, WriteFailed, Cancelled };

    // What Keyway reads of a response's header section: Qt 6.4's own parser limits, which it
    // enforces by silently dropping every header (so a flood would look like a header-less answer).
    static constexpr int MaxHeaderFields = 100;
    static constexpr qsizetype MaxHeaderFieldBytes = 8 * 1024;
    static constexpr qsizetype MaxHeaderSectionBytes = 100 * 8 * 1024;
    Q_ENUM(Result)

    struct Options
    {
        int timeoutMs = 30'000; // for the whole answer; with a body sink, for each silence
        bool allowInsecureHttp = false;
        qint64 maxBodyBytes = qint64(2) << 30; // kept in memory; a sink has no limit
    };

    HttpExchange(
        QNetworkAccessManager &network, WireRequest request, Options options, QObject *parent = nullptr);
    ~HttpExchange() override;

    // The final response's body goes to `sink` (not owned) as it arrives, when `streams(status,
    // contentType)` says so (or always, without it): a caller that may retry after a status keeps
    // that body, and one may want only some kinds of body.
    void setBodySink(BodySink *sink, std::function<bool(int status, const QByteArray &contentType)> streams = {});
    // Cookies of each hop that `inScope` accepts (the environment's origins) are taken from and
    // stored in `jar` (not owned) — when the request uses the jar (WireRequest::usesCookieJar).
    void setCookieJar(CookieJar *jar, std::function<bool(const QUrl &url)> inScope);
    // Client certificates (mutual TLS), each offered only on a hop to its own origin.
    void setClientIdentities(QList<ClientIdentity> identities) { m_identities = std::move(identities); }
    void start();
    void cancel();

    Result result() const { return m_result; }
    bool completed() const { return m_result == Result::Completed; }
    QString errorString() const { return m_errorString; }
    const HttpResponse &response() const { return m_response; }

Q_SIGNALS:
    void progress(qint64 received, qint64 total);
    void finished(keyway::HttpExchange *exchange);

private:
    void send();
    // A body read from disk while sending (a file, or multipart with files); false when it cannot be.
    bool sendStreamed(QNetworkRequest &request, const QByteArray &verb);
    void onReadyRead();
    bool headerSectionAcceptable(QNetworkReply *reply);
    void offerCookies(); // the jar's cookies for this hop's URL, in place of the last hop's
    void takeCookies(QNetworkReply *reply); // once per hop
    // Appends what arrived to the body, or ends with TooLarge past Options::maxBodyBytes.
    bool takeIntoMemory(QNetworkReply *reply);
    void startStreaming(QNetworkReply *reply, int status);
    bool takeDecoded(const QByteArray &raw);
    void onReplyFinished();
    void finishStreamed();
    void finish(Result result, const QString &errorString = {});

    QNetworkAccessManager &m_network;
    WireRequest m_request;
    Options m_options;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QElapsedTimer m_clock;
    QStringList m_tlsErrors;
    QByteArray m_body; // the body so far
    BodySink *m_sink = nullptr;
    std::function<bool(int status, const QByteArray &contentType)> m_streams;
    QPointer<CookieJar> m_cookies;
    std::function<bool(const QUrl &)> m_cookieScope;
    bool m_cookiesTaken = false; // of the current hop
    QList<ClientIdentity> m_identities;
    bool m_headSeen = false; // of the current hop
    bool m_streaming = false;
    std::unique_ptr<ContentDecoder> m_decoder;
    HttpResponse m_response;
    Result m_result = Result::Pending;
    QString m_errorString;
};

} // namespace keyway
