#include "environments/EnvironmentAuthForm.h"

#include "environments/PairTable.h"
#include "presets/PresetSetup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>

namespace keyway::ui {

namespace {

const AuthKind Kinds[] {AuthKind::None, AuthKind::Static, AuthKind::AuthorizationCode,
    AuthKind::ClientCredentials, AuthKind::TokenExchange, AuthKind::SignedJwt};
constexpr int LastKind = int(std::size(Kinds)) - 1;
const JwtAlgorithm Algorithms[] {
    JwtAlgorithm::HS256, JwtAlgorithm::HS384, JwtAlgorithm::HS512, JwtAlgorithm::RS256, JwtAlgorithm::ES256};

} // namespace

EnvironmentAuthForm::EnvironmentAuthForm(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
    , m_kind(new QComboBox(this))
    , m_noneNote(new QLabel(tr("Requests are sent without credentials."), this))
    , m_headers(new PairTable(tr("Header"), tr("Value template"), this))
    , m_query(new PairTable(tr("Query item"), tr("Value template"), this))
    , m_basicUser(lineEdit("basicUser", tr("Basic user")))
    , m_basicPassword(lineEdit("basicPassword", tr("Basic password")))
    , m_authorizeUrl(lineEdit("authorizeUrl", tr("Authorization URL")))
    , m_issuer(lineEdit("issuer", tr("Issuer")))
    , m_tokenUrl(lineEdit("tokenUrl", tr("Token URL")))
    , m_clientId(lineEdit("clientId", tr("Client ID")))
    , m_scopes(new QTableWidget(0, 2, this))
    , m_moreScopes(lineEdit("moreScopes", tr("More scopes")))
    , m_tokenHeaders(new PairTable(tr("Header"), tr("Value template"), this))
    , m_params(new PairTable(tr("Parameter"), tr("Value template"), this))
    , m_tokenBody(new QComboBox(this))
    , m_clientAuth(new QComboBox(this))
    , m_tokenPath(lineEdit("tokenPath", tr("Token field")))
    , m_expiresPath(lineEdit("expiresPath", tr("Lifetime field")))
    , m_lifetime(new QSpinBox(this))
    , m_promptConsent(new QCheckBox(tr("Ask for consent every time (prompt=consent)"), this))
    , m_jwtNote(new QLabel(this))
    , m_jwtAlgorithm(new QComboBox(this))
    , m_signingKey(lineEdit("signingKey", tr("Key that signs the JWT")))
    , m_keyId(lineEdit("jwtKeyId", tr("Key ID (kid)")))
    , m_claims(new PairTable(tr("Claim"), tr("Value template"), this))
{
    m_kind->setObjectName(QStringLiteral("authKind"));
    m_kind->setAccessibleName(tr("Way to authenticate"));
    m_kind->addItems({tr("None"), tr("Headers, query values or Basic (API key)"),
        tr("OAuth 2.0 sign-in in the browser (authorization code + PKCE)"),
        tr("OAuth 2.0 client credentials"), tr("API key exchanged for a token"),
        tr("Signed JWT (Keyway signs a token for each request)")});
    m_noneNote->setWordWrap(true);
    m_basicUser->setPlaceholderText(tr("e.g. {{secret.api_key}}"));
    m_basicPassword->setPlaceholderText(tr("empty for none"));
    m_issuer->setPlaceholderText(tr("found from the authorization URL; e.g. https://login.example.com/realms/acme"));
    m_scopes->setObjectName(QStringLiteral("environmentScopes"));
    m_scopes->setAccessibleName(tr("Scopes to ask for"));
    m_scopes->setHorizontalHeaderLabels({tr("Scope"), tr("What it allows")});
    m_scopes->horizontalHeader()->setStretchLastSection(true);
    m_scopes->verticalHeader()->hide();
    m_scopes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_scopes->setMinimumHeight(m_scopes->fontMetrics().height() * 6);
    m_moreScopes->setPlaceholderText(tr("other scopes, separated by spaces"));
    m_params->setJsonValuesAllowed(true); // channel_id: 1, not "1"
    m_tokenBody->addItems({tr("Form (application/x-www-form-urlencoded)"), tr("JSON")});
    m_tokenBody->setAccessibleName(tr("Token request body"));
    m_clientAuth->addItems({tr("Basic header"), tr("In the body")});
    m_clientAuth->setAccessibleName(tr("Client authentication"));
    m_lifetime->setRange(1, 365 * 24 * 3600);
    m_lifetime->setSuffix(tr(" s"));
    m_lifetime->setAccessibleName(tr("Token lifetime when the response does not say"));
    m_jwtNote->setObjectName(QStringLiteral("jwtNote"));
    // Lines of its own rather than word wrap: a wrapping label in a form in a scroll area is given
    // too little height by Qt, which then squeezes the buttons below it.
    m_jwtNote->setTextFormat(Qt::PlainText);
    m_jwtNote->setText(tr("Put {{jwt}} where the token goes: a header below (Authorization: Bearer {{jwt}}),\n"
                          "a query value, or the request URL (/login/token/{{jwt}}).\n"
                          "Claims may use {{$timestamp}}, {{$timestamp+300}} and {{$uuid}}, fresh for every request."));
    m_jwtAlgorithm->setObjectName(QStringLiteral("jwtAlgorithm"));
    m_jwtAlgorithm->setAccessibleName(tr("Signature algorithm"));
    m_jwtAlgorithm->addItems({tr("HS256 (shared secret)"), tr("HS384 (shared secret)"), tr("HS512 (shared secret)"),
        tr("RS256 (RSA private key, PEM)"), tr("ES256 (P-256 private key, PEM)")});
    m_signingKey->setPlaceholderText(tr("a key of this environment, e.g. client_secret"));
    m_keyId->setPlaceholderText(tr("empty for none"));
    m_claims->setObjectName(QStringLiteral("jwtClaims"));
    m_claims->setJsonValuesAllowed(true); // iat: 1700000000, not "1700000000"

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("&Way:"), m_kind);
    m_form->addRow(QString(), m_noneNote);
    m_form->addRow(QString(), m_jwtNote);
    m_form->addRow(tr("Algorithm:"), m_jwtAlgorithm);
    m_form->addRow(tr("Signing key:"), m_signingKey);
    m_form->addRow(tr("Key ID:"), m_keyId);
    m_form->addRow(tr("Claims:"), m_claims);
    m_form->addRow(tr("Headers:"), m_headers);
    m_form->addRow(tr("Query values:"), m_query);
    m_form->addRow(tr("Basic user:"), m_basicUser);
    m_form->addRow(tr("Basic password:"), m_basicPassword);
    m_form->addRow(tr("Authorization URL:"), m_authorizeUrl);
    m_form->addRow(tr("Issuer:"), m_issuer);
    m_form->addRow(tr("Token URL:"), m_tokenUrl);
    m_form->addRow(tr("Client ID:"), m_clientId);
    m_form->addRow(tr("Scopes:"), m_scopes);
    m_form->addRow(tr("More scopes:"), m_moreScopes);
    m_form->addRow(tr("Token request headers:"), m_tokenHeaders);
    m_form->addRow(tr("Token request parameters:"), m_params);
    m_form->addRow(tr("Token request body:"), m_tokenBody);
    m_form->addRow(tr("Client authentication:"), m_clientAuth);
    m_form->addRow(tr("Token field:"), m_tokenPath);
    m_form->addRow(tr("Lifetime field:"), m_expiresPath);
    m_form->addRow(tr("Default lifetime:"), m_lifetime);
    m_form->addRow(QString(), m_promptConsent);

    const auto changed = [this] {
        if (!m_loading)
            Q_EMIT edited();
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this, changed](int index) {
        showRowsOf(Kinds[std::clamp(index, 0, LastKind)]);
        if (!m_loading && Kinds[std::clamp(index, 0, LastKind)] == AuthKind::SignedJwt)
            offerJwtDefaults();
        changed();
    });
    for (QLineEdit *edit : findChildren<QLineEdit *>(Qt::FindDirectChildrenOnly))
        connect(edit, &QLineEdit::textEdited, this, changed);
    for (PairTable *table : {m_headers, m_query, m_tokenHeaders, m_params, m_claims})
        connect(table, &PairTable::edited, this, changed);
    connect(m_jwtAlgorithm, &QComboBox::currentIndexChanged, this, changed);
    connect(m_scopes, &QTableWidget::itemChanged, this, changed);
    connect(m_tokenBody, &QComboBox::currentIndexChanged, this, changed);
    connect(m_clientAuth, &QComboBox::currentIndexChanged, this, changed);
    connect(m_lifetime, &QSpinBox::valueChanged, this, changed);
    connect(m_promptConsent, &QCheckBox::toggled, this, changed);
    showRowsOf(AuthKind::None);
}

