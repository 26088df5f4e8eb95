#pragma once

#include <QDebug>
#include <QProcess>
#include <QStringList>

// Test certificates made with the openssl tool, as a user or a company's authority would make them.

// Runs `openssl arguments…`; false (with openssl's complaint as a warning) when it fails.
inline bool runOpenssl(const QStringList &arguments, const QString &workingDirectory = {})
{
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning().noquote() << process.readAllStandardError();
        return false;
    }
    return true;
}

// A self-signed RSA certificate and its unencrypted key, for `commonName`; for 127.0.0.1 (the
// default) also with that address as subject alternative name, so it serves the local sandboxes.
inline bool makeSelfSignedCertificate(
    const QString &certificateFile, const QString &keyFile, const QString &commonName = QStringLiteral("127.0.0.1"))
{
    QStringList arguments {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
        QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"),
        QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName, QStringLiteral("-keyout"), keyFile,
        QStringLiteral("-out"), certificateFile};
    if (commonName == QLatin1String("127.0.0.1"))
        arguments << QStringLiteral("-addext") << QStringLiteral("subjectAltName=IP:127.0.0.1");
    return runOpenssl(arguments);
}
