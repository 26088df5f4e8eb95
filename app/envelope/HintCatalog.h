#pragma once

#include "envelope/ErrorReport.h"

#include <QHash>
#include <QJsonArray>
#include <QString>

namespace keyway {

// Hints and code texts are data (resources/envelopes/hints.json and the provider presets),
// so a provider's advice can change without code.
class HintCatalog
{
public:
    // The catalog built into Keyway, loaded once.
    static const HintCatalog &builtIn();
    static HintCatalog fromJson(const QByteArray &hintsJson, const QJsonArray &providers);

    // 'format:code', then 'code', then 'format:status', then 'status'; placeholders filled in.
    QString hintFor(const ErrorReport &report, const QString &missingScope = {}) const;
    // Text for a code whose envelope sends an empty message (BigLedger's current API).
    QString codeText(const QString &code) const { return m_codeTexts.value(code); }

private:
    QHash<QString, QString> m_hints;
    QHash<QString, QString> m_codeTexts;
};

} // namespace keyway
