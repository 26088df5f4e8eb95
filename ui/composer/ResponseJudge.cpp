#include "composer/ResponseJudge.h"

#include "checks/ResponseChecks.h"
#include "composer/ChecksEditor.h"
#include "composer/RequestComposer.h"
#include "http/SendJob.h"
#include "model/VariableExpander.h"
#include "runner/CollectionRunner.h"
#include "session/EnvironmentSession.h"

#include <QTabWidget>

namespace keyway::ui {

void ResponseJudge::judge(const RequestSpec &sent, const SendJob &job)
{
    ChecksEditor *editor = m_composer.checksEditor();
    editor->clearResults();
    const ResponseBody body(job.response()); // its JSON parsed once for the checks and the captures
    if (!sent.checks.isEmpty()) {
        // The variables as the request was sent with them, before this response's captures.
        const VariableExpander variables(job.environment(), VariableExpander::SecretMode::Mask);
        const QList<CheckOutcome> outcomes = ResponseChecks::evaluate(sent.checks, body, job.credentialValues(), &variables);
        editor->showOutcomes(outcomes);
        setTitle(int(std::count_if(outcomes.cbegin(), outcomes.cend(), [](const CheckOutcome &o) { return o.passed; })),
            int(outcomes.size()));
    } else {
        setTitle(-1, -1);
    }
    if (!sent.captures.isEmpty()) {
        const QString source = sent.name.isEmpty() ? tr("an unsaved request") : CollectionRunner::pathOf(sent);
        const CapturedVariables::Taken taken = m_session.takeCaptures(sent.captures, body, source);
        editor->showCaptured(taken, m_session.captured()); // after the take: it may create the set
        if (!m_session.captured().namesToSave().isEmpty() && !taken.names.isEmpty())
            m_session.saveCaptures();
    }
}

void ResponseJudge::clear()
{
    m_composer.checksEditor()->clearResults();
    setTitle(-1, -1);
}

void ResponseJudge::setTitle(int passed, int total)
{
    QTabWidget *tabs = m_composer.tabs();
    const int index = RequestComposer::ChecksPage;
    if (total < 0) {
        const qsizetype lines = m_composer.checksEditor()->checks().size();
        tabs->setTabText(index, lines == 0 ? tr("&Checks") : tr("&Checks (%1)").arg(lines));
        tabs->setTabToolTip(index, tr("Checks on the response and values captured from it"));
        return;
    }
    tabs->setTabText(index,
        passed == total ? tr("&Checks \u2714 %1").arg(total) : tr("&Checks \u2718 %1/%2").arg(total - passed).arg(total));
    tabs->setTabToolTip(index, passed == total ? tr("All %n check(s) passed", nullptr, total)
                                               : tr("%1 of %n check(s) failed", nullptr, total).arg(total - passed));
}

} // namespace keyway::ui
