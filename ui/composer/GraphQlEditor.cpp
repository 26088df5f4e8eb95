#include "composer/GraphQlEditor.h"

#include "common/CompletionEscapeGuard.h"
#include "common/ErrorText.h"
#include "composer/GraphQlHighlighter.h"
#include "graphql/GraphQlDocument.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>
#include <QScrollBar>
#include <QStringListModel>
#include <QTreeWidget>
#include <functional>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTextBlock>
#include <QVBoxLayout>

namespace keyway::ui {

namespace {

// The document editor: while the completion list shows, Enter, Tab and Escape are the list's (as
// Qt's completer expects of its widget), and what is typed asks for completion.
class GraphQlTextEdit final : public QPlainTextEdit
{
public:
    GraphQlTextEdit(std::function<void(bool asked)> complete, QWidget *parent)
        : QPlainTextEdit(parent)
        , m_complete(std::move(complete))
    {
    }
    QCompleter *completer = nullptr;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        const int key = event->key();
        if (completer && completer->popup()->isVisible()
            && (key == Qt::Key_Enter || key == Qt::Key_Return || key == Qt::Key_Escape || key == Qt::Key_Tab
                || key == Qt::Key_Backtab)) {
            event->ignore(); // the completer takes it
            return;
        }
        if (key == Qt::Key_Space && event->modifiers() & Qt::ControlModifier) {
            m_complete(true);
            return;
        }
        QPlainTextEdit::keyPressEvent(event);
        const QString typed = event->text();
        if (!typed.isEmpty() && (typed.at(0).isLetterOrNumber() || typed.at(0) == QLatin1Char('_') || typed.at(0) == QLatin1Char('$')))
            m_complete(false);
        else if (completer && completer->popup()->isVisible())
            completer->popup()->hide();
    }

private:
    std::function<void(bool)> m_complete;
};

QTextEdit::ExtraSelection mark(QPlainTextEdit *edit, qsizetype position, const QTextCharFormat &format)
{
    QTextEdit::ExtraSelection selection;
    selection.cursor = QTextCursor(edit->document());
    selection.cursor.setPosition(int(position));
    selection.cursor.setPosition(int(position) + 1, QTextCursor::KeepAnchor);
    selection.format = format;
    return selection;
}

} // namespace

