#pragma once

#include "model/Workspace.h"
#include "presets/PresetCatalog.h"
#include "presets/PresetSetup.h"

#include <optional>
#include <QHash>
#include <QPointer>
#include <QWizard>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QNetworkAccessManager;
class QTableWidget;

namespace keyway {
class KeyService;
class KeyVerifier;
class SecretStore;
class TokenBrokers;
} // namespace keyway

namespace keyway::ui {

class ResultPage;

// "New environment": pick a provider preset → sandbox or production, name and base URL (filled in
// from the preset) and the way to authenticate → the fields that way needs and the scopes to ask
// for → the secrets, typed or pasted straight into the keychain → the environment is written and,
// if wanted, its keys verified. Secrets never reach a file; the typed values are wiped once stored.
class NewEnvironmentWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewEnvironmentWizard)

public:
    enum PageId { ProviderPageId, EnvironmentPageId, DetailsPageId, SecretsPageId, ResultPageId };

    NewEnvironmentWizard(Workspace workspace, KeyService &secrets, QNetworkAccessManager &network,
        TokenBrokers &brokers, const PresetCatalog &catalog = PresetCatalog::builtIn(), QWidget *parent = nullptr);
    ~NewEnvironmentWizard() override;

    // The environment written to the workspace, once it is; empty before.
    QString createdEnvironment() const { return m_created; }
    QString resultText() const;
    bool isWorking() const { return m_working; }

    QListWidget *providerList() const { return m_providers; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QComboBox *optionBox() const { return m_option; }
    QLineEdit *fieldEdit(const QString &id) const { return m_fieldEdits.value(id); }
    QTableWidget *scopeTable() const { return m_scopes; }
    QLineEdit *secretEdit(const QString &slot) const { return m_secretEdits.value(slot); }
    QLabel *secretWarning() const { return m_secretWarning; }
    QCheckBox *verifyBox() const { return m_verify; }
    // The current page's error line (empty when the page is fine).
    QLabel *pageError() const { return m_errors.value(currentId()); }

    void initializePage(int id) override;
    bool validateCurrentPage() override;

Q_SIGNALS:
    // The result page has finished storing (and verifying): successfully or not.
    void workDone();

private:
    QWizardPage *createProviderPage();
    QWizardPage *createEnvironmentPage();
    QWizardPage *createDetailsPage();
    QWizardPage *createSecretsPage();
    void selectProvider();
    void fillBaseUrl();
    void checkSecretPrefixes();
    QWizardPage *withErrorLine(QWizardPage *page, int id, QLayout *layout);
    void showError(const QString &message);
    const PresetSetup::Option *chosenOption() const;
    PresetSetup::Answers answers() const;
    QHash<QString, QString> typedSecrets() const;
    QString freeEnvironmentName(EnvironmentKind kind) const;

    void store();
    void saveEnvironment();
    void verify();
    void fail(const QString &message);
    void finishWork(const QString &line);
    void appendResult(const QString &line);

    Workspace m_workspace;
    KeyService &m_secrets; // every key write keeps its dates and drops dependent tokens
    QNetworkAccessManager &m_network;
    TokenBrokers &m_brokers;
    QList<PresetSetup> m_setups;
    std::optional<PresetSetup> m_setup;
    std::optional<Environment> m_environment;
    QString m_created;
    QStringList m_storedSlots; // written in this attempt; removed again if it fails
    bool m_working = false;
    bool m_baseUrlEdited = false;

    QListWidget *m_providers;
    QLabel *m_providerNote;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_baseUrl;
    QComboBox *m_option;
    QWidget *m_detailsStretch = nullptr;
    QFormLayout *m_fieldsForm;
    QHash<QString, QLineEdit *> m_fieldEdits;
    QTableWidget *m_scopes;
    QFormLayout *m_secretsForm;
    QHash<QString, QLineEdit *> m_secretEdits;
    QCheckBox *m_showSecrets;
    QLabel *m_secretWarning;
    QCheckBox *m_verify;
    QHash<int, QLabel *> m_errors;
    ResultPage *m_resultPage;
    QPointer<KeyVerifier> m_verifier;
};

} // namespace keyway::ui
