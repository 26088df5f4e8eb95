#pragma once

#include "model/Workspace.h"

#include <optional>
#include <QObject>

class QModelIndex;
class QUndoStack;
class QWidget;

namespace keyway::ui {

class Prompter;

// The saved requests of the open workspace as files: save, rename, duplicate and delete, each on
// the undo stack. It reports what changed so the window can reload the tree and follow with its tabs.
class RequestFiles final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestFiles)

public:
    RequestFiles(const Workspace &workspace, QUndoStack &undo, Prompter &prompter, QWidget *window);

    // Saves under the request's name, asking for "folder/name" when it has none; the saved request,
    // or nothing when the user gave up or the save failed (and was reported).
    std::optional<RequestSpec> save(RequestSpec request);
    void rename(const RequestSpec &request);
    void duplicate(const RequestSpec &request);
    void remove(const RequestSpec &request);
    // Moves the request into `folder` ("" for the top); refused when the name is taken there.
    void moveRequest(const RequestSpec &request, const QString &folder);
    // Moves the request one place up (-1) or down (+1) in its folder's saved order — the order runs
    // take — numbering the folder's requests as they then stand; one undo step.
    void moveInOrder(const RequestSpec &request, int step);
    // Whether it can move that way (not the first going up, not the last going down).
    bool canMoveInOrder(const RequestSpec &request, int step) const;

    // Request folders, each step undoable: a new (empty) folder in `parent`, a rename, and a move
    // into another folder with everything in it.
    void newFolder(const QString &parent);
    void renameFolder(const QString &path);
    void moveFolder(const QString &path, const QString &toParent);

    // The saved request a tree row stands for.
    std::optional<RequestSpec> requestAt(const QModelIndex &index) const;
    const Workspace &workspace() const { return m_workspace; }

Q_SIGNALS:
    void changed(); // files on disk changed: reload the workspace
    void renamed(const RequestSpec &from, const RequestSpec &to);
    void removed(const RequestSpec &request);
    void folderMoved(const QString &from, const QString &to);
    void status(const QString &message, int timeoutMs);

private:
    bool apply(const QString &text, std::optional<RequestSpec> before, std::optional<RequestSpec> after);
    bool isTaken(const QString &collection, const QString &name) const;
    bool applyFolder(const QString &text, const QString &from, const QString &to);
    QList<RequestSpec> siblingsOf(const RequestSpec &request) const;

    const Workspace &m_workspace;
    QUndoStack &m_undo;
    Prompter &m_prompter;
    QWidget *m_window;
};

} // namespace keyway::ui
