#pragma once

#include "auth/AuthSetting.h"
#include "model/ClientCertificate.h"
#include "model/EnvironmentKind.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace keyway {

// The company (tenant) IDs an environment can act for; the selected one is sent in `header`.
struct CompanyIds
{
    QString header = QStringLiteral("X-Company-Id");
    QStringList ids;
    QString selected;

    bool operator==(const CompanyIds &) const = default;
};

// One target of requests: sandbox or production, with its base URL, variables and secret slots.
// Secret slots are names only; their values live in the keychain (see SecretStore).
struct Environment
{
    QString name;
    EnvironmentKind kind = EnvironmentKind::Sandbox;
    QString baseUrl;
    QMap<QString, QString> variables;
    CompanyIds companies;
    QStringList secretSlots; // kept sorted
    AuthSetting auth;
    // Plain http:// to a host other than loopback sends credentials readable on the network; it is
    // refused unless the environment says so explicitly.
    bool allowInsecureHttp = false;
    // Origins besides the base URL's that may receive this environment's credentials (auth, company
    // header): "https://auth.example.com". Any other origin gets requests without them.
    QStringList trustedOrigins;
    // Client certificates for mutual TLS, each offered only to its own origin.
    QList<ClientCertificate> clientCertificates;
    // The provider preset the environment was made from (its verify endpoint, scope texts); may be empty.
    QString preset;
    // The preset's way to authenticate it was made with ("storeToken"), which decides how its keys
    // are verified; empty when unknown.
    QString presetOption;

    bool hasSecretSlot(const QString &slot) const { return secretSlots.contains(slot); }
    void addSecretSlot(const QString &slot);
    void removeSecretSlot(const QString &slot) { secretSlots.removeAll(slot); }
    // `wanted`, or wanted_2, wanted_3… when taken: a new key never overwrites one already there.
    QString freeSecretSlot(const QString &wanted) const;

    bool operator==(const Environment &) const = default;
};

} // namespace keyway
