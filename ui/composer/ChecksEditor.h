#pragma once

#include "checks/CapturedVariables.h"
#include "checks/ResponseChecks.h"

#include <QWidget>

class QPushButton;

namespace keyway::ui {

class LineResultTable;

// The Checks tab: a request's checks and captures, one line each, marked as they are typed when a
// line does not read, and with what became of each after a send — passed or expected against
// actual, the value captured (secret ones masked) or why nothing was. Says `edited` after a change.
class ChecksEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecksEditor)

public:
    explicit ChecksEditor(QWidget *parent = nullptr);

    void setLines(const QStringList &checks, const QStringList &captures);
    QStringList checks() const;
    QStringList captures() const;
    // The first line that does not read, named as loading the file would; empty when none.
    QString problem() const;

    void showOutcomes(const QList<CheckOutcome> &outcomes);
    void showCaptured(const CapturedVariables::Taken &taken, const CapturedVariables &captured);
    void clearResults();

    LineResultTable *checksTable() const { return m_checks; }
    LineResultTable *capturesTable() const { return m_captures; }
    QPushButton *clearCapturedButton() const { return m_clearCaptured; }

Q_SIGNALS:
    void edited();
    void clearCapturedRequested();

private:
    LineResultTable *m_checks;
    LineResultTable *m_captures;
    QPushButton *m_clearCaptured;
};

} // namespace keyway::ui
