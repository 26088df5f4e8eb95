#include "convert/AnyImport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace keyway {

Expected<ImportedCollection> AnyImport::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure {ErrorKind::NotFound, tr("cannot read %1: %2").arg(path, file.errorString())};
    const QByteArray bytes = file.readAll();
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    if (root.contains(QStringLiteral("format"))) {
        auto bundle = WorkspaceExport::read(path);
        if (!bundle)
            return bundle.failure();
        return ImportedCollection {bundle.value(), {}, {}};
    }
    if (root.contains(QStringLiteral("info")) && root.contains(QStringLiteral("item")))
        return PostmanImport::fromJson(bytes, path);
    if (root.contains(QStringLiteral("openapi")) || root.contains(QStringLiteral("swagger")))
        return Failure {
            ErrorKind::FileFormat, tr("%1 is an OpenAPI document; Keyway cannot import those yet").arg(path)};
    return Failure {
        ErrorKind::FileFormat, tr("%1 is neither a Keyway export nor a Postman collection (v2.1)").arg(path)};
}

} // namespace keyway
