#pragma once

#include "model/Workspace.h"

#include <QObject>

class QUndoStack;
class QWidget;

namespace keyway {
class KeyService;
class SecretStore;
}

namespace keyway::ui {

class Prompter;

// Deleting an environment from the tree: asked first, then whether its keys go too. Kept keys make
// it undoable (Undo writes the file back and the keys are still there); removed keys cannot come
// back, so that deletion is final and says so.
class EnvironmentFiles final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentFiles)

public:
    EnvironmentFiles(const Workspace &workspace, KeyService &secrets, QUndoStack &undo, Prompter &prompter,
        QWidget *window);

    void remove(const QString &environment);

Q_SIGNALS:
    void changed();
    void removed(const QString &environment);
    void status(const QString &message, int timeoutMs);

private:
    void removeKeys(const Environment &environment);

    const Workspace &m_workspace;
    KeyService &m_secrets; // every key write keeps its dates and drops dependent tokens
    QUndoStack &m_undo;
    Prompter &m_prompter;
    QWidget *m_window;
};

} // namespace keyway::ui
