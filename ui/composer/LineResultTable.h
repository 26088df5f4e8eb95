#pragma once

#include "common/EditableTable.h"

#include <functional>
#include <QStringList>

namespace keyway::ui {

// One written line per row (a check or a capture) and, beside it, what became of it: a problem
// with the line as it is typed, or the outcome of the last send. Says `edited` after each change.
class LineResultTable final : public EditableTable
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LineResultTable)

public:
    enum Column { LineColumn, ResultColumn, ColumnCount };
    enum class Verdict { None, Passed, Failed };

    // `problemOf` says what is wrong with a line ("" when nothing); `example` is the new row's text.
    LineResultTable(const QStringList &headers, const QString &addText, QString example,
        std::function<QString(const QString &)> problemOf, QWidget *parent = nullptr);

    void setLines(const QStringList &lines);
    // The rows that are not blank, in order.
    QStringList lines() const;
    // The first line with a problem, as "line: problem"; empty when none.
    QString firstProblem() const;
    // The result of the row holding `line`'s index among lines(); its colour tells the verdict.
    void setResult(int lineIndex, const QString &text, Verdict verdict, const QString &toolTip = {});
    void clearResults();
    void addLine();

private:
    void addRow(const QString &line);
    int rowOfLine(int lineIndex) const;
    void showProblem(int row);

    QString m_example;
    std::function<QString(const QString &)> m_problemOf;
};

} // namespace keyway::ui
