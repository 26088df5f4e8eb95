#include "environments/EnvironmentKeysSection.h"

#include "common/Prompter.h"
#include "keys/SecretClipboard.h"
#include "model/NameRules.h"
#include "session/KeyService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace keyway::ui {

EnvironmentKeysSection::EnvironmentKeysSection(KeyService &secrets, Prompter &prompter, QWidget *parent)
    : QWidget(parent)
    , m_secrets(secrets)
    , m_prompter(prompter)
    , m_keys(new QTableWidget(0, 2, this))
    , m_hideRevealed(new QTimer(this))
{
    m_keys->setObjectName(QStringLiteral("environmentKeys"));
    m_keys->setAccessibleName(tr("Keys of this environment"));
    m_keys->setHorizontalHeaderLabels({tr("Key"), tr("State")});
    m_keys->horizontalHeader()->setStretchLastSection(true);
    m_keys->setColumnWidth(0, 200);
    m_keys->verticalHeader()->hide();
    m_keys->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_keys->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_keys->setSelectionMode(QAbstractItemView::SingleSelection);
    m_keys->setMaximumHeight(m_keys->fontMetrics().height() * 8);
    m_hideRevealed->setSingleShot(true);
    connect(m_hideRevealed, &QTimer::timeout, this, &EnvironmentKeysSection::refresh);

    auto *add = new QPushButton(tr("Add Key\u2026"), this);
    auto *set = new QPushButton(tr("Set or Rotate\u2026"), this);
    set->setObjectName(QStringLiteral("setKey"));
    auto *remove = new QPushButton(tr("Remove\u2026"), this);
    const int revealMs = SecretClipboard::defaultClearAfter();
    auto *reveal = new QPushButton(tr("Reveal (%1 s)").arg(revealMs / 1000), this);
    reveal->setObjectName(QStringLiteral("revealKey"));
    connect(add, &QPushButton::clicked, this, &EnvironmentKeysSection::addKey);
    connect(set, &QPushButton::clicked, this, [this] {
        if (!selectedSlot().isEmpty())
            setKey(selectedSlot());
    });
    connect(reveal, &QPushButton::clicked, this, [this, revealMs] {
        if (!selectedSlot().isEmpty())
            revealKey(selectedSlot(), revealMs);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (!selectedSlot().isEmpty())
            removeKey(selectedSlot());
    });
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {add, set, reveal, remove}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    auto *hint = new QLabel(tr("Values live in the system keychain and are never shown here. Use them in "
                               "requests as {{secret.NAME}}."),
        this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(hint);
    layout->addWidget(m_keys);
    layout->addLayout(buttons);
}

void EnvironmentKeysSection::setEnvironment(const QString &workspaceId, const Environment &saved)
{
    m_workspaceId = workspaceId;
    m_saved = saved;
    refresh();
}

QString EnvironmentKeysSection::selectedSlot() const
{
    const QTableWidgetItem *item = m_keys->item(m_keys->currentRow(), 0);
    return item ? item->text() : QString();
}

void EnvironmentKeysSection::addKey()
{
    const QString slot
        = m_prompter.askText(this, tr("Add Key"), tr("Name of the key (used as {{secret.NAME}}):"), QString()).trimmed();
    if (slot.isEmpty())
        return;
    if (Status valid = NameRules::checkSecretName(slot); !valid)
        return m_prompter.showError(this, tr("Add Key"), valid.error());
    if (m_saved.hasSecretSlot(slot))
        return m_prompter.showError(this, tr("Add Key"), tr("%1 already has a key called '%2'.").arg(m_saved.name, slot));
    setKey(slot);
}

void EnvironmentKeysSection::refresh()
{
    m_keys->setRowCount(int(m_saved.secretSlots.size()));
    for (int row = 0; row < m_saved.secretSlots.size(); ++row) {
        const QString slot = m_saved.secretSlots.at(row);
        m_keys->setItem(row, 0, new QTableWidgetItem(slot));
        m_keys->setItem(row, 1, new QTableWidgetItem(tr("checking\u2026")));
        // Only whether it is there: the value is read and dropped, never shown.
        SecretJob *job = m_secrets.read({m_workspaceId, m_saved.name, slot}, this);
        connect(job, &SecretJob::finished, this, [this, slot](SecretJob *done) {
            const auto found = m_keys->findItems(slot, Qt::MatchExactly);
            if (found.isEmpty() || found.first()->column() != 0)
                return;
            const QString state = done->succeeded()             ? tr("in keychain")
                : done->result() == SecretJob::Result::NotFound ? tr("missing \u2014 Set\u2026 stores it")
                                                                : done->errorString();
            m_keys->item(found.first()->row(), 1)->setText(state);
        });
        job->start();
    }
}

void EnvironmentKeysSection::revealKey(const QString &slot, int milliseconds)
{
    SecretJob *job = m_secrets.read({m_workspaceId, m_saved.name, slot}, this);
    connect(job, &SecretJob::finished, this, [this, slot, milliseconds](SecretJob *done) {
        const auto found = m_keys->findItems(slot, Qt::MatchExactly);
        if (!done->succeeded() || found.isEmpty())
            return refresh();
        // Shown on request only, and only for a while: then the state is back in its place.
        m_keys->item(found.first()->row(), 1)->setText(done->value());
        m_hideRevealed->start(milliseconds);
    });
    job->start();
}

void EnvironmentKeysSection::setKey(const QString &slot)
{
    const QString value = m_prompter
                              .askSecret(this, tr("Key %1").arg(slot),
                                  tr("Value of %1 for %2; it goes straight into the system keychain:").arg(slot, m_saved.name))
                              .trimmed();
    if (value.isEmpty())
        return;
    const SecretKey key {m_workspaceId, m_saved.name, slot};
    SecretJob *job = m_secrets.write(key, value, this);
    connect(job, &SecretJob::finished, this, [this, key](SecretJob *done) {
        if (!done->succeeded())
            return m_prompter.showError(this, tr("Key %1").arg(key.slot), done->errorString());
        Q_EMIT slotStored(key.slot);
    });
    job->start();
}

void EnvironmentKeysSection::removeKey(const QString &slot)
{
    if (!m_prompter.confirm(this, tr("Remove %1?").arg(slot),
            tr("The value of %1 is deleted from the keychain and cannot be brought back; requests that use "
               "{{secret.%1}} will ask for it.")
                .arg(slot),
            tr("Remove Key")))
        return;
    const SecretKey key {m_workspaceId, m_saved.name, slot};
    SecretJob *job = m_secrets.remove(key, this);
    connect(job, &SecretJob::finished, this, [this, key](SecretJob *done) {
        if (!done->succeeded() && done->result() != SecretJob::Result::NotFound)
            return m_prompter.showError(this, tr("Remove %1").arg(key.slot), done->errorString());
        Q_EMIT slotRemoved(key.slot);
    });
    job->start();
}

} // namespace keyway::ui
