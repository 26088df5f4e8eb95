#include "keys/KeyManagerDialog.h"

#include "auth/TokenBroker.h"
#include "auth/TokenSet.h"
#include "common/ErrorText.h"
#include "common/Prompter.h"
#include "keys/SecretClipboard.h"
#include "model/KeyPrefixRules.h"
#include "model/NameRules.h"
#include "model/SecretMask.h"
#include "presets/KeyVerifier.h"
#include "presets/PresetCatalog.h"
#include "secrets/SecretBatchRead.h"
#include "secrets/SecretStore.h"
#include "storage/WorkspaceStore.h"
#include "session/KeyService.h"

#include <functional>
#include <memory>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace keyway::ui {

namespace {

QString credentialType(const Environment &env, const QString &slot)
{
    if (env.auth.kind == AuthKind::SignedJwt && slot == env.auth.signingKeySlot)
        return KeyManagerDialog::tr("JWT signing key");
    if (slot == AuthSetting::clientSecretSlot())
        return KeyManagerDialog::tr("Client secret");
    if (env.auth.kind == AuthKind::TokenExchange)
        return KeyManagerDialog::tr("API key (exchanged for a token)");
    return KeyManagerDialog::tr("API key");
}

QString providerName(const Environment &env)
{
    const QJsonObject preset = PresetCatalog::builtIn().provider(env.preset);
    return preset.isEmpty() ? env.preset : preset.value(QStringLiteral("name")).toString(env.preset);
}

QLabel *warningLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    showAsError(label);
    label->hide();
    return label;
}

} // namespace

KeyManagerDialog::KeyManagerDialog(Workspace workspace, KeyService &secrets, QNetworkAccessManager &network,
    TokenBrokers &brokers, Prompter &prompter, QWidget *parent)
    : QDialog(parent)
    , m_workspace(std::move(workspace))
    , m_secrets(secrets)
    , m_network(network)
    , m_brokers(brokers)
    , m_prompter(prompter)
    , m_model(new KeyTableModel(this))
    , m_view(new QTableView(this))
    , m_result(new QLabel(this))
    , m_details(new QLabel(this))
    , m_storageWarning(warningLabel(QStringLiteral("storageWarning"), this))
    , m_metadataWarning(warningLabel(QStringLiteral("metadataWarning"), this))
    , m_reminderDays(new QSpinBox(this))
    , m_clipboard(new SecretClipboard(this))
    , m_hideTimer(new QTimer(this))
{
    m_hideTimer->setSingleShot(true);
    connect(m_hideTimer, &QTimer::timeout, m_model, &KeyTableModel::hideRevealed);
    setWindowTitle(tr("Keys \u2014 %1").arg(m_workspace.name));
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Keys of this workspace"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    // Every column fits at the dialog's size: short ones take what they need, the note the rest;
    // provider and company IDs of the chosen key are spelled out under the table instead.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(KeyTableModel::NoteColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->hideColumn(KeyTableModel::ProviderColumn);
    m_view->hideColumn(KeyTableModel::CompaniesColumn);
    m_view->setWordWrap(false); // one line per key; the full note is in its tooltip
    m_details->setObjectName(QStringLiteral("keyDetails"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setObjectName(QStringLiteral("verifyResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reminderDays->setRange(1, 3650);
    m_reminderDays->setValue(90);
    m_reminderDays->setSuffix(tr(" days"));
    connect(m_reminderDays, &QSpinBox::valueChanged, this, [this](int days) {
        Q_EMIT rotationReminderDaysChanged(days);
        reload();
    });
    auto *buttons = new QHBoxLayout;
    const auto add = [&](const QString &text, const std::function<void()> &action) {
        auto *button = new QPushButton(text, this);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, action);
        buttons->addWidget(button);
    };
    add(tr("&Add\u2026"), [this] { addKey(); });
    add(tr("&Rotate\u2026"), [this] { rotateSelected(); });
    add(tr("&Delete"), [this] { deleteSelected(); });
    add(tr("&Copy (%1 s)").arg(SecretClipboard::defaultClearAfter() / 1000), [this] { copySelected(); });
    add(tr("R&eveal (%1 s)").arg(SecretClipboard::defaultClearAfter() / 1000), [this] { revealSelected(); });
    add(tr("&Verify"), [this] { verifySelected(); });
    // The usual keys work on the table too: Delete asks first, Copy is the 30-second copy.
    connect(new QShortcut(QKeySequence::Delete, m_view), &QShortcut::activated, this,
        &KeyManagerDialog::deleteSelected);
    connect(new QShortcut(QKeySequence::Copy, m_view), &QShortcut::activated, this,
        &KeyManagerDialog::copySelected);
    buttons->addStretch();
    auto *reminderLabel = new QLabel(tr("Remind me to rotate keys &older than"), this);
    reminderLabel->setBuddy(m_reminderDays);
    buttons->addWidget(reminderLabel);
    buttons->addWidget(m_reminderDays);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_storageWarning);
    layout->addWidget(m_metadataWarning);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);
    layout->addLayout(buttons);
    layout->addWidget(m_result);
    resize(1100, 460);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &KeyManagerDialog::showDetails);
    reload();
}

