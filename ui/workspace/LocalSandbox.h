#pragma once

#include <memory>
#include <QObject>

class QWidget;

namespace keyway {
class KeyService;
namespace sandbox {
class SandboxServer;
}
class Settings;
} // namespace keyway

namespace keyway::ui {

class Prompter;

// "Try the local sandbox": the demo API and OAuth server inside Keyway on 127.0.0.1, and the demo
// workspace that talks to it, with its demo keys in the keychain (dated, as any key is).
class LocalSandbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalSandbox)

public:
    LocalSandbox(Settings &settings, KeyService &keys, Prompter &prompter, QWidget *window);
    ~LocalSandbox() override;

    static QString demoWorkspaceDir();
    sandbox::SandboxServer *server() const { return m_server.get(); }

    // Starts the server once (the configured port, or any free one); false after saying why.
    bool ensureRunning();
    // Prepares the demo workspace for the running server's port.
    void pointDemoAtServer(const QString &dir);
    // Server, demo workspace and keys; `demoReady` when the keys are in the keychain (or were refused).
    void start();

Q_SIGNALS:
    void demoReady(const QString &dir);
    void status(const QString &message, int timeoutMs);

private:
    Settings &m_settings;
    KeyService &m_keys;
    Prompter &m_prompter;
    QWidget *m_window;
    std::unique_ptr<sandbox::SandboxServer> m_server;
};

} // namespace keyway::ui
