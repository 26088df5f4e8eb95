#include "settings/SettingsDialog.h"

#include "common/ErrorText.h"
#include "common/Prompter.h"
#include "core/NetworkSettings.h"
#include "session/ProxyPassword.h"
#include "core/Settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace keyway::ui {

namespace {

QSpinBox *spinBox(int minimum, int maximum, int value, const QString &suffix, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setValue(value);
    box->setSuffix(suffix);
    return box;
}

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setEnabled(false); // the palette's muted text colour, light or dark
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(Settings &settings, Prompter &prompter, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_prompter(prompter)
    , m_pages(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_timeout(spinBox(1, 3600, settings.value(SettingKeys::RequestTimeoutSeconds), tr(" s"), this))
    , m_proxy(new QLineEdit(settings.value(SettingKeys::Proxy), this))
    , m_proxyPassword(new QLineEdit(this))
    , m_caFile(new QLineEdit(settings.value(SettingKeys::CaFile), this))
    , m_clipboard(spinBox(5, 600, settings.value(SettingKeys::ClipboardClearSeconds), tr(" s"), this))
    , m_history(
          spinBox(0, 100, int(settings.value(SettingKeys::HistoryBodyLimitBytes) / 1024), tr(" KiB"), this))
    , m_reminder(spinBox(1, 3650, settings.value(SettingKeys::RotationReminderDays), tr(" days"), this))
    , m_colorScheme(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    m_history->setRange(0, 100 * 1024);
    m_history->setValue(int(settings.value(SettingKeys::HistoryBodyLimitBytes) / 1024));
    m_pages->setObjectName(QStringLiteral("settingsPages"));
    m_pages->setAccessibleName(tr("Settings pages"));
    m_pages->setMaximumWidth(160);
    connect(m_pages, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    addPage(tr("Network"), networkPage());
    addPage(tr("Privacy"), privacyPage());
    addPage(tr("Appearance"), appearancePage());
    addPage(tr("Language"), languagePage());
    m_pages->setCurrentRow(0);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    showAsError(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *body = new QHBoxLayout;
    body->addWidget(m_pages);
    body->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(640, 400);
}

void SettingsDialog::addPage(const QString &title, QWidget *page)
{
    m_pages->addItem(title);
    m_stack->addWidget(page);
}

QWidget *SettingsDialog::networkPage()
{
    auto *page = new QWidget(this);
    m_proxy->setObjectName(QStringLiteral("proxy"));
    m_proxy->setPlaceholderText(tr("system settings"));
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caFile->setAccessibleName(tr("File of extra certificate authorities"));
    m_caFile->setPlaceholderText(tr("no extra file"));
    auto *browse = new QPushButton(tr("&Browse\u2026"), page);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = m_prompter.chooseOpenFile(this, tr("Certificate Authorities (PEM)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    auto *form = new QFormLayout(page);
    form->addRow(tr("Request &timeout:"), m_timeout);
    form->addRow(tr("&Proxy:"), m_proxy);
    form->addRow(QString(),
        hint(tr("Empty: the system's settings (http_proxy, no_proxy). \"none\": connect "
                "directly. Or http://host:port, socks5://host:port; with user@ before the host when "
                "it asks for a password."),
            page));
    m_proxyPassword->setObjectName(QStringLiteral("proxyPassword"));
    m_proxyPassword->setEchoMode(QLineEdit::Password);
    m_proxyPassword->setPlaceholderText(tr("unchanged (kept in the keychain)"));
    const auto followUser = [this] {
        const bool hasUser = ProxyPassword::hasUser(m_proxy->text());
        m_proxyPassword->setEnabled(hasUser);
        m_proxyPassword->setPlaceholderText(
            hasUser ? tr("unchanged (kept in the keychain)") : tr("only for a proxy URL with user@"));
    };
    connect(m_proxy, &QLineEdit::textChanged, this, followUser);
    followUser();
    form->addRow(tr("Proxy pass&word:"), m_proxyPassword);
    // A label beside a layout has no buddy, so its '&' would show: give it the line edit.
    auto *caLabel = new QLabel(tr("Extra &CA certificates:"), page);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    form->addRow(QString(),
        hint(tr("A PEM file, for APIs behind a company's own certificate authority. "
                "Certificate errors are never ignored."),
            page));
    return page;
}

QWidget *SettingsDialog::privacyPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->addRow(tr("Clear copied &secrets after:"), m_clipboard);
    form->addRow(tr("Keep request and response &bodies in the history up to:"), m_history);
    // Across the whole row: the field column is only as wide as a spin box.
    form->addRow(hint(tr("0 keeps no bodies. Secrets are masked in the history either way."), page));
    form->addRow(tr("Remind me to &rotate keys older than:"), m_reminder);
    return page;
}

QWidget *SettingsDialog::appearancePage()
{
    auto *page = new QWidget(this);
    m_colorScheme->setObjectName(QStringLiteral("colorScheme"));
    m_colorScheme->addItem(tr("Follow the desktop"), QString());
    m_colorScheme->addItem(tr("Light"), QStringLiteral("light"));
    m_colorScheme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_colorScheme->setCurrentIndex(
        qMax(0, m_colorScheme->findData(m_settings.value(SettingKeys::ColorScheme))));
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Colours:"), m_colorScheme);
    form->addRow(QString(), hint(tr("Takes effect at once."), page));
    return page;
}

QWidget *SettingsDialog::languagePage()
{
    auto *page = new QWidget(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("The system's language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_settings.value(SettingKeys::Language))));
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), hint(tr("Takes effect the next time Keyway starts."), page));
    return page;
}

void SettingsDialog::accept()
{
    if (auto proxy = NetworkSettings::proxyFrom(m_proxy->text()); !proxy) {
        m_pages->setCurrentRow(0);
        m_error->setText(proxy.error());
        return m_proxy->setFocus();
    }
    if (Status ca = NetworkSettings::checkCaFile(m_caFile->text().trimmed()); !ca) {
        m_pages->setCurrentRow(0);
        m_error->setText(ca.error());
        return m_caFile->setFocus();
    }
    m_settings.setValue(SettingKeys::RequestTimeoutSeconds, m_timeout->value());
    // A password typed into the URL goes to the keychain like one typed in its own field.
    const ProxyPassword::Split proxy = ProxyPassword::split(m_proxy->text());
    m_typedProxyPassword = m_proxyPassword->text().isEmpty() ? proxy.password : m_proxyPassword->text();
    m_settings.setValue(SettingKeys::Proxy, proxy.url);
    m_settings.setValue(SettingKeys::CaFile, m_caFile->text().trimmed());
    m_settings.setValue(SettingKeys::ClipboardClearSeconds, m_clipboard->value());
    m_settings.setValue(SettingKeys::HistoryBodyLimitBytes, qint64(m_history->value()) * 1024);
    m_settings.setValue(SettingKeys::RotationReminderDays, m_reminder->value());
    m_settings.setValue(SettingKeys::ColorScheme, m_colorScheme->currentData().toString());
    m_settings.setValue(SettingKeys::Language, m_language->currentData().toString());
    m_settings.sync();
    Q_EMIT applied();
    QDialog::accept();
}

} // namespace keyway::ui
