#pragma once

#include <QProcess>
#include <QString>
#include <QTest>

// A server from tests/support run by node — a reference implementation Keyway did not write
// (oidc-provider, busboy) — that prints "listening <url>" when ready.
struct NodeServerStart
{
    QString url; // empty when it did not start
    QString problem; // why, for the skip or failure message
};

inline NodeServerStart startNodeServer(QProcess &process, const QString &script)
{
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(QStringLiteral("node"), {QStringLiteral(KEYWAY_TEST_SUPPORT_DIR "/") + script});
    if (!process.waitForStarted(10'000))
        return {{}, QStringLiteral("node is not installed")};
    (void)QTest::qWaitFor([&] { return process.canReadLine() || process.state() != QProcess::Running; }, 15'000);
    const QString first = QString::fromUtf8(process.readLine()).trimmed();
    if (!first.startsWith(QLatin1String("listening ")))
        return {{}, QStringLiteral("%1 did not start (scripts/test installs its npm packages): %2")
                        .arg(script, QString::fromUtf8(process.readAllStandardError()).left(400))};
    return {first.section(QLatin1Char(' '), 1), {}};
}

// Whether a server that cannot start fails the test (scripts/test) or only skips it.
inline bool referenceServersRequired()
{
    return qEnvironmentVariableIsSet("KEYWAY_REQUIRE_REFERENCE_SERVERS");
}
