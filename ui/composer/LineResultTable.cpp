#include "composer/LineResultTable.h"

#include "common/ErrorText.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>

namespace keyway::ui {

LineResultTable::LineResultTable(const QStringList &headers, const QString &addText, QString example,
    std::function<QString(const QString &)> problemOf, QWidget *parent)
    : EditableTable(headers, parent)
    , m_example(std::move(example))
    , m_problemOf(std::move(problemOf))
{
    table()->horizontalHeader()->setSectionResizeMode(LineColumn, QHeaderView::Stretch);
    table()->horizontalHeader()->setSectionResizeMode(ResultColumn, QHeaderView::Stretch);
    table()->setMinimumHeight(table()->fontMetrics().height() * 6);
    table()->setWordWrap(false);
    addButton(addText, [this] { addLine(); });
    connect(table(), &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_loading && item->column() == LineColumn)
            showProblem(item->row());
    });
}

void LineResultTable::addRow(const QString &line)
{
    const bool loading = std::exchange(m_loading, true);
    const int row = table()->rowCount();
    table()->insertRow(row);
    table()->setItem(row, LineColumn, new QTableWidgetItem(line));
    auto *result = new QTableWidgetItem;
    result->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled); // shown, not edited
    table()->setItem(row, ResultColumn, result);
    showProblem(row);
    m_loading = loading;
}

void LineResultTable::addLine()
{
    addRow(m_example);
    const int row = table()->rowCount() - 1;
    table()->setCurrentCell(row, LineColumn);
    table()->editItem(table()->item(row, LineColumn));
    Q_EMIT edited();
}

void LineResultTable::setLines(const QStringList &lines)
{
    replaceRows(lines, this->lines(), [this](const QString &line) { addRow(line); });
}

QStringList LineResultTable::lines() const
{
    QStringList result;
    for (int row = 0; row < table()->rowCount(); ++row) {
        const QString line = table()->item(row, LineColumn) ? table()->item(row, LineColumn)->text().trimmed() : QString();
        if (!line.isEmpty())
            result.append(line);
    }
    return result;
}

QString LineResultTable::firstProblem() const
{
    for (const QString &line : lines()) {
        if (const QString problem = m_problemOf(line); !problem.isEmpty())
            return problem;
    }
    return {};
}

int LineResultTable::rowOfLine(int lineIndex) const
{
    int seen = -1;
    for (int row = 0; row < table()->rowCount(); ++row) {
        if (table()->item(row, LineColumn) && !table()->item(row, LineColumn)->text().trimmed().isEmpty() && ++seen == lineIndex)
            return row;
    }
    return -1;
}

void LineResultTable::setResult(int lineIndex, const QString &text, Verdict verdict, const QString &toolTip)
{
    const int row = rowOfLine(lineIndex);
    if (row < 0)
        return;
    const bool loading = std::exchange(m_loading, true);
    QTableWidgetItem *result = table()->item(row, ResultColumn);
    const QString mark = verdict == Verdict::Passed ? QStringLiteral("\u2714 ")
        : verdict == Verdict::Failed               ? QStringLiteral("\u2718 ")
                                                   : QString();
    result->setText(mark + text);
    result->setToolTip(toolTip.isEmpty() ? text : toolTip);
    if (verdict == Verdict::Failed)
        result->setForeground(errorColor(table()->palette()));
    else
        result->setData(Qt::ForegroundRole, {}); // the palette's own text colour, light or dark
    m_loading = loading;
}

void LineResultTable::clearResults()
{
    for (int row = 0; row < table()->rowCount(); ++row)
        showProblem(row);
}

void LineResultTable::showProblem(int row)
{
    QTableWidgetItem *line = table()->item(row, LineColumn);
    QTableWidgetItem *result = table()->item(row, ResultColumn);
    if (!line || !result)
        return;
    const bool loading = std::exchange(m_loading, true);
    const QString problem = line->text().trimmed().isEmpty() ? QString() : m_problemOf(line->text());
    result->setText(problem.isEmpty() ? QString() : QStringLiteral("\u2718 ") + problem);
    result->setToolTip(problem);
    if (problem.isEmpty())
        result->setData(Qt::ForegroundRole, {});
    else
        result->setForeground(errorColor(table()->palette()));
    m_loading = loading;
}

} // namespace keyway::ui
