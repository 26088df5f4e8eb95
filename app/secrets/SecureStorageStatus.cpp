#include "secrets/SecureStorageStatus.h"

namespace keyway {

QString SecureStorageStatus::summary() const
{
    switch (state) {
    case State::Checking:
        return tr("Secure storage: checking\u2026");
    case State::Ready:
        return tr("Secure storage: ready");
    case State::NoSessionBus:
        return tr("Secure storage unavailable: no D-Bus session");
    case State::NoProvider:
        return tr("Secure storage unavailable: no Secret Service provider");
    case State::NoDefaultKeyring:
        return tr("Secure storage unavailable: no default keyring");
    case State::Locked:
        return tr("Secure storage locked");
    case State::Denied:
        return tr("Secure storage denied access");
    case State::Failed:
        break;
    }
    return tr("Secure storage failed");
}

QString SecureStorageStatus::explanation() const
{
    QString text;
    switch (state) {
    case State::Checking:
        return tr("Keyway is checking the system keychain.");
    case State::Ready:
        return tr("Secrets are kept in the system keychain (Secret Service).");
    case State::NoSessionBus:
        text = tr(
            "There is no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is unset or unreachable), so the "
            "system keychain cannot be reached. Run Keyway inside your desktop session, or start one with "
            "'dbus-run-session'.");
        break;
    case State::NoProvider:
        text = tr("No program provides the Secret Service (org.freedesktop.secrets) on the D-Bus session. "
                  "Install and start GNOME Keyring (package gnome-keyring), KeePassXC with Secret Service "
                  "integration, or KWallet.");
        break;
    case State::NoDefaultKeyring:
        text = tr("The Secret Service has no default keyring yet. Create one (for example in 'Passwords and "
                  "Keys'), then try again.");
        break;
    case State::Locked:
        text = tr("The default keyring is locked. Unlock it (log in to your desktop session, or open "
                  "'Passwords and Keys'), then try again.");
        break;
    case State::Denied:
        text = tr("The Secret Service refused access to the keyring. Allow Keyway in your keychain's "
                  "prompt or settings, then try again.");
        break;
    case State::Failed:
        text = tr("The Secret Service did not work as expected.");
        break;
    }
    if (!detail.isEmpty())
        text += QLatin1Char(' ') + tr("(It said: %1)").arg(detail);
    return text;
}

} // namespace keyway
