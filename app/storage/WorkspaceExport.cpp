#include "storage/WorkspaceExport.h"

#include "storage/JsonFields.h"
#include "storage/JsonFile.h"
#include "storage/ModelJson.h"
#include "storage/WorkspaceStore.h"

#include <QJsonArray>

namespace keyway {

namespace {

const QLatin1String FormatField("format");
const QLatin1String FormatName("keyway-export");

QString freeName(const QString &wanted, const std::function<bool(const QString &)> &taken)
{
    QString name = wanted + QStringLiteral("-imported");
    for (int number = 2; taken(name); ++number)
        name = QStringLiteral("%1-imported-%2").arg(wanted).arg(number);
    return taken(wanted) ? name : wanted;
}

// "sandbox.json: kind must be …" read from an export names the export file and the entry instead.
Failure inEntry(const QString &path, const QString &entry, Failure failure)
{
    failure.kind = ErrorKind::FileFormat;
    failure.message = WorkspaceExport::tr("%1, %2: %3").arg(path, entry, failure.message);
    return failure;
}

} // namespace

ExportBundle WorkspaceExport::ofWorkspace(const Workspace &workspace)
{
    return {workspace.name, workspace.environments, workspace.requests};
}

ExportBundle WorkspaceExport::ofEnvironment(const Workspace &workspace, const Environment &environment)
{
    return {workspace.name, {environment}, {}};
}

QJsonObject WorkspaceExport::toJson(const ExportBundle &bundle)
{
    QJsonArray environments;
    for (const Environment &env : bundle.environments)
        environments.append(ModelJson::toJson(env));
    QJsonArray requests;
    for (const RequestSpec &request : bundle.requests) {
        QJsonObject object = ModelJson::toJson(request);
        if (!request.collection.isEmpty())
            object.insert(QStringLiteral("collection"), request.collection);
        requests.append(object);
    }
    return {{FormatField, FormatName}, {QStringLiteral("source"), bundle.sourceName},
        {QStringLiteral("environments"), environments}, {QStringLiteral("requests"), requests}};
}

Expected<ExportBundle> WorkspaceExport::fromJson(const QJsonObject &object, const QString &path)
{
    if (object.value(FormatField).toString() != FormatName)
        return Failure {ErrorKind::FileFormat,
            tr("%1 is not a Keyway export (it has no \"format\": \"keyway-export\").").arg(path)};
    JsonFields fields(object, path);
    ExportBundle bundle;
    bundle.sourceName = fields.string(QStringLiteral("source"));
    const QJsonArray environments = fields.array(QStringLiteral("environments"));
    for (qsizetype i = 0; i < environments.size(); ++i) {
        const QJsonObject item = environments.at(i).toObject();
        const QString name = item.value(QStringLiteral("name")).toString();
        // Each entry is checked like an environment file of that name.
        auto env = ModelJson::environmentFromJson(item, name + QStringLiteral(".json"));
        if (!env)
            return inEntry(path, QStringLiteral("environments[%1]").arg(i), env.failure());
        bundle.environments.append(env.value());
    }
    const QJsonArray requests = fields.array(QStringLiteral("requests"));
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const QJsonObject item = requests.at(i).toObject();
        const QString name = item.value(QStringLiteral("name")).toString();
        auto request = ModelJson::requestFromJson(item, name + QStringLiteral(".json"));
        if (!request)
            return inEntry(path, QStringLiteral("requests[%1]").arg(i), request.failure());
        request->collection = item.value(QStringLiteral("collection")).toString();
        bundle.requests.append(request.value());
    }
    if (fields.failure())
        return *fields.failure();
    return bundle;
}

Status WorkspaceExport::write(const QString &path, const ExportBundle &bundle)
{
    return JsonFile::write(path, toJson(bundle));
}

Expected<ExportBundle> WorkspaceExport::read(const QString &path)
{
    auto object = JsonFile::read(path);
    if (!object)
        return object.failure();
    return fromJson(object.value(), path);
}

Expected<WorkspaceExport::Imported> WorkspaceExport::importInto(
    Workspace &workspace, const ExportBundle &bundle)
{
    // Everything is checked as its file would be read back before anything is written, so an
    // import never leaves a file Keyway refuses to load.
    for (const Environment &env : bundle.environments) {
        const auto checked
            = ModelJson::environmentFromJson(ModelJson::toJson(env), env.name + QStringLiteral(".json"));
        if (!checked)
            return Failure {ErrorKind::Invalid,
                tr("environment '%1' cannot be imported: %2").arg(env.name, checked.error())};
    }
    for (const RequestSpec &request : bundle.requests) {
        const auto checked
            = ModelJson::requestFromJson(ModelJson::toJson(request), request.name + QStringLiteral(".json"));
        if (!checked)
            return Failure {ErrorKind::Invalid,
                tr("request '%1' cannot be imported: %2").arg(request.name, checked.error())};
    }
    Imported imported;
    for (Environment env : bundle.environments) {
        const QString wanted = env.name;
        env.name
            = freeName(wanted, [&](const QString &name) { return workspace.environment(name) != nullptr; });
        if (env.name != wanted)
            imported.renamed.append(QStringLiteral("%1 \u2192 %2").arg(wanted, env.name));
        if (Status saved = WorkspaceStore::saveEnvironment(workspace, env); !saved)
            return saved.failure();
        workspace.environments.append(env);
        imported.environments.append(env.name);
    }
    for (RequestSpec request : bundle.requests) {
        const QString wanted = request.name;
        request.name = freeName(wanted, [&](const QString &name) {
            return std::any_of(
                workspace.requests.cbegin(), workspace.requests.cend(), [&](const RequestSpec &known) {
                    return known.collection == request.collection && known.name == name;
                });
        });
        if (request.name != wanted)
            imported.renamed.append(QStringLiteral("%1 \u2192 %2").arg(wanted, request.name));
        if (Status saved = WorkspaceStore::saveRequest(workspace, request); !saved)
            return saved.failure();
        workspace.requests.append(request);
        ++imported.requests;
    }
    return imported;
}

} // namespace keyway
