#include "http/HttpExchange.h"

#include "http/BodySink.h"
#include "http/ContentDecoder.h"
#include "http/CookieJar.h"
#include "http/MultipartBody.h"
#include "http/RedirectPolicy.h"

#include <QFile>
#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>

namespace keyway {

namespace {

constexpr qint64 StreamReadBufferBytes = 1024 * 1024;

} // namespace

HttpExchange::HttpExchange(
    QNetworkAccessManager &network, WireRequest request, Options options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_request(std::move(request))
    , m_options(options)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(Result::TimedOut,
            tr("no complete answer within %n second(s)", nullptr, m_options.timeoutMs / 1000));
    });
}

HttpExchange::~HttpExchange()
{
    // Gone mid-answer (its owner closed): no finish, no call to a body sink that may be gone too.
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void HttpExchange::start()
{
    m_clock.start();
    m_timeout.start(m_options.timeoutMs);
    if (Status allowed = RedirectPolicy::checkTarget(m_request.url, m_options.allowInsecureHttp); !allowed) {
        const QString reason = allowed.error();
        QTimer::singleShot(0, this, [this, reason] { finish(Result::Refused, reason); });
        return;
    }
    send();
}

void HttpExchange::cancel()
{
    finish(Result::Cancelled, tr("cancelled"));
}

void HttpExchange::setCookieJar(CookieJar *jar, std::function<bool(const QUrl &)> inScope)
{
    m_cookies = jar;
    m_cookieScope = std::move(inScope);
}

void HttpExchange::offerCookies()
{
    if (!m_cookies || !m_request.usesCookieJar)
        return;
    // The jar first: most hops have no cookie to offer, and the scope check expands the base URL.
    const QByteArray header = m_cookies->headerFor(m_request.url);
    if (header.isEmpty() || !m_cookieScope(m_request.url))
        return m_request.removeHeader(QStringLiteral("Cookie"));
    m_request.setHeader(QStringLiteral("Cookie"), QString::fromUtf8(header));
    if (!m_request.credentialHeaders.contains(QLatin1String("cookie")))
        m_request.credentialHeaders.append(QStringLiteral("cookie"));
}

void HttpExchange::takeCookies(QNetworkReply *reply)
{
    if (!m_cookies || std::exchange(m_cookiesTaken, true))
        return;
    const QByteArray setCookie = reply->rawHeader("Set-Cookie");
    if (!setCookie.isEmpty() && m_cookieScope(m_request.url))
        m_cookies->storeFromResponse(setCookie, m_request.url);
}

void HttpExchange::send()
{
    offerCookies(); // a redirect may need the cookie its own answer just set (a login's session)
    m_cookiesTaken = false;
    QNetworkRequest request(m_request.url);
    // Redirects are ours to follow: Qt's policies would forward credentials to other hosts.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    for (const HeaderField &header : std::as_const(m_request.headers))
        request.setRawHeader(header.name.toUtf8(), header.value.toUtf8());
    const QString origin = RedirectPolicy::origin(m_request.url);
    for (const ClientIdentity &identity : std::as_const(m_identities)) {
        if (identity.origin != origin)
            continue;
        QSslConfiguration tls = request.sslConfiguration();
        tls.setLocalCertificateChain(QList<QSslCertificate> {identity.certificate} + identity.chain);
        tls.setPrivateKey(identity.key);
        request.setSslConfiguration(tls);
    }
    const QByteArray verb = m_request.method.toLatin1();
    if (m_request.streamsBody()) {
        if (!sendStreamed(request, verb))
            return;
    } else {
        m_reply = m_request.body.isEmpty() && verb != "POST" && verb != "PUT" && verb != "PATCH"
            ? m_network.sendCustomRequest(request, verb)
            : m_network.sendCustomRequest(request, verb, m_request.body);
    }
    connect(m_reply, &QNetworkReply::downloadProgress, this, &HttpExchange::progress);
    if (m_sink) // back-pressure: a slow disk must not make Qt queue the rest of the body in memory
        m_reply->setReadBufferSize(StreamReadBufferBytes);
    m_body.clear();
    m_headSeen = false;
    // Take the body as it arrives, so Qt's socket buffer does not hold a second copy of it.
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpExchange::onReadyRead);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_tlsErrors.append(error.errorString()); // recorded and reported, never ignored
    });
    connect(m_reply, &QNetworkReply::finished, this, &HttpExchange::onReplyFinished);
}

