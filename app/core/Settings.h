#pragma once

#include <memory>
#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace keyway {

template<typename T> struct SettingKey
{
    const char *name;
    T defaultValue;
};

// Every setting Keyway has, with its default, in one table. Secrets never go here.
namespace SettingKeys {
inline const SettingKey<QString> LastWorkspace {"workspace/last", {}};
inline const SettingKey<QByteArray> WindowGeometry {"window/geometry", {}};
inline const SettingKey<QByteArray> WindowState {"window/state", {}};
inline const SettingKey<QByteArray> SplitterState {"window/splitter", {}};
// Request and response sizes, side by side and stacked.
inline const SettingKey<QByteArray> RequestSplitterState {"window/requestSplitter", {}};
inline const SettingKey<QByteArray> RequestSplitterStackedState {"window/requestSplitterStacked", {}};
inline const SettingKey<QString> LastEnvironment {"workspace/lastEnvironment", {}};
// The tabs open when Keyway last closed ("request:folder/name", "environment:name"), for that workspace.
inline const SettingKey<QStringList> OpenTabs {"workspace/openTabs", {}};
inline const SettingKey<QString> OpenTabsWorkspace {"workspace/openTabsWorkspace", {}};
inline const SettingKey<int> CurrentTab {"workspace/currentTab", -1}; // an index into OpenTabs
// Request and response "auto" (side by side on wide windows), "sideBySide" or "stacked".
inline const SettingKey<QString> RequestLayout {"ui/requestLayout", QStringLiteral("auto")};
// Where "Try the local sandbox" listens (another free port is used when it is taken).
inline const SettingKey<int> SandboxPort {"sandbox/port", 47474};
// A token this close to expiring is renewed before a request rather than sent.
inline const SettingKey<int> RefreshMarginSeconds {"auth/refreshMarginSeconds", 60};
// How long a request may take before Keyway gives up on it.
inline const SettingKey<int> RequestTimeoutSeconds {"http/timeoutSeconds", 30};
// Request and response bodies longer than this are cut in the history.
inline const SettingKey<qint64> HistoryBodyLimitBytes {"history/bodyLimitBytes", 1024 * 1024};
// "" uses the system's proxy settings, "none" connects directly, or http://host:port / socks5://host:port
// (with user@ when it asks for a password: the password is kept in the keychain, see ProxyPassword).
inline const SettingKey<QString> Proxy {"network/proxy", {}};
// A PEM file of extra certificate authorities to trust (a company's own CA), besides the system's.
inline const SettingKey<QString> CaFile {"network/caFile", {}};
// How long a copied secret stays on the clipboard.
inline const SettingKey<int> ClipboardClearSeconds {"privacy/clipboardClearSeconds", 30};
// "" follows the desktop's colours; "light" or "dark" forces one.
inline const SettingKey<QString> ColorScheme {"ui/colorScheme", {}};
// "" follows the system locale; otherwise a language code such as "de". Applies at the next start.
inline const SettingKey<QString> Language {"ui/language", {}};
// The key manager flags keys whose value is older than this.
inline const SettingKey<int> RotationReminderDays {"keys/rotationReminderDays", 90};
} // namespace SettingKeys

// Typed access to keyway.conf in the (0700) config folder; the file is kept 0600.
class Settings
{
public:
    // `path` empty: the user's config file.
    explicit Settings(const QString &path = {});
    ~Settings();

    template<typename T> T value(const SettingKey<T> &key) const
    {
        return m_settings->value(QLatin1String(key.name), QVariant::fromValue(key.defaultValue))
            .template value<T>();
    }

    template<typename T> void setValue(const SettingKey<T> &key, const T &value)
    {
        m_settings->setValue(QLatin1String(key.name), QVariant::fromValue(value));
    }

    // Writes to disk and keeps the file owner-only.
    void sync();
    QString fileName() const { return m_settings->fileName(); }

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace keyway
