#include "convert/YamlJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <yaml-cpp/yaml.h>

namespace keyway {

namespace {

QJsonValue scalar(const YAML::Node &node)
{
    const QString text = QString::fromStdString(node.Scalar());
    if (node.Tag() == "!") // quoted: always a string
        return text;
    static const QRegularExpression number(QStringLiteral("^[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?$"));
    if (text == QLatin1String("true") || text == QLatin1String("True") || text == QLatin1String("TRUE"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("False") || text == QLatin1String("FALSE"))
        return false;
    if (text.isEmpty() || text == QLatin1String("~") || text == QLatin1String("null")
        || text == QLatin1String("Null"))
        return QJsonValue::Null;
    if (number.match(text).hasMatch())
        return text.toDouble();
    return text;
}

// What a document may still expand to: every value converted, aliases counted each time they are used.
struct Budget
{
    qint64 values = YamlJson::MaxValues;
    qint64 textBytes = YamlJson::MaxTextBytes;
};

struct ExpansionLimit
{
};

QJsonValue convert(const YAML::Node &node, int depth, Budget &budget)
{
    if (depth > 512) // a document this deep is hostile, not an API description
        throw YAML::Exception(YAML::Mark::null_mark(), "nested more than 512 levels");
    if (--budget.values < 0)
        throw ExpansionLimit {};
    if (node.Type() == YAML::NodeType::Scalar && (budget.textBytes -= qint64(node.Scalar().size())) < 0)
        throw ExpansionLimit {};
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (const auto &entry : node)
            object.insert(QString::fromStdString(entry.first.as<std::string>()),
                convert(entry.second, depth + 1, budget));
        return object;
    }
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const auto &item : node)
            array.append(convert(item, depth + 1, budget));
        return array;
    }
    case YAML::NodeType::Scalar:
        return scalar(node);
    default:
        return QJsonValue::Null;
    }
}

} // namespace

Expected<QJsonValue> YamlJson::parse(const QByteArray &yaml, const QString &path)
{
    try {
        Budget budget;
        return convert(YAML::Load(yaml.toStdString()), 0, budget);
    } catch (const ExpansionLimit &) {
        return Failure {ErrorKind::FileFormat,
            tr("%1 expands to more than %2 values or %3 MiB of text through aliases that repeat each "
               "other (a \"billion laughs\" document); it was not imported")
                .arg(path)
                .arg(MaxValues)
                .arg(MaxTextBytes / (1024 * 1024))};
    } catch (const std::bad_alloc &) {
        return Failure {ErrorKind::FileFormat, tr("%1 is too large to read into memory").arg(path)};
    } catch (const YAML::Exception &error) {
        return Failure {ErrorKind::FileFormat,
            tr("%1 is not valid YAML (line %2, column %3: %4)")
                .arg(path)
                .arg(error.mark.line + 1)
                .arg(error.mark.column + 1)
                .arg(QString::fromStdString(error.msg))};
    }
}

} // namespace keyway