QLineEdit *EnvironmentAuthForm::lineEdit(const char *name, const QString &accessibleName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QLatin1String(name));
    edit->setAccessibleName(accessibleName);
    return edit;
}

void EnvironmentAuthForm::showRowsOf(AuthKind kind)
{
    const bool code = kind == AuthKind::AuthorizationCode;
    const bool client = kind == AuthKind::ClientCredentials;
    const bool exchange = kind == AuthKind::TokenExchange;
    const bool isStatic = kind == AuthKind::Static;
    const bool jwt = kind == AuthKind::SignedJwt;
    const std::pair<QWidget *, bool> rows[] {{m_noneNote, kind == AuthKind::None}, {m_jwtNote, jwt},
        {m_jwtAlgorithm, jwt}, {m_signingKey, jwt}, {m_keyId, jwt}, {m_claims, jwt}, {m_headers, isStatic || jwt},
        {m_query, isStatic || jwt}, {m_basicUser, isStatic}, {m_basicPassword, isStatic}, {m_authorizeUrl, code}, {m_issuer, code},
        {m_tokenUrl, code || client || exchange}, {m_clientId, code || client}, {m_scopes, code || client},
        {m_moreScopes, code || client}, {m_tokenHeaders, exchange}, {m_params, code || client || exchange},
        {m_tokenBody, code || client || exchange}, {m_clientAuth, code || client}, {m_tokenPath, exchange},
        {m_expiresPath, exchange}, {m_lifetime, exchange}, {m_promptConsent, code}};
    for (const auto &[widget, visible] : rows)
        m_form->setRowVisible(widget, visible);
}

