#include "environments/NewEnvironmentWizard.h"

#include "common/ErrorText.h"
#include "model/KeyPrefixRules.h"
#include "model/NameRules.h"
#include "presets/KeyVerifier.h"
#include "secrets/SecretBatchWrite.h"
#include "secrets/SecretStore.h"
#include "storage/WorkspaceStore.h"
#include "session/KeyService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace keyway::ui {

// The last page: reports the storing and verifying as it happens; Finish waits for it.
class ResultPage final : public QWizardPage
{
public:
    explicit ResultPage(QWidget *parent)
        : QWizardPage(parent)
        , m_text(new QLabel(this))
    {
        m_text->setObjectName(QStringLiteral("wizardResult"));
        m_text->setWordWrap(true);
        m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_text, 1);
    }
    QLabel *text() const { return m_text; }
    bool isComplete() const override { return m_complete; }
    void setComplete(bool complete)
    {
        m_complete = complete;
        Q_EMIT completeChanged();
    }

private:
    QLabel *m_text;
    bool m_complete = false;
};

namespace {

bool isUnverified(const QJsonObject &provider)
{
    const QString verification = provider.value(QStringLiteral("verification")).toString();
    return verification == QLatin1String("retracted-by-vendor")
        || verification == QLatin1String("vendor-docs-inconsistent");
}

QHash<QString, QString> texts(const QHash<QString, QLineEdit *> &edits)
{
    QHash<QString, QString> result;
    for (auto it = edits.cbegin(); it != edits.cend(); ++it)
        result.insert(it.key(), it.value()->text());
    return result;
}

void clearForm(QFormLayout *form)
{
    while (form->rowCount() > 0)
        form->removeRow(0);
}

} // namespace

NewEnvironmentWizard::NewEnvironmentWizard(Workspace workspace, KeyService &secrets,
    QNetworkAccessManager &network, TokenBrokers &brokers, const PresetCatalog &catalog, QWidget *parent)
    : QWizard(parent)
    , m_workspace(std::move(workspace))
    , m_secrets(secrets)
    , m_network(network)
    , m_brokers(brokers)
    , m_providers(new QListWidget(this))
    , m_providerNote(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_baseUrl(new QLineEdit(this))
    , m_option(new QComboBox(this))
    , m_fieldsForm(nullptr)
    , m_scopes(new QTableWidget(this))
    , m_secretsForm(nullptr)
    , m_showSecrets(new QCheckBox(tr("&Show the values"), this))
    , m_secretWarning(new QLabel(this))
    , m_verify(new QCheckBox(tr("&Verify the keys when they are stored"), this))
    , m_resultPage(new ResultPage(this))
{
    setWindowTitle(tr("New Environment"));
    setOption(QWizard::NoBackButtonOnLastPage, false);
    // Small marks, and an empty one of the same size for the others, so the names line up.
    const int mark = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_providers->setIconSize(QSize(mark, mark));
    QPixmap blank(mark, mark);
    blank.fill(Qt::transparent);
    for (const QJsonValue &provider : catalog.providers()) {
        if (auto setup = PresetSetup::fromPreset(provider.toObject())) {
            m_setups.append(setup.value());
            const bool unverified = isUnverified(provider.toObject());
            auto *item = new QListWidgetItem(
                unverified ? tr("%1 \u2014 unverified").arg(setup->providerName()) : setup->providerName(),
                m_providers);
            item->setIcon(unverified ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon(blank));
            item->setToolTip(provider.toObject().value(QStringLiteral("verificationNote")).toString());
        }
    }
    setPage(ProviderPageId, createProviderPage());
    setPage(EnvironmentPageId, createEnvironmentPage());
    setPage(DetailsPageId, createDetailsPage());
    setPage(SecretsPageId, createSecretsPage());
    m_resultPage->setTitle(tr("Storing the environment"));
    setPage(ResultPageId, m_resultPage);
    resize(640, 520);
}

NewEnvironmentWizard::~NewEnvironmentWizard()
{
    for (QLineEdit *edit : std::as_const(m_secretEdits))
        edit->clear();
}

QString NewEnvironmentWizard::resultText() const
{
    return m_resultPage->text()->text();
}

QWizardPage *NewEnvironmentWizard::withErrorLine(QWizardPage *page, int id, QLayout *layout)
{
    auto *error = new QLabel(page);
    error->setObjectName(QStringLiteral("pageError"));
    error->setWordWrap(true);
    showAsError(error);
    auto *outer = new QVBoxLayout(page);
    outer->addLayout(layout, 1);
    outer->addWidget(error);
    m_errors.insert(id, error);
    return page;
}

QWizardPage *NewEnvironmentWizard::createProviderPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Which API?"));
    page->setSubTitle(tr("A preset fills in the addresses, the way to authenticate and how to check a key."));
    m_providers->setObjectName(QStringLiteral("providerList"));
    m_providers->setAccessibleName(tr("Provider presets"));
    m_providerNote->setWordWrap(true);
    connect(m_providers, &QListWidget::currentRowChanged, this, &NewEnvironmentWizard::selectProvider);
    connect(m_providers, &QListWidget::itemDoubleClicked, this, &QWizard::next);
    auto *layout = new QVBoxLayout;
    layout->addWidget(m_providers, 1);
    layout->addWidget(m_providerNote);
    if (!m_setups.isEmpty())
        m_providers->setCurrentRow(0);
    return withErrorLine(page, ProviderPageId, layout);
}

