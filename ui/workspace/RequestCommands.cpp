#include "workspace/RequestCommands.h"

#include "storage/WorkspaceStore.h"

namespace keyway::ui {

RequestFileCommand::RequestFileCommand(const QString &text, Workspace workspace,
    std::optional<RequestSpec> before, std::optional<RequestSpec> after, Callback onChange,
    ErrorCallback onError)
    : WorkspaceFileCommand(text, std::move(workspace), std::move(onChange), std::move(onError))
    , m_before(std::move(before))
    , m_after(std::move(after))
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
        if (Status saved = WorkspaceStore::saveRequest(workspace(), *to); !saved)
            return finish(saved);
    }
    const bool sameFile = from && to && from->name == to->name && from->collection == to->collection;
    if (from && !sameFile)
        report(WorkspaceStore::removeRequest(workspace(), *from));
    reload();
}

} // namespace keyway::ui
