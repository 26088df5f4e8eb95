#include "KeyManagerDialog.h"

#include "model/KeyPrefixRules.h"
#include "model/SecretMask.h"
#include "presets/KeyVerifier.h"
#include "Prompter.h"
#include "SecretClipboard.h"
#include "secrets/SecretBatchRead.h"
#include "secrets/SecretStore.h"
#include "storage/WorkspaceStore.h"

#include <memory>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace keyway::ui {

KeyTableModel::KeyTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void KeyTableModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const KeyTableModel::Row *KeyTableModel::row(int index) const
{
    return index >= 0 && index < m_rows.size() ? &m_rows.at(index) : nullptr;
}

int KeyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KeyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeyTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
        return {};
    const Row &row = m_rows.at(index.row());
    switch (index.column()) {
    case EnvironmentColumn:
        return row.environment;
    case KindColumn:
        return row.kind;
    case SecretColumn:
        return row.slot;
    case ValueColumn:
        return row.masked;
    default:
        return row.note;
    }
}

QVariant KeyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EnvironmentColumn:
        return tr("Environment");
    case KindColumn:
        return tr("Kind");
    case SecretColumn:
        return tr("Secret");
    case ValueColumn:
        return tr("Value");
    default:
        return tr("Note");
    }
}

KeyManagerDialog::KeyManagerDialog(Workspace workspace, SecretStore &secrets, QNetworkAccessManager &network,
    Prompter &prompter, QWidget *parent)
    : QDialog(parent)
    , m_workspace(std::move(workspace))
    , m_secrets(secrets)
    , m_network(network)
    , m_prompter(prompter)
    , m_model(new KeyTableModel(this))
    , m_view(new QTableView(this))
    , m_result(new QLabel(this))
    , m_storageWarning(new QLabel(this))
    , m_clipboard(new SecretClipboard(this))
{
    setWindowTitle(tr("Keys \u2014 %1").arg(m_workspace.name));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_result->setObjectName(QStringLiteral("verifyResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_storageWarning->setObjectName(QStringLiteral("storageWarning"));
    m_storageWarning->setWordWrap(true);
    m_storageWarning->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_storageWarning->hide();
    auto *buttons = new QHBoxLayout;
    const auto add = [&](const QString &text, void (KeyManagerDialog::*action)()) {
        auto *button = new QPushButton(text, this);
        connect(button, &QPushButton::clicked, this, action);
        buttons->addWidget(button);
    };
    add(tr("&Rotate\u2026"), &KeyManagerDialog::rotateSelected);
    add(tr("&Delete"), &KeyManagerDialog::deleteSelected);
    add(tr("&Copy (30 s)"), &KeyManagerDialog::copySelected);
    add(tr("&Verify"), &KeyManagerDialog::verifySelected);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_storageWarning);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_result);
    resize(720, 420);
    reload();
}

void KeyManagerDialog::showStorageStatus(const SecureStorageStatus &status)
{
    // Still checking counts as fine: the probe answers within a second and the keys say the rest.
    const bool broken = !status.usable() && status.state != SecureStorageStatus::State::Checking;
    m_storageWarning->setText(
        broken ? status.summary() + QLatin1Char('\n') + status.explanation() : QString());
    m_storageWarning->setVisible(broken);
}

KeyManagerDialog::~KeyManagerDialog()
{
    for (auto &slots : m_values) {
        for (QString &value : slots)
            value.fill(QLatin1Char('\0'));
    }
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
    if (*pending == 0) {
        m_model->setRows({});
        Q_EMIT reloaded();
        return;
    }
    for (const Environment &env : std::as_const(m_workspace.environments)) {
        auto *batch = new SecretBatchRead(m_secrets, m_workspace.id, env.name, env.secretSlots, this);
        connect(batch, &SecretBatchRead::finished, this,
            [this, env, rows, pending, keepEnvironment, keepSlot](SecretBatchRead *done) {
                done->deleteLater();
                m_values.insert(env.name, done->values());
                const QStringList misplaced = KeyPrefixRules::builtIn().misplacedSecrets(env, done->values());
                for (const QString &slot : env.secretSlots) {
                    const bool stored = done->values().contains(slot);
                    QString note = !done->succeeded() ? done->errorString()
                        : stored                      ? QString()
                                                      : tr("not set in the keychain");
                    if (misplaced.contains(slot))
                        note = tr("this key belongs to the other kind of environment");
                    rows->append({env.name, environmentKindName(env.kind), slot,
                        stored ? SecretMask::mask(done->values().value(slot)) : QStringLiteral("\u2014"),
                        note});
                }
                if (--*pending == 0) {
                    m_model->setRows(*rows);
                    for (int index = 0; index < rows->size(); ++index) {
                        if (rows->at(index).environment == keepEnvironment
                            && rows->at(index).slot == keepSlot)
                            m_view->setCurrentIndex(
                                m_model->index(index, 0)); // the selection survives a reload
                    }
                    Q_EMIT reloaded();
                }
            });
        batch->start();
    }
}

const KeyTableModel::Row *KeyManagerDialog::selected() const
{
    return m_model->row(m_view->currentIndex().row());
}

void KeyManagerDialog::rotateSelected()
{
    const KeyTableModel::Row *row = selected();
    if (!row)
        return;
    const QString value = m_prompter.askSecret(this, tr("Rotate Key"),
        tr("New value for %1 in %2 (the old one is removed from the keychain):")
            .arg(row->slot, row->environment));
    if (value.isEmpty())
        return;
    // Writing under the same key replaces the old value in the keychain: nothing of it is kept.
    SecretJob *job = m_secrets.write({m_workspace.id, row->environment, row->slot}, value, this);
    connect(job, &SecretJob::finished, this, [this](SecretJob *done) {
        if (!done->succeeded())
            m_prompter.showError(this, tr("Rotate Key"), done->errorString());
        reload();
    });
    job->start();
}

void KeyManagerDialog::deleteSelected()
{
    const KeyTableModel::Row *row = selected();
    if (!row)
        return;
    const KeyTableModel::Row target = *row;
    if (!m_prompter.confirm(this, tr("Delete Key"),
            tr("Delete %1 of %2 from the keychain? This cannot be undone.")
                .arg(target.slot, target.environment),
            tr("Delete Key")))
        return;
    SecretJob *job = m_secrets.remove({m_workspace.id, target.environment, target.slot}, this);
    connect(job, &SecretJob::finished, this, [this, target](SecretJob *done) {
        if (!done->succeeded() && done->result() != SecretJob::Result::NotFound)
            return m_prompter.showError(this, tr("Delete Key"), done->errorString());
        if (Environment *env = m_workspace.environment(target.environment)) {
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

void KeyManagerDialog::verifySelected()
{
    const KeyTableModel::Row *row = selected();
    const Environment *env = row ? m_workspace.environment(row->environment) : nullptr;
    if (!env)
        return;
    auto *verifier = new KeyVerifier(m_secrets, m_network, m_workspace.id, *env, this);
    m_result->setText(tr("Verifying %1\u2026").arg(env->name));
    connect(verifier, &KeyVerifier::finished, this, [this](KeyVerifier *done) {
        done->deleteLater();
        m_result->setText(done->summary());
        Q_EMIT verified();
    });
    verifier->start();
}

} // namespace keyway::ui
