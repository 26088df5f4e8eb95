#include "secrets/KeychainErrors.h"

namespace keyway {

namespace {

bool mentionsAny(const QString &text, std::initializer_list<const char *> needles)
{
    return std::any_of(needles.begin(), needles.end(),
        [&](const char *needle) { return text.contains(QLatin1String(needle), Qt::CaseInsensitive); });
}

} // namespace

SecretJob::Result classifyKeychainError(QKeychain::Error error, const QString &errorString)
{
    using Result = SecretJob::Result;
    switch (error) {
    case QKeychain::NoError:
        return Result::Ok;
    case QKeychain::EntryNotFound:
        return Result::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Result::Denied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Result::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    if (mentionsAny(errorString, {"locked"}))
        return Result::Locked;
    if (mentionsAny(errorString, {"dismissed", "denied", "not allowed", "cancelled", "canceled"}))
        return Result::Denied;
    if (mentionsAny(errorString,
            {"org.freedesktop.secrets", "ServiceUnknown", "not provided by any", "autolaunch", "D-Bus",
                "DBus", "no such secret service"}))
        return Result::Unavailable;
    if (mentionsAny(errorString, {"timeout", "timed out", "no reply"}))
        return Result::TimedOut;
    return Result::Failed;
}

} // namespace keyway
