#pragma once

#include "auth/BrowserLauncher.h"

#include <functional>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrlQuery>

// Plays the user's browser against the sandbox's consent page: approves or denies, and can tamper
// with the answer before it reaches Keyway's loopback listener, as an attacker or a broken server would.
class ScriptedBrowser final : public keyway::BrowserLauncher
{
public:
    enum class Action { Approve, Deny, Ignore };

    Action action = Action::Approve;
    std::function<void(QUrl &callback)> tamper; // edits the callback URL before it is visited
    bool visitFaviconFirst = false;
    QUrl lastCallback; // what was delivered to the listener
    int callbackStatus = 0;
    QByteArray callbackPage;
    QList<QPair<QByteArray, QByteArray>> callbackHeaders;

    keyway::Status open(const QUrl &url) override
    {
        m_opened = url;
        if (action == Action::Ignore)
            return {};
        QNetworkReply *page = m_network.get(QNetworkRequest(url));
        QObject::connect(page, &QNetworkReply::finished, page, [this, page, url] {
            page->deleteLater();
            decide(url, page->readAll());
        });
        return {};
    }

    QUrl openedUrl() const { return m_opened; }

private:
    void decide(const QUrl &authorizeUrl, const QByteArray &html)
    {
        const QString text = QString::fromUtf8(html);
        const QString consent = QRegularExpression(QStringLiteral("name=\"consent\" value=\"([^\"]+)\""))
                                    .match(text)
                                    .captured(1);
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("consent"), consent);
        form.addQueryItem(QStringLiteral("decision"),
            action == Action::Approve ? QStringLiteral("approve") : QStringLiteral("deny"));
        auto scopes
            = QRegularExpression(QStringLiteral("name=\"scope\" value=\"([^\"]+)\"")).globalMatch(text);
        while (scopes.hasNext())
            form.addQueryItem(QStringLiteral("scope"), scopes.next().captured(1));
        QUrl target = authorizeUrl;
        target.setQuery(QString());
        QNetworkRequest request(target);
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *decision = m_network.post(request, form.query(QUrl::FullyEncoded).toUtf8());
        QObject::connect(decision, &QNetworkReply::finished, decision, [this, decision] {
            decision->deleteLater();
            QUrl callback = QUrl::fromEncoded(decision->rawHeader("Location"));
            if (tamper)
                tamper(callback);
            visit(callback);
        });
    }

    void visit(const QUrl &callback)
    {
        if (visitFaviconFirst) {
            visitFaviconFirst = false;
            QUrl favicon = callback;
            favicon.setPath(QStringLiteral("/favicon.ico"));
            favicon.setQuery(QString());
            QNetworkReply *icon = m_network.get(QNetworkRequest(favicon));
            QObject::connect(icon, &QNetworkReply::finished, icon, [this, icon, callback] {
                icon->deleteLater();
                faviconStatus = icon->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                visit(callback);
            });
            return;
        }
        lastCallback = callback;
        QNetworkReply *answer = m_network.get(QNetworkRequest(callback));
        QObject::connect(answer, &QNetworkReply::finished, answer, [this, answer] {
            answer->deleteLater();
            callbackStatus = answer->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            callbackPage = answer->readAll();
            callbackHeaders = answer->rawHeaderPairs();
        });
    }

public:
    int faviconStatus = 0;

private:
    QNetworkAccessManager m_network;
    QUrl m_opened;
};
