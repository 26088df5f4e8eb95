#pragma once

#include "secrets/SecureStorageProbe.h"

#include <QSignalSpy>
#include <QTest>

// scripts/test runs the suite in a private D-Bus session with an unlocked gnome-keyring and sets
// KEYWAY_REQUIRE_KEYRING=1, so there a missing keyring is a failure; anywhere else it is a skip
// (a developer's own keychain is never touched).
inline keyway::SecureStorageStatus probeSecureStorage()
{
    keyway::SecureStorageProbe probe;
    QSignalSpy finished(&probe, &keyway::SecureStorageProbe::finished);
    probe.start();
    if (!finished.wait(30'000))
        return {keyway::SecureStorageStatus::State::Failed, QStringLiteral("probe timed out")};
    return probe.status();
}

inline bool keyringRequired()
{
    return qEnvironmentVariable("KEYWAY_REQUIRE_KEYRING") == QLatin1String("1");
}

#define KEYWAY_REQUIRE_TEST_KEYRING()                                                                        \
    do {                                                                                                     \
        if (!keyringRequired())                                                                              \
            QSKIP("needs the private test keyring: run scripts/test");                                       \
        const keyway::SecureStorageStatus status_ = probeSecureStorage();                                    \
        QVERIFY2(status_.usable(), qPrintable(status_.explanation()));                                       \
    } while (false)
