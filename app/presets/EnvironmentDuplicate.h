#pragma once

#include "model/Environment.h"

namespace keyway {

// Sandbox → production (or back): the same settings and secret slot names for the other kind of
// environment. Secret values are never copied: a sandbox key must not end up in production, and
// production keys should not spread. The base URL becomes the preset's URL for the other kind
// when the environment still uses the preset's address.
class EnvironmentDuplicate
{
public:
    static Environment asOtherKind(const Environment &source, const QString &name);
    // "acme-sandbox" → "acme-production"; otherwise the kind is appended.
    static QString suggestedName(const Environment &source);
};

} // namespace keyway
