#pragma once

#include "model/Workspace.h"

#include <QCoreApplication>
#include <QStringList>

namespace keyway {
struct FoundCredential;
}

namespace keyway::cli {

class CliContext;

// keyway-cli import curl [--env ENV] [--save FOLDER/NAME] < command: a pasted cURL command as a
// request. With --env its credentials move into that environment's keychain entries and the
// request keeps {{secret.*}} templates; a request still holding a credential is never saved.
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    explicit ImportCommand(CliContext &context)
        : m_context(context)
    {
    }
    int run(const QStringList &arguments);

private:
    int importCurl(const QStringList &arguments);
    std::optional<int> moveCredentials(Workspace &workspace, Environment &env, RequestSpec &request,
        const QList<FoundCredential> &credentials);
    void printRequest(const RequestSpec &request, const QList<FoundCredential> &credentials);

    CliContext &m_context;
};

} // namespace keyway::cli
