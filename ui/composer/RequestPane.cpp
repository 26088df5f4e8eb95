#include "composer/RequestPane.h"

#include "checks/ResponseChecks.h"
#include "common/ErrorText.h"
#include "common/Prompter.h"
#include "composer/ChecksEditor.h"
#include "composer/GraphQlSchemaLoader.h"
#include "composer/PreviewModel.h"
#include "composer/RequestComposer.h"
#include "composer/ResponseJudge.h"
#include "envelope/EnvelopeRecognizer.h"
#include "history/HistoryStore.h"
#include "http/RedirectPolicy.h"
#include "http/SendJob.h"
#include "model/VariableExpander.h"
#include "response/ResponseView.h"
#include "runner/CollectionRunner.h"
#include "session/EnvironmentSession.h"
#include "session/KeyService.h"
#include "storage/ModelJson.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

namespace keyway::ui {

namespace {

const QStringList WriteMethods {
    QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("PATCH"), QStringLiteral("DELETE")};

} // namespace

RequestPane::RequestPane(EnvironmentSession &session, Prompter &prompter, QWidget *parent)
    : DocumentPage(parent)
    , m_session(session)
    , m_prompter(prompter)
    , m_composer(new RequestComposer(this))
    , m_judge(std::make_unique<ResponseJudge>(session, *m_composer))
    , m_preview(new PreviewModel(this))
    , m_previewView(new QTableView(this))
    , m_previewWarning(new QLabel(this))
    , m_capturedNote(new QLabel(this))
    , m_setMissing(new QPushButton(this))
    , m_response(new ResponseView(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_response->setPrompter(&m_prompter);
    m_composer->setPrompter(&m_prompter);
    m_previewView->setObjectName(QStringLiteral("preview"));
    m_previewView->setModel(m_preview);
    m_previewView->verticalHeader()->hide();
    m_previewView->verticalHeader()->setDefaultSectionSize(m_previewView->fontMetrics().height() + 6);
    m_previewView->horizontalHeader()->setSectionResizeMode(PreviewModel::ValueColumn, QHeaderView::Stretch);
    m_previewView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_previewView->setAccessibleName(tr("Request as it will be sent"));
    m_previewWarning->setObjectName(QStringLiteral("previewWarning"));
    m_previewWarning->setWordWrap(true);
    showAsError(m_previewWarning);
    m_previewWarning->hide();

    // The Wire tab: what will be sent is one click away, in the composer with the other parts.
    auto *previewBox = new QWidget(this);
    previewBox->setObjectName(QStringLiteral("wirePage"));
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(new QLabel(tr("Exactly what will be sent:"), previewBox));
    m_setMissing->setObjectName(QStringLiteral("setMissingKey"));
    m_setMissing->setAccessibleName(tr("Store the missing key in the keychain"));
    m_setMissing->hide();
    connect(m_setMissing, &QPushButton::clicked, this, [this] {
        if (!m_session.missingSecrets().isEmpty())
            Q_EMIT setSecretRequested(m_session.missingSecrets().first());
    });
    auto *warningRow = new QHBoxLayout;
    warningRow->addWidget(m_previewWarning, 1);
    warningRow->addWidget(m_setMissing, 0, Qt::AlignTop);
    previewLayout->addLayout(warningRow);
    m_capturedNote->setObjectName(QStringLiteral("capturedNote"));
    m_capturedNote->setWordWrap(true);
    m_capturedNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_capturedNote->hide();
    previewLayout->addWidget(m_capturedNote);
    previewLayout->addWidget(m_previewView, 1);
    m_composer->tabs()->addTab(previewBox, tr("Wire"));

    m_splitter->setObjectName(QStringLiteral("requestSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_composer);
    m_splitter->addWidget(m_response);
    m_splitter->setSizes({1000, 1000}); // half and half until the user moves the handle
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    m_schemas = new GraphQlSchemaLoader(m_session, *m_composer, GraphQlSchemaCache(), this);
    connect(m_composer, &RequestComposer::changed, this, [this] {
        refreshPreview();
        if (!m_loading)
            setModified(true);
    });
    connect(&m_session, &EnvironmentSession::environmentChanged, this, [this] {
        refreshKnownVariables();
        refreshPreview();
    });
    connect(&m_session, &EnvironmentSession::secretsChanged, this, &RequestPane::refreshPreview);
    connect(&m_session, &EnvironmentSession::cookiesChanged, this, &RequestPane::refreshPreview);
    connect(&m_session, &EnvironmentSession::credentialStateChanged, this, &RequestPane::refreshPreview);
    connect(&m_session, &EnvironmentSession::capturedChanged, this, [this] {
        refreshKnownVariables();
        refreshPreview();
    });
    connect(m_composer->checksEditor(), &ChecksEditor::clearCapturedRequested, &m_session,
        &EnvironmentSession::clearCaptured);
    connect(m_composer, &RequestComposer::changed, this, [this] {
        if (!isSending())
            m_judge->resetTitle(); // the verdict was for the request as it was sent
    });
    connect(m_response, &ResponseView::cancelRequested, this, &RequestPane::cancel);
    connect(m_composer, &RequestComposer::sendRequested, this, &RequestPane::send);
    connect(
        m_composer->sendButton(), &QPushButton::clicked, this, [this] { isSending() ? cancel() : send(); });
    refreshKnownVariables();
}

RequestPane::~RequestPane() = default;

void RequestPane::setRequest(const RequestSpec &request)
{
    m_loading = true;
    m_composer->setSpec(request);
    m_loading = false;
    setModified(false);
    Q_EMIT titleChanged();
}

QString RequestPane::layoutModeName(LayoutMode mode)
{
    switch (mode) {
    case LayoutMode::SideBySide:
        return QStringLiteral("sideBySide");
    case LayoutMode::Stacked:
        return QStringLiteral("stacked");
    case LayoutMode::Automatic:
        break;
    }
    return QStringLiteral("auto");
}

RequestPane::LayoutMode RequestPane::layoutModeFromName(const QString &name)
{
    if (name == QLatin1String("sideBySide"))
        return LayoutMode::SideBySide;
    if (name == QLatin1String("stacked"))
        return LayoutMode::Stacked;
    return LayoutMode::Automatic;
}

void RequestPane::setLayoutMode(LayoutMode mode)
{
    m_layoutMode = mode;
    applyOrientation();
}

void RequestPane::setSplitterStates(const QByteArray &sideBySide, const QByteArray &stacked)
{
    const bool horizontal = m_splitter->orientation() == Qt::Horizontal;
    const QByteArray &shown = horizontal ? sideBySide : stacked;
    if (!shown.isEmpty()) {
        m_splitter->restoreState(shown);
        m_splitter->setOrientation(horizontal ? Qt::Horizontal : Qt::Vertical); // the state carries one
    }
    m_otherSplitterState = horizontal ? stacked : sideBySide;
}

QByteArray RequestPane::splitterState(Qt::Orientation orientation) const
{
    return m_splitter->orientation() == orientation ? m_splitter->saveState() : m_otherSplitterState;
}

void RequestPane::resizeEvent(QResizeEvent *event)
{
    DocumentPage::resizeEvent(event);
    if (m_layoutMode == LayoutMode::Automatic)
        applyOrientation();
}

void RequestPane::applyOrientation()
{
    const bool stacked = m_layoutMode == LayoutMode::Stacked
        || (m_layoutMode == LayoutMode::Automatic && window()->width() < StackBelowWindowWidth);
    const Qt::Orientation wanted = stacked ? Qt::Vertical : Qt::Horizontal;
    if (m_splitter->orientation() == wanted)
        return;
    const QByteArray shown = m_splitter->saveState();
    m_splitter->setOrientation(wanted);
    if (!m_otherSplitterState.isEmpty())
        m_splitter->restoreState(m_otherSplitterState);
    else
        m_splitter->setSizes({1, 1}); // half and half the first time
    m_otherSplitterState = shown;
}

QString RequestPane::keyOf(const RequestSpec &request)
{
    if (request.name.isEmpty())
        return {};
    return QStringLiteral("request:")
        + (request.collection.isEmpty() ? request.name
                                        : request.collection + QLatin1Char('/') + request.name);
}

QString RequestPane::documentKey() const
{
    return keyOf(m_composer->spec());
}

QString RequestPane::title() const
{
    const QString name = m_composer->spec().name;
    return name.isEmpty() ? tr("New request") : name;
}

bool RequestPane::isBlank() const
{
    const RequestSpec spec = m_composer->spec();
    return !m_modified && spec.name.isEmpty() && spec.url.isEmpty() && spec.body.isEmpty();
}

RequestSpec RequestPane::request() const
{
    return m_composer->spec();
}

void RequestPane::markSaved(const RequestSpec &saved)
{
    setRequest(saved);
}

void RequestPane::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

void RequestPane::refreshKnownVariables()
{
    QStringList names {QStringLiteral("baseUrl"), QStringLiteral("companyId")};
    if (const Environment *env = m_session.environment()) {
        names += env->variables.keys();
        for (const QString &slot : env->secretSlots)
            names.append(QStringLiteral("secret.") + slot);
        names += m_session.captured().names();
    }
    m_composer->setKnownVariables(names);
}

void RequestPane::refreshPreview()
{
    const RequestSpec spec = m_composer->spec();
    const auto masked = m_session.preview(spec, VariableExpander::SecretMode::Mask);
    if (!masked) {
        setWireTitle(-1);
        m_preview->setProblem(masked.error());
        m_previewWarning->setText(masked.error());
        m_previewWarning->show();
        return;
    }
    const auto revealed = m_session.preview(spec, VariableExpander::SecretMode::Reveal);
    m_preview->setRequest(masked.value(), revealed ? revealed.value() : masked.value());
    m_schemas->update(masked->url); // the GraphQL editor's schema follows the endpoint
    setWireTitle(int(masked->headers.size()));
    QStringList warnings;
    if (!m_session.secretsProblem().isEmpty())
        warnings << m_session.secretsProblem();
    if (masked->credentialsWithheld)
        warnings << tr("The environment's credentials are not sent to %1: it is not the environment's "
                       "origin. Trust it in the environment's editor (Advanced) if it should get them.")
                        .arg(RedirectPolicy::origin(masked->url));
    const QStringList misplaced = m_session.misplacedSecrets();
    if (!misplaced.isEmpty())
        warnings << tr("%1 looks like a key for the other kind of environment (check sandbox vs production)")
                        .arg(misplaced.join(QStringLiteral(", ")));
    m_previewWarning->setText(warnings.join(QLatin1Char('\n')));
    m_previewWarning->setVisible(!warnings.isEmpty());
    showCapturedOrigins(spec);
    const QStringList missing = m_session.missingSecrets();
    m_setMissing->setText(missing.isEmpty() ? QString() : tr("Set %1\u2026").arg(missing.first()));
    m_setMissing->setVisible(!missing.isEmpty());
    m_previewView->resizeColumnToContents(PreviewModel::NameColumn);
}

bool RequestPane::confirmProductionWrite(const RequestSpec &request)
{
    const Environment *env = m_session.environment();
    if (!env || env->kind != EnvironmentKind::Production || !WriteMethods.contains(request.method))
        return true;
    return m_prompter.confirm(this, tr("Send to production?"),
        tr("%1 %2 will change live data in the production environment '%3'.")
            .arg(request.method, request.url, env->name),
        tr("Send to Production"));
}

void RequestPane::send()
{
    if (m_job)
        return;
    const RequestSpec spec = m_composer->spec();
    if (!m_session.environment()) {
        m_response->showFailure(tr("choose an environment first"));
        return;
    }
    if (!confirmProductionWrite(spec))
        return;
    m_job = m_session.createSendJob(spec, this);
    m_sentSpec = spec;
    m_job->setTimeout(std::max(1, m_timeoutSeconds) * 1000);
    m_job->setBodySink(m_response->bodySink()); // shown as it arrives; a large body kept on disk
    connect(m_job, &SendJob::progress, m_response, &ResponseView::showProgress);
    connect(m_job, &SendJob::finished, this, &RequestPane::onJobFinished);
    m_response->showSending();
    showSendingState(true);
    m_job->start();
}

void RequestPane::showSendingState(bool sending)
{
    QPushButton *button = m_composer->sendButton();
    button->setText(sending ? tr("Cancel") : tr("Send"));
    button->setToolTip(
        sending ? tr("Stop waiting for the response (Esc)") : tr("Send the request (Ctrl+Enter)"));
    button->setAccessibleName(sending ? tr("Cancel the request") : tr("Send the request"));
}

void RequestPane::setWireTitle(int headerCount)
{
    QTabWidget *tabs = m_composer->tabs();
    const int index = tabs->count() - 1; // the Wire tab comes last
    tabs->setTabText(index, headerCount < 0 ? tr("Wire (!)") : tr("Wire (%1)").arg(headerCount));
    tabs->setTabToolTip(index,
        headerCount < 0
            ? tr("The request cannot be built yet; the Wire tab says why")
            : tr("Exactly what will be sent: the request line and %n header(s)", nullptr, headerCount));
}

void RequestPane::cancel()
{
    if (m_job)
        m_job->cancel();
}

void RequestPane::onJobFinished(SendJob *job)
{
    job->deleteLater();
    m_job.clear();
    showSendingState(false);
    if (job->result() == SendJob::Result::Completed) {
        // A dates-only record; a damaged record file is reported by the key manager, not here.
        if (m_keys)
            (void)m_keys->recordUsed(job->workspaceId(), job->environmentName(), job->secretsUsed());
        const HttpResponse &response = job->response();
        m_response->showResponse(response,
            EnvelopeRecognizer::recognize(response.status, response.headers, response.body),
            job->maskedRequest());
        m_judge->judge(m_sentSpec, *job);
    } else {
        m_response->showFailure(job->errorString(), job->maskedRequest());
        m_judge->clear();
    }
    record(*job);
    Q_EMIT sent();
}

void RequestPane::showCapturedOrigins(const RequestSpec &spec)
{
    // Where each captured value this request uses came from: a value that changes between sends
    // should never be a mystery.
    const CapturedVariables &captured = m_session.captured();
    QStringList lines;
    if (captured.isEmpty()) { // the common case: no request written out on every keystroke
        m_capturedNote->hide();
        return;
    }
    const QString text = QString::fromUtf8(QJsonDocument(ModelJson::toJson(spec)).toJson(QJsonDocument::Compact));
    for (const QString &name : captured.usedIn(text)) {
        const QString origin = captured.originOf(name);
        lines.append(origin.isEmpty() ? tr("{{%1}} = %2, captured this session").arg(name, captured.shownValue(name))
                                      : tr("{{%1}} = %2, captured from %3").arg(name, captured.shownValue(name), origin));
    }
    m_capturedNote->setText(lines.join(QLatin1Char('\n')));
    m_capturedNote->setVisible(!lines.isEmpty());
}

void RequestPane::record(const SendJob &job)
{
    if (!m_history || job.maskedRequest().method.isEmpty())
        return;
    if (m_history->add(job.historyEntry())) // masked: no secret value reaches the history
        Q_EMIT historyChanged();
}

} // namespace keyway::ui
