#pragma once

#include "model/Workspace.h"

#include <QHash>
#include <QObject>

class QWidget;

namespace keyway {
class KeyService;
class EnvironmentSession;
class SecretStore;
struct FoundCredential;
} // namespace keyway

namespace keyway::ui {

class Prompter;
class DocumentTabs;

// What comes into and goes out of the open workspace: export and import (Keyway exports, Postman,
// OpenAPI), cURL commands pasted in and copied out, and the secrets that come with them, which go
// straight to the keychain. The window owns one and shows what it reports.
class WorkspaceTransfer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceTransfer)

public:
    // `workspace` is the window's own, kept up to date by it.
    WorkspaceTransfer(Workspace &workspace, EnvironmentSession &session, KeyService &secrets,
        DocumentTabs &tabs, Prompter &prompter, QWidget *window);

    void exportBundle(bool currentEnvironmentOnly);
    void importBundle();
    void pasteCurl();
    void copyAsCurl();
    // Stores `values` as keys of `environment`, records their dates and reports through
    // secretsStored; `title` names the action in an error.
    void storeSecrets(
        const QString &environment, const QHash<QString, QString> &values, const QString &title);

Q_SIGNALS:
    void reloadNeeded();
    void secretsStored(const QString &environment);
    void status(const QString &message, int milliseconds);

private:
    void moveCredentialToKeychain(RequestSpec &request, const FoundCredential &credential);

    Workspace &m_workspace;
    EnvironmentSession &m_session;
    KeyService &m_secrets; // every key write keeps its dates and drops dependent tokens
    DocumentTabs &m_tabs;
    Prompter &m_prompter;
    QWidget *m_window;
};

} // namespace keyway::ui
