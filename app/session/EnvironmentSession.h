#pragma once

#include "checks/CapturedVariables.h"
#include "runner/CollectionRunner.h"
#include "core/Expected.h"
#include "envelope/ErrorReport.h"
#include "http/WireRequest.h"
#include "model/VariableExpander.h"
#include "model/Workspace.h"

#include <memory>
#include <optional>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace keyway {

class AuthorizationCodeLogin;
class BrowserLauncher;
class SecretStore;
class SendJob;
class TokenBroker;
class CookieJars;
class TokenBrokers;

// What the auth chip shows.
struct CredentialState
{
    enum class Kind { NoEnvironment, NoAuth, ApiKey, SignedJwt, SignedIn, SignInNeeded, SigningIn, Checking };
    Kind kind = Kind::NoEnvironment;
    QDateTime expiresAt; // SignedIn
    QStringList grantedScopes;
    QString message; // why sign-in is needed, or what went wrong; SignedJwt: the algorithm
};

// How a browser sign-in ended, for the sign-in window: what was asked for and what was granted,
// or why not.
struct SignInOutcome
{
    bool signedIn = false;
    bool cancelled = false;
    QString error;
    std::optional<ErrorReport> report; // the token endpoint's error card, when there was one
    QStringList requestedScopes;
    QStringList grantedScopes;
    QDateTime expiresAt;
};

// The state behind the main window: which workspace and environment are active, their secrets
// (read asynchronously, held only in memory, for the preview and for sending), and the one token
// broker of the active environment. Widgets talk to this; it talks to the keychain and network.
class EnvironmentSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentSession)

public:
    EnvironmentSession(SecretStore &secrets, QNetworkAccessManager &network, QObject *parent = nullptr);
    ~EnvironmentSession() override;

    void setWorkspace(const Workspace &workspace);
    const Workspace &workspace() const { return m_workspace; }

    // Selects by name; an empty name or an unknown one selects nothing.
    void selectEnvironment(const QString &name);
    // An environment's unsaved edits (its editor's draft, under its saved name): the Wire tab and
    // sends follow them at once, as what is shown is what is sent. Reloading the workspace ends it.
    void useUnsavedEdits(const Environment &draft);
    // Settings → auth/refreshMarginSeconds, for every token broker.
    void setRefreshMarginSeconds(int seconds);
    const Environment *environment() const;
    // Selects the company ID to send and saves it to the environment file.
    Status selectCompany(const QString &id);

    bool secretsLoaded() const { return m_secretsLoaded; }
    // Secrets whose key prefix belongs to the other kind of environment (a live key in a sandbox…).
    QStringList misplacedSecrets() const;
    QString secretsProblem() const { return m_secretsProblem; }
    // Slots of the selected environment that have no value in the keychain.
    QStringList missingSecrets() const { return m_missingSecrets; }

    // The request as it will go on the wire, masked (or revealed, for an explicit reveal).
    Expected<WireRequest> preview(const RequestSpec &request, VariableExpander::SecretMode mode) const;
    // A send job for the active environment; the caller connects and starts it.
    SendJob *createSendJob(const RequestSpec &request, QObject *parent);

    // A run of `requests` against the active environment, with its secrets, tokens and cookies; its
    // captures are its own. Null when no environment is chosen.
    CollectionRunner *createRunner(const QList<RequestSpec> &requests, CollectionRunner::Options options, QObject *parent);

    // Values captured from responses this session, per environment: variables of later sends
    // and previews, kept in memory only (secret ones masked). The active environment's:
    const CapturedVariables &captured() const;
    CapturedVariables::Taken takeCaptures(
        const QStringList &captures, const ResponseBody &body, const QString &source = {});
    void clearCaptured();
    // Keeps the active environment's captures marked `save` in it (file, or keychain for secrets);
    // `capturesSaved` follows.
    void saveCaptures();
    // The active environment with its captured values as variables (and secrets); null: none chosen.
    std::optional<Environment> environmentWithCaptures() const;

    // Credentials of the active environment: state, sign in (browser or grant), refresh, sign out.
    const CredentialState &credentialState() const { return m_credentials; }
    // Null goes back to the system browser.
    void setBrowserLauncher(BrowserLauncher *browser);
    // `scopes`: what to ask for this time; empty means the environment's own list.
    void signIn(const QStringList &scopes = {});
    // The active environment's token broker, for calls that need its token; null without tokens.
    TokenBroker *tokenBroker() const { return m_broker; }
    // The process's brokers, for windows that need tokens of any environment (Verify, the wizard).
    TokenBrokers &tokenBrokers() const { return *m_brokers; }
    // The environments' cookie jars (the Wire tab shows the active one's, sends keep theirs).
    CookieJars &cookieJars() const { return *m_cookieJars; }
    void cancelSignIn();
    void refreshNow();
    void signOut();
    QUrl signInUrl() const;

Q_SIGNALS:
    void environmentChanged();
    void secretsChanged();
    void credentialStateChanged();
    // The active environment's cookies were read or changed.
    void cookiesChanged();
    void capturedChanged();
    // `error` empty when they were kept; the environment's file changed then.
    void capturesSaved(const QString &error, const QStringList &names);
    // The browser was asked to open `url` (shown so it can be opened by hand).
    void signInWaiting(const QUrl &url);
    void signInBrowserNotStarted(const QString &reason);
    void signInFinished(const keyway::SignInOutcome &outcome);

private:
    void loadSecrets();
    void readCredentialState();
    void setCredentialState(CredentialState state);
    // `renew`: ask for a new token even when the stored one is fresh.
    void acquireToken(bool renew);

    SecretStore &m_secrets;
    QNetworkAccessManager &m_network;
    Workspace m_workspace;
    QString m_environmentName;
    QHash<QString, QString> m_secretValues;
    bool m_secretsLoaded = false;
    QString m_secretsProblem;
    QStringList m_missingSecrets;
    int m_loadGeneration = 0;
    TokenBrokers *m_brokers = nullptr; // child
    CookieJars *m_cookieJars = nullptr; // child
    TokenBroker *m_broker = nullptr; // the active environment's, owned by m_brokers
    std::unique_ptr<BrowserLauncher> m_systemBrowser;
    BrowserLauncher *m_browser = nullptr;
    QPointer<AuthorizationCodeLogin> m_login;
    CredentialState m_credentials;
    QHash<QString, CapturedVariables> m_captured; // by environment name
};

} // namespace keyway
