#pragma once

#include "auth/IssuerDiscovery.h"
#include "auth/TokenReplyHandler.h"

#include <QPointer>

namespace keyway {

class LoopbackReceiver;

// The loopback listener (LoopbackReceiver: 127.0.0.1 only, /callback only, 404 elsewhere, a page
// with nothing echoed) as QOAuth2AuthorizationCodeFlow's reply handler. The browser's answer is
// checked here before the flow hears of it, in the OAuth 2.0 Security BCP's order: `state` (ours:
// 32 random bytes per attempt — ../shared/OAUTH-QT64.md trap 11), `iss` (trap 2), `error`, `code`,
// each value decoded exactly once (trap 1). Token responses are read as TokenReplyHandler reads them.
class LoopbackReplyHandler final : public TokenReplyHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackReplyHandler)

public:
    explicit LoopbackReplyHandler(QObject *parent = nullptr);
    ~LoopbackReplyHandler() override;

    // Starts listening; false when nothing could be bound (trap 12: a failed bind is not silent).
    bool open();
    LoopbackReceiver *receiver() const { return m_receiver; }
    QString callback() const override;

    // What this attempt's answer must carry.
    void expect(const QString &state, const IssuerExpectation &issuer);

Q_SIGNALS:
    // The answer was not handed to the flow: `denied` when the user said no.
    void answerRefused(bool denied, const QString &reason);

private:
    void onAnswer(const QUrlQuery &query);

    QPointer<LoopbackReceiver> m_receiver;
    QString m_state;
    IssuerExpectation m_issuer;
};

} // namespace keyway
