#pragma once

#include "auth/BrowserLauncher.h"

#include <functional>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

// A browser for servers that grant at once (the reference OpenID provider): follows redirects,
// with cookies, until one points at the loopback redirect URI, which it can tamper with before
// visiting, as an attacker or a broken server would.
class RedirectFollowingBrowser final : public keyway::BrowserLauncher
{
public:
    std::function<void(QUrl &callback)> tamper;
    QUrl lastCallback;
    int callbackStatus = 0;

    keyway::Status open(const QUrl &url) override
    {
        m_redirectUri = QUrl(QUrlQuery(url).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        m_hops = 0;
        get(url);
        return {};
    }

private:
    void get(const QUrl &url)
    {
        if (url.host() == m_redirectUri.host() && url.port() == m_redirectUri.port()
            && url.path() == m_redirectUri.path())
            return deliver(url);
        if (++m_hops > 20)
            return;
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_network.get(request);
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply] {
            reply->deleteLater();
            const QByteArray location = reply->rawHeader("Location");
            if (!location.isEmpty())
                get(reply->url().resolved(QUrl::fromEncoded(location)));
        });
    }

    void deliver(QUrl callback)
    {
        if (tamper)
            tamper(callback);
        lastCallback = callback;
        QNetworkReply *answer = m_network.get(QNetworkRequest(callback));
        QObject::connect(answer, &QNetworkReply::finished, answer, [this, answer] {
            answer->deleteLater();
            callbackStatus = answer->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        });
    }

    QNetworkAccessManager m_network; // with its own cookie jar, like a browser profile
    QUrl m_redirectUri;
    int m_hops = 0;
};