void EnvironmentAuthForm::offerJwtDefaults()
{
    if (m_claims->pairs().isEmpty())
        m_claims->setPairs({{QStringLiteral("iat"), QStringLiteral("{{$timestamp}}"), true, true},
            {QStringLiteral("exp"), QStringLiteral("{{$timestamp+300}}"), true, true},
            {QStringLiteral("jti"), QStringLiteral("{{$uuid}}"), true, false}});
    // Unless a header or query value already places it, the token goes as a Bearer token; an
    // Authorization header kept from another way (an API key) would only compete with it.
    const QString placeholder = QStringLiteral("{{jwt}}");
    const auto placesJwt = [&](const HeaderField &field) { return field.value.contains(placeholder); };
    QList<HeaderField> headers = m_headers->pairs();
    const QList<HeaderField> query = m_query->pairs();
    if (std::none_of(headers.cbegin(), headers.cend(), placesJwt)
        && std::none_of(query.cbegin(), query.cend(), placesJwt)) {
        const HeaderField bearer {QStringLiteral("Authorization"), QStringLiteral("Bearer ") + placeholder};
        const auto existing = std::find_if(headers.begin(), headers.end(),
            [](const HeaderField &field) { return field.name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0; });
        if (existing != headers.end())
            *existing = bearer;
        else
            headers.append(bearer);
        m_headers->setPairs(headers);
    }
    if (m_signingKey->text().trimmed().isEmpty())
        m_signingKey->setText(AuthSetting().signingKeySlot);
}

void EnvironmentAuthForm::fillScopes(const QStringList &chosen, const QString &preset)
{
    // The preset's scopes with what each allows, and the environment's own; the rest in a line.
    const auto setup = PresetSetup::ofPreset(preset);
    const QStringList offered = setup ? setup->scopeNames() : QStringList {};
    m_scopes->setRowCount(int(offered.size()));
    for (int row = 0; row < offered.size(); ++row) {
        auto *name = new QTableWidgetItem(offered.at(row));
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        name->setCheckState(chosen.contains(offered.at(row)) ? Qt::Checked : Qt::Unchecked);
        m_scopes->setItem(row, 0, name);
        m_scopes->setItem(row, 1, new QTableWidgetItem(setup->scopeDescription(offered.at(row))));
    }
    m_scopes->resizeColumnToContents(0);
    QStringList more;
    for (const QString &scope : chosen) {
        if (!offered.contains(scope))
            more.append(scope);
    }
    m_moreScopes->setText(more.join(QLatin1Char(' ')));
}

