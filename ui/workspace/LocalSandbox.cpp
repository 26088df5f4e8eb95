#include "workspace/LocalSandbox.h"

#include "common/Prompter.h"
#include "core/AppPaths.h"
#include "core/Settings.h"
#include "sandbox/DemoWorkspace.h"
#include "sandbox/SandboxServer.h"
#include "session/KeyService.h"
#include "secrets/SecretStore.h"

#include <QWidget>

namespace keyway::ui {

LocalSandbox::LocalSandbox(Settings &settings, KeyService &keys, Prompter &prompter, QWidget *window)
    : QObject(window)
    , m_settings(settings)
    , m_keys(keys)
    , m_prompter(prompter)
    , m_window(window)
{
}

LocalSandbox::~LocalSandbox() = default;

QString LocalSandbox::demoWorkspaceDir()
{
    return AppPaths::dataDir() + QStringLiteral("/workspaces/sandbox-demo");
}

bool LocalSandbox::ensureRunning()
{
    if (m_server)
        return true;
    auto server = std::make_unique<sandbox::SandboxServer>();
    const int preferred = m_settings.value(SettingKeys::SandboxPort);
    if (server->start(quint16(preferred)) == 0 && server->start(0) == 0) {
        m_prompter.showError(m_window, tr("Local Sandbox"), tr("The sandbox could not listen on 127.0.0.1."));
        return false;
    }
    m_server = std::move(server);
    Q_EMIT status(tr("Local sandbox running on %1").arg(m_server->baseUrl().toString()), 0);
    return true;
}

void LocalSandbox::pointDemoAtServer(const QString &dir)
{
    if (ensureRunning())
        (void)sandbox::DemoWorkspace::prepare(dir, m_server->baseUrl());
}

void LocalSandbox::start()
{
    if (!ensureRunning())
        return;
    const auto demo = sandbox::DemoWorkspace::prepare(demoWorkspaceDir(), m_server->baseUrl());
    if (!demo)
        return m_prompter.showError(m_window, tr("Local Sandbox"), demo.error());
    // The demo keys go to the keychain first, so the preview can show them masked.
    const auto secrets = sandbox::DemoWorkspace::secrets();
    auto pending = std::make_shared<int>(int(secrets.size()));
    auto failures = std::make_shared<QStringList>();
    for (const auto &[environment, slot, value] : secrets) {
        const SecretKey key {demo->id, environment, slot};
        // Past the key service: putting the demo keys back is no rotation (dates only when new).
        SecretJob *job = m_keys.raw().write(key, value, this);
        connect(job, &SecretJob::finished, this, [this, pending, failures, key](SecretJob *done) {
            if (!done->succeeded())
                failures->append(done->errorString());
            else if (KeyMetadataStore &dates = m_keys.dates(); dates.metadata(key).ok() && !dates.metadata(key)->isKnown())
                (void)dates.recordStored(key); // the key manager shows when the demo key arrived
            if (--*pending > 0)
                return;
            if (!failures->isEmpty())
                m_prompter.showError(m_window, tr("Local Sandbox"),
                    tr("The demo keys could not be stored in the keychain: %1").arg(failures->first()));
            Q_EMIT demoReady(demoWorkspaceDir());
        });
        job->start();
    }
}

} // namespace keyway::ui
