#pragma once

#include "runner/CollectionRunner.h"

#include <QAbstractTableModel>

namespace keyway::ui {

// A run's results, one row per request and iteration as they arrive; failed rows in the error
// colour. "Failures only" hides the rest without losing them.
class RunResultsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunResultsModel)

public:
    enum Column { IterationColumn, RequestColumn, StatusColumn, TimeColumn, ChecksColumn, ResultColumn, ColumnCount };

    explicit RunResultsModel(QObject *parent = nullptr);

    void append(const RunResult &result);
    void clear();
    void setFailuresOnly(bool failuresOnly);
    // The result a row shows; null for none.
    const RunResult *resultAt(int row) const;
    const QList<RunResult> &results() const { return m_results; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool shows(const RunResult &result) const { return !m_failuresOnly || !result.passed; }
    QString text(const RunResult &result, int column) const;

    QList<RunResult> m_results;
    QList<int> m_shown; // indexes into m_results
    bool m_failuresOnly = false;
};

} // namespace keyway::ui
