#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTableWidget;

namespace keyway {
class CookieJar;
class CookieJars;
} // namespace keyway

namespace keyway::ui {

class Prompter;

// The cookies one environment's answers have set: name, masked value, domain, path, expiry and
// flags. Edit a value, delete some or clear them all; every change is written to the keychain at
// once, where the jar lives.
class CookieDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CookieDialog)

public:
    CookieDialog(CookieJars &jars, QString workspaceId, QString environment, Prompter &prompter,
        QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLabel *status() const { return m_status; }
    void editSelected();
    void deleteSelected();
    void clearAll();

Q_SIGNALS:
    // The change was written to the keychain (or failed, then status() says why).
    void saved();

private:
    void showCookies();
    void save();

    CookieJars &m_jars;
    QString m_workspaceId;
    QString m_environment;
    Prompter &m_prompter;
    QPointer<CookieJar> m_jar;
    QTableWidget *m_table;
    QLabel *m_status;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_clear;
};

} // namespace keyway::ui
