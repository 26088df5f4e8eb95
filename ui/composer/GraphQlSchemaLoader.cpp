#include "composer/GraphQlSchemaLoader.h"

#include "composer/GraphQlEditor.h"
#include "composer/RequestComposer.h"
#include "http/SendJob.h"
#include "session/EnvironmentSession.h"

#include <QJsonDocument>
#include <QLocale>

namespace keyway::ui {

GraphQlSchemaLoader::GraphQlSchemaLoader(
    EnvironmentSession &session, RequestComposer &composer, GraphQlSchemaCache cache, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_composer(composer)
    , m_cache(std::move(cache))
{
    connect(m_composer.graphqlEditor(), &GraphQlEditor::schemaWanted, this, &GraphQlSchemaLoader::fetch);
}

void GraphQlSchemaLoader::update(const QUrl &url)
{
    m_endpoint = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
    if (m_composer.spec().bodyMode != RequestSpec::BodyMode::GraphQl || !m_session.environment()
        || m_endpoint == m_shown)
        return;
    m_shown = m_endpoint;
    GraphQlEditor *editor = m_composer.graphqlEditor();
    if (const auto cached = m_cache.load(m_session.workspace().id, m_session.environment()->name, m_endpoint)) {
        editor->setSchema(std::make_shared<GraphQlSchema>(cached->schema),
            tr("Schema of %1: %n type(s), fetched %2", nullptr, int(cached->schema.typeNames().size()))
                .arg(m_endpoint, QLocale().toString(cached->fetchedAt.toLocalTime(), QLocale::ShortFormat)));
        return;
    }
    editor->setSchema(nullptr, tr("No schema of %1 yet.").arg(m_endpoint));
    if (!m_tried.contains(m_endpoint)) {
        m_tried.insert(m_endpoint);
        fetch();
    }
}

void GraphQlSchemaLoader::fetch()
{
    if (m_job || !m_session.environment())
        return;
    RequestSpec request = m_composer.spec();
    request.method = QStringLiteral("POST");
    request.bodyMode = RequestSpec::BodyMode::GraphQl;
    request.graphql = {GraphQlSchema::introspectionQuery(), {}, {}};
    const QString target = m_endpoint;
    m_job = m_session.createSendJob(request, this);
    if (!m_job)
        return;
    m_composer.graphqlEditor()->setSchemaStatus(tr("Asking %1 for its schema\u2026").arg(target));
    connect(m_job, &SendJob::finished, this, [this, target](SendJob *job) { onFetched(job, target); });
    m_job->start();
}

void GraphQlSchemaLoader::onFetched(SendJob *job, const QString &target)
{
    job->deleteLater();
    GraphQlEditor *editor = m_composer.graphqlEditor();
    if (job->result() != SendJob::Result::Completed) {
        editor->setSchemaStatus(tr("The schema could not be fetched: %1").arg(job->errorString()));
        return Q_EMIT fetched(false);
    }
    auto schema = GraphQlSchema::fromIntrospection(QJsonDocument::fromJson(job->response().body).object());
    if (!schema) {
        editor->setSchemaStatus(job->response().isSuccess()
                ? tr("No schema: %1").arg(schema.error())
                : tr("No schema: %1 answered HTTP %2").arg(target).arg(job->response().status));
        return Q_EMIT fetched(false);
    }
    const QString environment = m_session.environment() ? m_session.environment()->name : QString();
    const Status cached = m_cache.store(m_session.workspace().id, environment, target, schema.value());
    editor->setSchema(std::make_shared<GraphQlSchema>(schema.value()),
        tr("Schema of %1: %n type(s), fetched now", nullptr, int(schema->typeNames().size())).arg(target)
            + (cached ? QString() : QStringLiteral(" (%1)").arg(cached.error())));
    Q_EMIT fetched(true);
}

} // namespace keyway::ui
