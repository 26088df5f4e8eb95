#pragma once

#include "http/WireRequest.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace keyway {

// Code that sends the same request, for the languages the API docs use: cURL, HTTPie, JavaScript
// (fetch, axios), Python (requests) and PHP (curl). The request is built with secrets as references
// (VariableExpander::SecretMode::Reference); each reference becomes an environment variable
// (KEYWAY_API_KEY → process.env.KEYWAY_API_KEY, os.environ[...], $_ENV[...], $KEYWAY_API_KEY), as the
// docs advise. Built with revealed secrets instead, the snippet holds them inline.
class SnippetGenerator
{
    Q_DECLARE_TR_FUNCTIONS(SnippetGenerator)

public:
    enum class Language { Curl, Httpie, JavaScriptFetch, JavaScriptAxios, PythonRequests, PhpCurl };

    static QList<Language> languages();
    static QString displayName(Language language);
    static QString generate(Language language, const WireRequest &request);
    // The environment variables a snippet reads, e.g. {"KEYWAY_API_KEY"}, in order of appearance.
    static QStringList variablesUsed(const WireRequest &request);
    static QString variableName(const QString &slot);
};

} // namespace keyway
