#pragma once

#include "workspace/WorkspaceFileCommand.h"

#include <optional>

namespace keyway::ui {

// Undoable changes to the saved requests of a workspace: each replaces one request file with
// another (or with nothing), and back.
class RequestFileCommand final : public WorkspaceFileCommand
{
public:
    RequestFileCommand(const QString &text, Workspace workspace, std::optional<RequestSpec> before,
        std::optional<RequestSpec> after, Callback onChange, ErrorCallback onError);

    void redo() override;
    void undo() override;

private:
    void replace(const std::optional<RequestSpec> &from, const std::optional<RequestSpec> &to);

    std::optional<RequestSpec> m_before;
    std::optional<RequestSpec> m_after;
};

} // namespace keyway::ui
