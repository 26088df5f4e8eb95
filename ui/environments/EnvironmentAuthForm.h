#pragma once

#include "auth/AuthSetting.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace keyway::ui {

class PairTable;

// How an environment authenticates, for every grant Keyway supports: static headers, query values
// and Basic; OAuth2 authorization code (with its scopes and what each allows, from the preset);
// client credentials; an API key exchanged for a token; and a JWT Keyway signs for each request.
// Only the fields of the chosen way are shown. Says `edited` after every change the user makes.
class EnvironmentAuthForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentAuthForm)

public:
    explicit EnvironmentAuthForm(QWidget *parent = nullptr);

    // `preset` names the provider whose scope descriptions are shown; may be empty.
    void setAuth(const AuthSetting &auth, const QString &preset);
    AuthSetting auth() const;
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *tokenUrlEdit() const { return m_tokenUrl; }
    QLineEdit *clientIdEdit() const { return m_clientId; }
    QTableWidget *scopeTable() const { return m_scopes; }

Q_SIGNALS:
    void edited();

private:
    void showRowsOf(AuthKind kind);
    // A new Signed JWT starts with the claims and placement most APIs want.
    void offerJwtDefaults();
    void fillScopes(const QStringList &chosen, const QString &preset);
    QLineEdit *lineEdit(const char *name, const QString &accessibleName);

    QFormLayout *m_form;
    QComboBox *m_kind;
    QLabel *m_noneNote;
    PairTable *m_headers;
    PairTable *m_query;
    QLineEdit *m_basicUser;
    QLineEdit *m_basicPassword;
    QLineEdit *m_authorizeUrl;
    QLineEdit *m_issuer;
    QLineEdit *m_tokenUrl;
    QLineEdit *m_clientId;
    QTableWidget *m_scopes;
    QLineEdit *m_moreScopes;
    PairTable *m_tokenHeaders;
    PairTable *m_params;
    QComboBox *m_tokenBody;
    QComboBox *m_clientAuth;
    QLineEdit *m_tokenPath;
    QLineEdit *m_expiresPath;
    QSpinBox *m_lifetime;
    QCheckBox *m_promptConsent;
    QLabel *m_jwtNote;
    QComboBox *m_jwtAlgorithm;
    QLineEdit *m_signingKey;
    QLineEdit *m_keyId;
    PairTable *m_claims;
    AuthSetting m_loaded; // what the form does not edit is kept as loaded
    bool m_loading = false;
};

} // namespace keyway::ui
