#pragma once

#include "graphql/GraphQlSchema.h"
#include "model/GraphQlBody.h"

#include <memory>
#include <QWidget>

class QComboBox;
class QCompleter;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStringListModel;
class QTreeWidget;

namespace keyway::ui {

// The GraphQL body: the document with highlighting, bracket matching and its first problem marked
// (line and column), the operation to run when it holds several, and the variables as JSON. With
// the server's schema: completion as you type (Ctrl+Space asks) and a panel to browse the types.
class GraphQlEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphQlEditor)

public:
    explicit GraphQlEditor(QWidget *parent = nullptr);

    void setBody(const GraphQlBody &body);
    GraphQlBody body() const;
    QPlainTextEdit *queryEdit() const { return m_query; }
    QPlainTextEdit *variablesEdit() const { return m_variables; }
    QComboBox *operationBox() const { return m_operation; }
    QLabel *status() const { return m_status; }
    QLabel *schemaStatus() const { return m_schemaStatus; }
    QTreeWidget *docs() const { return m_docs; }
    QCompleter *completer() const { return m_completer; }

    // The schema to complete from (null: none), with a line saying where it came from.
    void setSchema(std::shared_ptr<const GraphQlSchema> schema, const QString &status);
    void setSchemaStatus(const QString &status);
    // Offers what fits at the cursor; `asked`: also without a word begun (Ctrl+Space).
    void complete(bool asked);

Q_SIGNALS:
    void edited();
    void schemaWanted(); // Fetch Schema was pressed

private:
    void refresh(); // operations, the problem line, the marks
    void markBrackets();
    void fillOperations(const QStringList &operations);
    void fillDocs();
    void insertCompletion(const QString &word);

    QPlainTextEdit *m_query;
    QPlainTextEdit *m_variables;
    QComboBox *m_operation;
    QLabel *m_status;
    QLabel *m_schemaStatus;
    QPushButton *m_fetch;
    QTreeWidget *m_docs;
    QCompleter *m_completer;
    QStringListModel *m_words;
    std::shared_ptr<const GraphQlSchema> m_schema;
    qsizetype m_problemAt = -1;
    bool m_loading = false;
};

} // namespace keyway::ui