QWizardPage *NewEnvironmentWizard::createEnvironmentPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Sandbox or production"));
    page->setSubTitle(tr("Production environments show a red banner and ask before anything that writes."));
    m_kind->addItem(tr("Sandbox"), environmentKindName(EnvironmentKind::Sandbox));
    m_kind->addItem(tr("Production"), environmentKindName(EnvironmentKind::Production));
    m_name->setObjectName(QStringLiteral("environmentName"));
    m_baseUrl->setObjectName(QStringLiteral("baseUrl"));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://api.example.com/v1"));
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        fillBaseUrl();
        if (!m_name->isModified())
            m_name->setText(
                freeEnvironmentName(environmentKindFromName(m_kind->currentData().toString()).value()));
    });
    connect(m_baseUrl, &QLineEdit::textEdited, this, [this] { m_baseUrlEdited = true; });
    // A storefront set-up talks to the store's own domain: its base URL follows the choice.
    connect(m_option, &QComboBox::currentIndexChanged, this, &NewEnvironmentWizard::fillBaseUrl);
    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Base URL:"), m_baseUrl);
    form->addRow(tr("&Authentication:"), m_option);
    return withErrorLine(page, EnvironmentPageId, form);
}

QWizardPage *NewEnvironmentWizard::createDetailsPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Details"));
    page->setSubTitle(tr("What the API needs besides the keys. Everything here can be changed later in the "
                         "environment's editor."));
    m_fieldsForm = new QFormLayout;
    m_fieldsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_scopes->setObjectName(QStringLiteral("scopeTable"));
    m_scopes->setAccessibleName(tr("Scopes to ask for"));
    m_scopes->setColumnCount(2);
    m_scopes->setHorizontalHeaderLabels({tr("Scope"), tr("What it allows")});
    m_scopes->horizontalHeader()->setStretchLastSection(true);
    m_scopes->verticalHeader()->hide();
    m_scopes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *layout = new QVBoxLayout;
    layout->addLayout(m_fieldsForm);
    layout->addWidget(m_scopes, 1);
    m_detailsStretch = new QWidget(page); // takes the room when there is no scope table
    layout->addWidget(m_detailsStretch, 1);
    return withErrorLine(page, DetailsPageId, layout);
}

