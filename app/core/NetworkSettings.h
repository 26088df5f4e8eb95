#pragma once

#include "core/Expected.h"

#include <QCoreApplication>
#include <QNetworkProxy>

class QNetworkAccessManager;

namespace keyway {

class Settings;

// The network settings a user can change (proxy, extra certificate authorities), checked and
// applied the same way by the window and keyway-cli.
class NetworkSettings
{
    Q_DECLARE_TR_FUNCTIONS(NetworkSettings)

public:
    // "" → the system's settings, "none" → direct, http://host:port or socks5://host:port.
    static Expected<QNetworkProxy> proxyFrom(const QString &text);
    // Checks that `path` holds at least one PEM certificate.
    static Status checkCaFile(const QString &path);
    // Applies both to `network` and to the default TLS configuration; the first problem is returned
    // and the rest still applied. `proxyPassword`: from the keychain, for a proxy with a user.
    static Status apply(const Settings &settings, QNetworkAccessManager &network, const QString &proxyPassword = {});
};

} // namespace keyway
