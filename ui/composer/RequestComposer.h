#pragma once

#include "model/RequestSpec.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace keyway::ui {

class ChecksEditor;
class GraphQlEditor;
class HeaderTableModel;
class MultipartEditor;
class Prompter;
class TemplateLineEdit;

// Edits one request: method, URL template, headers, body and the checks on its response. It only edits a RequestSpec; sending
// and previewing are the main window's business.
class RequestComposer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestComposer)

public:
    enum Page { ParamsPage, HeadersPage, BodyPage, AuthPage, ChecksPage };

    explicit RequestComposer(QWidget *parent = nullptr);
    void setPrompter(Prompter *prompter);

    RequestSpec spec() const;
    void setSpec(const RequestSpec &spec);
    void setKnownVariables(const QStringList &names);

    TemplateLineEdit *urlEdit() const { return m_url; }
    // The request line's main action: Send, or Cancel while a send is under way (the pane decides).
    QPushButton *sendButton() const { return m_send; }
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *methodBox() const { return m_method; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    HeaderTableModel *headersModel() const { return m_headers; }
    HeaderTableModel *paramsModel() const { return m_params; }
    QComboBox *authBox() const { return m_auth; }
    QComboBox *bodyModeBox() const { return m_bodyMode; }
    HeaderTableModel *formModel() const { return m_form; }
    MultipartEditor *multipartEditor() const { return m_multipart; }
    GraphQlEditor *graphqlEditor() const { return m_graphql; }
    QLineEdit *bodyFileEdit() const { return m_bodyFile; }
    HeaderTableModel *authHeadersModel() const { return m_authHeaders; }
    ChecksEditor *checksEditor() const { return m_checks; }

Q_SIGNALS:
    void changed();
    void sendRequested(); // Enter in the URL field

private:
    QWidget *createParamsPage();
    QWidget *createHeadersPage();
    QWidget *createBodyPage();
    QWidget *createAuthPage();
    void paramsFromUrl();
    void urlFromParams();
    void validateBody();
    void showFittingPage(const RequestSpec &spec);

    RequestSpec m_loaded; // name, collection and auth are kept as loaded
    QComboBox *m_method;
    TemplateLineEdit *m_url;
    QPushButton *m_send;
    QTabWidget *m_tabs;
    HeaderTableModel *m_headers;
    QTableView *m_headersView;
    QPlainTextEdit *m_body;
    QLabel *m_bodyStatus;
    HeaderTableModel *m_params;
    QComboBox *m_auth;
    QComboBox *m_bodyMode;
    HeaderTableModel *m_form;
    QLineEdit *m_bodyFile;
    MultipartEditor *m_multipart;
    GraphQlEditor *m_graphql;
    HeaderTableModel *m_authHeaders;
    ChecksEditor *m_checks;
    Prompter *m_prompter = nullptr;
    bool m_syncing = false;
};

} // namespace keyway::ui
