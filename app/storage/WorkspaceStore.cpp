#include "storage/WorkspaceStore.h"

#include "checks/Capture.h"
#include "checks/Check.h"
#include "core/AppPaths.h"
#include "model/NameRules.h"
#include "storage/JsonFields.h"
#include "storage/JsonFile.h"
#include "storage/ModelJson.h"

#include <algorithm>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace keyway {

namespace {

const QLatin1String EnvironmentsDir("environments");
const QLatin1String RequestsDir("requests");

QString workspaceFile(const QString &dir)
{
    return QDir(dir).filePath(WorkspaceStore::workspaceFileName());
}

QStringList jsonFilesIn(const QString &dir, QDirIterator::IteratorFlags flags)
{
    QStringList files;
    QDirIterator it(dir, {QStringLiteral("*.json")}, QDir::Files, flags);
    while (it.hasNext())
        files.append(it.next());
    files.sort(); // stable order regardless of the file system
    return files;
}

} // namespace

bool WorkspaceStore::isWorkspace(const QString &dir)
{
    return QFileInfo::exists(workspaceFile(dir));
}

Expected<Workspace> WorkspaceStore::create(const QString &dir, const QString &name)
{
    if (isWorkspace(dir))
        return Failure {
            ErrorKind::Conflict, tr("%1 is already a Keyway workspace").arg(QDir::toNativeSeparators(dir))};
    if (QFileInfo(dir).exists() && !QFileInfo(dir).isDir())
        return Failure {
            ErrorKind::Invalid, tr("%1 exists and is not a folder").arg(QDir::toNativeSeparators(dir))};
    Workspace workspace;
    workspace.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    workspace.name = name.isEmpty() ? QFileInfo(dir).fileName() : name;
    workspace.rootPath = QFileInfo(dir).absoluteFilePath();
    for (const QString &sub : {QString(), QString(EnvironmentsDir), QString(RequestsDir)}) {
        if (Status made = AppPaths::ensurePrivateDir(QDir(workspace.rootPath).filePath(sub)); !made)
            return made.failure();
    }
    const QJsonObject meta {{QStringLiteral("id"), workspace.id}, {QStringLiteral("name"), workspace.name}};
    if (Status written = JsonFile::write(workspaceFile(workspace.rootPath), meta); !written)
        return written.failure();
    return workspace;
}

Expected<Workspace> WorkspaceStore::load(const QString &dir)
{
    const QString root = QFileInfo(dir).absoluteFilePath();
    if (!QFileInfo(root).isDir())
        return Failure {ErrorKind::NotFound,
            tr("there is no workspace folder at %1").arg(QDir::toNativeSeparators(root))};
    if (!isWorkspace(root))
        return Failure {ErrorKind::NotFound,
            tr("%1 is not a Keyway workspace (it has no %2)")
                .arg(QDir::toNativeSeparators(root), workspaceFileName())};
    const auto meta = JsonFile::read(workspaceFile(root));
    if (!meta)
        return meta.failure();
    JsonFields fields(meta.value(), workspaceFile(root));
    Workspace workspace;
    workspace.rootPath = root;
    workspace.id = fields.requiredString(QStringLiteral("id"));
    if (!workspace.id.isEmpty() && QUuid::fromString(workspace.id).isNull())
        fields.fail(QStringLiteral("id"), tr("must be a UUID"));
    workspace.name = fields.string(QStringLiteral("name"), QFileInfo(root).fileName());
    if (fields.failure())
        return *fields.failure();

    workspace.environments = loadEnvironments(root, workspace.unreadableEnvironments);
    auto requests = loadRequests(root);
    if (!requests)
        return requests.failure();
    workspace.requests = std::move(requests).value();
    workspace.folders = loadFolders(root);
    return workspace;
}

QList<Environment> WorkspaceStore::loadEnvironments(const QString &root, QMap<QString, QString> &unreadable)
{
    // One damaged or newer file must not take the whole workspace down: it is reported and skipped.
    QList<Environment> environments;
    for (const QString &path :
        jsonFilesIn(QDir(root).filePath(EnvironmentsDir), QDirIterator::NoIteratorFlags)) {
        const auto object = JsonFile::read(path);
        auto environment = object ? ModelJson::environmentFromJson(object.value(), path) : object.failure();
        if (environment)
            environments.append(std::move(environment).value());
        else
            unreadable.insert(QFileInfo(path).completeBaseName(), environment.error());
    }
    return environments;
}

