#pragma once

#include "graphql/GraphQlSchemaCache.h"
#include "http/SendJob.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace keyway {
class EnvironmentSession;
} // namespace keyway

namespace keyway::ui {

class GraphQlEditor;
class RequestComposer;

// Gives a request's GraphQL editor its endpoint's schema: from the cache when it was fetched
// before, else by introspection through the environment (its auth, its cookies) the first time the
// GraphQL mode is used for that endpoint, and again whenever Fetch Schema is pressed.
class GraphQlSchemaLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphQlSchemaLoader)

public:
    GraphQlSchemaLoader(EnvironmentSession &session, RequestComposer &composer, GraphQlSchemaCache cache = GraphQlSchemaCache(),
        QObject *parent = nullptr);

    // The request as the Wire tab just built it goes to `url`: in GraphQL mode, a new endpoint gets
    // its cached schema, or a first fetch.
    void update(const QUrl &url);
    void fetch();
    bool isFetching() const { return m_job; }

Q_SIGNALS:
    void fetched(bool ok);

private:
    void onFetched(SendJob *job, const QString &endpoint);

    EnvironmentSession &m_session;
    RequestComposer &m_composer;
    GraphQlSchemaCache m_cache;
    QString m_endpoint; // the request's URL as it will be sent, without query
    QString m_shown; // the endpoint whose schema the editor has
    QSet<QString> m_tried; // endpoints fetched on first use already, so a failure is not repeated
    QPointer<SendJob> m_job;
};

} // namespace keyway::ui
