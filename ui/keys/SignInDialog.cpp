#include "keys/SignInDialog.h"

#include "common/ErrorText.h"
#include "presets/KeyVerifier.h"
#include "presets/PresetSetup.h"
#include "response/ErrorCard.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace keyway::ui {

namespace {

QString minutesAndSeconds(qint64 seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    return table;
}

QLabel *wrappingLabel(QWidget *parent, const QString &objectName = {})
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

SignInDialog::SignInDialog(
    EnvironmentSession &session, SecretStore &secrets, QNetworkAccessManager &network, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_secrets(secrets)
    , m_network(network)
    , m_environment(session.environment() ? *session.environment() : Environment {})
    , m_pages(new QStackedWidget(this))
    , m_scopes(makeTable({tr("Scope"), tr("What it allows")}, this))
    , m_elapsed(wrappingLabel(this, QStringLiteral("elapsed")))
    , m_url(new QLineEdit(this))
    , m_result(wrappingLabel(this, QStringLiteral("signInResult")))
    , m_expiry(wrappingLabel(this, QStringLiteral("expiry")))
    , m_identity(wrappingLabel(this, QStringLiteral("identity")))
    , m_granted(makeTable({tr("Scope"), tr("Asked for"), tr("Granted")}, this))
    , m_errorCard(new ErrorCard(this))
    , m_tryAgain(new QPushButton(tr("&Try Again"), this))
{
    setWindowTitle(tr("Sign In \u2014 %1").arg(m_environment.name));
    m_scopes->setAccessibleName(tr("Scopes to ask for"));
    m_granted->setAccessibleName(tr("Scopes asked for and granted"));
    m_url->setAccessibleName(tr("Sign-in address"));
    m_pages->addWidget(createExplainPage());
    m_pages->addWidget(createWaitingPage());
    m_pages->addWidget(createResultPage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &SignInDialog::tick);
    connect(&m_session, &EnvironmentSession::signInWaiting, this, &SignInDialog::onWaiting);
    connect(
        &m_session, &EnvironmentSession::signInBrowserNotStarted, this, &SignInDialog::onBrowserNotStarted);
    connect(&m_session, &EnvironmentSession::signInFinished, this, &SignInDialog::onFinished);
    fillScopes();
    resize(620, 460);
}

SignInDialog::~SignInDialog()
{
    if (step() == Step::Waiting)
        m_session.cancelSignIn(); // closing the window must not leave the port open
}

QWidget *SignInDialog::createExplainPage()
{
    auto *page = new QWidget(this);
    auto *intro = wrappingLabel(page);
    const QString host = QUrl(m_environment.auth.authorizeUrl).host();
    intro->setText(
        tr("<p>Keyway opens the sign-in page of <b>%1</b> in your own browser. You sign in and approve "
           "there; Keyway never sees your password.</p><p>The browser then hands a one-time code to "
           "Keyway on 127.0.0.1 (this computer only), and Keyway exchanges it for tokens that are kept "
           "in the system keychain.</p><p>Ask for these permissions:</p>")
            .arg(host.toHtmlEscaped()));
    auto *signIn = new QPushButton(tr("&Open Browser and Sign In"), page);
    signIn->setObjectName(QStringLiteral("startSignIn"));
    signIn->setDefault(true);
    connect(signIn, &QPushButton::clicked, this, &SignInDialog::start);
    auto *close = new QPushButton(tr("Cancel"), page);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(close);
    buttons->addWidget(signIn);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(m_scopes, 1);
    layout->addLayout(buttons);
    return page;
}

QWidget *SignInDialog::createWaitingPage()
{
    auto *page = new QWidget(this);
    auto *headline = new QLabel(tr("<h3>Waiting for your browser\u2026</h3>"), page);
    m_waitingHint = wrappingLabel(page);
    m_waitingHint->setObjectName(QStringLiteral("waitingHint"));
    m_url->setReadOnly(true);
    m_url->setObjectName(QStringLiteral("signInUrl"));
    auto *copy = new QPushButton(tr("Copy &Address"), page);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_url->text()); });
    auto *cancel = new QPushButton(tr("&Cancel Sign-In"), page);
    connect(cancel, &QPushButton::clicked, this, &SignInDialog::cancel);
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(copy);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(cancel);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(headline);
    layout->addWidget(m_elapsed);
    layout->addWidget(m_waitingHint);
    layout->addLayout(urlRow);
    layout->addStretch();
    layout->addLayout(buttons);
    return page;
}

