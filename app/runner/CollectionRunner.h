#pragma once

#include "checks/CapturedVariables.h"
#include "checks/ResponseChecks.h"
#include "model/Workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace keyway {

class SecretStore;
class CookieJars;
class SendJob;
class TokenBroker;

// One request of a collection run: what came back and whether it passed.
struct RunResult
{
    int iteration = 1;
    QString path; // "folder/name"
    QString method;
    QString url; // as sent (secrets masked)
    int status = 0; // 0: no HTTP answer
    qint64 elapsedMs = 0;
    qint64 size = 0;
    bool passed = false;
    QString failure; // why it did not pass: the first failed check, the error card's first line, …
    QList<CheckOutcome> checks; // the request's own checks, in order
    QStringList captured; // the names this response gave a value
    QStringList captureProblems; // the captures that found nothing, each why
};

// What a run came to so far: its requests and checks, and how many of each failed.
struct RunTotals
{
    int requests = 0;
    int failed = 0;
    int checks = 0;
    int checksFailed = 0;

    static RunTotals of(const QList<RunResult> &results);
    void add(const RunResult &result);
    // "25 requests, 1 failed; 60 checks, 1 failed" (the checks only when there were any).
    QString summary() const;

    Q_DECLARE_TR_FUNCTIONS(RunTotals) // last: it ends with "private:"
};

// Runs saved requests in order against one environment, like a CI step: the environment's secrets
// are read from the keychain once, one token broker serves every request (tokens refreshed as
// needed), one network manager reuses connections. A request with checks passes when they all do;
// one without fails on an HTTP error status or an error envelope in a 2xx answer (GraphQL). Either
// fails on a transport error or a capture that found nothing. Captured values are variables of the
// later requests (of every iteration); they expand as they are, never as templates.
class CollectionRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectionRunner)

public:
    struct Options
    {
        int iterations = 1;
        bool bail = false; // stop at the first failure
        int timeoutMs = 30'000;
        // The environment's cookies, carried from one request to the next (a login, then its session).
        CookieJars *cookies = nullptr;
        // One row of variables per iteration (a data file); when set, its rows are the iterations.
        QList<QHash<QString, QString>> data;
        // Over the environment's own variables (--env-var); a data row and captures go over these.
        QHash<QString, QString> variables;
        int delayMs = 0; // between one request and the next
        // Every result kept for results() (reports are made from them); without, only totals(),
        // so a run of any length takes the same memory.
        bool keepResults = true;
    };

    CollectionRunner(SecretStore &secrets, QNetworkAccessManager &network, TokenBroker *broker,
        QString workspaceId, Environment environment, QList<RequestSpec> requests, Options options,
        QObject *parent = nullptr);
    ~CollectionRunner() override;

    // The requests of `collection` ("" or "." for all) and its subfolders, in the tree's order:
    // folders, then each folder's saved order (`seq`), then names.
    static QList<RequestSpec> requestsIn(const Workspace &workspace, const QString &collection);
    static QString pathOf(const RequestSpec &request);

    void start();
    // Cancels the request on its way and ends the run; `finished` follows.
    void stop();
    // How many sends the whole run makes: the requests times the iterations.
    int plannedSends() const { return int(m_requests.size()) * iterationCount(); }
    const QList<RunResult> &results() const { return m_results; }
    const RunTotals &totals() const { return m_totals; }
    // What the run captured, as it stands at its end (for the captures marked `save`).
    const CapturedVariables &captured() const { return m_captured; }
    QString errorString() const { return m_errorString; } // a run that could not start

Q_SIGNALS:
    void requestFinished(const keyway::RunResult &result);
    void finished();

private:
    int iterationCount() const;
    void sendNext();
    void onSent(SendJob *job);
    // The environment for the next request: its variables with --env-var, the data row and captures.
    Environment environmentForSend() const;
    // Checks decide when the request has them; otherwise the status and any error envelope do.
    void judge(RunResult &result, const RequestSpec &request, const ResponseBody &body, const SendJob &job);
    void capture(RunResult &result, const RequestSpec &request, const ResponseBody &body);

    SecretStore &m_secrets;
    QNetworkAccessManager &m_network;
    QPointer<TokenBroker> m_broker;
    QString m_workspaceId;
    Environment m_environment;
    QList<RequestSpec> m_requests;
    Options m_options;
    QHash<QString, QString> m_secretValues;
    QPointer<SendJob> m_job;
    bool m_stopped = false;
    int m_next = 0;
    int m_iteration = 1;
    QList<RunResult> m_results;
    RunTotals m_totals;
    CapturedVariables m_captured;
    QString m_errorString;
};

} // namespace keyway
