#pragma once

#include "model/Workspace.h"

#include <functional>
#include <optional>
#include <QCoreApplication>
#include <QUndoCommand>

namespace keyway::ui {

// Undoable changes to the saved requests of a workspace: each replaces one request file with
// another (or with nothing), and back. `onChange` reloads the workspace after every step;
// `onError` reports a file-system refusal.
class RequestFileCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RequestFileCommand)

public:
    using Callback = std::function<void()>;
    using ErrorCallback = std::function<void(const QString &)>;

    RequestFileCommand(const QString &text, Workspace workspace, std::optional<RequestSpec> before,
        std::optional<RequestSpec> after, Callback onChange, ErrorCallback onError);

    void redo() override;
    void undo() override;

private:
    void replace(const std::optional<RequestSpec> &from, const std::optional<RequestSpec> &to);

    Workspace m_workspace;
    std::optional<RequestSpec> m_before;
    std::optional<RequestSpec> m_after;
    Callback m_onChange;
    ErrorCallback m_onError;
};

} // namespace keyway::ui
