#include "auth/OAuthTokenNetwork.h"

#include <QBuffer>
#include <QNetworkProxyFactory>
#include <QNetworkReply>

namespace keyway {

OAuthTokenNetwork::OAuthTokenNetwork(QNetworkAccessManager &application, TokenRequestBuilder builder, QObject *parent)
    : QNetworkAccessManager(parent)
    , m_application(application)
    , m_builder(std::move(builder))
{
}

OAuthTokenNetwork::~OAuthTokenNetwork() = default;

QNetworkReply *OAuthTokenNetwork::createRequest(Operation operation, const QNetworkRequest &request, QIODevice *body)
{
    if (operation != PostOperation)
        return QNetworkAccessManager::createRequest(operation, request, body);
    const QUrlQuery flowParameters(QString::fromUtf8(body ? body->readAll() : QByteArray()));
    auto wire = m_builder(flowParameters);
    // A request that could not be built goes nowhere and fails; the builder has reported why.
    QNetworkRequest exact(wire ? wire->url : QUrl(QStringLiteral("http://0.0.0.0:0/")));
    auto *buffer = new QBuffer(this);
    if (wire) {
        for (const HeaderField &header : std::as_const(wire->headers))
            exact.setRawHeader(header.name.toUtf8(), header.value.toUtf8());
        buffer->setData(wire->body);
    }
    // A token endpoint is not followed elsewhere, and keeps no cookies.
    exact.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    exact.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    exact.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    buffer->open(QIODevice::ReadOnly);
    if (QNetworkProxyFactory *proxies = m_application.proxyFactory())
        setProxy(proxies->queryProxy(QNetworkProxyQuery(exact.url())).value(0));
    QNetworkReply *reply = QNetworkAccessManager::createRequest(operation, exact, buffer);
    buffer->setParent(reply);
    return reply;
}

} // namespace keyway
