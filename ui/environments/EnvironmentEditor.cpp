#include "environments/EnvironmentEditor.h"

#include "common/ErrorText.h"
#include "common/KindColor.h"
#include "common/Prompter.h"
#include "environments/ClientCertificateTable.h"
#include "environments/EnvironmentAuthForm.h"
#include "environments/EnvironmentKeysSection.h"
#include "environments/PairTable.h"
#include "model/NameRules.h"
#include "session/ClientCertificateChecker.h"
#include "session/EnvironmentRename.h"
#include "storage/ModelJson.h"
#include "storage/WorkspaceStore.h"
#include "session/KeyService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QUndoStack>
#include <QVBoxLayout>

namespace keyway::ui {

// One change to the environment, as snapshots before and after. Typing in one field merges into
// one step, so Undo takes back a word, not a letter.
class EnvironmentEditCommand final : public QUndoCommand
{
public:
    EnvironmentEditCommand(EnvironmentEditor *editor, Environment before, Environment after, QString field)
        : QUndoCommand(EnvironmentEditor::tr("Edit %1").arg(field))
        , m_editor(editor)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_field(std::move(field))
    {
    }
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const EnvironmentEditCommand *>(other);
        if (next->m_field != m_field || m_field.isEmpty())
            return false;
        m_after = next->m_after;
        return true;
    }
    void redo() override
    {
        if (std::exchange(m_first, false))
            m_editor->m_draft = m_after; // the widgets show it already
        else
            m_editor->apply(m_after);
        m_editor->refreshProblem();
        Q_EMIT m_editor->modifiedChanged(m_editor->isModified());
    }
    void undo() override
    {
        m_editor->apply(m_before);
        m_editor->refreshProblem();
        Q_EMIT m_editor->modifiedChanged(m_editor->isModified());
    }

private:
    EnvironmentEditor *m_editor;
    Environment m_before;
    Environment m_after;
    QString m_field;
    bool m_first = true;
};

