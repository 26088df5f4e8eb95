#include "composer/ChecksEditor.h"

#include "checks/Capture.h"
#include "checks/Check.h"
#include "composer/LineResultTable.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace keyway::ui {

namespace {

QString checkProblem(const QString &line)
{
    const auto check = Check::parse(line);
    return check ? QString() : check.error();
}

QString captureProblem(const QString &line)
{
    const auto capture = Capture::parse(line);
    return capture ? QString() : capture.error();
}

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ChecksEditor::ChecksEditor(QWidget *parent)
    : QWidget(parent)
    , m_checks(new LineResultTable({tr("Check"), tr("Result")}, tr("Add Check"), QStringLiteral("status == 200"),
          checkProblem, this))
    , m_captures(new LineResultTable({tr("Capture"), tr("Value")}, tr("Add Capture"),
          QStringLiteral("id = $.data.id"), captureProblem, this))
    , m_clearCaptured(new QPushButton(tr("Forget Captured Values"), this))
{
    m_checks->table()->setObjectName(QStringLiteral("checks"));
    m_checks->table()->setAccessibleName(tr("Checks"));
    m_captures->table()->setObjectName(QStringLiteral("captures"));
    m_captures->table()->setAccessibleName(tr("Captures"));
    m_clearCaptured->setObjectName(QStringLiteral("forgetCaptured"));
    m_clearCaptured->setAutoDefault(false);
    m_clearCaptured->setToolTip(tr("Drop the values captured this session for the active environment"));
    connect(m_clearCaptured, &QPushButton::clicked, this, &ChecksEditor::clearCapturedRequested);
    connect(m_checks, &LineResultTable::edited, this, &ChecksEditor::edited);
    connect(m_captures, &LineResultTable::edited, this, &ChecksEditor::edited);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint(tr("Checked after every send: status == 201 \u00b7 status in 2xx \u00b7 header Content-Type "
                              "contains json \u00b7 $.data[0].id exists \u00b7 $.amount > 0 \u00b7 $.items length == 3 "
                              "\u00b7 time < 500 \u00b7 no-error"),
        this));
    layout->addWidget(m_checks, 3);
    layout->addWidget(hint(tr("Values for the next requests, as {{name}}: id = $.data.id \u00b7 next = header Location "
                              "\u00b7 token = $.access_token secret (masked, kept in memory only)"),
        this));
    layout->addWidget(m_captures, 2);
    auto *forget = new QHBoxLayout;
    forget->addStretch();
    forget->addWidget(m_clearCaptured);
    layout->addLayout(forget);
}

void ChecksEditor::setLines(const QStringList &checks, const QStringList &captures)
{
    m_checks->setLines(checks);
    m_captures->setLines(captures);
}

QStringList ChecksEditor::checks() const
{
    return m_checks->lines();
}

QStringList ChecksEditor::captures() const
{
    return m_captures->lines();
}

QString ChecksEditor::problem() const
{
    const QString check = m_checks->firstProblem();
    return check.isEmpty() ? m_captures->firstProblem() : check;
}

void ChecksEditor::showOutcomes(const QList<CheckOutcome> &outcomes)
{
    // Each outcome goes to the line it was made from: lines edited while the request was out
    // were not checked and show nothing.
    QList<bool> used(outcomes.size(), false);
    const QStringList lines = checks();
    for (int index = 0; index < lines.size(); ++index) {
        for (qsizetype at = 0; at < outcomes.size(); ++at) {
            const CheckOutcome &outcome = outcomes.at(at);
            if (used.at(at) || outcome.check != lines.at(index).trimmed())
                continue;
            used[at] = true;
            m_checks->setResult(index, outcome.passed ? outcome.actual : outcome.problem,
                outcome.passed ? LineResultTable::Verdict::Passed : LineResultTable::Verdict::Failed);
            break;
        }
    }
}

void ChecksEditor::showCaptured(const CapturedVariables::Taken &taken, const CapturedVariables &captured)
{
    // Captures run in order and each one that found nothing left one problem, in the same order.
    qsizetype nextProblem = 0;
    const QStringList lines = captures();
    for (int index = 0; index < lines.size(); ++index) {
        const auto capture = Capture::parse(lines.at(index));
        if (capture && taken.names.contains(capture->name))
            m_captures->setResult(index, captured.shownValue(capture->name), LineResultTable::Verdict::Passed,
                tr("{{%1}} for the next requests").arg(capture->name));
        else if (nextProblem < taken.problems.size())
            m_captures->setResult(index, taken.problems.at(nextProblem++), LineResultTable::Verdict::Failed);
    }
}

void ChecksEditor::clearResults()
{
    m_checks->clearResults();
    m_captures->clearResults();
}

} // namespace keyway::ui
