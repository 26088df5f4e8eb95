#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace keyway {
class EnvironmentSession;
}

namespace keyway::ui {

class AuthChip;

// Toolbar part: which environment and which company ID requests go to, and what kind of
// credentials the environment uses.
class EnvironmentBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentBar)

public:
    explicit EnvironmentBar(EnvironmentSession &session, QWidget *parent = nullptr);

    QComboBox *environmentBox() const { return m_environments; }
    QComboBox *companyBox() const { return m_companies; }
    AuthChip *authChip() const { return m_auth; }

Q_SIGNALS:
    void problem(const QString &message);

private:
    void refresh();

    EnvironmentSession &m_session;
    QComboBox *m_environments;
    QComboBox *m_companies;
    AuthChip *m_auth;
    bool m_refreshing = false;
};

// The band across the window while a production environment is selected; it cannot be missed.
class ProductionBanner final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductionBanner)

public:
    explicit ProductionBanner(EnvironmentSession &session, QWidget *parent = nullptr);

private:
    void refresh();

    EnvironmentSession &m_session;
    QLabel *m_text;
};

} // namespace keyway::ui
