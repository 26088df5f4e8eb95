#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QStackedWidget;

namespace keyway {
class Settings;
}

namespace keyway::ui {

class Prompter;

// Settings (Edit → Settings…, Ctrl+,) in pages: Network (timeout, proxy, extra CA file), Privacy
// (clipboard time, history size, rotation reminder), Appearance (colours) and Language. Values are checked
// before they are saved; a bad proxy or certificate file keeps the dialog open with the reason.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(Settings &settings, Prompter &prompter, QWidget *parent = nullptr);

    QListWidget *pageList() const { return m_pages; }
    QSpinBox *timeoutBox() const { return m_timeout; }
    QLineEdit *proxyEdit() const { return m_proxy; }
    QLineEdit *proxyPasswordEdit() const { return m_proxyPassword; }
    // A password typed for the proxy (or found in its URL), for the keychain; never saved in the settings.
    QString proxyPassword() const { return m_typedProxyPassword; }
    QLineEdit *caFileEdit() const { return m_caFile; }
    QSpinBox *clipboardBox() const { return m_clipboard; }
    QSpinBox *historyBox() const { return m_history; }
    QSpinBox *reminderBox() const { return m_reminder; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *colorSchemeBox() const { return m_colorScheme; }
    QLabel *errorLabel() const { return m_error; }

    void accept() override;

Q_SIGNALS:
    // Saved: the window applies what takes effect at once.
    void applied();

private:
    QWidget *networkPage();
    QWidget *privacyPage();
    QWidget *appearancePage();
    QWidget *languagePage();
    void addPage(const QString &title, QWidget *page);

    Settings &m_settings;
    Prompter &m_prompter;
    QListWidget *m_pages;
    QStackedWidget *m_stack;
    QSpinBox *m_timeout;
    QLineEdit *m_proxy;
    QLineEdit *m_proxyPassword;
    QString m_typedProxyPassword;
    QLineEdit *m_caFile;
    QSpinBox *m_clipboard;
    QSpinBox *m_history;
    QSpinBox *m_reminder;
    QComboBox *m_colorScheme;
    QComboBox *m_language;
    QLabel *m_error;
};

} // namespace keyway::ui