QStringList WorkspaceStore::loadFolders(const QString &root)
{
    const QDir requestsDir(QDir(root).filePath(RequestsDir));
    QStringList folders;
    QDirIterator it(requestsDir.path(), QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        folders.append(requestsDir.relativeFilePath(it.next()));
    folders.sort();
    return folders;
}

Expected<QList<RequestSpec>> WorkspaceStore::loadRequests(const QString &root)
{
    const QDir requestsDir(QDir(root).filePath(RequestsDir));
    QList<RequestSpec> requests;
    for (const QString &path : jsonFilesIn(requestsDir.path(), QDirIterator::Subdirectories)) {
        const auto object = JsonFile::read(path);
        if (!object)
            return object.failure();
        auto request = ModelJson::requestFromJson(object.value(), path);
        if (!request)
            return request.failure();
        const QString folder = requestsDir.relativeFilePath(QFileInfo(path).absolutePath());
        request->collection = folder == QLatin1String(".") ? QString() : folder;
        requests.append(std::move(request).value());
    }
    std::stable_sort(requests.begin(), requests.end(), RequestSpec::comesBefore);
    return requests;
}

QString WorkspaceStore::environmentPath(const Workspace &workspace, const QString &environmentName)
{
    return QDir(workspace.rootPath)
        .filePath(QStringLiteral("%1/%2.json").arg(EnvironmentsDir, environmentName));
}

QString WorkspaceStore::requestPath(const Workspace &workspace, const RequestSpec &request)
{
    QDir dir(QDir(workspace.rootPath).filePath(RequestsDir));
    const QString folder = request.collection.isEmpty() ? QString() : request.collection + QLatin1Char('/');
    return dir.filePath(folder + request.name + QStringLiteral(".json"));
}

Status WorkspaceStore::saveEnvironment(const Workspace &workspace, const Environment &environment)
{
    if (Status name = NameRules::checkEnvironmentName(environment.name); !name)
        return name; // the name becomes a file name
    // A file that cannot be read is the user's to mend: never replaced by one written over it.
    if (const auto unreadable = workspace.unreadableEnvironments.constFind(environment.name);
        unreadable != workspace.unreadableEnvironments.cend())
        return Failure {ErrorKind::FileFormat,
            tr("%1 cannot be read, so it is not overwritten; mend or remove it first (%2)")
                .arg(environmentPath(workspace, environment.name), unreadable.value())};
    return JsonFile::write(environmentPath(workspace, environment.name), ModelJson::toJson(environment));
}

Status WorkspaceStore::removeEnvironment(const Workspace &workspace, const QString &environmentName)
{
    QFile file(environmentPath(workspace, environmentName));
    if (!file.exists())
        return Failure {ErrorKind::NotFound, tr("there is no environment '%1'").arg(environmentName)};
    if (!file.remove())
        return Failure {ErrorKind::Io, tr("cannot delete %1: %2").arg(file.fileName(), file.errorString())};
    return {};
}

Status WorkspaceStore::saveRequest(const Workspace &workspace, const RequestSpec &request)
{
    if (Status name = NameRules::checkRequestName(request.name); !name)
        return name;
    for (const QString &folder : request.collection.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (!NameRules::checkRequestName(folder))
            return Failure {ErrorKind::Invalid,
                tr("folder '%1' may use only letters, digits, space, '.', '_' and '-' and must start "
                   "with a letter or digit")
                    .arg(request.collection)};
    }
    // A line that would not read back would leave a request file nobody can open.
    for (const QString &line : request.checks) {
        if (const auto check = Check::parse(line); !check)
            return check.failure();
    }
    for (const QString &line : request.captures) {
        if (const auto capture = Capture::parse(line); !capture)
            return capture.failure();
    }
    return JsonFile::write(requestPath(workspace, request), ModelJson::toJson(request));
}

} // namespace keyway

namespace keyway {

Status WorkspaceStore::removeRequest(const Workspace &workspace, const RequestSpec &request)
{
    QFile file(requestPath(workspace, request));
    if (!file.exists())
        return Failure {ErrorKind::NotFound, tr("there is no saved request '%1'").arg(request.name)};
    if (!file.remove())
        return Failure {ErrorKind::Io, tr("cannot delete %1: %2").arg(file.fileName(), file.errorString())};
    return {};
}

QString WorkspaceStore::folderPath(const Workspace &workspace, const QString &path)
{
    return QDir(QDir(workspace.rootPath).filePath(RequestsDir)).filePath(path);
}

Status WorkspaceStore::createFolder(const Workspace &workspace, const QString &path)
{
    if (Status name = NameRules::checkFolderPath(path); !name)
        return name;
    if (QFileInfo::exists(folderPath(workspace, path)))
        return Failure {ErrorKind::Invalid, tr("there is a folder '%1' already").arg(path)};
    return AppPaths::ensurePrivateDir(folderPath(workspace, path));
}

Status WorkspaceStore::moveFolder(const Workspace &workspace, const QString &from, const QString &to)
{
    if (Status name = NameRules::checkFolderPath(to); !name)
        return name;
    if (to == from || to.startsWith(from + QLatin1Char('/')))
        return Failure {ErrorKind::Invalid, tr("folder '%1' cannot go into itself").arg(from)};
    if (QFileInfo::exists(folderPath(workspace, to)))
        return Failure {ErrorKind::Invalid, tr("there is a folder '%1' already").arg(to)};
    const QString parent = QFileInfo(folderPath(workspace, to)).absolutePath();
    if (Status made = AppPaths::ensurePrivateDir(parent); !made)
        return made;
    // One rename moves the folder with every request in it, or nothing at all.
    if (!QDir().rename(folderPath(workspace, from), folderPath(workspace, to)))
        return Failure {ErrorKind::Io, tr("cannot move folder '%1' to '%2'").arg(from, to)};
    return {};
}

Status WorkspaceStore::removeEmptyFolder(const Workspace &workspace, const QString &path)
{
    if (!QDir().rmdir(folderPath(workspace, path)))
        return Failure {ErrorKind::Io, tr("cannot remove folder '%1': it is not empty").arg(path)};
    return {};
}

} // namespace keyway
