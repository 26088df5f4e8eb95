#include "composer/GraphQlEditor.h"

#include "common/ErrorText.h"
#include "composer/GraphQlHighlighter.h"
#include "graphql/GraphQlDocument.h"

#include <QComboBox>
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
    , m_query(new QPlainTextEdit(this))
    , m_variables(new QPlainTextEdit(this))
    , m_operation(new QComboBox(this))
    , m_status(new QLabel(this))
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

    auto *split = new QSplitter(Qt::Vertical, this);
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
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split, 1);
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
