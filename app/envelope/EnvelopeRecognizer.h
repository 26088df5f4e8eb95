#pragma once

#include "envelope/ErrorReport.h"
#include "envelope/HeaderValues.h"
#include "envelope/HintCatalog.h"

#include <optional>

namespace keyway {

// Recognises the error envelope of a response and reduces it to an ErrorReport: BigLedger (both
// APIs), Open Ledger, OAuth2/Auth0 token errors, RFC 6750 challenges, RFC 9457 problem+json, Basiq
// lists, BigCommerce v2/v3, GraphQL, Stripe, Google RPC, JSON:API, HTML pages, anything else.
// Hostile bodies cost one linear pass at most: large bodies are not parsed as JSON at all.
class EnvelopeRecognizer
{
    Q_DECLARE_TR_FUNCTIONS(EnvelopeRecognizer)

public:
    static constexpr qsizetype MaxParsedBytes = qsizetype(8) * 1024 * 1024;
    static constexpr qsizetype FallbackExcerpt = 200;

    // A report when the response is an error: a status outside 2xx, or GraphQL errors with any status.
    static std::optional<ErrorReport> recognize(int status, const HeaderList &headers, const QByteArray &body,
        const HintCatalog &hints = HintCatalog::builtIn());

    static QString statusText(int status);
};

} // namespace keyway
