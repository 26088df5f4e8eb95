#include "convert/SnippetGenerator.h"

#include "core/CompactJson.h"
#include "model/VariableExpander.h"

#include <functional>
#include <QJsonValue>
#include <QRegularExpression>

namespace keyway {

namespace {

// A string split into literal text and environment variables (the secret references).
struct Piece
{
    bool variable = false;
    QString text; // literal text, or the variable's name
};

QList<Piece> pieces(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("\uE000([^\uE001]*)\uE001"));
    QList<Piece> result;
    qsizetype at = 0;
    for (auto it = marker.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        if (match.capturedStart() > at)
            result.append({false, text.mid(at, match.capturedStart() - at)});
        result.append({true, SnippetGenerator::variableName(match.captured(1))});
        at = match.capturedEnd();
    }
    if (at < text.size() || result.isEmpty())
        result.append({false, text.mid(at)});
    return result;
}

bool hasVariables(const QString &text)
{
    return text.contains(QChar(0xE000));
}

// Headers Keyway sets for its own transport; every client below sets (and decodes) its own.
bool isTransportHeader(const QString &name)
{
    for (const char *own : {"User-Agent", "Accept-Encoding", "Accept-Language"}) {
        if (name.compare(QLatin1String(own), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QList<HeaderField> headersOf(const WireRequest &request)
{
    QList<HeaderField> headers;
    for (const HeaderField &header : request.headers) {
        // Each client makes its own multipart boundary and sets the Content-Type that names it.
        const bool ownBoundary = request.isMultipart()
            && header.name.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0;
        if (!isTransportHeader(header.name) && !ownBoundary)
            headers.append(header);
    }
    return headers;
}

QString fileNameOf(const QString &path)
{
    return path.section(QLatin1Char('/'), -1);
}

QString urlOf(const WireRequest &request)
{
    // QUrl percent-encodes the reference markers; only they are decoded, the rest stays as sent.
    return request.url.toString(QUrl::FullyEncoded)
        .replace(QLatin1String("%EE%80%80"), QString(QChar(0xE000)))
        .replace(QLatin1String("%EE%80%81"), QString(QChar(0xE001)));
}

QString bodyOf(const WireRequest &request)
{
    return QString::fromUtf8(request.body);
}

// A string literal in double quotes with JSON escapes, which JavaScript and Python both read.
QString jsonQuoted(const QString &text)
{
    return compactJson(text);
}

QString shellSingleQuoted(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1String("'"), QLatin1String("'\\''"))
        + QLatin1Char('\'');
}

QString shell(const QString &text)
{
    if (!hasVariables(text))
        return shellSingleQuoted(text);
    QString out = QStringLiteral("\"");
    for (const Piece &piece : pieces(text)) {
        if (piece.variable) {
            out += QStringLiteral("${%1}").arg(piece.text);
            continue;
        }
        for (const QChar c : piece.text) {
            if (QStringLiteral("\"\\$`").contains(c))
                out += QLatin1Char('\\');
            out += c;
        }
    }
    return out + QLatin1Char('"');
}

QString javaScript(const QString &text)
{
    if (!hasVariables(text))
        return jsonQuoted(text);
    QString out = QStringLiteral("`");
    for (const Piece &piece : pieces(text)) {
        if (piece.variable) {
            out += QStringLiteral("${process.env.%1}").arg(piece.text);
            continue;
        }
        QString literal = piece.text;
        literal.replace(QLatin1String("\\"), QLatin1String("\\\\"))
            .replace(QLatin1String("`"), QLatin1String("\\`"))
            .replace(QLatin1String("${"), QLatin1String("\\${"));
        out += literal;
    }
    return out + QLatin1Char('`');
}

QString python(const QString &text)
{
    if (!hasVariables(text))
        return jsonQuoted(text);
    QString out = QStringLiteral("f");
    QString inner;
    for (const Piece &piece : pieces(text)) {
        if (piece.variable) {
            inner += QStringLiteral("{os.environ['%1']}").arg(piece.text);
            continue;
        }
        QString literal = jsonQuoted(piece.text);
        literal = literal.mid(1, literal.size() - 2);
        inner += literal.replace(QLatin1String("{"), QLatin1String("{{"))
                     .replace(QLatin1String("}"), QLatin1String("}}"));
    }
    return out + QLatin1Char('"') + inner + QLatin1Char('"');
}

QString php(const QString &text)
{
    QStringList parts;
    for (const Piece &piece : pieces(text)) {
        if (piece.variable) {
            parts.append(QStringLiteral("($_ENV['%1'] ?? getenv('%1'))").arg(piece.text));
            continue;
        }
        parts.append(QLatin1Char('\'')
            + QString(piece.text)
                  .replace(QLatin1String("\\"), QLatin1String("\\\\"))
                  .replace(QLatin1String("'"), QLatin1String("\\'"))
            + QLatin1Char('\''));
    }
    return parts.join(QStringLiteral(" . "));
}

QString curl(const WireRequest &request)
{
    QStringList lines {QStringLiteral("curl")};
    if (request.method == QLatin1String("HEAD"))
        lines.first() += QStringLiteral(" --head");
    else if (request.method != QLatin1String("GET"))
        lines.first() += QStringLiteral(" -X ") + request.method;
    lines.first() += QLatin1Char(' ') + shell(urlOf(request));
    for (const HeaderField &header : headersOf(request))
        lines.append(QStringLiteral("  -H ") + shell(header.name + QStringLiteral(": ") + header.value));
    if (!request.header(QStringLiteral("Accept-Encoding")).isEmpty())
        lines.append(QStringLiteral("  --compressed"));
    for (const WirePart &part : request.parts) {
        const QString type = part.contentType.isEmpty() ? QString() : QStringLiteral(";type=") + part.contentType;
        lines.append(part.isFile() ? QStringLiteral("  -F ") + shell(part.name + QStringLiteral("=@") + part.file + type)
                                   : QStringLiteral("  --form-string ")
                    + shell(part.name + QLatin1Char('=') + QString::fromUtf8(part.value)));
    }
    if (!request.bodyFile.isEmpty())
        lines.append(QStringLiteral("  --data-binary ") + shell(QLatin1Char('@') + request.bodyFile));
    else if (!request.body.isEmpty() && !request.isMultipart())
        lines.append(QStringLiteral("  --data-raw ") + shell(bodyOf(request)));
    return lines.join(QStringLiteral(" \\\n")) + QLatin1Char('\n');
}

QString httpie(const WireRequest &request)
{
    // A file body comes on standard input; everything else must not wait for it.
    QStringList lines {QStringLiteral("http %1%2 %3")
                           .arg(request.bodyFile.isEmpty() ? QStringLiteral("--ignore-stdin ") : QString(),
                               request.isMultipart() ? QStringLiteral("--multipart ") + request.method : request.method,
                               shell(urlOf(request)))};
    for (const HeaderField &header : headersOf(request))
        lines.append(QStringLiteral("  ") + shell(header.name + QLatin1Char(':') + header.value));
    for (const WirePart &part : request.parts) {
        const QString type = part.contentType.isEmpty() ? QString() : QStringLiteral(";type=") + part.contentType;
        lines.append(QStringLiteral("  ")
            + shell(part.isFile() ? part.name + QLatin1Char('@') + part.file + type
                                  : part.name + QLatin1Char('=') + QString::fromUtf8(part.value)));
    }
    if (!request.bodyFile.isEmpty())
        lines.append(QStringLiteral("  < ") + shell(request.bodyFile));
    else if (!request.body.isEmpty() && !request.isMultipart())
        lines.append(QStringLiteral("  --raw ") + shell(bodyOf(request)));
    return lines.join(QStringLiteral(" \\\n")) + QLatin1Char('\n');
}

QString jsHeaders(const WireRequest &request, const QString &indent)
{
    QString out;
    for (const HeaderField &header : headersOf(request))
        out += indent + QStringLiteral("  %1: %2,\n").arg(jsonQuoted(header.name), javaScript(header.value));
    return QStringLiteral("{\n") + out + indent + QLatin1Char('}');
}

// The statements before a JavaScript request that builds its body, and the body expression.
std::pair<QString, QString> jsBody(const WireRequest &request)
{
    if (!request.bodyFile.isEmpty())
        return {QStringLiteral("const fs = require(\"fs\");\n\n"),
            QStringLiteral("fs.readFileSync(%1)").arg(jsonQuoted(request.bodyFile))};
    if (!request.isMultipart())
        return {QString(), request.body.isEmpty() ? QString() : javaScript(bodyOf(request))};
    QString setup = QStringLiteral("const fs = require(\"fs\");\n\nconst form = new FormData();\n");
    for (const WirePart &part : request.parts) {
        if (!part.isFile()) {
            setup += QStringLiteral("form.append(%1, %2);\n").arg(jsonQuoted(part.name), javaScript(QString::fromUtf8(part.value)));
            continue;
        }
        setup += QStringLiteral("form.append(%1, new Blob([fs.readFileSync(%2)], { type: %3 }), %4);\n")
                     .arg(jsonQuoted(part.name), jsonQuoted(part.file), jsonQuoted(part.contentType),
                         jsonQuoted(fileNameOf(part.file)));
    }
    return {setup + QLatin1Char('\n'), QStringLiteral("form")};
}

QString fetch(const WireRequest &request)
{
    const auto [setup, body] = jsBody(request);
    QString out = setup
        + QStringLiteral("fetch(%1, {\n  method: %2,\n  headers: %3,\n")
              .arg(javaScript(urlOf(request)), jsonQuoted(request.method), jsHeaders(request, QStringLiteral("  ")));
    if (!body.isEmpty())
        out += QStringLiteral("  body: %1,\n").arg(body);
    return out
        + QStringLiteral(
            "}).then(async (response) => console.log(response.status, await response.text()));\n");
}

QString axios(const WireRequest &request)
{
    const auto [setup, body] = jsBody(request);
    QString out = QStringLiteral("const axios = require(\"axios\");\n") + (setup.isEmpty() ? QStringLiteral("\n") : setup)
        + QStringLiteral("axios({\n  method: %1,\n  url: %2,\n  headers: %3,\n")
              .arg(jsonQuoted(request.method.toLower()), javaScript(urlOf(request)), jsHeaders(request, QStringLiteral("  ")));
    if (!body.isEmpty())
        out += QStringLiteral("  data: %1,\n").arg(body);
    return out
        + QStringLiteral("  transformResponse: (body) => body, // show the body as the server sent it\n"
                         "  validateStatus: () => true, // an error status is an answer too\n"
                         "}).then((response) => console.log(response.status, response.data));\n");
}

QString requests(const WireRequest &request)
{
    QString headers;
    for (const HeaderField &header : headersOf(request))
        headers += QStringLiteral("        %1: %2,\n").arg(jsonQuoted(header.name), python(header.value));
    QString out
        = QStringLiteral("import os\n\nimport requests\n\nresponse = requests.request(\n    %1,\n    %2,\n"
                         "    headers={\n%3    },\n")
              .arg(jsonQuoted(request.method), python(urlOf(request)), headers);
    if (!request.bodyFile.isEmpty()) {
        out += QStringLiteral("    data=open(%1, \"rb\"),\n").arg(jsonQuoted(request.bodyFile));
    } else if (request.isMultipart()) {
        QString fields;
        QString files;
        for (const WirePart &part : request.parts) {
            if (part.isFile())
                files += QStringLiteral("        (%1, (%2, open(%3, \"rb\"), %4)),\n")
                             .arg(jsonQuoted(part.name), jsonQuoted(fileNameOf(part.file)), jsonQuoted(part.file),
                                 jsonQuoted(part.contentType));
            else
                fields += QStringLiteral("        (%1, %2),\n").arg(jsonQuoted(part.name), python(QString::fromUtf8(part.value)));
        }
        out += QStringLiteral("    data=[\n%1    ],\n    files=[\n%2    ],\n").arg(fields, files);
    } else if (!request.body.isEmpty()) {
        out += QStringLiteral("    data=%1.encode(\"utf-8\"),\n").arg(python(bodyOf(request)));
    }
    return out + QStringLiteral(")\nprint(response.status_code, response.text)\n");
}

QString phpCurl(const WireRequest &request)
{
    QString headers;
    for (const HeaderField &header : headersOf(request))
        headers
            += QStringLiteral("        %1,\n").arg(php(header.name + QStringLiteral(": ") + header.value));
    QString out
        = QStringLiteral("<?php\n$curl = curl_init();\ncurl_setopt_array($curl, [\n    CURLOPT_URL => %1,\n"
                         "    CURLOPT_CUSTOMREQUEST => '%2',\n    CURLOPT_HTTPHEADER => [\n%3    ],\n")
              .arg(php(urlOf(request)), request.method, headers);
    if (request.method == QLatin1String("HEAD"))
        out += QStringLiteral("    CURLOPT_NOBODY => true,\n");
    if (!request.bodyFile.isEmpty()) {
        out += QStringLiteral("    CURLOPT_POSTFIELDS => file_get_contents(%1),\n").arg(php(request.bodyFile));
    } else if (request.isMultipart()) {
        QString fields;
        for (const WirePart &part : request.parts)
            fields += QStringLiteral("        %1 => %2,\n")
                          .arg(php(part.name),
                              part.isFile() ? QStringLiteral("new CURLFile(%1, %2, %3)")
                                                  .arg(php(part.file), php(part.contentType), php(fileNameOf(part.file)))
                                            : php(QString::fromUtf8(part.value)));
        out += QStringLiteral("    CURLOPT_POSTFIELDS => [\n%1    ],\n").arg(fields);
    } else if (!request.body.isEmpty()) {
        out += QStringLiteral("    CURLOPT_POSTFIELDS => %1,\n").arg(php(bodyOf(request)));
    }
    return out
        + QStringLiteral("    CURLOPT_RETURNTRANSFER => true,\n    CURLOPT_ENCODING => '', // accept and "
                         "decode gzip\n]);\n"
                         "$body = curl_exec($curl);\n"
                         "echo curl_getinfo($curl, CURLINFO_RESPONSE_CODE), ' ', $body, \"\\n\";\n"
                         "curl_close($curl);\n");
}

} // namespace

QList<SnippetGenerator::Language> SnippetGenerator::languages()
{
    return {Language::Curl, Language::Httpie, Language::JavaScriptFetch, Language::JavaScriptAxios,
        Language::PythonRequests, Language::PhpCurl};
}

QString SnippetGenerator::displayName(Language language)
{
    switch (language) {
    case Language::Curl:
        return tr("cURL");
    case Language::Httpie:
        return tr("HTTPie");
    case Language::JavaScriptFetch:
        return tr("JavaScript (fetch)");
    case Language::JavaScriptAxios:
        return tr("JavaScript (axios)");
    case Language::PythonRequests:
        return tr("Python (requests)");
    case Language::PhpCurl:
        return tr("PHP (curl)");
    }
    return {};
}

QString SnippetGenerator::generate(Language language, const WireRequest &request)
{
    switch (language) {
    case Language::Curl:
        return curl(request);
    case Language::Httpie:
        return httpie(request);
    case Language::JavaScriptFetch:
        return fetch(request);
    case Language::JavaScriptAxios:
        return axios(request);
    case Language::PythonRequests:
        return requests(request);
    case Language::PhpCurl:
        return phpCurl(request);
    }
    return {};
}

QStringList SnippetGenerator::variablesUsed(const WireRequest &request)
{
    QStringList names;
    QStringList texts {urlOf(request), bodyOf(request)};
    for (const HeaderField &header : request.headers)
        texts.append(header.value);
    for (const WirePart &part : request.parts)
        texts.append(QString::fromUtf8(part.value));
    for (const QString &text : texts) {
        for (const Piece &piece : pieces(text)) {
            if (piece.variable && !names.contains(piece.text))
                names.append(piece.text);
        }
    }
    return names;
}

QString SnippetGenerator::variableName(const QString &slot)
{
    QString name = slot.toUpper();
    name.replace(QRegularExpression(QStringLiteral("[^A-Z0-9]")), QStringLiteral("_"));
    return QStringLiteral("KEYWAY_") + name;
}

} // namespace keyway
