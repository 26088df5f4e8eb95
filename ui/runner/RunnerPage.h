#pragma once

#include "model/Workspace.h"
#include "runner/CollectionRunner.h"
#include "runner/RunData.h"
#include "tabs/DocumentPage.h"

#include <QElapsedTimer>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace keyway {
class EnvironmentSession;
}

namespace keyway::ui {

class Prompter;
class RunResultsModel;

// A runner tab: the saved requests of a folder (or all of them) run in tree order against the active
// environment, N times or once per row of a data file, with a delay and stop-at-first-failure.
// A row per request and iteration as they arrive, a progress bar and Stop, failures only on
// request, the selected row's checks with expected against actual, Re-run Failed, and the JSON and
// JUnit reports to save.
class RunnerPage final : public DocumentPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunnerPage)

public:
    RunnerPage(EnvironmentSession &session, Prompter &prompter, Workspace workspace, QString folder,
        QWidget *parent = nullptr);
    ~RunnerPage() override;

    static QString keyOf(const QString &folder) { return QStringLiteral("runner:") + folder; }
    QString documentKey() const override { return keyOf(m_folder); }
    QString title() const override;
    bool isModified() const override { return false; }

    void setWorkspace(const Workspace &workspace) { m_workspace = workspace; }
    void run();
    void stop();
    void rerunFailed();
    bool isRunning() const { return m_runner != nullptr; }
    // Asks where, then writes the last run's report; false when cancelled or it failed (said).
    bool exportJson();
    bool exportJUnit();

    QPushButton *runButton() const { return m_run; }
    QPushButton *rerunFailedButton() const { return m_rerunFailed; }
    QSpinBox *iterationsBox() const { return m_iterations; }
    QSpinBox *delayBox() const { return m_delay; }
    QCheckBox *bailBox() const { return m_bail; }
    QCheckBox *failuresOnlyBox() const { return m_failuresOnly; }
    QLineEdit *dataFileEdit() const { return m_dataFile; }
    QLabel *dataStatus() const { return m_dataStatus; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *summaryLabel() const { return m_summary; }
    QTableView *resultsView() const { return m_view; }
    RunResultsModel *resultsModel() const { return m_model; }
    QPlainTextEdit *detailsView() const { return m_details; }
    // Reads the data file (CSV or JSON rows); an empty path runs without one.
    void setDataFile(const QString &path);

private:
    QWidget *createOptions();
    QWidget *createButtons();
    void runRequests(const QList<RequestSpec> &requests);
    void onFinished();
    void showDetails();
    void showRunning(bool running);
    QString summaryText() const;
    bool writeReport(const QString &title, const QString &suggested, const QByteArray &bytes);

    EnvironmentSession &m_session;
    Prompter &m_prompter;
    Workspace m_workspace;
    QString m_folder;
    QList<RunData::Row> m_data;
    QPointer<CollectionRunner> m_runner;
    QString m_environmentName; // of the last run, for its reports
    QElapsedTimer m_clock;
    qint64 m_totalMs = 0;

    QSpinBox *m_iterations;
    QSpinBox *m_delay;
    QCheckBox *m_bail;
    QLineEdit *m_dataFile;
    QLabel *m_dataStatus;
    QPushButton *m_run;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QCheckBox *m_failuresOnly;
    RunResultsModel *m_model;
    QTableView *m_view;
    QPlainTextEdit *m_details;
    QPushButton *m_rerunFailed;
    QPushButton *m_exportJson;
    QPushButton *m_exportJUnit;
};

} // namespace keyway::ui
