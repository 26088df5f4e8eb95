#pragma once

#include "checks/ResponseChecks.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace keyway {
class FileBodySink;
class SendJob;
struct HttpResponse;
}

namespace keyway::cli {

class CliContext;

// keyway-cli send ENV METHOD PATH-OR-URL [-H 'K: V']… [-d BODY | -d @file] [--show-headers] [--reveal]
// [--json] [-o FILE] [--check CHECK]…
class SendCommand
{
    Q_DECLARE_TR_FUNCTIONS(SendCommand)

public:
    explicit SendCommand(CliContext &context)
        : m_context(context)
    {
    }
    int run(const QStringList &arguments);

private:
    void printText(const SendJob &job, bool showRequest, bool reveal);
    void printRequest(const SendJob &job, bool showRequest, bool reveal);
    void printHead(const HttpResponse &response);
    bool saveUnstreamedBody(const SendJob &job, FileBodySink &file);
    void printJson(const SendJob &job);
    int exitCodeFor(const SendJob &job);

    CliContext &m_context;
    // The request (masked) and a response's status line and headers, as --json prints them.
    QJsonObject headJson(const SendJob &job, const HttpResponse &head);
    // The checks' verdict (to standard error, or in --json); Ok when all passed, else Failed.
    int reportChecks();

    bool m_jsonOutput = false;
    bool m_eventsPrinted = false; // --json on an event stream: printed line by line already
    QStringList m_checks; // --check, as written
    QList<CheckOutcome> m_outcomes;
    bool m_streamedToStdout = false;
    QString m_savedToFile; // -o FILE
};

} // namespace keyway::cli
