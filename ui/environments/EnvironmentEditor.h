#pragma once

#include "model/Environment.h"
#include "model/Workspace.h"
#include "tabs/DocumentPage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;
class QUndoStack;

namespace keyway {
class ClientCertificateChecker;
class KeyService;
class HistoryStore;
class SecretStore;
} // namespace keyway

namespace keyway::ui {

class ClientCertificateTable;
class EnvironmentAuthForm;
class EnvironmentKeysSection;
class PairTable;
class Prompter;

// An environment's tab: everything its file holds — name (a rename keeps its keys and history),
// kind, base URL, company IDs and their header, variables, its keys (in the keychain or missing;
// set, rotate or remove them, never shown), authentication for every grant, insecure HTTP. Each
// change can be undone; it is checked with the same rules and messages as loading the file, and
// written with Ctrl+S.
class EnvironmentEditor final : public DocumentPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentEditor)

public:
    EnvironmentEditor(Workspace workspace, const QString &environment, KeyService &secrets,
        HistoryStore *history, Prompter &prompter, QWidget *parent = nullptr);

    static QString keyOf(const QString &environment) { return QStringLiteral("environment:") + environment; }
    QString documentKey() const override { return keyOf(m_saved.name); }
    QString title() const override { return m_saved.name; }
    bool isModified() const override { return m_draft != m_saved; }
    QIcon tabIcon() const override;

    const Environment &draft() const { return m_draft; }
    QUndoStack *undoStack() const override { return m_undo; }
    // The problem that keeps it from being saved, as loading the file would name it; empty if none.
    QString problem() const;
    // Writes the file (moving keys and history first on a rename); `saved` or the error follows.
    void save();
    // The workspace changed on disk: follow it unless there are unsaved edits.
    void setWorkspace(const Workspace &workspace);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QListWidget *companyList() const { return m_companies; }
    PairTable *variablesTable() const { return m_variables; }
    QTableWidget *keysTable() const;
    EnvironmentAuthForm *authForm() const { return m_auth; }
    QCheckBox *insecureBox() const { return m_insecure; }
    QLineEdit *trustedOriginsEdit() const { return m_trusted; }
    ClientCertificateTable *certificateTable() const { return m_certificates; }
    void addCompanyId(const QString &id);
    // Asks for the value (Set… / Rotate…) and stores it in the keychain under `slot`.
    void setKey(const QString &slot);
    void removeKey(const QString &slot);
    // Shows the value in the keys table for `milliseconds`, then hides it again.
    void revealKey(const QString &slot, int milliseconds);

Q_SIGNALS:
    void saved(const QString &oldName, const QString &newName);
    void keysChanged(); // a key was set or removed in the keychain
    // A valid draft under the saved name, for the Wire tab to show before it is saved.
    void draftChanged(const keyway::Environment &draft);

private:
    QWidget *createGeneralSection();
    QWidget *createCompaniesSection();
    QWidget *createAdvancedSection();
    void collect(const QString &field);
    void load(const Environment &environment);
    void apply(const Environment &environment); // from undo / redo
    void refreshProblem();
    void offerDraft(const QString &problemText); // the draft, unless `problemText` keeps it from a file
    void refreshKeys();
    // The keys section stored or removed a key: the file's list of slots follows.
    void keyStored(const QString &slot);
    void keyRemoved(const QString &slot);
    void finishSave(const QString &oldName, const QString &error);

    Workspace m_workspace;
    KeyService &m_secrets; // every key write keeps its dates and drops dependent tokens
    HistoryStore *m_history;
    Prompter &m_prompter;
    Environment m_saved;
    Environment m_draft;
    QUndoStack *m_undo;
    QLabel *m_problem;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_baseUrl;
    QListWidget *m_companies;
    QLineEdit *m_companyHeader;
    PairTable *m_variables;
    EnvironmentKeysSection *m_keys;
    EnvironmentAuthForm *m_auth;
    QCheckBox *m_insecure;
    QLineEdit *m_trusted;
    ClientCertificateTable *m_certificates;
    ClientCertificateChecker *m_certificateChecker;
    bool m_loading = false;
    bool m_saving = false;

    friend class EnvironmentEditCommand;
};

} // namespace keyway::ui
