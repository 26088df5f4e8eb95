#pragma once

#include <QCoreApplication>
#include <QString>

namespace keyway {

// What the start-up probe found out about the system keychain, in words a user can act on.
struct SecureStorageStatus
{
    Q_DECLARE_TR_FUNCTIONS(SecureStorageStatus)

public:
    enum class State {
        Checking,
        Ready,
        NoSessionBus, // no D-Bus session to talk to
        NoProvider, // nothing provides org.freedesktop.secrets
        NoDefaultKeyring, // the provider has no default collection yet
        Locked, // the default collection is locked
        Denied, // the provider refused us
        Failed, // the provider answered with something else
    };

    State state = State::Checking;
    QString detail; // the provider's own words, when it gave any

    bool usable() const { return state == State::Ready; }
    QString summary() const; // one line for a status bar: "Secure storage: ready"
    QString explanation() const; // what is wrong and what to do
};

} // namespace keyway
