#pragma once

#include "model/GraphQlBody.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace keyway::ui {

// The GraphQL body: the document with highlighting, bracket matching and its first problem marked
// (line and column), the operation to run when it holds several, and the variables as JSON.
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

Q_SIGNALS:
    void edited();

private:
    void refresh(); // operations, the problem line, the marks
    void markBrackets();
    void fillOperations(const QStringList &operations);

    QPlainTextEdit *m_query;
    QPlainTextEdit *m_variables;
    QComboBox *m_operation;
    QLabel *m_status;
    qsizetype m_problemAt = -1;
    bool m_loading = false;
};

} // namespace keyway::ui
