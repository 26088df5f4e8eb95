#include "runner/JUnitReport.h"

#include <QXmlStreamWriter>

namespace keyway {

namespace {

QString seconds(qint64 milliseconds)
{
    return QString::number(double(milliseconds) / 1000.0, 'f', 3);
}

} // namespace

QByteArray JUnitReport::toXml(const QString &suiteName, const QList<RunResult> &results, qint64 totalMs)
{
    const int failures = RunTotals::of(results).failed;
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.setAutoFormatting(true);
    writer.writeStartDocument();
    writer.writeStartElement(QStringLiteral("testsuites"));
    writer.writeStartElement(QStringLiteral("testsuite"));
    writer.writeAttribute(QStringLiteral("name"), suiteName);
    writer.writeAttribute(QStringLiteral("tests"), QString::number(results.size()));
    writer.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    writer.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
    writer.writeAttribute(QStringLiteral("time"), seconds(totalMs));
    for (const RunResult &result : results) {
        writer.writeStartElement(QStringLiteral("testcase"));
        writer.writeAttribute(QStringLiteral("classname"), suiteName);
        QString name = QStringLiteral("%1 %2").arg(result.method, result.path);
        const bool repeated = std::any_of(
            results.cbegin(), results.cend(), [](const RunResult &r) { return r.iteration > 1; });
        if (repeated)
            name += QStringLiteral(" #%1").arg(result.iteration);
        writer.writeAttribute(QStringLiteral("name"), name);
        writer.writeAttribute(QStringLiteral("time"), seconds(result.elapsedMs));
        if (!result.passed) {
            writer.writeStartElement(QStringLiteral("failure"));
            writer.writeAttribute(QStringLiteral("message"), result.failure);
            QString details = QStringLiteral("%1 %2 → %3")
                                  .arg(result.method, result.url,
                                      result.status ? QString::number(result.status) : result.failure);
            for (const CheckOutcome &check : result.checks) {
                if (!check.passed)
                    details += QStringLiteral("\n\u2717 %1\n    %2").arg(check.check, check.problem);
            }
            for (const QString &problem : result.captureProblems)
                details += QStringLiteral("\n\u2717 ") + problem;
            writer.writeCharacters(details);
            writer.writeEndElement();
        }
        writer.writeEndElement();
    }
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndDocument();
    return xml;
}

} // namespace keyway
