#include "runner/RunResultsModel.h"

#include "common/ErrorText.h"

#include <QApplication>
#include <QPalette>

namespace keyway::ui {

RunResultsModel::RunResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RunResultsModel::append(const RunResult &result)
{
    m_results.append(result);
    if (!shows(result))
        return;
    const int row = int(m_shown.size());
    beginInsertRows({}, row, row);
    m_shown.append(int(m_results.size()) - 1);
    endInsertRows();
}

void RunResultsModel::clear()
{
    beginResetModel();
    m_results.clear();
    m_shown.clear();
    endResetModel();
}

void RunResultsModel::setFailuresOnly(bool failuresOnly)
{
    beginResetModel();
    m_failuresOnly = failuresOnly;
    m_shown.clear();
    for (int index = 0; index < m_results.size(); ++index) {
        if (shows(m_results.at(index)))
            m_shown.append(index);
    }
    endResetModel();
}

const RunResult *RunResultsModel::resultAt(int row) const
{
    return row >= 0 && row < m_shown.size() ? &m_results.at(m_shown.at(row)) : nullptr;
}

int RunResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int RunResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunResultsModel::text(const RunResult &result, int column) const
{
    switch (column) {
    case IterationColumn:
        return QString::number(result.iteration);
    case RequestColumn:
        return QStringLiteral("%1 %2").arg(result.method, result.path);
    case StatusColumn:
        return result.status ? QString::number(result.status) : QStringLiteral("\u2014");
    case TimeColumn:
        return result.status ? tr("%1 ms").arg(result.elapsedMs) : QString();
    case ChecksColumn: {
        if (result.checks.isEmpty())
            return {};
        const auto passed = std::count_if(
            result.checks.cbegin(), result.checks.cend(), [](const CheckOutcome &outcome) { return outcome.passed; });
        return QStringLiteral("%1/%2").arg(passed).arg(result.checks.size());
    }
    case ResultColumn:
        if (result.passed)
            return tr("\u2714 passed");
        // An error card's line brings its own mark.
        return result.failure.startsWith(QChar(0x2716)) ? result.failure : QStringLiteral("\u2718 ") + result.failure;
    default:
        break;
    }
    return {};
}

QVariant RunResultsModel::data(const QModelIndex &index, int role) const
{
    const RunResult *result = resultAt(index.row());
    if (!result)
        return {};
    if (role == Qt::DisplayRole)
        return text(*result, index.column());
    if (role == Qt::ToolTipRole && index.column() == ResultColumn)
        return result->passed ? QVariant() : QVariant(result->failure);
    if (role == Qt::ForegroundRole && !result->passed && index.column() == ResultColumn)
        return errorColor(QApplication::palette());
    if (role == Qt::TextAlignmentRole && (index.column() == StatusColumn || index.column() == TimeColumn
                                             || index.column() == IterationColumn || index.column() == ChecksColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RunResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IterationColumn:
        return tr("#");
    case RequestColumn:
        return tr("Request");
    case StatusColumn:
        return tr("Status");
    case TimeColumn:
        return tr("Time");
    case ChecksColumn:
        return tr("Checks");
    case ResultColumn:
        return tr("Result");
    default:
        break;
    }
    return {};
}

} // namespace keyway::ui