KeyManagerDialog::~KeyManagerDialog()
{
    for (auto &slots : m_values) {
        for (QString &value : slots)
            value.fill(QLatin1Char('\0'));
    }
}

void KeyManagerDialog::showStorageStatus(const SecureStorageStatus &status)
{
    // Still checking counts as fine: the probe answers within a second and the keys say the rest.
    const bool broken = !status.usable() && status.state != SecureStorageStatus::State::Checking;
    m_storageWarning->setText(
        broken ? status.summary() + QLatin1Char('\n') + status.explanation() : QString());
    m_storageWarning->setVisible(broken);
}

void KeyManagerDialog::setRotationReminderDays(int days)
{
    m_reminderDays->setValue(days);
}

QString KeyManagerDialog::verifyResult() const
{
    return m_result->text();
}

void KeyManagerDialog::reload()
{
    const KeyTableModel::Row *current = selected();
    const QString keepEnvironment = current ? current->environment : QString();
    const QString keepSlot = current ? current->slot : QString();
    auto rows = std::make_shared<QList<KeyTableModel::Row>>();
    auto pending = std::make_shared<int>(int(m_workspace.environments.size()));
    m_values.clear();
    m_metadataWarning->hide();
    // The dates of every key, read once for the whole table.
    auto dates = m_secrets.dates().all();
    m_dates = dates ? dates.value() : QHash<QString, KeyMetadata>();
    if (!dates) {
        m_metadataWarning->setText(tr("Key dates are not shown: %1").arg(dates.error()));
        m_metadataWarning->show();
    }
    if (*pending == 0)
        return showRows({}, {}, {});
    for (const Environment &env : std::as_const(m_workspace.environments)) {
        QStringList slots = env.secretSlots;
        if (env.auth.usesTokens())
            slots.append(TokenBroker::tokenKey(m_workspace.id, env.name).slot);
        auto *batch = new SecretBatchRead(m_secrets, m_workspace.id, env.name, slots, this);
        connect(batch, &SecretBatchRead::finished, this,
            [this, env, rows, pending, keepEnvironment, keepSlot](SecretBatchRead *done) {
                done->deleteLater();
                rows->append(rowsFor(env, *done));
                if (--*pending == 0)
                    showRows(*rows, keepEnvironment, keepSlot);
            });
        batch->start();
    }
}

QList<KeyTableModel::Row> KeyManagerDialog::rowsFor(const Environment &env, const SecretBatchRead &read)
{
    QHash<QString, QString> &values = m_values[env.name];
    values = read.values();
    const QStringList misplaced = KeyPrefixRules::builtIn().misplacedSecrets(env, values);
    QList<KeyTableModel::Row> rows;
    KeyTableModel::Row common;
    common.environment = env.name;
    common.kind = environmentKindName(env.kind);
    common.provider = providerName(env);
    common.companies = env.companies.ids.join(QStringLiteral(", "));
    for (const QString &slot : env.secretSlots) {
        KeyTableModel::Row row = common;
        const bool stored = values.contains(slot);
        row.slot = slot;
        row.type = credentialType(env, slot);
        row.masked = stored ? SecretMask::mask(values.value(slot)) : QStringLiteral("\u2014");
        fillDates(row, env);
        row.note = !read.succeeded()   ? read.errorString()
            : misplaced.contains(slot) ? tr("this key belongs to the other kind of environment")
            : !stored                  ? tr("not set in the keychain")
            : row.rotationDue ? tr("older than %n day(s): rotate it", nullptr, m_reminderDays->value())
                              : QString();
        rows.append(row);
    }
    const QString tokenSlot = TokenBroker::tokenKey(m_workspace.id, env.name).slot;
    if (const auto tokens = TokenSet::fromJson(values.value(tokenSlot).toUtf8())) {
        KeyTableModel::Row row = common;
        row.slot = tokenSlot;
        row.type = tr("OAuth tokens");
        row.isTokens = true;
        row.masked = SecretMask::mask(tokens->accessToken);
        fillDates(row, env);
        row.rotationDue = false;
        row.note = tokens->expiresAt.isValid()
            ? tr("access token expires %1")
                  .arg(QLocale().toString(tokens->expiresAt.toLocalTime(), QLocale::ShortFormat))
            : QString();
        values.insert(tokenSlot, tokens->accessToken); // Copy gives the access token, not the JSON
        rows.append(row);
    }
    return rows;
}

