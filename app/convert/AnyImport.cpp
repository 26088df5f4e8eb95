#include "convert/AnyImport.h"

#include "convert/BrunoImport.h"
#include "convert/OpenApiImport.h"
#include "convert/YamlJson.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace keyway {

namespace {

bool looksLikeYaml(const QString &path, const QByteArray &bytes)
{
    return path.endsWith(QLatin1String(".yaml"), Qt::CaseInsensitive)
        || path.endsWith(QLatin1String(".yml"), Qt::CaseInsensitive) || bytes.trimmed().startsWith("openapi:")
        || bytes.trimmed().startsWith("swagger:");
}

} // namespace

Expected<ImportedCollection> AnyImport::read(const QString &path)
{
    // A Bruno collection is a folder: its bruno.json, or the folder itself, stands for it.
    const QFileInfo info(path);
    if (info.isDir() || info.fileName() == QLatin1String("bruno.json"))
        return BrunoImport::fromFolder(info.isDir() ? path : info.absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure {ErrorKind::NotFound, tr("cannot read %1: %2").arg(path, file.errorString())};
    const QByteArray bytes = file.readAll();
    QJsonParseError error;
    QJsonObject root = QJsonDocument::fromJson(bytes, &error).object();
    const bool json = error.error == QJsonParseError::NoError;
    if (!json && looksLikeYaml(path, bytes)) {
        auto parsed = YamlJson::parse(bytes, path);
        if (!parsed)
            return parsed.failure();
        root = parsed->toObject();
    } else if (!json) {
        return Failure {ErrorKind::FileFormat,
            tr("%1 is not valid JSON (at byte %2: %3)").arg(path).arg(error.offset).arg(error.errorString())};
    }
    if (root.contains(QStringLiteral("format"))) {
        auto bundle = WorkspaceExport::read(path);
        if (!bundle)
            return bundle.failure();
        return ImportedCollection {bundle.value(), {}, {}};
    }
    if (root.contains(QStringLiteral("info")) && root.contains(QStringLiteral("item")))
        return PostmanImport::fromJson(bytes, path);
    if (root.contains(QStringLiteral("openapi")) || root.contains(QStringLiteral("swagger")))
        return OpenApiImport::fromDocument(root, path);
    return Failure {ErrorKind::FileFormat,
        tr("%1 is neither a Keyway export, a Postman collection (v2.1) nor an OpenAPI 3 document").arg(path)};
}

} // namespace keyway
