#pragma once

#include "keys/KeyTableModel.h"
#include "model/Workspace.h"
#include "secrets/KeyMetadataStore.h"
#include "secrets/SecureStorageStatus.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QNetworkAccessManager;
class QSpinBox;
class QTableView;
class QTimer;

namespace keyway {
class KeyService;
class SecretBatchRead;
class SecretStore;
class TokenBrokers;
} // namespace keyway

namespace keyway::ui {

class Prompter;
class SecretClipboard;

// The key manager: every credential of the workspace with its dates; add, rotate, delete, copy
// (cleared after 30 s) and verify. Values are read from the keychain only to mask and to copy.
class KeyManagerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyManagerDialog)

public:
    KeyManagerDialog(Workspace workspace, KeyService &secrets, QNetworkAccessManager &network,
        TokenBrokers &brokers, Prompter &prompter, QWidget *parent = nullptr);
    ~KeyManagerDialog() override;

    KeyTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    SecretClipboard *clipboard() const { return m_clipboard; }
    QString verifyResult() const;
    QSpinBox *rotationReminder() const { return m_reminderDays; }
    void setRotationReminderDays(int days);

    // When the keychain cannot be used, say so and what to do above the table.
    void showStorageStatus(const SecureStorageStatus &status);
    QLabel *storageWarning() const { return m_storageWarning; }
    QLabel *metadataWarning() const { return m_metadataWarning; }

    void reload();
    void addKey();
    void rotateSelected();
    void deleteSelected();
    void copySelected();
    // Shows the selected value in clear for `milliseconds` (30 s by default), then masks it again.
    void revealSelected(int milliseconds = 30'000);
    void verifySelected();
    void verifyEnvironment(const QString &environment);

Q_SIGNALS:
    void reloaded();
    void verified();
    void rotationReminderDaysChanged(int days);

private:
    const KeyTableModel::Row *selected() const;
    QList<KeyTableModel::Row> rowsFor(const Environment &env, const SecretBatchRead &read);
    void fillDates(KeyTableModel::Row &row, const Environment &env);
    void showDetails();
    void showRows(
        const QList<KeyTableModel::Row> &rows, const QString &keepEnvironment, const QString &keepSlot);
    void storeKey(const QString &environment, const QString &slot, const QString &value, bool isNew);

    Workspace m_workspace;
    KeyService &m_secrets; // every key write keeps its dates and drops dependent tokens
    QNetworkAccessManager &m_network;
    TokenBrokers &m_brokers;
    Prompter &m_prompter;
    KeyTableModel *m_model;
    QTableView *m_view;
    QLabel *m_result;
    QLabel *m_details; // provider and company IDs of the chosen key
    QLabel *m_storageWarning;
    QLabel *m_metadataWarning;
    QSpinBox *m_reminderDays;
    SecretClipboard *m_clipboard;
    QTimer *m_hideTimer;
    QHash<QString, QHash<QString, QString>> m_values; // environment → slot → value, for copy
    QHash<QString, KeyMetadata> m_dates; // by SecretKey::storageKey()
};

} // namespace keyway::ui
