#include "environments/EnvironmentBar.h"

#include "common/KindColor.h"
#include "environments/AuthChip.h"
#include "session/EnvironmentSession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace keyway::ui {

EnvironmentBar::EnvironmentBar(EnvironmentSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_environments(new QComboBox(this))
    , m_companies(new QComboBox(this))
    , m_auth(new AuthChip(session, this))
{
    m_environments->setObjectName(QStringLiteral("environmentSelector"));
    m_environments->setAccessibleName(tr("Environment"));
    m_environments->setMinimumContentsLength(16);
    m_environments->setSizeAdjustPolicy(QComboBox::AdjustToContents); // "name (production)" in full
    m_companies->setObjectName(QStringLiteral("companySelector"));
    m_companies->setAccessibleName(tr("Company ID"));
    m_companies->setMinimumContentsLength(14);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(new QLabel(tr("Environment:"), this));
    layout->addWidget(m_environments);
    layout->addSpacing(12);
    layout->addWidget(new QLabel(tr("Company:"), this));
    layout->addWidget(m_companies);
    layout->addSpacing(12);
    layout->addWidget(m_auth);

    connect(m_environments, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_refreshing)
            m_session.selectEnvironment(m_environments->currentData().toString());
    });
    connect(m_companies, &QComboBox::currentIndexChanged, this, [this] {
        if (m_refreshing || m_companies->currentIndex() < 0)
            return;
        if (Status selected = m_session.selectCompany(m_companies->currentText()); !selected)
            Q_EMIT problem(selected.error());
    });
    connect(&m_session, &EnvironmentSession::environmentChanged, this, &EnvironmentBar::refresh);
    refresh();
}

void EnvironmentBar::refresh()
{
    m_refreshing = true;
    m_environments->clear();
    for (const Environment &env : m_session.workspace().environments) {
        const QString label
            = env.kind == EnvironmentKind::Production ? tr("%1 (production)").arg(env.name) : env.name;
        m_environments->addItem(kindDot(env.kind), label, env.name);
    }
    const Environment *env = m_session.environment();
    m_environments->setCurrentIndex(env ? m_environments->findData(env->name) : -1);
    m_companies->clear();
    if (env) {
        m_companies->addItems(env->companies.ids);
        m_companies->setCurrentText(env->companies.selected);
        m_companies->setToolTip(tr("Sent in the %1 header").arg(env->companies.header));
    }
    m_companies->setEnabled(env && !env->companies.ids.isEmpty());
    m_refreshing = false;
}

ProductionBanner::ProductionBanner(EnvironmentSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("productionBanner"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setStyleSheet(
        QStringLiteral("background: #b3261e; color: white; font-weight: bold; padding: 4px;"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    connect(&m_session, &EnvironmentSession::environmentChanged, this, &ProductionBanner::refresh);
    refresh();
}

void ProductionBanner::refresh()
{
    const Environment *env = m_session.environment();
    const bool production = env && env->kind == EnvironmentKind::Production;
    if (production)
        m_text->setText(tr("PRODUCTION \u2014 %1 \u2014 requests change live data").arg(env->baseUrl));
    setVisible(production);
}

} // namespace keyway::ui
