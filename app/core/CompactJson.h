#pragma once

#include <cmath>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QString>

namespace keyway {

// Any JSON value as Qt's writer puts it in a compact document: "text" quoted and escaped, 3,
// true, {"a":1}. One writer for every place that writes a value into JSON text or code.
inline QString compactJson(const QJsonValue &value)
{
    // Whole numbers, which checks show most, as the writer would put them, without a document.
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number == std::trunc(number) && std::abs(number) < 1e15)
            return QString::number(qint64(number));
    }
    // Qt writes only whole documents: the value goes into an array, whose brackets come off.
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

} // namespace keyway
