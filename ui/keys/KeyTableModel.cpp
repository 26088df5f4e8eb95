#include "keys/KeyTableModel.h"

#include "common/ErrorText.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace keyway::ui {

namespace {

QString shortDate(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)
                          : KeyTableModel::tr("never");
}

} // namespace

KeyTableModel::KeyTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void KeyTableModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_revealedRow = -1;
    m_revealedValue.fill(QLatin1Char('\0'));
    m_revealedValue.clear();
    endResetModel();
}

void KeyTableModel::reveal(int row, const QString &value)
{
    hideRevealed();
    if (row < 0 || row >= m_rows.size())
        return;
    m_revealedRow = row;
    m_revealedValue = value;
    Q_EMIT dataChanged(index(row, ValueColumn), index(row, ValueColumn));
}

void KeyTableModel::hideRevealed()
{
    const int row = m_revealedRow;
    m_revealedRow = -1;
    m_revealedValue.fill(QLatin1Char('\0'));
    m_revealedValue.clear();
    if (row >= 0 && row < m_rows.size())
        Q_EMIT dataChanged(index(row, ValueColumn), index(row, ValueColumn));
}

const KeyTableModel::Row *KeyTableModel::row(int index) const
{
    return index >= 0 && index < m_rows.size() ? &m_rows.at(index) : nullptr;
}

int KeyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KeyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeyTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole && index.column() == ValueColumn && index.row() == m_revealedRow)
        return m_revealedValue;
    if (role == Qt::DisplayRole)
        return display(row, index.column());
    const bool attention = (index.column() == AgeColumn && row.rotationDue)
        || (index.column() == NoteColumn && !row.note.isEmpty());
    if (role == Qt::ForegroundRole && attention)
        return QBrush(errorColor(QGuiApplication::palette())); // readable in light and dark
    if (role == Qt::ToolTipRole && index.column() == NoteColumn && !row.note.isEmpty())
        return row.note;
    return {};
}

QVariant KeyTableModel::display(const Row &row, int column) const
{
    switch (column) {
    case EnvironmentColumn:
        return row.environment;
    case KindColumn:
        return row.kind;
    case ProviderColumn:
        return row.provider;
    case CompaniesColumn:
        return row.companies;
    case SecretColumn:
        return row.slot;
    case TypeColumn:
        return row.type;
    case ValueColumn:
        return row.masked;
    case CreatedColumn: // the day is enough; the age column counts from it
        return row.created.isValid()
            ? QLocale().toString(row.created.toLocalTime().date(), QLocale::ShortFormat)
            : tr("unknown");
    case LastUsedColumn:
        return shortDate(row.lastUsed);
    case LastVerifiedColumn:
        return shortDate(row.lastVerified);
    case AgeColumn:
        return row.ageDays < 0 ? QString() : tr("%n day(s)", nullptr, row.ageDays);
    default:
        return row.note;
    }
}

QVariant KeyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EnvironmentColumn:
        return tr("Environment");
    case KindColumn:
        return tr("Kind");
    case ProviderColumn:
        return tr("Provider");
    case CompaniesColumn:
        return tr("Company IDs");
    case SecretColumn:
        return tr("Secret");
    case TypeColumn:
        return tr("Type");
    case ValueColumn:
        return tr("Value");
    case CreatedColumn:
        return tr("Created");
    case LastUsedColumn:
        return tr("Last used");
    case LastVerifiedColumn:
        return tr("Last verified");
    case AgeColumn:
        return tr("Age");
    default:
        return tr("Note");
    }
}

} // namespace keyway::ui
