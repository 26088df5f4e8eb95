#pragma once

#include "model/Environment.h"
#include "checks/ResponseBody.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace keyway {

// Values captured from responses (checks/Capture.h), as variables of the requests that follow: a
// collection run keeps them for the run, the window for the session. They expand exactly as they
// came, never as templates; a secret one becomes a secret of the environment for the send — masked
// in previews, sent only to its origins — and is wiped from memory when dropped.
class CapturedVariables
{
    Q_DECLARE_TR_FUNCTIONS(CapturedVariables)

public:
    CapturedVariables() = default;
    CapturedVariables(const CapturedVariables &) = default;
    CapturedVariables &operator=(const CapturedVariables &) = default;
    ~CapturedVariables();

    struct Taken
    {
        QStringList names; // given a value by this response
        QStringList problems; // one per capture that found nothing, saying why
    };
    // Runs `captures` (lines as written) on `response`; each one found replaces the old value.
    // `source` names the request it came from, for "where did this value come from".
    Taken takeFrom(const QStringList &captures, const ResponseBody &body, const QString &source = {});

    // The environment with these as variables (over its own), and the secret ones as its secrets.
    Environment applyTo(const Environment &environment) const;
    // The secret values those secrets need, keyed by their slot.
    QHash<QString, QString> secretValues() const;

    // The ones captured with `save`, to keep in the environment; and any one's value as it came.
    QStringList namesToSave() const;
    QString valueOf(const QString &name) const { return m_values.value(name).text; }
    // "invoices/Create invoice at 23:40:12", or empty when it is not known.
    QString originOf(const QString &name) const;
    // The captured names `text` refers to as {{NAME}}.
    QStringList usedIn(const QString &text) const;

    bool isEmpty() const { return m_values.isEmpty(); }
    QStringList names() const { return m_values.keys(); }
    bool isSecret(const QString &name) const { return m_values.value(name).secret; }
    // The value as the window shows it: secret ones masked.
    QString shownValue(const QString &name) const;
    void clear();

private:
    struct Value
    {
        QString text;
        bool secret = false;
        bool save = false;
        QString source;
        qint64 atMs = 0; // since the epoch: reading the clock is cheap, converting it to local time is not
    };
    static QString slotOf(const QString &name) { return QStringLiteral("captured_") + name; }

    QHash<QString, Value> m_values;
};

} // namespace keyway
