#pragma once

#include "session/EnvironmentSession.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace keyway {
class KeyVerifier;
class SecretStore;
} // namespace keyway

namespace keyway::ui {

class ErrorCard;

// The guided OAuth sign-in: (1) what will happen and which scopes to ask for, (2) "Waiting for your
// browser…" with the elapsed time, the address to open by hand and Cancel, (3) the result —
// granted against requested scopes, the token's countdown and who signed in — or the error with
// its card and Try Again. The browser is the user's own; Keyway never sees the password.
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    enum class Step { Explain, Waiting, Result };

    SignInDialog(EnvironmentSession &session, SecretStore &secrets, QNetworkAccessManager &network,
        QWidget *parent = nullptr);
    ~SignInDialog() override;

    Step step() const;
    QTableWidget *scopeTable() const { return m_scopes; }
    QStringList chosenScopes() const;
    QString waitingUrl() const;
    QString elapsedText() const;
    QString resultText() const;
    QTableWidget *resultScopes() const { return m_granted; }
    ErrorCard *errorCard() const { return m_errorCard; }
    QPushButton *tryAgainButton() const { return m_tryAgain; }
    QString identityText() const;

    void start();
    void cancel();
    void tryAgain();

Q_SIGNALS:
    void stepChanged(keyway::ui::SignInDialog::Step step);
    // The provider said who signed in (or could not); the result page is complete.
    void identityShown();

protected:
    void reject() override;

private:
    QWidget *createExplainPage();
    QWidget *createWaitingPage();
    QWidget *createResultPage();
    void fillScopes();
    void showStep(Step step);
    void onWaiting(const QUrl &url);
    void onBrowserNotStarted(const QString &reason);
    void onFinished(const SignInOutcome &outcome);
    void showGranted(const SignInOutcome &outcome);
    void showIdentity();
    void tick();

    EnvironmentSession &m_session;
    SecretStore &m_secrets;
    QNetworkAccessManager &m_network;
    Environment m_environment;
    QStackedWidget *m_pages;
    QTableWidget *m_scopes;
    QLabel *m_elapsed;
    QLabel *m_waitingHint = nullptr; // made with the waiting page
    QLineEdit *m_url;
    QLabel *m_result;
    QLabel *m_expiry;
    QLabel *m_identity;
    QTableWidget *m_granted;
    ErrorCard *m_errorCard;
    QPushButton *m_tryAgain;
    QElapsedTimer m_clock;
    QTimer m_ticker;
    QDateTime m_expiresAt;
    QPointer<KeyVerifier> m_verifier;
};

} // namespace keyway::ui
