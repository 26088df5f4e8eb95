#include "workspace/RequestCommands.h"

#include "storage/WorkspaceStore.h"

namespace keyway::ui {

RequestFileCommand::RequestFileCommand(const QString &text, Workspace workspace,
    std::optional<RequestSpec> before, std::optional<RequestSpec> after, Callback onChange,
    ErrorCallback onError)
    : QUndoCommand(text)
    , m_workspace(std::move(workspace))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_onChange(std::move(onChange))
    , m_onError(std::move(onError))
{
}

void RequestFileCommand::redo()
{
    replace(m_before, m_after);
}

void RequestFileCommand::undo()
{
    replace(m_after, m_before);
}

void RequestFileCommand::replace(const std::optional<RequestSpec> &from, const std::optional<RequestSpec> &to)
{
    // Write the new file before removing the old one, so a failure never loses the request.
    if (to) {
        if (Status saved = WorkspaceStore::saveRequest(m_workspace, *to); !saved) {
            m_onError(saved.error());
            setObsolete(true); // nothing changed: the stack drops this step
            return;
        }
    }
    const bool sameFile = from && to && from->name == to->name && from->collection == to->collection;
    if (from && !sameFile) {
        if (Status removed = WorkspaceStore::removeRequest(m_workspace, *from); !removed)
            m_onError(removed.error());
    }
    m_onChange();
}

} // namespace keyway::ui
