#include "cli/CookieCommand.h"

#include "cli/CliContext.h"
#include "core/PrintableText.h"
#include "http/CookieJars.h"
#include "model/SecretMask.h"

#include <QCommandLineParser>
#include <QEventLoop>

namespace keyway::cli {

namespace {

QString describe(const QNetworkCookie &cookie)
{
    const QStringList flags = CookieJar::flagsOf(cookie);
    const QString expires = cookie.isSessionCookie()
        ? CookieCommand::tr("session")
        : cookie.expirationDate().toUTC().toString(Qt::ISODate);
    // Names and domains come from a server: shown, never obeyed.
    return QStringLiteral("%1=%2  %3%4  %5%6")
        .arg(printableText(QString::fromUtf8(cookie.name())), SecretMask::mask(QString::fromUtf8(cookie.value())),
            printableText(cookie.domain()), printableText(cookie.path()), expires,
            flags.isEmpty() ? QString() : QStringLiteral("  ") + flags.join(QLatin1Char(' ')));
}

} // namespace

int CookieCommand::run(const QStringList &arguments)
{
    const QString command = QStringLiteral("cookies");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List the cookies ENV's answers have set (kept in the keychain, values masked), or clear them."));
    const QCommandLineOption clear(QStringLiteral("clear"), tr("Remove all of ENV's cookies."));
    parser.addOption(clear);
    if (auto done = m_context.parseSingleEnvironment(parser, command, arguments))
        return *done;
    Workspace workspace;
    Environment *env = nullptr;
    if (auto failed = m_context.openEnvironment(parser.positionalArguments().first(), workspace, env))
        return *failed;
    CookieJars &jars = m_context.cookieJars();
    CookieJar *jar = nullptr;
    QString problem;
    QEventLoop reading;
    jars.load(workspace.id, env->name, &reading, [&](CookieJar *loaded, const QString &why) {
        jar = loaded;
        problem = why;
        reading.quit();
    });
    reading.exec();
    if (!problem.isEmpty())
        return m_context.fail(SecureStorageUnavailable, problem);
    if (!parser.isSet(clear)) {
        const QList<QNetworkCookie> cookies = jar->cookies();
        for (const QNetworkCookie &cookie : cookies)
            m_context.out() << describe(cookie) << Qt::endl;
        if (cookies.isEmpty())
            m_context.out() << tr("No cookies for '%1'").arg(env->name) << Qt::endl;
        return Ok;
    }
    const qsizetype count = jar->cookies().size();
    jar->clear();
    QString saveProblem;
    QEventLoop saving;
    jars.save(workspace.id, env->name, &saving, [&](const QString &why) {
        saveProblem = why;
        saving.quit();
    });
    saving.exec();
    if (!saveProblem.isEmpty())
        return m_context.fail(SecureStorageUnavailable, saveProblem);
    m_context.out() << tr("Removed %n cookie(s) of '%1'", nullptr, int(count)).arg(env->name) << Qt::endl;
    return Ok;
}

} // namespace keyway::cli
