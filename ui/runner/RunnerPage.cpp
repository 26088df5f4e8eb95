#include "runner/RunnerPage.h"

#include "common/ErrorText.h"
#include "common/Prompter.h"
#include "runner/JsonRunReport.h"
#include "runner/JUnitReport.h"
#include "runner/RunResultsModel.h"
#include "session/EnvironmentSession.h"

#include <climits>
#include <QCheckBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace keyway::ui {

namespace {

const QStringList WriteMethods {
    QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("PATCH"), QStringLiteral("DELETE")};

// The selected result as a reader wants it: the request, then every check and capture problem.
QString describe(const RunResult &result)
{
    QStringList lines {QStringLiteral("%1 %2").arg(result.method, result.url)};
    lines.append(result.status ? RunnerPage::tr("HTTP %1 in %2 ms, %n byte(s)", nullptr, int(std::min<qint64>(result.size, INT_MAX)))
                                     .arg(result.status)
                                     .arg(result.elapsedMs)
                               : result.failure);
    for (const CheckOutcome &outcome : result.checks) {
        lines.append(outcome.passed ? QStringLiteral("\u2714 %1   (%2)").arg(outcome.check, outcome.actual)
                                    : QStringLiteral("\u2718 %1\n    %2").arg(outcome.check, outcome.problem));
    }
    for (const QString &problem : result.captureProblems)
        lines.append(QStringLiteral("\u2718 ") + problem);
    if (!result.captured.isEmpty())
        lines.append(RunnerPage::tr("Captured: %1").arg(result.captured.join(QStringLiteral(", "))));
    if (!result.passed && result.checks.isEmpty() && result.captureProblems.isEmpty() && result.status)
        lines.append(QStringLiteral("\u2718 ") + result.failure);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

RunnerPage::RunnerPage(
    EnvironmentSession &session, Prompter &prompter, Workspace workspace, QString folder, QWidget *parent)
    : DocumentPage(parent)
    , m_session(session)
    , m_prompter(prompter)
    , m_workspace(std::move(workspace))
    , m_folder(std::move(folder))
    , m_iterations(new QSpinBox(this))
    , m_delay(new QSpinBox(this))
    , m_bail(new QCheckBox(tr("Stop at the first failure"), this))
    , m_dataFile(new QLineEdit(this))
    , m_dataStatus(new QLabel(this))
    , m_run(new QPushButton(tr("Run"), this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_failuresOnly(new QCheckBox(tr("Failures only"), this))
    , m_model(new RunResultsModel(this))
    , m_view(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
    , m_rerunFailed(new QPushButton(tr("Re-run Failed"), this))
    , m_exportJson(new QPushButton(tr("Save JSON Report\u2026"), this))
    , m_exportJUnit(new QPushButton(tr("Save JUnit Report\u2026"), this))
{
    setObjectName(QStringLiteral("runnerPage"));
    m_view->setObjectName(QStringLiteral("runResults"));
    m_view->setAccessibleName(tr("Run results"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    // The short columns are as wide as their widest likely text, so nothing arriving later is cut.
    const QFontMetrics metrics = m_view->fontMetrics();
    const auto fit = [&](int column, const QString &widest) {
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Fixed);
        m_view->horizontalHeader()->resizeSection(column,
            std::max(metrics.horizontalAdvance(widest), metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString())) + 24);
    };
    fit(RunResultsModel::IterationColumn, QStringLiteral("0000"));
    fit(RunResultsModel::StatusColumn, QStringLiteral("000"));
    fit(RunResultsModel::TimeColumn, tr("%1 ms").arg(99999));
    fit(RunResultsModel::ChecksColumn, QStringLiteral("00/00"));
    m_view->horizontalHeader()->setSectionResizeMode(RunResultsModel::RequestColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(RunResultsModel::ResultColumn, QHeaderView::Stretch);
    m_details->setObjectName(QStringLiteral("runDetails"));
    m_details->setAccessibleName(tr("The selected request's checks"));
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select a row to see its checks: expected against actual."));
    m_progress->setFormat(tr("%v of %m"));
    m_progress->setValue(0);
    m_summary->setObjectName(QStringLiteral("runSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_view);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *status = new QHBoxLayout;
    status->addWidget(m_progress, 1);
    status->addWidget(m_failuresOnly);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createOptions());
    layout->addLayout(status);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addWidget(createButtons());

    connect(m_run, &QPushButton::clicked, this, [this] { isRunning() ? stop() : run(); });
    connect(m_failuresOnly, &QCheckBox::toggled, m_model, &RunResultsModel::setFailuresOnly);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RunnerPage::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RunnerPage::showDetails);
    showRunning(false);
}

RunnerPage::~RunnerPage()
{
    if (m_runner)
        m_runner->stop();
}

QString RunnerPage::title() const
{
    return m_folder.isEmpty() ? tr("Run: all requests") : tr("Run: %1").arg(m_folder);
}

QWidget *RunnerPage::createOptions()
{
    auto *box = new QWidget(this);
    m_iterations->setObjectName(QStringLiteral("runIterations"));
    m_iterations->setRange(1, 10'000);
    m_iterations->setAccessibleName(tr("Iterations"));
    m_delay->setObjectName(QStringLiteral("runDelay"));
    m_delay->setRange(0, 600'000);
    m_delay->setSuffix(tr(" ms"));
    m_delay->setAccessibleName(tr("Delay between requests"));
    m_dataFile->setObjectName(QStringLiteral("runDataFile"));
    m_dataFile->setReadOnly(true);
    m_dataFile->setPlaceholderText(tr("none: the iterations above"));
    m_dataFile->setAccessibleName(tr("Data file"));
    m_dataStatus->setObjectName(QStringLiteral("runDataStatus"));
    m_dataStatus->setWordWrap(true);
    m_dataStatus->hide(); // until a data file is chosen
    for (QSpinBox *spin : {m_iterations, m_delay})
        spin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto *choose = new QPushButton(tr("Choose\u2026"), box);
    choose->setAutoDefault(false);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = m_prompter.chooseOpenFile(this, tr("Data File (CSV with a header row, or JSON)"));
        if (!path.isEmpty())
            setDataFile(path);
    });
    auto *clear = new QPushButton(tr("No Data File"), box);
    clear->setAutoDefault(false);
    connect(clear, &QPushButton::clicked, this, [this] { setDataFile({}); });
    auto *dataRow = new QHBoxLayout;
    dataRow->addWidget(m_dataFile, 1);
    dataRow->addWidget(choose);
    dataRow->addWidget(clear);
    m_run->setObjectName(QStringLiteral("runButton"));
    m_run->setDefault(true);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Iterations:"), m_iterations);
    auto *dataLabel = new QLabel(tr("&Data file:"), box);
    dataLabel->setBuddy(m_dataFile);
    auto *dataCell = new QVBoxLayout; // the status under the file, taking no room while hidden
    dataCell->addLayout(dataRow);
    dataCell->addWidget(m_dataStatus);
    form->addRow(dataLabel, dataCell);
    form->addRow(tr("De&lay:"), m_delay);
    form->addRow(QString(), m_bail);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addLayout(form, 1);
    row->addWidget(m_run, 0, Qt::AlignTop);
    return box;
}

QWidget *RunnerPage::createButtons()
{
    auto *box = new QWidget(this);
    m_rerunFailed->setObjectName(QStringLiteral("rerunFailed"));
    m_exportJson->setObjectName(QStringLiteral("saveJsonReport"));
    m_exportJUnit->setObjectName(QStringLiteral("saveJUnitReport"));
    connect(m_rerunFailed, &QPushButton::clicked, this, &RunnerPage::rerunFailed);
    connect(m_exportJson, &QPushButton::clicked, this, &RunnerPage::exportJson);
    connect(m_exportJUnit, &QPushButton::clicked, this, &RunnerPage::exportJUnit);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_rerunFailed);
    row->addStretch();
    row->addWidget(m_exportJson);
    row->addWidget(m_exportJUnit);
    for (QPushButton *button : {m_rerunFailed, m_exportJson, m_exportJUnit})
        button->setAutoDefault(false);
    return box;
}

void RunnerPage::setDataFile(const QString &path)
{
    m_data.clear();
    m_dataFile->setText(path);
    showAsNormal(m_dataStatus);
    m_dataStatus->clear();
    m_dataStatus->setVisible(!path.isEmpty());
    if (!path.isEmpty()) {
        const auto rows = RunData::load(path);
        if (rows) {
            m_data = rows.value();
            QStringList names = m_data.first().keys();
            names.sort();
            m_dataStatus->setText(tr("%n row(s), one iteration each: %1", nullptr, int(m_data.size()))
                                      .arg(names.join(QStringLiteral(", "))));
        } else {
            m_dataStatus->setText(rows.error());
            showAsError(m_dataStatus);
        }
    }
    m_iterations->setEnabled(m_data.isEmpty());
}

void RunnerPage::run()
{
    runRequests(CollectionRunner::requestsIn(m_workspace, m_folder));
}

void RunnerPage::rerunFailed()
{
    QStringList failed;
    for (const RunResult &result : m_model->results()) {
        if (!result.passed && !failed.contains(result.path))
            failed.append(result.path);
    }
    QList<RequestSpec> requests = CollectionRunner::requestsIn(m_workspace, m_folder);
    requests.removeIf([&](const RequestSpec &request) { return !failed.contains(CollectionRunner::pathOf(request)); });
    runRequests(requests);
}

void RunnerPage::runRequests(const QList<RequestSpec> &requests)
{
    if (isRunning())
        return;
    const Environment *env = m_session.environment();
    if (!env) {
        m_summary->setText(tr("Choose an environment first."));
        return;
    }
    if (requests.isEmpty()) {
        m_summary->setText(m_folder.isEmpty() ? tr("There are no saved requests to run.")
                                              : tr("There are no saved requests in %1.").arg(m_folder));
        return;
    }
    if (!m_dataFile->text().isEmpty() && m_data.isEmpty()) {
        m_summary->setText(tr("The data file cannot be used: %1").arg(m_dataStatus->text()));
        return;
    }
    const bool writes = std::any_of(requests.cbegin(), requests.cend(),
        [](const RequestSpec &request) { return WriteMethods.contains(request.method); });
    if (env->kind == EnvironmentKind::Production && writes
        && !m_prompter.confirm(this, tr("Run against production?"),
            tr("This run changes live data in the production environment '%1'.").arg(env->name),
            tr("Run Against Production")))
        return;
    CollectionRunner::Options options;
    options.iterations = m_iterations->value();
    options.bail = m_bail->isChecked();
    options.data = m_data;
    options.delayMs = m_delay->value();
    options.keepResults = false; // the results model keeps them for the table and the reports
    m_runner = m_session.createRunner(requests, options, this);
    m_environmentName = env->name;
    m_model->clear();
    m_details->clear();
    m_progress->setRange(0, m_runner->plannedSends());
    m_progress->setValue(0);
    connect(m_runner, &CollectionRunner::requestFinished, this, [this](const RunResult &result) {
        m_model->append(result);
        m_progress->setValue(int(m_model->results().size()));
        m_summary->setText(summaryText());
    });
    connect(m_runner, &CollectionRunner::finished, this, &RunnerPage::onFinished);
    m_clock.start();
    showRunning(true);
    m_summary->setText(tr("Running against %1\u2026").arg(env->name));
    m_runner->start();
}

void RunnerPage::stop()
{
    if (m_runner)
        m_runner->stop();
}

void RunnerPage::onFinished()
{
    m_totalMs = m_clock.elapsed(); // a monotonic clock: a changed wall clock changes no duration
    const QString problem = m_runner->errorString();
    m_runner->deleteLater();
    m_runner.clear();
    showRunning(false);
    m_summary->setText(problem.isEmpty() ? summaryText() : problem);
    if (m_model->results().size() < m_progress->maximum())
        m_summary->setText(m_summary->text() + tr(" \u2014 stopped before the end"));
}

void RunnerPage::showRunning(bool running)
{
    m_run->setText(running ? tr("Stop") : tr("Run"));
    m_run->setToolTip(running ? tr("Stop after cancelling the request on its way")
                              : tr("Run the requests against the active environment"));
    const bool hasResults = !m_model->results().isEmpty();
    const bool hasFailures = std::any_of(m_model->results().cbegin(), m_model->results().cend(),
        [](const RunResult &result) { return !result.passed; });
    m_rerunFailed->setEnabled(!running && hasFailures);
    m_exportJson->setEnabled(!running && hasResults);
    m_exportJUnit->setEnabled(!running && hasResults);
    for (QWidget *option : {static_cast<QWidget *>(m_delay), static_cast<QWidget *>(m_bail)})
        option->setEnabled(!running);
    m_iterations->setEnabled(!running && m_data.isEmpty());
}

QString RunnerPage::summaryText() const
{
    QString text = RunTotals::of(m_model->results()).summary();
    if (!isRunning() && m_totalMs > 0)
        text += tr("; %1 ms").arg(m_totalMs);
    return text;
}

void RunnerPage::showDetails()
{
    const RunResult *result = m_model->resultAt(m_view->currentIndex().row());
    m_details->setPlainText(result ? describe(*result) : QString());
}

bool RunnerPage::exportJson()
{
    return writeReport(tr("Save JSON Report"), QStringLiteral("keyway-run.json"),
        JsonRunReport::toJson(m_folder.isEmpty() ? QStringLiteral(".") : m_folder, m_environmentName,
            m_model->results(), m_totalMs));
}

bool RunnerPage::exportJUnit()
{
    return writeReport(tr("Save JUnit Report"), QStringLiteral("keyway-run.xml"),
        JUnitReport::toXml(m_folder.isEmpty() ? QStringLiteral("all") : m_folder, m_model->results(), m_totalMs));
}

bool RunnerPage::writeReport(const QString &title, const QString &suggested, const QByteArray &bytes)
{
    const QString path = m_prompter.chooseSaveFile(this, title, suggested);
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_prompter.showError(this, title, tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

} // namespace keyway::ui
