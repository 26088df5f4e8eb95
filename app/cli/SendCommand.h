#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace keyway {
class SendJob;
}

namespace keyway::cli {

class CliContext;

// keyway-cli send ENV METHOD PATH-OR-URL [-H 'K: V']… [-d BODY | -d @file] [--show-headers] [--reveal]
// [--json]
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
    void printJson(const SendJob &job);
    int exitCodeFor(const SendJob &job);

    CliContext &m_context;
    bool m_jsonOutput = false;
};

} // namespace keyway::cli
