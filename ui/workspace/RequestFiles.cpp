#include "workspace/RequestFiles.h"

#include "common/Prompter.h"
#include "model/NameRules.h"
#include "storage/WorkspaceStore.h"
#include "workspace/RequestCommands.h"
#include "workspace/WorkspaceTreeModel.h"

#include <QUndoStack>
#include <QWidget>

namespace keyway::ui {

RequestFiles::RequestFiles(const Workspace &workspace, QUndoStack &undo, Prompter &prompter, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_undo(undo)
    , m_prompter(prompter)
    , m_window(window)
{
}

bool RequestFiles::isTaken(const QString &collection, const QString &name) const
{
    return std::any_of(m_workspace.requests.cbegin(), m_workspace.requests.cend(),
        [&](const RequestSpec &other) { return other.name == name && other.collection == collection; });
}

bool RequestFiles::apply(
    const QString &text, std::optional<RequestSpec> before, std::optional<RequestSpec> after)
{
    const int count = m_undo.count();
    // Copied: the command outlives this call and reloads from disk on every step.
    m_undo.push(new RequestFileCommand(
        text, m_workspace, std::move(before), std::move(after), [this] { Q_EMIT changed(); },
        [this](const QString &error) { m_prompter.showError(m_window, tr("Requests"), error); }));
    return m_undo.count() > count;
}

std::optional<RequestSpec> RequestFiles::save(RequestSpec request)
{
    if (request.name.isEmpty()) {
        // "folder/name" saves into a collection folder.
        const QString path = m_prompter.askText(
            m_window, tr("Save Request"), tr("Request name (folder/name for a collection):"), QString());
        if (path.trimmed().isEmpty())
            return std::nullopt;
        const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
        request.collection = slash < 0 ? QString() : path.left(slash).trimmed();
        request.name = path.mid(slash + 1).trimmed();
    }
    if (Status valid = NameRules::checkRequestName(request.name); !valid) {
        m_prompter.showError(m_window, tr("Save Request"), valid.error());
        return std::nullopt;
    }
    std::optional<RequestSpec> previous;
    for (const RequestSpec &existing : m_workspace.requests) {
        if (existing.name == request.name && existing.collection == request.collection)
            previous = existing;
    }
    // Saving goes on the undo stack too: Undo brings back the previous version (or removes a new request).
    if (!apply(tr("Save \u201c%1\u201d").arg(request.name), previous, request))
        return std::nullopt; // the save failed and was reported
    return request;
}

void RequestFiles::rename(const RequestSpec &request)
{
    const QString name = m_prompter.askText(m_window, tr("Rename Request"), tr("New name:"), request.name);
    if (name.isEmpty() || name == request.name)
        return;
    if (Status valid = NameRules::checkRequestName(name); !valid)
        return m_prompter.showError(m_window, tr("Rename Request"), valid.error());
    if (isTaken(request.collection, name))
        return m_prompter.showError(
            m_window, tr("Rename Request"), tr("A request named '%1' already exists there.").arg(name));
    RequestSpec moved = request;
    moved.name = name;
    if (apply(tr("Rename \u201c%1\u201d").arg(request.name), request, moved))
        Q_EMIT renamed(request, moved);
}

void RequestFiles::duplicate(const RequestSpec &request)
{
    RequestSpec copy = request;
    for (int n = 1;; ++n) {
        copy.name = n == 1 ? tr("%1 copy").arg(request.name) : tr("%1 copy %2").arg(request.name).arg(n);
        if (!isTaken(copy.collection, copy.name))
            break;
    }
    apply(tr("Duplicate \u201c%1\u201d").arg(request.name), std::nullopt, copy);
}

void RequestFiles::remove(const RequestSpec &request)
{
    // No question asked: Undo brings it back.
    if (!apply(tr("Delete \u201c%1\u201d").arg(request.name), request, std::nullopt))
        return;
    Q_EMIT removed(request);
    Q_EMIT status(tr("Deleted \u201c%1\u201d \u2014 Ctrl+Z restores it").arg(request.name), 8000);
}

void RequestFiles::moveRequest(const RequestSpec &request, const QString &folder)
{
    if (request.collection == folder)
        return;
    if (isTaken(folder, request.name))
        return m_prompter.showError(m_window, tr("Move Request"),
            tr("'%1' already has a request named '%2'.")
                .arg(folder.isEmpty() ? tr("Requests") : folder, request.name));
    RequestSpec moved = request;
    moved.collection = folder;
    if (apply(tr("Move \u201c%1\u201d").arg(request.name), request, moved))
        Q_EMIT renamed(request, moved);
}

QList<RequestSpec> RequestFiles::siblingsOf(const RequestSpec &request) const
{
    QList<RequestSpec> siblings; // in the workspace's order, which is the saved one
    for (const RequestSpec &other : m_workspace.requests) {
        if (other.collection == request.collection)
            siblings.append(other);
    }
    return siblings;
}

bool RequestFiles::canMoveInOrder(const RequestSpec &request, int step) const
{
    const QList<RequestSpec> siblings = siblingsOf(request);
    const auto at = std::find_if(siblings.cbegin(), siblings.cend(),
        [&](const RequestSpec &other) { return other.name == request.name; });
    const qsizetype target = (at - siblings.cbegin()) + step;
    return at != siblings.cend() && target >= 0 && target < siblings.size();
}

void RequestFiles::moveInOrder(const RequestSpec &request, int step)
{
    if (!canMoveInOrder(request, step))
        return;
    QList<RequestSpec> siblings = siblingsOf(request);
    const qsizetype at = std::find_if(siblings.cbegin(), siblings.cend(),
                             [&](const RequestSpec &other) { return other.name == request.name; })
        - siblings.cbegin();
    siblings.swapItemsAt(at, at + step);
    const QString text = step < 0 ? tr("Move \u201c%1\u201d Up").arg(request.name) : tr("Move \u201c%1\u201d Down").arg(request.name);
    m_undo.beginMacro(text);
    for (qsizetype index = 0; index < siblings.size(); ++index) {
        if (siblings.at(index).sequence == index + 1)
            continue;
        RequestSpec numbered = siblings.at(index);
        numbered.sequence = int(index + 1);
        apply(text, siblings.at(index), numbered); // inside a macro: a failure shows, the rest goes on
    }
    m_undo.endMacro();
}

namespace {

// Creates, renames or moves a request folder on disk; Undo does the reverse. `from` empty: a new
// folder, which Undo removes again (it is still empty, or Undo is refused with the reason).
class FolderCommand final : public WorkspaceFileCommand
{
public:
    FolderCommand(const QString &text, Workspace workspace, QString from, QString to, Callback onChange,
        ErrorCallback onError)
        : WorkspaceFileCommand(text, std::move(workspace), std::move(onChange), std::move(onError))
        , m_from(std::move(from))
        , m_to(std::move(to))
    {
    }
    void redo() override { step(m_from, m_to); }
    void undo() override { step(m_to, m_from); }

private:
    void step(const QString &from, const QString &to)
    {
        finish(from.isEmpty() ? WorkspaceStore::createFolder(workspace(), to)
                : to.isEmpty() ? WorkspaceStore::removeEmptyFolder(workspace(), from)
                               : WorkspaceStore::moveFolder(workspace(), from, to));
    }

    QString m_from;
    QString m_to;
};

QString joined(const QString &parent, const QString &name)
{
    return parent.isEmpty() ? name : parent + QLatin1Char('/') + name;
}

} // namespace

bool RequestFiles::applyFolder(const QString &text, const QString &from, const QString &to)
{
    const int count = m_undo.count();
    m_undo.push(new FolderCommand(
        text, m_workspace, from, to, [this] { Q_EMIT changed(); },
        [this](const QString &error) { m_prompter.showError(m_window, tr("Folders"), error); }));
    if (m_undo.count() == count)
        return false;
    if (!from.isEmpty())
        Q_EMIT folderMoved(from, to);
    return true;
}

void RequestFiles::newFolder(const QString &parent)
{
    const QString name
        = m_prompter.askText(m_window, tr("New Folder"), tr("Folder name:"), QString()).trimmed();
    if (name.isEmpty())
        return;
    if (Status valid = NameRules::checkFolderPath(name); !valid || name.contains(QLatin1Char('/')))
        return m_prompter.showError(
            m_window, tr("New Folder"), valid ? tr("A folder name cannot contain '/'.") : valid.error());
    applyFolder(tr("New folder \u201c%1\u201d").arg(name), QString(), joined(parent, name));
}

void RequestFiles::renameFolder(const QString &path)
{
    const QString oldName = path.section(QLatin1Char('/'), -1);
    const QString name
        = m_prompter.askText(m_window, tr("Rename Folder"), tr("New name:"), oldName).trimmed();
    if (name.isEmpty() || name == oldName)
        return;
    if (Status valid = NameRules::checkFolderPath(name); !valid || name.contains(QLatin1Char('/')))
        return m_prompter.showError(
            m_window, tr("Rename Folder"), valid ? tr("A folder name cannot contain '/'.") : valid.error());
    const QString parent
        = path.contains(QLatin1Char('/')) ? path.section(QLatin1Char('/'), 0, -2) : QString();
    applyFolder(tr("Rename folder \u201c%1\u201d").arg(oldName), path, joined(parent, name));
}

void RequestFiles::moveFolder(const QString &path, const QString &toParent)
{
    applyFolder(tr("Move folder \u201c%1\u201d").arg(path.section(QLatin1Char('/'), -1)), path,
        joined(toParent, path.section(QLatin1Char('/'), -1)));
}

std::optional<RequestSpec> RequestFiles::requestAt(const QModelIndex &index) const
{
    const auto kind = WorkspaceTreeModel::NodeKind(index.data(WorkspaceTreeModel::NodeKindRole).toInt());
    if (!index.isValid() || kind != WorkspaceTreeModel::NodeKind::Request)
        return std::nullopt;
    const QString name = index.siblingAtColumn(WorkspaceTreeModel::NameColumn).data().toString();
    QStringList folders;
    for (QModelIndex parent = index.parent(); parent.isValid() && parent.parent().isValid();
         parent = parent.parent())
        folders.prepend(parent.siblingAtColumn(WorkspaceTreeModel::NameColumn).data().toString());
    for (const RequestSpec &request : m_workspace.requests) {
        if (request.name == name && request.collection == folders.join(QLatin1Char('/')))
            return request;
    }
    return std::nullopt;
}

} // namespace keyway::ui
