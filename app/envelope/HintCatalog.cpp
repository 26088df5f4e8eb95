#include "envelope/HintCatalog.h"

#include "presets/PresetCatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace keyway {

namespace {

QByteArray readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

const HintCatalog &HintCatalog::builtIn()
{
    static const HintCatalog catalog = fromJson(
        readResource(QStringLiteral(":/keyway/envelopes/hints.json")), PresetCatalog::builtIn().providers());
    return catalog;
}

HintCatalog HintCatalog::fromJson(const QByteArray &hintsJson, const QJsonArray &providers)
{
    HintCatalog catalog;
    const QJsonObject hints
        = QJsonDocument::fromJson(hintsJson).object().value(QStringLiteral("hints")).toObject();
    for (auto it = hints.begin(); it != hints.end(); ++it)
        catalog.m_hints.insert(it.key(), it.value().toString());
    for (const QJsonValue &provider : providers) {
        const QJsonObject codes = provider.toObject().value(QStringLiteral("errorCodes")).toObject();
        for (auto it = codes.begin(); it != codes.end(); ++it) {
            const QString text = it.value().toObject().value(QStringLiteral("text")).toString();
            if (!text.isEmpty())
                catalog.m_codeTexts.insert(it.key(), text);
        }
    }
    return catalog;
}

QString HintCatalog::hintFor(const ErrorReport &report, const QString &missingScope) const
{
    const QString status = QString::number(report.httpStatus);
    QString hint;
    for (const QString &key : {report.format + QLatin1Char(':') + report.code, report.code,
             report.format + QLatin1Char(':') + status, status}) {
        if (key.isEmpty() || key.endsWith(QLatin1Char(':')))
            continue;
        hint = m_hints.value(key);
        if (!hint.isEmpty())
            break;
    }
    if (hint.isEmpty() && !missingScope.isEmpty()) // a GraphQL 200 that names the scopes a field needs
        hint = m_hints.value(QStringLiteral("scope"));
    if (hint.isEmpty() && report.httpStatus >= 500)
        hint = m_hints.value(QStringLiteral("500"));
    if (hint.isEmpty() && report.httpStatus >= 400)
        hint = m_hints.value(QStringLiteral("400"));
    hint.replace(QStringLiteral("{scope}"),
        missingScope.isEmpty() ? QStringLiteral("the missing scope") : missingScope);
    hint.replace(QStringLiteral("{retryAfter}"),
        report.retryAfterSeconds ? QString::number(*report.retryAfterSeconds) : QStringLiteral("a few"));
    return hint;
}

} // namespace keyway
