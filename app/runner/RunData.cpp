#include "runner/RunData.h"

#include "checks/JsonPath.h"
#include "model/NameRules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace keyway {

namespace {

// Splits CSV text into records of fields; `line` of each record is where it starts, for errors.
struct Record
{
    int line = 0;
    QStringList fields;
};

Expected<QList<Record>> csvRecords(const QString &text)
{
    QList<Record> records;
    Record current {1, {}};
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    int line = 1;
    const auto endField = [&] {
        current.fields.append(field);
        field.clear();
        wasQuoted = false;
    };
    for (qsizetype at = 0; at < text.size(); ++at) {
        const QChar c = text.at(at);
        if (quoted) {
            if (c == QLatin1Char('"') && at + 1 < text.size() && text.at(at + 1) == QLatin1Char('"')) {
                field += c;
                ++at;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                line += c == QLatin1Char('\n') ? 1 : 0;
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && at + 1 < text.size() && text.at(at + 1) == QLatin1Char('\n'))
                ++at;
            endField();
            if (!(current.fields.size() == 1 && current.fields.first().isEmpty()))
                records.append(current); // blank lines are skipped
            current = {++line, {}};
        } else if (wasQuoted) {
            return Failure {ErrorKind::FileFormat,
                RunData::tr("line %1: text after a closing quote (write \"\" for a quote inside quotes)").arg(line)};
        } else {
            field += c;
        }
        if (records.size() > RunData::MaxRows)
            return Failure {ErrorKind::FileFormat, RunData::tr("more than %1 rows").arg(RunData::MaxRows)};
    }
    if (quoted)
        return Failure {ErrorKind::FileFormat, RunData::tr("line %1: a quote is never closed").arg(current.line)};
    endField();
    if (!(current.fields.size() == 1 && current.fields.first().isEmpty()))
        records.append(current);
    return records;
}

} // namespace

Expected<QList<RunData::Row>> RunData::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure {ErrorKind::NotFound, tr("cannot read the data file %1: %2").arg(path, file.errorString())};
    if (file.size() > MaxFileBytes)
        return Failure {ErrorKind::Invalid,
            tr("the data file %1 is larger than %2 MB").arg(path).arg(MaxFileBytes / (1024 * 1024))};
    const QByteArray text = file.readAll();
    auto rows = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? fromJson(text) : fromCsv(text);
    if (!rows)
        return Failure {rows.failure().kind, tr("data file %1: %2").arg(path, rows.error())};
    if (rows->isEmpty())
        return Failure {ErrorKind::Invalid, tr("the data file %1 has no rows").arg(path)};
    return rows;
}

Expected<QList<RunData::Row>> RunData::fromCsv(const QByteArray &text)
{
    auto records = csvRecords(QString::fromUtf8(text.startsWith("\xEF\xBB\xBF") ? text.mid(3) : text));
    if (!records)
        return records.failure();
    if (records->isEmpty())
        return QList<Row> {};
    const QStringList names = records->first().fields;
    for (const QString &name : names) {
        if (Status valid = NameRules::checkVariableName(name.trimmed()); !valid)
            return Failure {ErrorKind::FileFormat, tr("line 1 (the header row): %1").arg(valid.error())};
    }
    QList<Row> rows;
    for (const Record &record : records->mid(1)) {
        if (record.fields.size() != names.size())
            return Failure {ErrorKind::FileFormat,
                tr("line %1 has %n field(s), the header row %2", nullptr, int(record.fields.size()))
                    .arg(record.line)
                    .arg(names.size())};
        Row row;
        for (qsizetype column = 0; column < names.size(); ++column)
            row.insert(names.at(column).trimmed(), record.fields.at(column));
        rows.append(row);
    }
    return rows;
}

Expected<QList<RunData::Row>> RunData::fromJson(const QByteArray &text)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        return Failure {ErrorKind::FileFormat, tr("%1 at byte %2").arg(error.errorString()).arg(error.offset)};
    if (!document.isArray())
        return Failure {ErrorKind::FileFormat, tr("expected a JSON array of objects, one per iteration")};
    const QJsonArray array = document.array();
    if (array.size() > MaxRows)
        return Failure {ErrorKind::FileFormat, tr("more than %1 rows").arg(MaxRows)};
    QList<Row> rows;
    for (qsizetype index = 0; index < array.size(); ++index) {
        if (!array.at(index).isObject())
            return Failure {ErrorKind::FileFormat, tr("element %1 is not an object").arg(index + 1)};
        const QJsonObject object = array.at(index).toObject();
        Row row;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (Status valid = NameRules::checkVariableName(it.key()); !valid)
                return Failure {ErrorKind::FileFormat, tr("element %1: %2").arg(index + 1).arg(valid.error())};
            row.insert(it.key(), JsonPath::plainText(it.value()));
        }
        rows.append(row);
    }
    return rows;
}

} // namespace keyway