namespace {

QGroupBox *section(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

constexpr int DefaultCompanyRole = Qt::UserRole + 1;

} // namespace

EnvironmentEditor::EnvironmentEditor(Workspace workspace, const QString &environment, KeyService &secrets,
    HistoryStore *history, Prompter &prompter, QWidget *parent)
    : DocumentPage(parent)
    , m_workspace(std::move(workspace))
    , m_secrets(secrets)
    , m_history(history)
    , m_prompter(prompter)
    , m_undo(new QUndoStack(this))
    , m_problem(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_baseUrl(new QLineEdit(this))
    , m_companies(new QListWidget(this))
    , m_companyHeader(new QLineEdit(this))
    , m_variables(new PairTable(tr("Variable"), tr("Value"), this))
    , m_keys(new EnvironmentKeysSection(secrets, prompter, this))
    , m_auth(new EnvironmentAuthForm(this))
    , m_insecure(new QCheckBox(tr("Allow plain http:// to hosts other than this machine (credentials travel "
                                  "unencrypted)"),
          this))
    , m_trusted(new QLineEdit(this))
    , m_certificates(new ClientCertificateTable(prompter, this))
    , m_certificateChecker(new ClientCertificateChecker(secrets, this))
{
    setObjectName(QStringLiteral("environmentEditor"));
    if (const Environment *env = m_workspace.environment(environment))
        m_saved = *env;
    m_draft = m_saved;
    m_problem->setObjectName(QStringLiteral("environmentProblem"));
    m_problem->setWordWrap(true);
    showAsError(m_problem);
    m_variables->setObjectName(QStringLiteral("environmentVariables"));
    m_insecure->setObjectName(QStringLiteral("allowInsecureHttp"));
    auto *save = new QPushButton(tr("&Save"), this);
    save->setObjectName(QStringLiteral("saveEnvironment"));
    save->setToolTip(tr("Write the environment file (Ctrl+S)"));
    connect(save, &QPushButton::clicked, this, &EnvironmentEditor::save);

    auto *content = new QWidget(this);
    auto *sections = new QVBoxLayout(content);
    sections->addWidget(section(tr("General"), createGeneralSection(), content));
    sections->addWidget(section(tr("Company IDs"), createCompaniesSection(), content));
    sections->addWidget(section(tr("Variables"), m_variables, content));
    sections->addWidget(section(tr("Keys"), m_keys, content));
    sections->addWidget(section(tr("Authentication"), m_auth, content));
    sections->addWidget(section(tr("Advanced"), createAdvancedSection(), content));
    sections->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *top = new QHBoxLayout;
    top->addWidget(m_problem, 1);
    top->addWidget(save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);

    connect(m_name, &QLineEdit::textEdited, this, [this] { collect(tr("name")); });
    connect(m_baseUrl, &QLineEdit::textEdited, this, [this] { collect(tr("base URL")); });
    connect(m_companyHeader, &QLineEdit::textEdited, this, [this] { collect(tr("company header")); });
    connect(m_kind, &QComboBox::activated, this, [this] { collect({}); });
    connect(m_companies, &QListWidget::itemChanged, this, [this] { collect({}); });
    connect(m_variables, &PairTable::edited, this, [this] { collect({}); });
    connect(m_auth, &EnvironmentAuthForm::edited, this, [this] { collect({}); });
    connect(m_insecure, &QCheckBox::clicked, this, [this] { collect({}); });
    connect(m_trusted, &QLineEdit::textEdited, this, [this] { collect(tr("trusted origins")); });
    connect(m_certificates, &ClientCertificateTable::edited, this, [this] { collect({}); });
    connect(m_certificates, &ClientCertificateTable::checkRequested, this, [this](const ClientCertificate &entry) {
        Environment target = m_draft; // the draft's origins; its passphrase secrets are under the saved name
        target.name = m_saved.name;
        m_certificateChecker->check(m_workspace.id, target, entry);
    });
    connect(m_certificateChecker, &ClientCertificateChecker::finished, m_certificates,
        &ClientCertificateTable::showCheckResult);
    connect(m_keys, &EnvironmentKeysSection::slotStored, this, &EnvironmentEditor::keyStored);
    connect(m_keys, &EnvironmentKeysSection::slotRemoved, this, &EnvironmentEditor::keyRemoved);
    load(m_draft);
    refreshProblem();
    refreshKeys();
}

QIcon EnvironmentEditor::tabIcon() const
{
    return kindDot(m_saved.kind);
}

QWidget *EnvironmentEditor::createGeneralSection()
{
    auto *page = new QWidget(this);
    m_name->setObjectName(QStringLiteral("environmentName"));
    m_name->setAccessibleName(tr("Environment name"));
    m_kind->setObjectName(QStringLiteral("environmentKind"));
    m_kind->setAccessibleName(tr("Kind of environment"));
    m_kind->addItems({tr("Sandbox"), tr("Production")});
    m_baseUrl->setObjectName(QStringLiteral("environmentBaseUrl"));
    m_baseUrl->setAccessibleName(tr("Base URL"));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://api.example.com/v1"));
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Base URL:"), m_baseUrl);
    return page;
}

QWidget *EnvironmentEditor::createCompaniesSection()
{
    auto *page = new QWidget(this);
    m_companies->setObjectName(QStringLiteral("companyIds"));
    m_companies->setAccessibleName(tr("Company IDs"));
    m_companies->setMaximumHeight(m_companies->fontMetrics().height() * 7);
    m_companyHeader->setObjectName(QStringLiteral("companyHeader"));
    m_companyHeader->setAccessibleName(tr("Header that carries the company ID"));
    auto *add = new QPushButton(tr("Add"), page);
    auto *remove = new QPushButton(tr("Remove"), page);
    auto *makeDefault = new QPushButton(tr("Make Default"), page);
    connect(add, &QPushButton::clicked, this, [this] {
        addCompanyId(QString());
        m_companies->editItem(m_companies->item(m_companies->count() - 1));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        delete m_companies->currentItem();
        collect({});
    });
    connect(makeDefault, &QPushButton::clicked, this, [this] {
        const QSignalBlocker blocker(m_companies);
        for (int row = 0; row < m_companies->count(); ++row)
            m_companies->item(row)->setData(DefaultCompanyRole, row == m_companies->currentRow());
        collect({});
    });
    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {add, remove, makeDefault}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_companies, 1);
    row->addLayout(buttons);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Sent in the &header:"), m_companyHeader);
    auto *hint = new QLabel(tr("Double-click an ID to rename it; the default (bold) is sent unless you pick "
                               "another in the toolbar."),
        page);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(hint);
    layout->addLayout(form);
    return page;
}

QWidget *EnvironmentEditor::createAdvancedSection()
{
    auto *page = new QWidget(this);
    m_trusted->setObjectName(QStringLiteral("trustedOrigins"));
    m_trusted->setAccessibleName(tr("Other origins that get the credentials"));
    m_trusted->setPlaceholderText(QStringLiteral("https://auth.example.com"));
    auto *hint
        = new QLabel(tr("The credentials (authentication, company ID and cookies) go only to the base URL's origin "
                        "and to these, separated by spaces; requests anywhere else go without them."),
            page);
    hint->setWordWrap(true);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Trusted origins:"), m_trusted);
    auto *certificates = new QFormLayout;
    certificates->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    certificates->addRow(tr("Client certificates\n(mutual TLS):"), m_certificates);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_insecure);
    layout->addLayout(certificates);
    return page;
}

