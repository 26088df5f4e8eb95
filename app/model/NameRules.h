#pragma once

#include "core/Expected.h"

#include <QCoreApplication>
#include <QString>

namespace keyway {

// What may be used as a name. Environment and request names become file names, so they are
// restricted; variable and secret names appear inside {{…}}, so they are identifiers.
class NameRules
{
    Q_DECLARE_TR_FUNCTIONS(NameRules)

public:
    static Status checkEnvironmentName(const QString &name);
    static Status checkRequestName(const QString &name);
    // "folder/sub": each part a file-safe name.
    static Status checkFolderPath(const QString &path);
    static Status checkVariableName(const QString &name);
    static Status checkSecretName(const QString &name);
    static Status checkHeaderName(const QString &name);
    static Status checkCompanyId(const QString &id);
    // An absolute http(s) URL; {{variables}} may stand for parts of it. Credentials are refused:
    // they would end up in a file.
    static Status checkBaseUrl(const QString &url);
    // Same rules for an OAuth or token endpoint.
    static Status checkEndpointUrl(const QString &url);
    // An OAuth issuer identifier (RFC 8414 §2): https (http on this machine only), no query, no
    // fragment, no variables — it is compared byte for byte with what the server says.
    static Status checkIssuer(const QString &issuer);

    static bool isVariableName(const QString &name);
    // A name like this (…key, …token, …password…) probably holds a secret, which belongs in the
    // keychain rather than in a plain variable that may go to git.
    static bool looksSecret(const QString &name);

private:
    static Status checkUrl(const QString &url, const QString &what);
};

} // namespace keyway
