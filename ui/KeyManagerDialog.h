#pragma once

#include "model/Workspace.h"
#include "secrets/SecureStorageStatus.h"

#include <QAbstractTableModel>
#include <QDialog>
#include <QHash>

class QLabel;
class QNetworkAccessManager;
class QTableView;

namespace keyway {
class SecretStore;
}

namespace keyway::ui {

class Prompter;
class SecretClipboard;

// Every secret of the workspace, per environment: masked value, kind, and a warning when a key
// belongs to the other kind of environment.
class KeyTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyTableModel)

public:
    enum Column { EnvironmentColumn, KindColumn, SecretColumn, ValueColumn, NoteColumn, ColumnCount };
    struct Row
    {
        QString environment;
        QString kind;
        QString slot;
        QString masked;
        QString note;
    };

    explicit KeyTableModel(QObject *parent = nullptr);
    void setRows(QList<Row> rows);
    const Row *row(int index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};

// The key manager: see, rotate, delete, copy (cleared after 30 s) and verify the keys in the keychain.
class KeyManagerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyManagerDialog)

public:
    KeyManagerDialog(Workspace workspace, SecretStore &secrets, QNetworkAccessManager &network,
        Prompter &prompter, QWidget *parent = nullptr);
    ~KeyManagerDialog() override;

    KeyTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    SecretClipboard *clipboard() const { return m_clipboard; }
    QString verifyResult() const;

    // When the keychain cannot be used, say so and what to do above the table.
    void showStorageStatus(const SecureStorageStatus &status);
    QLabel *storageWarning() const { return m_storageWarning; }

    void reload();
    void rotateSelected();
    void deleteSelected();
    void copySelected();
    void verifySelected();

Q_SIGNALS:
    void reloaded();
    void verified();

private:
    const KeyTableModel::Row *selected() const;

    Workspace m_workspace;
    SecretStore &m_secrets;
    QNetworkAccessManager &m_network;
    Prompter &m_prompter;
    KeyTableModel *m_model;
    QTableView *m_view;
    QLabel *m_result;
    QLabel *m_storageWarning;
    SecretClipboard *m_clipboard;
    QHash<QString, QHash<QString, QString>> m_values; // environment → slot → value, for copy
};

} // namespace keyway::ui