QWizardPage *NewEnvironmentWizard::createSecretsPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Keys"));
    page->setSubTitle(
        tr("Type or paste them here: they go straight into the system keychain, never into a file."));
    m_secretsForm = new QFormLayout;
    m_secretWarning->setObjectName(QStringLiteral("secretWarning"));
    m_secretWarning->setWordWrap(true);
    showAsError(m_secretWarning);
    connect(m_showSecrets, &QCheckBox::toggled, this, [this](bool show) {
        for (QLineEdit *edit : std::as_const(m_secretEdits))
            edit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    auto *layout = new QVBoxLayout;
    layout->addLayout(m_secretsForm);
    layout->addWidget(m_showSecrets);
    layout->addWidget(m_secretWarning);
    layout->addStretch();
    layout->addWidget(m_verify);
    return withErrorLine(page, SecretsPageId, layout);
}

void NewEnvironmentWizard::selectProvider()
{
    const int row = m_providers->currentRow();
    if (row < 0 || row >= m_setups.size())
        return;
    m_setup = m_setups.at(row);
    m_providerNote->setText(m_providers->currentItem()->toolTip());
    m_option->clear();
    for (const PresetSetup::Option &option : m_setup->options())
        m_option->addItem(option.label, option.id);
    m_baseUrlEdited = false;
}

void NewEnvironmentWizard::fillBaseUrl()
{
    if (!m_setup || m_baseUrlEdited)
        return;
    m_baseUrl->setText(m_setup->baseUrl(
        environmentKindFromName(m_kind->currentData().toString()).value(), m_option->currentData().toString()));
}

QString NewEnvironmentWizard::freeEnvironmentName(EnvironmentKind kind) const
{
    const QString base = m_workspace.environments.isEmpty()
        ? environmentKindName(kind)
        : QStringLiteral("%1-%2").arg(
            m_setup ? m_setup->providerId() : QStringLiteral("api"), environmentKindName(kind));
    QString name = base;
    for (int number = 2; m_workspace.environment(name); ++number)
        name = QStringLiteral("%1-%2").arg(base).arg(number);
    return name;
}

void NewEnvironmentWizard::initializePage(int id)
{
    showError({});
    if (id == EnvironmentPageId) {
        fillBaseUrl();
        if (m_name->text().isEmpty() || !m_name->isModified())
            m_name->setText(
                freeEnvironmentName(environmentKindFromName(m_kind->currentData().toString()).value()));
    } else if (id == DetailsPageId) {
        const QHash<QString, QString> earlier = texts(m_fieldEdits); // kept when the user comes back
        clearForm(m_fieldsForm);
        m_fieldEdits.clear();
        const PresetSetup::Option *option = chosenOption();
        for (const PresetSetup::Field &field : option->fields) {
            auto *edit = new QLineEdit(page(DetailsPageId));
            edit->setObjectName(QStringLiteral("field_") + field.id);
            edit->setAccessibleName(field.label);
            const QString example = field.isList() && !field.example.isEmpty()
                ? tr("%1, \u2026").arg(field.example)
                : field.example;
            edit->setPlaceholderText(field.optional ? tr("optional") : example);
            edit->setText(earlier.value(field.id));
            m_fieldsForm->addRow(field.label + QLatin1Char(':'), edit);
            if (field.isList()) {
                auto *hint = new QLabel(field.into == QLatin1String("companies.ids")
                        ? tr("Several? Separate them with commas; the first is sent unless you pick another.")
                        : tr("Several? Separate them with spaces or commas."),
                    page(DetailsPageId));
                hint->setWordWrap(true);
                hint->setForegroundRole(QPalette::PlaceholderText);
                m_fieldsForm->addRow(QString(), hint);
            }
            m_fieldEdits.insert(field.id, edit);
        }
        if (option->fields.isEmpty())
            m_fieldsForm->addRow(new QLabel(tr("Nothing else is needed for this way of authenticating.")));
        m_scopes->setRowCount(int(option->scopes.size()));
        for (int row = 0; row < option->scopes.size(); ++row) {
            const PresetSetup::Scope &scope = option->scopes.at(row);
            auto *name = new QTableWidgetItem(scope.name);
            name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            name->setCheckState(scope.byDefault ? Qt::Checked : Qt::Unchecked);
            m_scopes->setItem(row, 0, name);
            m_scopes->setItem(row, 1, new QTableWidgetItem(scope.description));
        }
        m_scopes->resizeColumnToContents(0);
        m_scopes->setVisible(!option->scopes.isEmpty());
        m_detailsStretch->setVisible(option->scopes.isEmpty());
    } else if (id == SecretsPageId) {
        const QHash<QString, QString> earlier = texts(m_secretEdits);
        clearForm(m_secretsForm);
        m_secretEdits.clear();
        for (const PresetSetup::Secret &secret : chosenOption()->secrets) {
            auto *edit = new QLineEdit(page(SecretsPageId));
            edit->setObjectName(QStringLiteral("secret_") + secret.slot);
            edit->setEchoMode(m_showSecrets->isChecked() ? QLineEdit::Normal : QLineEdit::Password);
            edit->setPlaceholderText(secret.optional ? tr("optional") : QString());
            edit->setText(earlier.value(secret.slot));
            connect(edit, &QLineEdit::textChanged, this, &NewEnvironmentWizard::checkSecretPrefixes);
            m_secretsForm->addRow(secret.label + QLatin1Char(':'), edit);
            m_secretEdits.insert(secret.slot, edit);
        }
        m_verify->setChecked(chosenOption()->scopes.isEmpty());
        m_verify->setEnabled(chosenOption()->scopes.isEmpty()); // sign-in flows are checked by signing in
        checkSecretPrefixes();
    } else if (id == ResultPageId) {
        store();
    }
}

bool NewEnvironmentWizard::validateCurrentPage()
{
    showError({});
    switch (currentId()) {
    case ProviderPageId:
        if (!m_setup)
            showError(tr("Choose the API this environment talks to."));
        return m_setup.has_value();
    case EnvironmentPageId:
        if (m_workspace.environment(m_name->text().trimmed())) {
            showError(
                tr("The workspace already has an environment called '%1'.").arg(m_name->text().trimmed()));
            return false;
        }
        if (const Status name = NameRules::checkEnvironmentName(m_name->text().trimmed()); !name) {
            showError(name.error());
            return false;
        }
        if (const Status url = NameRules::checkBaseUrl(m_baseUrl->text().trimmed()); !url) {
            showError(url.error());
            return false;
        }
        return true;
    case DetailsPageId: {
        auto built = m_setup->build(answers());
        if (!built)
            showError(built.error());
        else
            m_environment = built.value();
        return built.ok();
    }
    case SecretsPageId:
        for (const PresetSetup::Secret &secret : chosenOption()->secrets) {
            if (!secret.optional && m_secretEdits.value(secret.slot)->text().trimmed().isEmpty()) {
                showError(tr("%1 is required.").arg(secret.label));
                return false;
            }
        }
        m_environment = m_setup->build(answers()).value(); // the optional secrets given decide the slots
        return true;
    default:
        return !m_working;
    }
}

void NewEnvironmentWizard::checkSecretPrefixes()
{
    if (!m_environment)
        return;
    Environment env = *m_environment;
    const QHash<QString, QString> typed = typedSecrets();
    for (auto it = typed.cbegin(); it != typed.cend(); ++it)
        env.addSecretSlot(it.key());
    // Named as the form names them ("API key"), not by their keychain slot ("api_key").
    QStringList misplaced;
    for (const QString &slot : KeyPrefixRules::builtIn().misplacedSecrets(env, typed)) {
        const auto &secrets = chosenOption()->secrets;
        const auto secret = std::find_if(secrets.cbegin(), secrets.cend(),
            [&slot](const PresetSetup::Secret &candidate) { return candidate.slot == slot; });
        misplaced.append(secret == secrets.cend() ? slot : secret->label);
    }
    m_secretWarning->setText(misplaced.isEmpty()
            ? QString()
            : tr("The %1 looks like a key for the other kind of environment (%2 is %3). Check you pasted the "
                 "right one.")
                  .arg(misplaced.join(QStringLiteral(", ")), env.name, environmentKindName(env.kind)));
}

void NewEnvironmentWizard::showError(const QString &message)
{
    if (QLabel *label = m_errors.value(currentId()))
        label->setText(message);
}

const PresetSetup::Option *NewEnvironmentWizard::chosenOption() const
{
    return m_setup ? m_setup->option(m_option->currentData().toString()) : nullptr;
}

PresetSetup::Answers NewEnvironmentWizard::answers() const
{
    PresetSetup::Answers answers;
    answers.name = m_name->text().trimmed();
    answers.kind = environmentKindFromName(m_kind->currentData().toString()).value();
    answers.baseUrl = m_baseUrl->text();
    answers.optionId = m_option->currentData().toString();
    for (auto it = m_fieldEdits.cbegin(); it != m_fieldEdits.cend(); ++it)
        answers.fields.insert(it.key(), it.value()->text());
    for (int row = 0; row < m_scopes->rowCount(); ++row) {
        if (m_scopes->item(row, 0)->checkState() == Qt::Checked)
            answers.scopes.append(m_scopes->item(row, 0)->text());
    }
    const QHash<QString, QString> typed = typedSecrets();
    answers.givenSecrets = typed.keys();
    return answers;
}

QHash<QString, QString> NewEnvironmentWizard::typedSecrets() const
{
    QHash<QString, QString> typed;
    for (auto it = m_secretEdits.cbegin(); it != m_secretEdits.cend(); ++it) {
        // Pasted keys often carry a line break or spaces at either end; they are never part of a key.
        const QString value = it.value()->text().trimmed();
        if (!value.isEmpty())
            typed.insert(it.key(), value);
    }
    return typed;
}

void NewEnvironmentWizard::store()
{
    m_working = true;
    m_resultPage->setComplete(false);
    m_resultPage->text()->clear();
    appendResult(tr("Storing the keys of %1 in the keychain\u2026").arg(m_environment->name));
    auto *batch = new SecretBatchWrite(m_secrets, m_workspace.id, m_environment->name, typedSecrets(), this);
    connect(batch, &SecretBatchWrite::finished, this, [this](SecretBatchWrite *done) {
        done->deleteLater();
        if (!done->succeeded())
            return fail(done->errorString());
        m_storedSlots = done->writtenSlots();
        saveEnvironment();
    });
    batch->start();
}

void NewEnvironmentWizard::saveEnvironment()
{
    if (Status saved = WorkspaceStore::saveEnvironment(m_workspace, *m_environment); !saved)
        return fail(tr("The environment file could not be written: %1").arg(saved.error()));
    m_workspace.environments.append(*m_environment);
    m_created = m_environment->name;
    for (QLineEdit *edit : std::as_const(m_secretEdits))
        edit->clear(); // stored: no copy stays in the window
    appendResult(tr("Created %1 (%2) with %n key(s) in the keychain.", nullptr, int(m_storedSlots.size()))
                     .arg(m_created, environmentKindName(m_environment->kind)));
    // It exists now: going back or cancelling would suggest it could be undone.
    setOption(QWizard::DisabledBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    if (m_verify->isChecked())
        verify();
    else
        finishWork({});
}

void NewEnvironmentWizard::verify()
{
    appendResult(tr("Verifying\u2026"));
    m_verifier = new KeyVerifier(m_secrets, m_network, m_brokers, m_workspace.id, *m_environment, this);
    connect(m_verifier, &KeyVerifier::finished, this, [this](KeyVerifier *done) {
        done->deleteLater();
        if (done->result() == KeyVerifier::Result::Verified) // the key manager shows it as verified now
            (void)m_secrets.recordVerified(m_workspace.id, m_environment->name, m_storedSlots);
        finishWork(done->summary());
    });
    m_verifier->start();
}

void NewEnvironmentWizard::fail(const QString &message)
{
    // Nothing half-made stays behind: keys of an environment that was not written are removed.
    for (const QString &slot : std::as_const(m_storedSlots))
        m_secrets.remove({m_workspace.id, m_environment->name, slot})->start();
    m_storedSlots.clear();
    finishWork(message + QLatin1Char('\n') + tr("Nothing was created. Go back to try again."));
}

void NewEnvironmentWizard::finishWork(const QString &line)
{
    if (!line.isEmpty())
        appendResult(line);
    m_working = false;
    m_resultPage->setComplete(!m_created.isEmpty());
    Q_EMIT workDone();
}

void NewEnvironmentWizard::appendResult(const QString &line)
{
    QLabel *text = m_resultPage->text();
    text->setText(text->text().isEmpty() ? line : text->text() + QLatin1Char('\n') + line);
}

} // namespace keyway::ui
