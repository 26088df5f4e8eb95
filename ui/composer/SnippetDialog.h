#pragma once

#include "convert/SnippetGenerator.h"
#include "model/RequestSpec.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace keyway {
class EnvironmentSession;
}

namespace keyway::ui {

class SecretClipboard;

// "Generate Code": the current request as cURL, HTTPie, JavaScript, Python or PHP. Secrets are
// environment variables unless the user ticks "put the secrets in the code"; such a copy is
// marked as a password for clipboard managers and cleared after 30 s.
class SnippetDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnippetDialog)

public:
    SnippetDialog(EnvironmentSession &session, RequestSpec request, QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QCheckBox *inlineSecretsBox() const { return m_inline; }
    QString code() const;
    QString note() const;
    SecretClipboard *clipboard() const { return m_clipboard; }
    void copy();

    // The code for one language with secrets as variables; empty with `error` set when the request
    // cannot be built.
    static QString generate(const EnvironmentSession &session, const RequestSpec &request,
        SnippetGenerator::Language language, bool inlineSecrets, QString *error = nullptr,
        QStringList *variables = nullptr);

private:
    void regenerate();

    EnvironmentSession &m_session;
    RequestSpec m_request;
    QComboBox *m_language;
    QCheckBox *m_inline;
    QPlainTextEdit *m_code;
    QLabel *m_note;
    SecretClipboard *m_clipboard;
};

} // namespace keyway::ui
