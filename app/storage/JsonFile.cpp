#include "storage/JsonFile.h"

#include "core/AppPaths.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

namespace keyway {

namespace {

const QLatin1String SchemaVersionKey("schemaVersion");

// QJsonParseError gives a byte offset; people need line and column.
QString position(const QByteArray &data, qsizetype offset)
{
    const QByteArray before = data.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const qsizetype column = QString::fromUtf8(before.mid(lineStart)).size() + 1;
    return QStringLiteral("%1:%2").arg(line).arg(column);
}

Status checkSchemaVersion(const QJsonObject &object, const QString &path)
{
    const QJsonValue version = object.value(SchemaVersionKey);
    if (!version.isDouble() || version.toDouble() != double(version.toInt()) || version.toInt() < 1)
        return Failure {ErrorKind::FileFormat,
            JsonFile::tr("%1: missing or invalid \"schemaVersion\" (expected a whole number)").arg(path)};
    if (version.toInt() > JsonFile::SchemaVersion)
        return Failure {ErrorKind::FileFormat,
            JsonFile::tr("%1 was written by a newer Keyway (schema version %2; this version reads up "
                         "to %3). The file was left unchanged; update Keyway to use it.")
                .arg(path)
                .arg(version.toInt())
                .arg(JsonFile::SchemaVersion)};
    return {};
}

} // namespace

Expected<QJsonObject> JsonFile::read(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Failure {ErrorKind::NotFound, tr("%1 does not exist").arg(path)};
    if (!file.open(QIODevice::ReadOnly))
        return Failure {ErrorKind::Io, tr("cannot read %1: %2").arg(path, file.errorString())};
    const QByteArray data = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Failure {ErrorKind::FileFormat,
            tr("%1:%2: %3 (the file was left unchanged)")
                .arg(path, position(data, parseError.offset), parseError.errorString())};
    if (!document.isObject())
        return Failure {ErrorKind::FileFormat, tr("%1: expected a JSON object at the top level").arg(path)};
    const QJsonObject object = document.object();
    if (Status version = checkSchemaVersion(object, path); !version)
        return version.failure();
    return object;
}

QByteArray JsonFile::format(const QJsonObject &object)
{
    // Qt indents by four spaces; JSON strings never contain raw newlines, so every leading run
    // of spaces is indentation and can be halved line by line.
    const QByteArray indented = QJsonDocument(object).toJson(QJsonDocument::Indented);
    QByteArray result;
    result.reserve(indented.size());
    for (const QByteArray &line : indented.split('\n')) {
        if (line.isEmpty())
            continue;
        qsizetype spaces = 0;
        while (spaces < line.size() && line.at(spaces) == ' ')
            ++spaces;
        const QByteArray content = line.mid(spaces);
        // Qt spreads empty containers over two lines; keep them as [] and {}.
        if ((content.startsWith(']') && result.endsWith("[\n"))
            || (content.startsWith('}') && result.endsWith("{\n"))) {
            result.chop(1);
            result += content + '\n';
            continue;
        }
        result += QByteArray(spaces / 2, ' ') + content + '\n';
    }
    return result;
}

Status JsonFile::write(const QString &path, QJsonObject object)
{
    object.insert(SchemaVersionKey, SchemaVersion);
    if (Status dir = AppPaths::ensurePrivateDir(QFileInfo(path).absolutePath()); !dir)
        return dir;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Failure {ErrorKind::Io, tr("cannot write %1: %2").arg(path, file.errorString())};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(format(object));
    if (!file.commit())
        return Failure {ErrorKind::Io, tr("cannot save %1: %2").arg(path, file.errorString())};
    return {};
}

} // namespace keyway