void EnvironmentAuthForm::setAuth(const AuthSetting &auth, const QString &preset)
{
    if (auth == this->auth() && m_loaded.kind == auth.kind)
        return; // keeps the cursor where the user is typing
    m_loading = true;
    m_loaded = auth;
    m_kind->setCurrentIndex(
        int(std::find(std::begin(Kinds), std::end(Kinds), auth.kind) - std::begin(Kinds)));
    showRowsOf(auth.kind);
    m_headers->setPairs(auth.headers);
    m_query->setPairs(auth.query);
    m_basicUser->setText(auth.basicUser);
    m_basicPassword->setText(auth.basicPassword);
    m_authorizeUrl->setText(auth.authorizeUrl);
    m_issuer->setText(auth.issuer);
    m_tokenUrl->setText(auth.tokenUrl);
    m_clientId->setText(auth.clientId);
    fillScopes(auth.scopes, preset);
    m_tokenHeaders->setPairs(auth.tokenHeaders);
    m_params->setPairs(auth.params);
    m_tokenBody->setCurrentIndex(auth.tokenBody == TokenBodyEncoding::Json ? 1 : 0);
    m_clientAuth->setCurrentIndex(auth.clientAuth == ClientAuthMethod::Body ? 1 : 0);
    m_tokenPath->setText(auth.tokenPath);
    m_expiresPath->setText(auth.expiresPath);
    m_lifetime->setValue(auth.defaultLifetimeSeconds);
    m_promptConsent->setChecked(auth.promptConsent);
    m_jwtAlgorithm->setCurrentIndex(
        int(std::find(std::begin(Algorithms), std::end(Algorithms), auth.jwtAlgorithm) - std::begin(Algorithms)));
    m_signingKey->setText(auth.signingKeySlot);
    m_keyId->setText(auth.jwtKeyId);
    m_claims->setPairs(auth.jwtClaims);
    m_loading = false;
}

AuthSetting EnvironmentAuthForm::auth() const
{
    AuthSetting auth = m_loaded;
    auth.kind = Kinds[std::clamp(m_kind->currentIndex(), 0, LastKind)];
    auth.headers = m_headers->pairs();
    auth.query = m_query->pairs();
    auth.basicUser = m_basicUser->text().trimmed();
    auth.basicPassword = m_basicPassword->text();
    auth.authorizeUrl = m_authorizeUrl->text().trimmed();
    auth.issuer = m_issuer->text().trimmed();
    auth.tokenUrl = m_tokenUrl->text().trimmed();
    auth.clientId = m_clientId->text().trimmed();
    auth.scopes.clear();
    for (int row = 0; row < m_scopes->rowCount(); ++row) {
        if (m_scopes->item(row, 0)->checkState() == Qt::Checked)
            auth.scopes.append(m_scopes->item(row, 0)->text());
    }
    auth.scopes
        += m_moreScopes->text().split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    auth.tokenHeaders = m_tokenHeaders->pairs();
    auth.params = m_params->pairs();
    auth.tokenBody = m_tokenBody->currentIndex() == 1 ? TokenBodyEncoding::Json : TokenBodyEncoding::Form;
    auth.clientAuth
        = m_clientAuth->currentIndex() == 1 ? ClientAuthMethod::Body : ClientAuthMethod::BasicHeader;
    auth.tokenPath = m_tokenPath->text().trimmed();
    auth.expiresPath = m_expiresPath->text().trimmed();
    auth.defaultLifetimeSeconds = m_lifetime->value();
    auth.promptConsent = m_promptConsent->isChecked();
    auth.jwtAlgorithm = Algorithms[std::clamp(m_jwtAlgorithm->currentIndex(), 0, int(std::size(Algorithms)) - 1)];
    auth.signingKeySlot = m_signingKey->text().trimmed();
    auth.jwtKeyId = m_keyId->text().trimmed();
    auth.jwtClaims = m_claims->pairs();
    return auth;
}

} // namespace keyway::ui
