#pragma once

#include "model/Environment.h"

#include <QWidget>

class QTableWidget;
class QTimer;

namespace keyway {
class KeyService;
}

namespace keyway::ui {

class Prompter;

// The Keys section of an environment's editor: its secret slots and whether each has a value in the
// keychain (never the value, unless Reveal asks for it for a while); Add Key…, Set or Rotate…,
// Reveal and Remove… write the keychain. The file's list of slots is the editor's: it hears
// `slotStored` (a slot that is new must be added) and `slotRemoved`.
class EnvironmentKeysSection final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentKeysSection)

public:
    EnvironmentKeysSection(KeyService &secrets, Prompter &prompter, QWidget *parent = nullptr);

    // The environment as saved (its name holds the keys) in the workspace `workspaceId`.
    void setEnvironment(const QString &workspaceId, const Environment &saved);
    QTableWidget *table() const { return m_keys; }

    // Asks for the value (Set… / Rotate…) and stores it in the keychain under `slot`.
    void setKey(const QString &slot);
    void removeKey(const QString &slot);
    // Shows the value in the table for `milliseconds`, then hides it again.
    void revealKey(const QString &slot, int milliseconds);
    // Reads again which slots have a value.
    void refresh();

Q_SIGNALS:
    void slotStored(const QString &slot);
    void slotRemoved(const QString &slot);

private:
    void addKey();
    QString selectedSlot() const;

    KeyService &m_secrets;
    Prompter &m_prompter;
    QString m_workspaceId;
    Environment m_saved;
    QTableWidget *m_keys;
    QTimer *m_hideRevealed;
};

} // namespace keyway::ui
