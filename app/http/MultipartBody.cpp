#include "http/MultipartBody.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>

namespace keyway {

namespace {

// Names and file names are quoted strings in Content-Disposition: quotes and line breaks are
// percent-encoded, as browsers do (HTML's multipart/form-data encoding), so a name cannot end the
// header or add one.
QByteArray quoted(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    bytes.replace('"', "%22").replace('\r', "%0D").replace('\n', "%0A");
    return '"' + bytes + '"';
}

QByteArray fileSummary(const WirePart &part)
{
    return QStringLiteral("<%1, %2 bytes>").arg(QFileInfo(part.file).fileName()).arg(part.size).toUtf8();
}

} // namespace

QByteArray MultipartBody::boundaryFor(const RequestSpec &request)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(request.method.toUtf8() + '\n' + request.url.toUtf8());
    for (const FormPart &part : request.parts)
        hash.addData('\n' + part.name.toUtf8() + '=' + part.file.toUtf8() + ';' + part.contentType.toUtf8());
    return "keyway-" + hash.result().toHex().left(32);
}

QList<QPair<QByteArray, QByteArray>> MultipartBody::partHeaders(const WirePart &part)
{
    QByteArray disposition = "form-data; name=" + quoted(part.name);
    if (part.isFile())
        disposition += "; filename=" + quoted(QFileInfo(part.file).fileName());
    QList<QPair<QByteArray, QByteArray>> headers {{"Content-Disposition", disposition}};
    if (!part.contentType.isEmpty())
        headers.append({"Content-Type", part.contentType.toUtf8()});
    return headers;
}

QByteArray MultipartBody::partHeader(const WirePart &part)
{
    QByteArray lines;
    for (const auto &[name, value] : partHeaders(part))
        lines += name + ": " + value + "\r\n";
    return lines;
}

qint64 MultipartBody::length(const QList<WirePart> &parts, const QByteArray &boundary)
{
    qint64 total = 0;
    for (const WirePart &part : parts) // --boundary CRLF, header lines, CRLF, body, CRLF
        total += 2 + boundary.size() + 2 + partHeader(part).size() + 2 + part.size + 2;
    return total + 2 + boundary.size() + 4; // --boundary-- CRLF
}

QByteArray MultipartBody::display(const QList<WirePart> &parts, const QByteArray &boundary)
{
    QByteArray text;
    for (const WirePart &part : parts)
        text += "--" + boundary + "\r\n" + partHeader(part) + "\r\n" + (part.isFile() ? fileSummary(part) : part.value)
            + "\r\n";
    return text + "--" + boundary + "--\r\n";
}

Expected<QHttpMultiPart *> MultipartBody::open(const WireRequest &request, QObject *parent)
{
    auto *body = new QHttpMultiPart(QHttpMultiPart::FormDataType, parent);
    body->setBoundary(request.boundary);
    for (const WirePart &part : request.parts) {
        QHttpPart http;
        for (const auto &[name, value] : partHeaders(part))
            http.setRawHeader(name, value);
        if (!part.isFile()) {
            http.setBody(part.value);
        } else {
            auto *file = new QFile(part.file, body);
            // The size is what the preview and Content-Length promised: a file that changed is refused.
            if (!file->open(QIODevice::ReadOnly) || file->size() != part.size) {
                const QString reason = file->isOpen() ? tr("it changed since the request was built") : file->errorString();
                delete body;
                return Failure {ErrorKind::NotFound, tr("cannot read the file of part '%1' (%2): %3").arg(part.name, part.file, reason)};
            }
            http.setBodyDevice(file);
        }
        body->append(http);
    }
    return body;
}

} // namespace keyway