QWidget *SignInDialog::createResultPage()
{
    auto *page = new QWidget(this);
    m_errorCard->hide();
    m_tryAgain->setObjectName(QStringLiteral("tryAgain"));
    connect(m_tryAgain, &QPushButton::clicked, this, &SignInDialog::tryAgain);
    auto *close = new QPushButton(tr("&Close"), page);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_tryAgain);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_result);
    layout->addWidget(m_errorCard);
    layout->addWidget(m_granted, 1);
    layout->addWidget(m_expiry);
    layout->addWidget(m_identity);
    layout->addLayout(buttons);
    return page;
}

void SignInDialog::fillScopes()
{
    const auto setup = PresetSetup::ofPreset(m_environment.preset);
    QStringList offered = m_environment.auth.scopes;
    for (const QString &scope : setup ? setup->scopeNames() : QStringList {}) {
        if (!offered.contains(scope))
            offered.append(scope);
    }
    m_scopes->setRowCount(int(offered.size()));
    for (int row = 0; row < offered.size(); ++row) {
        const QString &scope = offered.at(row);
        auto *name = new QTableWidgetItem(scope);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        name->setCheckState(m_environment.auth.scopes.contains(scope) ? Qt::Checked : Qt::Unchecked);
        m_scopes->setItem(row, 0, name);
        const QString description = setup ? setup->scopeDescription(scope) : QString();
        m_scopes->setItem(row, 1,
            new QTableWidgetItem(
                description.isEmpty() ? tr("(the provider does not describe it)") : description));
    }
    m_scopes->resizeColumnToContents(0);
}

SignInDialog::Step SignInDialog::step() const
{
    return Step(m_pages->currentIndex());
}

QStringList SignInDialog::chosenScopes() const
{
    QStringList scopes;
    for (int row = 0; row < m_scopes->rowCount(); ++row) {
        if (m_scopes->item(row, 0)->checkState() == Qt::Checked)
            scopes.append(m_scopes->item(row, 0)->text());
    }
    return scopes;
}

QString SignInDialog::waitingUrl() const
{
    return m_url->text();
}

QString SignInDialog::elapsedText() const
{
    return m_elapsed->text();
}

QString SignInDialog::resultText() const
{
    return m_result->text();
}

QString SignInDialog::identityText() const
{
    return m_identity->text();
}

void SignInDialog::start()
{
    m_url->clear();
    m_clock.start();
    m_ticker.start();
    showStep(Step::Waiting);
    tick();
    // An empty choice asks for the environment's defaults (some providers need no scope at all).
    m_session.signIn(chosenScopes());
}

void SignInDialog::cancel()
{
    m_session.cancelSignIn();
}

void SignInDialog::tryAgain()
{
    showStep(Step::Explain);
}

void SignInDialog::reject()
{
    if (step() == Step::Waiting)
        m_session.cancelSignIn();
    QDialog::reject();
}

void SignInDialog::showStep(Step step)
{
    m_pages->setCurrentIndex(int(step));
    Q_EMIT stepChanged(step);
}

void SignInDialog::onWaiting(const QUrl &url)
{
    m_url->setText(url.toString(QUrl::FullyEncoded));
    m_url->setCursorPosition(0);
    m_waitingHint->setText(
        tr("Sign in and approve in your browser. If no browser window opened, copy this address into "
           "your browser:"));
    showAsNormal(m_waitingHint);
}

