#include "auth/LoopbackReplyHandler.h"

#include "auth/LoopbackReceiver.h"


namespace keyway {

namespace {

QString queryValue(const QUrlQuery &query, const char *name)
{
    // FullyDecoded: each value is decoded exactly once.
    return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}

} // namespace

LoopbackReplyHandler::LoopbackReplyHandler(QObject *parent)
    : TokenReplyHandler(parent)
    , m_receiver(new LoopbackReceiver(this))
{
    connect(m_receiver, &LoopbackReceiver::callbackReceived, this, &LoopbackReplyHandler::onAnswer);
}

LoopbackReplyHandler::~LoopbackReplyHandler() = default;

bool LoopbackReplyHandler::open()
{
    return m_receiver->open();
}

QString LoopbackReplyHandler::callback() const
{
    return m_receiver ? m_receiver->redirectUri() : QString();
}

void LoopbackReplyHandler::expect(const QString &state, const IssuerExpectation &issuer)
{
    m_state = state;
    m_issuer = issuer;
}

void LoopbackReplyHandler::onAnswer(const QUrlQuery &query)
{
    const QString state = queryValue(query, "state");
    if (m_state.isEmpty() || state != m_state)
        return Q_EMIT answerRefused(false,
            tr("the browser's answer does not belong to this sign-in (state mismatch); nothing was exchanged"));
    m_state.clear(); // single use
    const QString issuer = queryValue(query, "iss");
    if (issuer.isEmpty() && m_issuer.required)
        return Q_EMIT answerRefused(false,
            tr("the answer does not say which server sent it, although %1 promises to (iss missing); "
               "nothing was exchanged")
                .arg(m_issuer.issuer));
    if (!issuer.isEmpty() && !m_issuer.issuer.isEmpty() && issuer != m_issuer.issuer)
        return Q_EMIT answerRefused(false,
            tr("the answer did not come from the expected server (issuer mismatch: expected %1); "
               "nothing was exchanged")
                .arg(m_issuer.issuer));
    const QString error = queryValue(query, "error");
    if (!error.isEmpty()) {
        const QString description = queryValue(query, "error_description");
        return Q_EMIT answerRefused(error == QLatin1String("access_denied"),
            description.isEmpty() ? error : QStringLiteral("%1: %2").arg(error, description));
    }
    const QString code = queryValue(query, "code");
    if (code.isEmpty())
        return Q_EMIT answerRefused(false, tr("the answer has neither a code nor an error"));
    // Only now does the flow hear of it, and ask for the token.
    Q_EMIT callbackReceived({{QStringLiteral("code"), code}, {QStringLiteral("state"), state}});
}

} // namespace keyway