bool HttpExchange::sendStreamed(QNetworkRequest &request, const QByteArray &verb)
{
    // Opened afresh for each hop (a 307 sends the body again), read as the socket takes it.
    if (m_request.isMultipart()) {
        auto body = MultipartBody::open(m_request, nullptr);
        if (!body) {
            const QString reason = body.error();
            QTimer::singleShot(0, this, [this, reason] { finish(Result::Refused, reason); });
            return false;
        }
        m_reply = m_network.sendCustomRequest(request, verb, body.value());
        body.value()->setParent(m_reply);
        return true;
    }
    auto *file = new QFile(m_request.bodyFile);
    if (!file->open(QIODevice::ReadOnly) || file->size() != m_request.declaredLength) {
        const QString reason = file->isOpen()
            ? tr("the body file %1 changed since the request was built").arg(m_request.bodyFile)
            : tr("cannot read the body file %1: %2").arg(m_request.bodyFile, file->errorString());
        delete file;
        QTimer::singleShot(0, this, [this, reason] { finish(Result::Refused, reason); });
        return false;
    }
    request.setHeader(QNetworkRequest::ContentLengthHeader, file->size());
    m_reply = m_network.sendCustomRequest(request, verb, file);
    file->setParent(m_reply);
    return true;
}

void HttpExchange::setBodySink(BodySink *sink, std::function<bool(int status, const QByteArray &contentType)> streams)
{
    m_sink = sink;
    m_streams = std::move(streams);
}

namespace {

bool isRedirect(QNetworkReply *reply, int status)
{
    return status >= 300 && status < 400 && status != 304 && reply->hasRawHeader("Location");
}

} // namespace

void HttpExchange::onReadyRead()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_result != Result::Pending)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!m_headSeen) {
        m_headSeen = true;
        if (status != 0 && !headerSectionAcceptable(reply))
            return;
        if (status != 0)
            takeCookies(reply);
        if (m_sink && status != 0 && !isRedirect(reply, status)
            && (!m_streams || m_streams(status, reply->rawHeader("Content-Type"))))
            return startStreaming(reply, status);
        // One allocation of the announced size instead of repeated doubling (which would copy).
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > 0 && announced <= m_options.maxBodyBytes)
            m_body.reserve(qsizetype(announced));
    }
    if (m_streaming) {
        m_timeout.start(m_options.timeoutMs); // a long download is fine while bytes keep coming
        takeDecoded(reply->readAll());
        return;
    }
    takeIntoMemory(reply);
}

bool HttpExchange::takeIntoMemory(QNetworkReply *reply)
{
    if (m_body.size() + reply->bytesAvailable() > m_options.maxBodyBytes) {
        finish(Result::TooLarge,
            tr("the response body is larger than %1 MiB, the most kept in memory; save it to a file "
               "instead (keyway-cli send -o FILE)")
                .arg(m_options.maxBodyBytes / (1024 * 1024)));
        return false;
    }
    m_body += reply->readAll();
    return true;
}

bool HttpExchange::headerSectionAcceptable(QNetworkReply *reply)
{
    const auto headers = reply->rawHeaderPairs();
    qsizetype total = 0;
    bool fieldTooLong = false;
    for (const auto &[name, value] : headers) {
        total += name.size() + value.size() + 4;
        fieldTooLong = fieldTooLong || name.size() + value.size() + 2 > MaxHeaderFieldBytes;
    }
    // Qt 6.4 drops all headers past its limits without a word: none at all means that (an
    // HTTP/1.1 answer always has some).
    if (!headers.isEmpty() && headers.size() <= MaxHeaderFields && !fieldTooLong && total <= MaxHeaderSectionBytes)
        return true;
    finish(Result::BadHeaders,
        tr("%1 answered with a header section Keyway does not read (none at all, more than %2 fields, a "
           "field over %3 KiB or over %4 KiB in all); the response was not used")
            .arg(m_request.url.host())
            .arg(MaxHeaderFields)
            .arg(MaxHeaderFieldBytes / 1024)
            .arg(MaxHeaderSectionBytes / 1024));
    return false;
}

