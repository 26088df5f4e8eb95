#pragma once

#include "http/HttpResponse.h"
#include "http/WireRequest.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace keyway {

// Sends one WireRequest exactly as built and follows redirects under RedirectPolicy. A job:
// start(), then `finished` once; the response or the reason it failed.
class HttpExchange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpExchange)

public:
    enum class Result { Pending, Completed, NetworkError, TlsError, TimedOut, Refused, Cancelled };
    Q_ENUM(Result)

    struct Options
    {
        int timeoutMs = 30'000;
        bool allowInsecureHttp = false;
    };

    HttpExchange(
        QNetworkAccessManager &network, WireRequest request, Options options, QObject *parent = nullptr);
    ~HttpExchange() override;

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
    void onReplyFinished();
    void finish(Result result, const QString &errorString = {});

    QNetworkAccessManager &m_network;
    WireRequest m_request;
    Options m_options;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QElapsedTimer m_clock;
    QStringList m_tlsErrors;
    QByteArray m_body; // the body so far
    HttpResponse m_response;
    Result m_result = Result::Pending;
    QString m_errorString;
};

} // namespace keyway
