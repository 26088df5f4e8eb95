#include "composer/SnippetDialog.h"

#include "keys/SecretClipboard.h"
#include "session/EnvironmentSession.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace keyway::ui {

SnippetDialog::SnippetDialog(EnvironmentSession &session, RequestSpec request, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_request(std::move(request))
    , m_language(new QComboBox(this))
    , m_inline(new QCheckBox(tr("Put the &secrets in the code (not recommended)"), this))
    , m_code(new QPlainTextEdit(this))
    , m_note(new QLabel(this))
    , m_clipboard(new SecretClipboard(this))
{
    setWindowTitle(tr("Generate Code"));
    for (const SnippetGenerator::Language language : SnippetGenerator::languages())
        m_language->addItem(SnippetGenerator::displayName(language), int(language));
    m_code->setReadOnly(true);
    m_code->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_code->setObjectName(QStringLiteral("snippetCode"));
    m_code->setAccessibleName(tr("Generated code"));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *copyButton = new QPushButton(tr("&Copy"), this);
    copyButton->setDefault(true);
    auto *close = new QPushButton(tr("Close"), this);
    connect(copyButton, &QPushButton::clicked, this, &SnippetDialog::copy);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SnippetDialog::regenerate);
    connect(m_inline, &QCheckBox::toggled, this, &SnippetDialog::regenerate);
    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("&Language:"), this);
    label->setBuddy(m_language);
    top->addWidget(label);
    top->addWidget(m_language);
    top->addStretch();
    top->addWidget(m_inline);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(copyButton);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_code, 1);
    layout->addWidget(m_note);
    layout->addLayout(buttons);
    resize(760, 480);
    regenerate();
}

QString SnippetDialog::generate(const EnvironmentSession &session, const RequestSpec &request,
    SnippetGenerator::Language language, bool inlineSecrets, QString *error, QStringList *variables)
{
    const auto wire = session.preview(request,
        inlineSecrets ? VariableExpander::SecretMode::Reveal : VariableExpander::SecretMode::Reference);
    if (!wire) {
        if (error)
            *error = wire.error();
        return {};
    }
    if (variables)
        *variables = SnippetGenerator::variablesUsed(wire.value());
    return SnippetGenerator::generate(language, wire.value());
}

void SnippetDialog::regenerate()
{
    QString error;
    QStringList variables;
    const QString code
        = generate(m_session, m_request, SnippetGenerator::Language(m_language->currentData().toInt()),
            m_inline->isChecked(), &error, &variables);
    m_code->setPlainText(code);
    if (!error.isEmpty())
        m_note->setText(tr("Cannot generate the code: %1").arg(error));
    else if (m_inline->isChecked())
        m_note->setText(
            tr("This code contains secrets in clear. Copying it clears the clipboard after 30 s."));
    else if (!variables.isEmpty())
        m_note->setText(
            tr("Set %1 before running it; the values are in your keychain (Keys \u2192 Manage Keys).")
                .arg(variables.join(QStringLiteral(", "))));
    else
        m_note->clear();
}

QString SnippetDialog::code() const
{
    return m_code->toPlainText();
}

QString SnippetDialog::note() const
{
    return m_note->text();
}

void SnippetDialog::copy()
{
    if (m_inline->isChecked())
        m_clipboard->copy(code());
    else
        QApplication::clipboard()->setText(code());
}

} // namespace keyway::ui