GraphQlEditor::GraphQlEditor(QWidget *parent)
    : QWidget(parent)
    , m_query(new GraphQlTextEdit([this](bool asked) { complete(asked); }, this))
    , m_variables(new QPlainTextEdit(this))
    , m_operation(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_schemaStatus(new QLabel(this))
    , m_fetch(new QPushButton(tr("Fetch &Schema"), this))
    , m_docs(new QTreeWidget(this))
    , m_completer(new QCompleter(this))
    , m_words(new QStringListModel(this))
{
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_query->setObjectName(QStringLiteral("graphqlQuery"));
    m_query->setAccessibleName(tr("GraphQL query"));
    m_query->setFont(fixed);
    m_query->setPlaceholderText(tr("query { … }  — brackets are matched and checked as you type"));
    new GraphQlHighlighter(m_query->document());
    m_variables->setObjectName(QStringLiteral("graphqlVariables"));
    m_variables->setAccessibleName(tr("GraphQL variables (JSON)"));
    m_variables->setFont(fixed);
    m_variables->setPlaceholderText(tr("{\"first\": 10}  — variables as JSON; {{variables}} work in it"));
    m_operation->setObjectName(QStringLiteral("graphqlOperation"));
    m_operation->setAccessibleName(tr("Operation to run"));
    m_status->setObjectName(QStringLiteral("graphqlStatus"));
    m_status->setWordWrap(true);

    m_schemaStatus->setObjectName(QStringLiteral("graphqlSchemaStatus"));
    m_schemaStatus->setWordWrap(true); // a long endpoint must not widen the request pane
    m_schemaStatus->setText(tr("No schema yet: Fetch Schema asks the server, then fields complete as you type."));
    m_fetch->setObjectName(QStringLiteral("fetchSchema"));
    m_fetch->setToolTip(tr("Ask the server for its schema (introspection), for completion and the docs panel"));
    m_fetch->setAutoDefault(false);
    connect(m_fetch, &QPushButton::clicked, this, &GraphQlEditor::schemaWanted);
    m_docs->setObjectName(QStringLiteral("graphqlDocs"));
    m_docs->setAccessibleName(tr("Schema types"));
    m_docs->setHeaderLabels({tr("Type or field"), tr("Type")});
    m_docs->header()->setStretchLastSection(true);
    m_docs->hide();
    auto *showDocs = new QPushButton(tr("&Docs"), this);
    showDocs->setObjectName(QStringLiteral("showGraphqlDocs"));
    showDocs->setCheckable(true);
    showDocs->setAutoDefault(false);
    connect(showDocs, &QPushButton::toggled, m_docs, &QWidget::setVisible);
    m_completer->setModel(m_words);
    m_completer->setWidget(m_query);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &GraphQlEditor::insertCompletion);
    static_cast<GraphQlTextEdit *>(m_query)->completer = m_completer;
    CompletionEscapeGuard::install(m_completer);

    auto *documents = new QSplitter(Qt::Horizontal, this);
    auto *split = new QSplitter(Qt::Vertical, documents);
    documents->addWidget(split);
    documents->addWidget(m_docs);
    documents->setStretchFactor(0, 3);
    documents->setStretchFactor(1, 2);
    split->addWidget(m_query);
    auto *variables = new QWidget(split);
    auto *variablesLayout = new QVBoxLayout(variables);
    variablesLayout->setContentsMargins(0, 0, 0, 0);
    variablesLayout->addWidget(new QLabel(tr("Variables:"), variables));
    variablesLayout->addWidget(m_variables);
    split->addWidget(variables);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Operation:"), m_operation);
    auto *schemaRow = new QHBoxLayout;
    schemaRow->addWidget(m_schemaStatus, 1);
    schemaRow->addWidget(m_fetch);
    schemaRow->addWidget(showDocs);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(schemaRow);
    layout->addWidget(documents, 1);
    layout->addWidget(m_status);
    layout->addLayout(form);

    const auto changed = [this] {
        refresh();
        if (!m_loading)
            Q_EMIT edited();
    };
    connect(m_query, &QPlainTextEdit::textChanged, this, changed);
    connect(m_variables, &QPlainTextEdit::textChanged, this, changed);
    connect(m_operation, &QComboBox::activated, this, [this] { Q_EMIT edited(); });
    connect(m_query, &QPlainTextEdit::cursorPositionChanged, this, &GraphQlEditor::markBrackets);
    refresh();
}

void GraphQlEditor::setSchema(std::shared_ptr<const GraphQlSchema> schema, const QString &status)
{
    m_schema = std::move(schema);
    setSchemaStatus(status);
    fillDocs();
}

void GraphQlEditor::setSchemaStatus(const QString &status)
{
    m_schemaStatus->setText(status);
}

void GraphQlEditor::fillDocs()
{
    m_docs->clear();
    if (!m_schema)
        return;
    for (const QString &name : m_schema->typeNames()) {
        const GraphQlSchema::Type *type = m_schema->type(name);
        auto *item = new QTreeWidgetItem(m_docs, {name, type->kind.toLower()});
        item->setToolTip(0, type->description);
        for (const GraphQlSchema::Field &field : type->fields) {
            QStringList arguments;
            for (const GraphQlSchema::Argument &argument : field.arguments)
                arguments << argument.name + QStringLiteral(": ") + argument.type;
            const QString label = arguments.isEmpty() ? field.name
                                                      : QStringLiteral("%1(%2)").arg(field.name, arguments.join(QStringLiteral(", ")));
            auto *child = new QTreeWidgetItem(item, {label, field.type});
            child->setToolTip(0, field.description);
        }
        for (const QString &value : type->values)
            new QTreeWidgetItem(item, {value, name});
    }
    m_docs->resizeColumnToContents(0);
}