void HttpExchange::startStreaming(QNetworkReply *reply, int status)
{
    m_streaming = true;
    m_response.status = status;
    m_response.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    m_response.headers = reply->rawHeaderPairs();
    m_response.finalUrl = m_request.url;
    m_response.bodyStreamed = true;
    m_decoder = std::make_unique<ContentDecoder>(reply->rawHeader("Content-Encoding"));
    if (Status begun = m_sink->begin(m_response); !begun)
        return finish(Result::WriteFailed, begun.error());
    takeDecoded(reply->readAll());
}

bool HttpExchange::takeDecoded(const QByteArray &raw)
{
    auto decoded = m_decoder->feed(raw);
    if (!decoded) {
        finish(Result::NetworkError, tr("%1: %2").arg(m_request.url.host(), decoded.error()));
        return false;
    }
    const QByteArray &bytes = decoded.value();
    if (const qsizetype kept = m_sink->bytesKeptInMemory(); m_response.body.size() < kept)
        m_response.body += bytes.left(kept - m_response.body.size());
    m_response.bodySize += bytes.size();
    if (Status written = m_sink->write(bytes); !written) {
        finish(Result::WriteFailed, written.error());
        return false;
    }
    return true;
}

void HttpExchange::finishStreamed()
{
    if (!takeDecoded(m_reply->readAll()))
        return;
    if (auto rest = m_decoder->finish(); !rest)
        return finish(Result::NetworkError, tr("%1: %2").arg(m_request.url.host(), rest.error()));
    if (Status committed = m_sink->commit(); !committed)
        return finish(Result::WriteFailed, committed.error());
    finish(Result::Completed);
}

void HttpExchange::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_result != Result::Pending)
        return;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_streaming) {
        // Qt calls an HTTP error status (401, 404, 500…) an error too; only a failed transfer is one.
        const int error = reply->error();
        const bool httpStatusOnly = (error > 200 && error < 300) || (error > 400 && error < 500);
        if (error == QNetworkReply::NoError || httpStatusOnly)
            return finishStreamed();
        return finish(Result::NetworkError, tr("%1: %2").arg(m_request.url.host(), reply->errorString()));
    }
    if (status == 0) {
        if (!m_tlsErrors.isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError)
            return finish(Result::TlsError,
                tr("TLS error with %1: %2")
                    .arg(m_request.url.host(),
                        m_tlsErrors.isEmpty() ? reply->errorString()
                                              : m_tlsErrors.join(QStringLiteral("; "))));
        return finish(Result::NetworkError, tr("%1: %2").arg(m_request.url.host(), reply->errorString()));
    }
    if (!m_headSeen && !headerSectionAcceptable(reply))
        return; // a body so short it came with the headers, before any readyRead
    takeCookies(reply);
    const QByteArray location = reply->rawHeader("Location");
    if (status >= 300 && status < 400 && status != 304 && !location.isEmpty()) {
        m_response.redirects.append(m_request.url);
        auto next = RedirectPolicy::follow(m_request, status, QUrl::fromEncoded(location),
            int(m_response.redirects.size()) - 1, m_options.allowInsecureHttp);
        if (!next)
            return finish(Result::Refused, next.error());
        m_response.hops.append(RedirectPolicy::describe(m_request, status, next.value()));
        m_request = std::move(next).value();
        return send();
    }
    m_response.status = status;
    m_response.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    m_response.headers = reply->rawHeaderPairs();
    m_response.finalUrl = m_request.url;
    if (!takeIntoMemory(reply))
        return;
    ContentDecoder decoder(reply->rawHeader("Content-Encoding"), m_options.maxBodyBytes);
    auto body = decoder.feed(std::exchange(m_body, {}));
    if (!body)
        return finish(Result::NetworkError, tr("%1: %2").arg(m_request.url.host(), body.error()));
    auto rest = decoder.finish();
    if (!rest)
        return finish(Result::NetworkError, tr("%1: %2").arg(m_request.url.host(), rest.error()));
    m_response.body = std::move(body).value();
    m_response.bodySize = m_response.body.size();
    finish(Result::Completed);
}

void HttpExchange::finish(Result result, const QString &errorString)
{
    if (m_result != Result::Pending)
        return;
    m_timeout.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    if (m_streaming && result != Result::Completed)
        m_sink->discard();
    m_result = result;
    m_errorString = errorString;
    m_response.elapsedMs = m_clock.elapsed();
    Q_EMIT finished(this);
}

} // namespace keyway