void KeyManagerDialog::fillDates(KeyTableModel::Row &row, const Environment &env)
{
    const auto found = m_dates.constFind(SecretKey {m_workspace.id, env.name, row.slot}.storageKey());
    if (found == m_dates.cend())
        return;
    const KeyMetadata *metadata = &found.value();
    row.created = metadata->created;
    row.lastUsed = metadata->lastUsed;
    row.lastVerified = metadata->lastVerified;
    if (metadata->valueSince().isValid()) {
        row.ageDays = int(metadata->valueSince().daysTo(QDateTime::currentDateTimeUtc()));
        row.rotationDue = row.ageDays >= m_reminderDays->value();
    }
}

void KeyManagerDialog::showRows(
    const QList<KeyTableModel::Row> &rows, const QString &keepEnvironment, const QString &keepSlot)
{
    m_model->setRows(rows);
    for (int index = 0; index < rows.size(); ++index) {
        if (rows.at(index).environment == keepEnvironment && rows.at(index).slot == keepSlot)
            m_view->setCurrentIndex(m_model->index(index, 0)); // the selection survives a reload
    }
    m_view->resizeColumnsToContents();
    Q_EMIT reloaded();
}

const KeyTableModel::Row *KeyManagerDialog::selected() const
{
    return m_model->row(m_view->currentIndex().row());
}

void KeyManagerDialog::addKey()
{
    const KeyTableModel::Row *row = selected();
    const QString environment = row          ? row->environment
        : m_workspace.environments.isEmpty() ? QString()
                                             : m_workspace.environments.first().name;
    if (environment.isEmpty())
        return m_prompter.showError(this, tr("Add Key"),
            tr("The workspace has no environment yet. Create one with Keys \u2192 New Environment."));
    const QString slot
        = m_prompter
              .askText(this, tr("Add Key"),
                  tr("Name of the new secret in %1 (use it as {{secret.name}}):").arg(environment),
                  QStringLiteral("api_key"))
              .trimmed();
    if (slot.isEmpty())
        return;
    if (const Status rule = NameRules::checkSecretName(slot); !rule)
        return m_prompter.showError(this, tr("Add Key"), rule.error());
    if (m_workspace.environment(environment)->hasSecretSlot(slot))
        return m_prompter.showError(this, tr("Add Key"),
            tr("%1 already has a secret called %2; use Rotate to change its value.").arg(environment, slot));
    const QString value
        = m_prompter.askSecret(this, tr("Add Key"), tr("Value of %1 in %2:").arg(slot, environment));
    if (value.trimmed().isEmpty())
        return;
    storeKey(environment, slot, value.trimmed(), true);
}

void KeyManagerDialog::rotateSelected()
{
    const KeyTableModel::Row *row = selected();
    if (!row)
        return;
    if (row->isTokens)
        return m_prompter.showError(this, tr("Rotate Key"),
            tr("OAuth tokens are renewed by signing in again (Sign In in the toolbar), not by hand."));
    const QString value = m_prompter.askSecret(this, tr("Rotate Key"),
        tr("New value for %1 in %2 (the old one is removed from the keychain):")
            .arg(row->slot, row->environment));
    if (value.trimmed().isEmpty())
        return;
    storeKey(row->environment, row->slot, value.trimmed(), false);
}