void EnvironmentEditor::addCompanyId(const QString &id)
{
    auto *item = new QListWidgetItem(id, m_companies);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    if (!id.isEmpty())
        collect({});
}

void EnvironmentEditor::load(const Environment &environment)
{
    const bool loading = std::exchange(m_loading, true);
    if (m_name->text() != environment.name)
        m_name->setText(environment.name);
    m_kind->setCurrentIndex(environment.kind == EnvironmentKind::Production ? 1 : 0);
    if (m_baseUrl->text() != environment.baseUrl)
        m_baseUrl->setText(environment.baseUrl);
    {
        const QSignalBlocker blocker(m_companies);
        m_companies->clear();
        for (const QString &id : environment.companies.ids) {
            auto *item = new QListWidgetItem(id, m_companies);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
            item->setData(DefaultCompanyRole, id == environment.companies.selected);
            QFont font = item->font();
            font.setBold(id == environment.companies.selected);
            item->setFont(font);
        }
    }
    if (m_companyHeader->text() != environment.companies.header)
        m_companyHeader->setText(environment.companies.header);
    QList<HeaderField> variables;
    for (auto it = environment.variables.cbegin(); it != environment.variables.cend(); ++it)
        variables.append({it.key(), it.value(), true});
    m_variables->setPairs(variables);
    m_auth->setAuth(environment.auth, environment.preset);
    m_insecure->setChecked(environment.allowInsecureHttp);
    if (m_trusted->text().split(QLatin1Char(' '), Qt::SkipEmptyParts) != environment.trustedOrigins)
        m_trusted->setText(environment.trustedOrigins.join(QLatin1Char(' ')));
    m_certificates->setCertificates(environment.clientCertificates);
    m_loading = loading;
}

void EnvironmentEditor::collect(const QString &field)
{
    if (m_loading)
        return;
    Environment next = m_draft;
    next.name = m_name->text().trimmed();
    next.kind = m_kind->currentIndex() == 1 ? EnvironmentKind::Production : EnvironmentKind::Sandbox;
    next.baseUrl = m_baseUrl->text().trimmed();
    next.companies.ids.clear();
    next.companies.selected.clear();
    for (int row = 0; row < m_companies->count(); ++row) {
        const QString id = m_companies->item(row)->text().trimmed();
        if (id.isEmpty())
            continue;
        next.companies.ids.append(id);
        if (m_companies->item(row)->data(DefaultCompanyRole).toBool())
            next.companies.selected = id;
    }
    if (next.companies.selected.isEmpty() && !next.companies.ids.isEmpty())
        next.companies.selected = next.companies.ids.first(); // the first is the default until one is chosen
    next.companies.header = m_companyHeader->text().trimmed();
    next.variables.clear();
    for (const HeaderField &pair : m_variables->pairs())
        next.variables.insert(pair.name, pair.value);
    next.auth = m_auth->auth();
    next.allowInsecureHttp = m_insecure->isChecked();
    next.trustedOrigins = m_trusted->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    next.clientCertificates = m_certificates->certificates();
    if (next != m_draft)
        m_undo->push(new EnvironmentEditCommand(this, m_draft, next, field));
    if (field.isEmpty())
        load(m_draft); // bold default, sorted variables
}

void EnvironmentEditor::apply(const Environment &environment)
{
    m_draft = environment;
    load(environment);
}

QString EnvironmentEditor::problem() const
{
    if (Status name = NameRules::checkEnvironmentName(m_draft.name); !name)
        return name.error();
    if (m_draft.name != m_saved.name && m_workspace.environment(m_draft.name))
        return tr("The workspace already has an environment called '%1'.").arg(m_draft.name);
    // The rules keyway-cli applies to the same values, in its words.
    if (Status url = NameRules::checkBaseUrl(m_draft.baseUrl); !url)
        return url.error();
    if (Status header = NameRules::checkHeaderName(m_draft.companies.header); !header)
        return header.error();
    for (const QString &id : m_draft.companies.ids) {
        if (Status company = NameRules::checkCompanyId(id); !company)
            return company.error();
    }
    for (auto it = m_draft.variables.cbegin(); it != m_draft.variables.cend(); ++it) {
        if (Status variable = NameRules::checkVariableName(it.key()); !variable)
            return variable.error();
    }
    // The same checks, in the same words, as loading the file.
    const auto parsed = ModelJson::environmentFromJson(ModelJson::toJson(m_draft), QString());
    return parsed ? QString() : parsed.error();
}

