#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace keyway {

// What the browser's answer must say about who sent it (RFC 9207).
struct IssuerExpectation
{
    QString issuer; // the answer's `iss` must equal this when present; empty: not known
    bool required = false; // the server's metadata promises `iss`: an answer without it is refused
    QUrl metadataUrl; // where the metadata was found, if it was
};

// Finds the authorization server's metadata for an authorize URL, the way RFC 8414 §3 and OpenID
// Connect Discovery 1.0 place it, so issuers on a path (https://host/realms/acme) are found too.
// Metadata counts only when its `issuer` is the one it was looked up for (RFC 8414 §3.3) and its
// `authorization_endpoint` is the authorize URL, compared without query (a configured
// `?audience=…` does not make it another server). An issuer named in the environment is used as
// it is; discovery then only learns whether `iss` is promised.
class IssuerDiscovery final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IssuerDiscovery)

public:
    struct Candidate
    {
        QString issuer;
        QUrl metadataUrl;
    };

    IssuerDiscovery(QNetworkAccessManager &network, QUrl authorizeUrl, QString configuredIssuer,
        QObject *parent = nullptr);
    ~IssuerDiscovery() override;

    // Where to look, in order: the origin's own metadata first, then each shorter path of the
    // authorize URL as an issuer (RFC 8414's inserted form, then OpenID's appended form).
    static QList<Candidate> candidates(const QUrl &authorizeUrl, const QString &configuredIssuer);
    // Same scheme, host, port and path; query and fragment do not count.
    static bool sameEndpoint(const QUrl &a, const QUrl &b);

    // Reports through `finished`, never before start() returns; never fails (no metadata found
    // means nothing is known).
    void start();
    const IssuerExpectation &result() const { return m_result; }

Q_SIGNALS:
    void finished(keyway::IssuerDiscovery *discovery);

private:
    void tryNext();
    bool accept(const Candidate &candidate, const QByteArray &body);

    QNetworkAccessManager &m_network;
    QUrl m_authorizeUrl;
    QString m_configuredIssuer;
    QList<Candidate> m_candidates;
    QElapsedTimer m_clock;
    IssuerExpectation m_result;
};

} // namespace keyway