void SignInDialog::onBrowserNotStarted(const QString &reason)
{
    m_waitingHint->setText(tr("No browser window opened \u2014 %1:").arg(reason));
    showAsError(m_waitingHint);
}

void SignInDialog::onFinished(const SignInOutcome &outcome)
{
    if (step() != Step::Waiting)
        return; // a sign-in started elsewhere (the toolbar), not from this window
    m_errorCard->setVisible(outcome.report.has_value());
    if (outcome.report)
        m_errorCard->setReport(*outcome.report);
    m_tryAgain->setVisible(!outcome.signedIn);
    m_granted->setVisible(outcome.signedIn);
    m_expiry->setVisible(outcome.signedIn);
    m_identity->setVisible(outcome.signedIn);
    m_expiresAt = outcome.expiresAt;
    if (outcome.signedIn) {
        m_result->setText(tr("<h3>Signed in to %1.</h3>").arg(m_environment.name.toHtmlEscaped()));
        showGranted(outcome);
        showIdentity();
    } else {
        m_ticker.stop();
        m_result->setText(outcome.cancelled
                ? tr("<h3>Sign-in cancelled.</h3>")
                : tr("<h3>Not signed in.</h3><p>%1</p>").arg(outcome.error.toHtmlEscaped()));
    }
    tick();
    showStep(Step::Result);
}

void SignInDialog::showGranted(const SignInOutcome &outcome)
{
    QStringList all = outcome.requestedScopes;
    for (const QString &scope : outcome.grantedScopes) {
        if (!all.contains(scope))
            all.append(scope);
    }
    m_granted->setRowCount(int(all.size()));
    for (int row = 0; row < all.size(); ++row) {
        const QString &scope = all.at(row);
        const bool granted = outcome.grantedScopes.contains(scope);
        m_granted->setItem(row, 0, new QTableWidgetItem(scope));
        m_granted->setItem(
            row, 1, new QTableWidgetItem(outcome.requestedScopes.contains(scope) ? tr("yes") : tr("no")));
        auto *answer = new QTableWidgetItem(granted ? tr("granted") : tr("not granted"));
        if (!granted) {
            // A missing scope is why a later request fails with 403: make it impossible to miss.
            for (int column = 0; column < 2; ++column) {
                m_granted->item(row, column)->setBackground(QColor(0xfd, 0xe7, 0xe9));
                m_granted->item(row, column)
                    ->setForeground(QColor(0x41, 0x0e, 0x0b)); // dark on light, any scheme
            }
            answer->setBackground(QColor(0xfd, 0xe7, 0xe9));
            answer->setForeground(errorColor(palette()));
        }
        m_granted->setItem(row, 2, answer);
    }
    m_granted->resizeColumnsToContents();
}

void SignInDialog::showIdentity()
{
    m_identity->setText(tr("Asking the provider who signed in\u2026"));
    m_verifier = new KeyVerifier(
        m_secrets, m_network, m_session.tokenBrokers(), m_session.workspace().id, m_environment, this);
    connect(m_verifier, &KeyVerifier::finished, this, [this](KeyVerifier *done) {
        done->deleteLater();
        m_identity->setText(done->result() == KeyVerifier::Result::Unsupported
                ? tr("The provider does not say who signed in.")
                : done->summary());
        Q_EMIT identityShown();
    });
    m_verifier->start();
}

void SignInDialog::tick()
{
    if (step() == Step::Waiting)
        m_elapsed->setText(tr("Waiting for %1").arg(minutesAndSeconds(m_clock.elapsed() / 1000)));
    if (m_expiresAt.isValid()) {
        const qint64 left = qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(m_expiresAt));
        m_expiry->setText(
            tr("The access token expires in %1 (at %2); Keyway renews it when it can.")
                .arg(minutesAndSeconds(left),
                    QLocale().toString(m_expiresAt.toLocalTime().time(), QLocale::ShortFormat)));
    }
}

} // namespace keyway::ui
