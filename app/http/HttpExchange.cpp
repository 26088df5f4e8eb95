#include "http/HttpExchange.h"

#include "http/ContentDecoder.h"
#include "http/RedirectPolicy.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>

namespace keyway {

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
    if (m_reply)
        m_reply->abort();
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

void HttpExchange::send()
{
    QNetworkRequest request(m_request.url);
    // Redirects are ours to follow: Qt's policies would forward credentials to other hosts.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    for (const HeaderField &header : std::as_const(m_request.headers))
        request.setRawHeader(header.name.toUtf8(), header.value.toUtf8());
    const QByteArray verb = m_request.method.toLatin1();
    m_reply = m_request.body.isEmpty() && verb != "POST" && verb != "PUT" && verb != "PATCH"
        ? m_network.sendCustomRequest(request, verb)
        : m_network.sendCustomRequest(request, verb, m_request.body);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &HttpExchange::progress);
    m_body.clear();
    // Take the body as it arrives, so Qt's socket buffer does not hold a second copy of it.
    connect(m_reply, &QNetworkReply::readyRead, this, [this] {
        if (!m_reply)
            return;
        if (m_body.isEmpty()) {
            // One allocation of the announced size instead of repeated doubling (which would copy).
            const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
            if (announced > 0 && announced < qint64(1) << 32)
                m_body.reserve(qsizetype(announced));
        }
        m_body += m_reply->readAll();
    });
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_tlsErrors.append(error.errorString()); // recorded and reported, never ignored
    });
    connect(m_reply, &QNetworkReply::finished, this, &HttpExchange::onReplyFinished);
}

void HttpExchange::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_result != Result::Pending)
        return;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        if (!m_tlsErrors.isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError)
            return finish(Result::TlsError,
                tr("TLS error with %1: %2")
                    .arg(m_request.url.host(),
                        m_tlsErrors.isEmpty() ? reply->errorString()
                                              : m_tlsErrors.join(QStringLiteral("; "))));
        return finish(Result::NetworkError, tr("%1: %2").arg(m_request.url.host(), reply->errorString()));
    }
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
    m_body += reply->readAll();
    auto body = ContentDecoder::decode(std::exchange(m_body, {}), reply->rawHeader("Content-Encoding"));
    if (!body)
        return finish(Result::NetworkError, tr("%1: %2").arg(m_request.url.host(), body.error()));
    m_response.body = std::move(body).value();
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
    m_result = result;
    m_errorString = errorString;
    m_response.elapsedMs = m_clock.elapsed();
    Q_EMIT finished(this);
}

} // namespace keyway
