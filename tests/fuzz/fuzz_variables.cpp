// libFuzzer target for {{variable}} expansion: any template over any variables (which may refer
// to each other, to secrets, to themselves) expands or fails with a reason, never past the
// length limit, and a masked expansion never holds a secret's value.
//
// Input layout: the template, then NUL-separated "name=value" variables; names starting with
// "secret." give secret values instead.
#include "FuzzInput.h"
#include "model/Environment.h"
#include "model/VariableExpander.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> parts = fuzz::bytes(data, size).split('\0');
    keyway::Environment environment;
    environment.name = QStringLiteral("fuzz");
    environment.baseUrl = QStringLiteral("https://api.example.com");
    QHash<QString, QString> secrets;
    for (qsizetype i = 1; i < parts.size() && i < 64; ++i) {
        const qsizetype equals = parts.at(i).indexOf('=');
        if (equals <= 0)
            continue;
        const QString name = QString::fromUtf8(parts.at(i).left(equals));
        const QString value = QString::fromUtf8(parts.at(i).mid(equals + 1));
        if (name.startsWith(QLatin1String("secret."))) {
            environment.addSecretSlot(name.mid(7));
            secrets.insert(name.mid(7), value);
        } else {
            environment.variables.insert(name, value);
        }
    }
    const QString text = QString::fromUtf8(parts.value(0));
    // A secret's value may also be written out in the template or a plain variable: only a value
    // that appears nowhere in plain text can have come from the keychain.
    QString plainText = text;
    for (const QString &value : std::as_const(environment.variables))
        plainText += QChar(0) + value;
    using Mode = keyway::VariableExpander::SecretMode;
    for (Mode mode : {Mode::Mask, Mode::Reveal, Mode::Reference}) {
        const keyway::VariableExpander expander(environment, mode, secrets);
        // As any template, and as a JSON body (values in strings escaped): the same promises.
        for (const bool json : {false, true}) {
            const auto expanded = json ? expander.expandJson(text, QStringLiteral("fuzz"))
                                       : expander.expand(text, QStringLiteral("fuzz"));
            if (expanded && expanded->size() > keyway::VariableExpander::MaxExpandedLength)
                fuzz::fail("an expansion grew past the limit");
            if (!expanded && expanded.error().isEmpty())
                fuzz::fail("an error without a message");
            if (expanded && mode == Mode::Mask) {
                for (const QString &secret : std::as_const(secrets)) {
                    if (secret.size() >= 12 && !plainText.contains(secret) && expanded->contains(secret))
                        fuzz::fail("a masked expansion shows a secret");
                }
            }
        }
    }
    (void)keyway::VariableExpander(environment, Mode::Mask).referencedSecrets(text);
    return 0;
}