void GraphQlEditor::complete(bool asked)
{
    if (!m_schema)
        return;
    const QString text = m_query->toPlainText();
    const qsizetype cursor = m_query->textCursor().position();
    qsizetype start = cursor;
    while (start > 0 && (text.at(start - 1).isLetterOrNumber() || text.at(start - 1) == QLatin1Char('_')))
        --start;
    if (start > 0 && text.at(start - 1) == QLatin1Char('$'))
        --start;
    const QString prefix = text.mid(start, cursor - start);
    const GraphQlSchema::Completion completion = m_schema->completionAt(text, cursor);
    if (completion.words.isEmpty() || (!asked && prefix.isEmpty())) {
        m_completer->popup()->hide();
        return;
    }
    m_words->setStringList(completion.words);
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    QRect rect = m_query->cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0) + m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
    // The first fit is chosen, so Enter or Tab takes it as in any code editor.
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

void GraphQlEditor::insertCompletion(const QString &word)
{
    QTextCursor cursor = m_query->textCursor();
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(m_completer->completionPrefix().size()));
    cursor.insertText(word);
    m_query->setTextCursor(cursor);
}

void GraphQlEditor::setBody(const GraphQlBody &body)
{
    if (body == this->body())
        return; // keeps the cursor where the user is typing
    m_loading = true;
    m_query->setPlainText(body.query);
    m_variables->setPlainText(body.variables);
    refresh();
    const int index = m_operation->findData(body.operationName);
    if (index >= 0)
        m_operation->setCurrentIndex(index);
    m_loading = false;
}

GraphQlBody GraphQlEditor::body() const
{
    // With one operation there is nothing to choose: none is named, as the server then runs it.
    const QString operation = m_operation->count() > 1 ? m_operation->currentData().toString() : QString();
    return {m_query->toPlainText(), m_variables->toPlainText(), operation};
}

void GraphQlEditor::fillOperations(const QStringList &operations)
{
    const QString chosen = m_operation->currentData().toString();
    QStringList named = operations;
    named.removeAll(QString());
    m_operation->clear();
    if (operations.size() <= 1) {
        m_operation->addItem(operations.isEmpty() ? tr("(none yet)") : tr("the only one"), QString());
    } else {
        for (const QString &name : std::as_const(named))
            m_operation->addItem(name, name);
    }
    m_operation->setEnabled(operations.size() > 1);
    const int index = m_operation->findData(chosen);
    if (index >= 0)
        m_operation->setCurrentIndex(index);
}

void GraphQlEditor::refresh()
{
    const QString query = m_query->toPlainText();
    fillOperations(GraphQlDocument::operations(query));
    const GraphQlDocument::Problem problem = GraphQlDocument::firstProblem(query);
    m_problemAt = problem.position;
    QString text = problem.message;
    const QString variables = m_variables->toPlainText().trimmed();
    QJsonParseError error;
    // Variables with {{templates}} outside strings are read once filled in; they are not judged here.
    if (text.isEmpty() && !variables.isEmpty() && !variables.contains(QLatin1String("{{"))
        && !QJsonDocument::fromJson(variables.toUtf8(), &error).isObject())
        text = tr("The variables are not a JSON object (%1 at character %2).")
                   .arg(error.error == QJsonParseError::NoError ? tr("not an object") : error.errorString())
                   .arg(error.offset + 1);
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    showAsError(m_status);
    markBrackets();
}

void GraphQlEditor::markBrackets()
{
    QList<QTextEdit::ExtraSelection> marks;
    const QString query = m_query->toPlainText();
    const qsizetype cursor = m_query->textCursor().position();
    for (const qsizetype at : {cursor, cursor - 1}) {
        if (at < 0 || at >= query.size() || !QStringLiteral("{}()[]").contains(query.at(at)))
            continue;
        const qsizetype partner = GraphQlDocument::matchingBracket(query, at);
        if (partner < 0)
            continue;
        QTextCharFormat matched;
        matched.setBackground(palette().color(QPalette::Highlight).lighter(palette().color(QPalette::Base).lightness() < 128 ? 80 : 160));
        marks << mark(m_query, at, matched) << mark(m_query, partner, matched);
        break;
    }
    if (m_problemAt >= 0 && m_problemAt < query.size()) {
        QTextCharFormat wrong;
        wrong.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        wrong.setUnderlineColor(errorColor(palette()));
        marks << mark(m_query, m_problemAt, wrong);
    }
    m_query->setExtraSelections(marks);
}

} // namespace keyway::ui
