#pragma once

#include "core/Expected.h"
#include "model/Workspace.h"

#include <functional>
#include <QUndoCommand>

namespace keyway::ui {

// An undoable step that changes files of a workspace (a request, a folder, an environment).
// After every step `onChange` reloads the workspace; `onError` reports a file-system refusal.
class WorkspaceFileCommand : public QUndoCommand
{
public:
    using Callback = std::function<void()>;
    using ErrorCallback = std::function<void(const QString &)>;

protected:
    WorkspaceFileCommand(const QString &text, Workspace workspace, Callback onChange, ErrorCallback onError)
        : QUndoCommand(text)
        , m_workspace(std::move(workspace))
        , m_onChange(std::move(onChange))
        , m_onError(std::move(onError))
    {
    }

    const Workspace &workspace() const { return m_workspace; }

    // Ends a step that stands or falls with one write: a refusal changed nothing, so it is
    // reported and the stack drops the step; otherwise the workspace reloads.
    void finish(const Status &done)
    {
        if (!done) {
            m_onError(done.error());
            setObsolete(true);
            return;
        }
        m_onChange();
    }

    // Reports a refusal that does not undo the step (a leftover file, a failed restore).
    void report(const Status &done)
    {
        if (!done)
            m_onError(done.error());
    }

    void reload() { m_onChange(); }

private:
    Workspace m_workspace;
    Callback m_onChange;
    ErrorCallback m_onError;
};

} // namespace keyway::ui