void EnvironmentEditor::offerDraft(const QString &problemText)
{
    if (!problemText.isEmpty())
        return; // an environment the file would refuse is not sent either
    Environment draft = m_draft;
    draft.name = m_saved.name; // keys and selection live under the saved name until a rename is saved
    Q_EMIT draftChanged(draft);
}

void EnvironmentEditor::refreshProblem()
{
    const QString text = problem();
    offerDraft(text);
    m_problem->setText(text.isEmpty()
            ? (isModified() ? tr("Unsaved changes \u2014 Ctrl+S writes them.") : QString())
            : tr("Cannot be saved yet: %1").arg(text));
    if (text.isEmpty())
        showAsNormal(m_problem);
    else
        showAsError(m_problem);
}

void EnvironmentEditor::refreshKeys()
{
    m_keys->setEnvironment(m_workspace.id, m_saved);
}

QTableWidget *EnvironmentEditor::keysTable() const
{
    return m_keys->table();
}

void EnvironmentEditor::setKey(const QString &slot)
{
    m_keys->setKey(slot);
}

void EnvironmentEditor::removeKey(const QString &slot)
{
    m_keys->removeKey(slot);
}

void EnvironmentEditor::revealKey(const QString &slot, int milliseconds)
{
    m_keys->revealKey(slot, milliseconds);
}

void EnvironmentEditor::keyStored(const QString &slot)
{
    if (!m_saved.hasSecretSlot(slot)) {
        // A new key is part of the file at once, so its value is never left without a name.
        Environment withSlot = m_saved;
        withSlot.addSecretSlot(slot);
        if (Status saved = WorkspaceStore::saveEnvironment(m_workspace, withSlot); !saved)
            return m_prompter.showError(this, tr("Key %1").arg(slot), saved.error());
        m_saved = withSlot;
        m_draft.addSecretSlot(slot);
    }
    refreshKeys();
    Q_EMIT keysChanged();
}

void EnvironmentEditor::keyRemoved(const QString &slot)
{
    Environment without = m_saved;
    without.removeSecretSlot(slot);
    if (Status saved = WorkspaceStore::saveEnvironment(m_workspace, without); !saved)
        return m_prompter.showError(this, tr("Remove %1").arg(slot), saved.error());
    m_saved = without;
    m_draft.removeSecretSlot(slot);
    refreshKeys();
    Q_EMIT keysChanged();
}

void EnvironmentEditor::save()
{
    if (const QString text = problem(); !text.isEmpty())
        return m_prompter.showError(this, tr("Save Environment"), text);
    if (!isModified() || m_saving)
        return;
    const QString oldName = m_saved.name;
    if (m_draft.name == oldName) {
        const Status saved = WorkspaceStore::saveEnvironment(m_workspace, m_draft);
        // Tokens made with the old sign-in settings are dropped: the next send asks with the new ones.
        if (SecretJob *drop = saved ? m_secrets.authChanged(m_workspace.id, m_saved, m_draft, this) : nullptr)
            drop->start();
        return finishSave(oldName, saved ? QString() : saved.error());
    }
    m_saving = true;
    auto *rename = new EnvironmentRename(m_secrets, m_history, m_workspace, oldName, m_draft, this);
    connect(rename, &EnvironmentRename::finished, this, [this, oldName](EnvironmentRename *done) {
        done->deleteLater();
        m_saving = false;
        finishSave(oldName, done->errorString());
    });
    rename->start();
}

void EnvironmentEditor::finishSave(const QString &oldName, const QString &error)
{
    if (!error.isEmpty())
        return m_prompter.showError(this, tr("Save Environment"), error);
    m_saved = m_draft;
    m_undo->setClean();
    refreshProblem();
    refreshKeys();
    Q_EMIT modifiedChanged(false);
    Q_EMIT titleChanged();
    Q_EMIT saved(oldName, m_saved.name);
}

void EnvironmentEditor::setWorkspace(const Workspace &workspace)
{
    m_workspace = workspace;
    const Environment *env = workspace.environment(m_saved.name);
    if (!env)
        return;
    if (isModified())
        return offerDraft(problem()); // the reloaded session gets the unsaved edits back
    if (*env == m_saved)
        return;
    m_saved = *env;
    m_draft = *env;
    load(m_draft);
    refreshKeys();
    refreshProblem();
}

} // namespace keyway::ui