void KeyManagerDialog::storeKey(
    const QString &environment, const QString &slot, const QString &value, bool isNew)
{
    const QString title = isNew ? tr("Add Key") : tr("Rotate Key");
    // Writing under the same key replaces the old value in the keychain: nothing of it is kept.
    SecretJob *job = m_secrets.write({m_workspace.id, environment, slot}, value, this);
    connect(job, &SecretJob::finished, this, [this, environment, slot, isNew, title](SecretJob *done) {
        if (!done->succeeded()) {
            m_prompter.showError(this, title, done->errorString());
            return reload();
        }
        if (isNew) {
            Environment *env = m_workspace.environment(environment);
            env->addSecretSlot(slot);
            if (Status saved = WorkspaceStore::saveEnvironment(m_workspace, *env); !saved)
                m_prompter.showError(this, title, saved.error());
        }
        reload();
        if (m_prompter.confirm(this, tr("Verify Key"),
                tr("Check the new value of %1 with the API now?").arg(slot), tr("Verify")))
            verifyEnvironment(environment);
    });
    job->start();
}

void KeyManagerDialog::deleteSelected()
{
    const KeyTableModel::Row *row = selected();
    if (!row)
        return;
    const KeyTableModel::Row target = *row;
    const QString question = target.isTokens
        ? tr("Sign out of %1? Its OAuth tokens are removed from the keychain.").arg(target.environment)
        : tr("Delete %1 of %2 from the keychain? This cannot be undone.")
              .arg(target.slot, target.environment);
    if (!m_prompter.confirm(this, tr("Delete Key"), question, tr("Delete Key")))
        return;
    SecretJob *job = m_secrets.remove({m_workspace.id, target.environment, target.slot}, this);
    connect(job, &SecretJob::finished, this, [this, target](SecretJob *done) {
        if (!done->succeeded() && done->result() != SecretJob::Result::NotFound)
            return m_prompter.showError(this, tr("Delete Key"), done->errorString());
        if (Environment *env = m_workspace.environment(target.environment); env && !target.isTokens) {
            env->removeSecretSlot(target.slot);
            if (Status saved = WorkspaceStore::saveEnvironment(m_workspace, *env); !saved)
                m_prompter.showError(this, tr("Delete Key"), saved.error());
        }
        reload();
    });
    job->start();
}

void KeyManagerDialog::copySelected()
{
    const KeyTableModel::Row *row = selected();
    if (!row)
        return;
    const QString value = m_values.value(row->environment).value(row->slot);
    if (!value.isEmpty())
        m_clipboard->copy(value);
}

void KeyManagerDialog::revealSelected(int milliseconds)
{
    const KeyTableModel::Row *row = selected();
    if (!row)
        return;
    const QString value = m_values.value(row->environment).value(row->slot);
    if (value.isEmpty())
        return;
    m_model->reveal(m_view->currentIndex().row(), value);
    m_hideTimer->start(milliseconds);
}

void KeyManagerDialog::verifySelected()
{
    if (const KeyTableModel::Row *row = selected())
        verifyEnvironment(row->environment);
}

void KeyManagerDialog::verifyEnvironment(const QString &environment)
{
    const Environment *env = m_workspace.environment(environment);
    if (!env)
        return;
    auto *verifier = new KeyVerifier(m_secrets, m_network, m_brokers, m_workspace.id, *env, this);
    m_result->setText(tr("Verifying %1\u2026").arg(env->name));
    connect(verifier, &KeyVerifier::finished, this, [this, environment](KeyVerifier *done) {
        done->deleteLater();
        m_result->setText(done->summary());
        if (done->result() == KeyVerifier::Result::Verified) {
            (void)m_secrets.recordVerified(
                m_workspace.id, environment, m_workspace.environment(environment)->secretSlots);
            reload();
        }
        Q_EMIT verified();
    });
    verifier->start();
}

void KeyManagerDialog::showDetails()
{
    const KeyTableModel::Row *row = m_model->row(m_view->currentIndex().row());
    if (!row) {
        m_details->clear();
        return;
    }
    QStringList parts {tr("%1 (%2)").arg(row->environment, row->kind)};
    if (!row->provider.isEmpty())
        parts << tr("Provider: %1").arg(row->provider);
    if (!row->companies.isEmpty())
        parts << tr("Company IDs: %1").arg(row->companies);
    m_details->setText(parts.join(QStringLiteral(" \u00b7 ")));
}

} // namespace keyway::ui
