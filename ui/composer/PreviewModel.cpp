#include "composer/PreviewModel.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QPalette>

namespace keyway::ui {

PreviewModel::PreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QList<PreviewModel::Row> PreviewModel::rowsOf(const WireRequest &request)
{
    QList<Row> rows {
        {tr("Request"), request.method + QLatin1Char(' ') + request.url.toString(QUrl::PrettyDecoded), {}}};
    for (const HeaderField &header : request.headers)
        rows.append({header.name, header.value, {}});
    for (const HeaderField &header : request.transportHeaders())
        rows.append({header.name, header.value, {}});
    return rows;
}

void PreviewModel::setRequest(const WireRequest &masked, const WireRequest &revealed)
{
    QList<Row> rows = rowsOf(masked);
    const QList<Row> real = rowsOf(revealed);
    for (qsizetype i = 0; i < rows.size() && i < real.size(); ++i)
        rows[i].revealed = real.at(i).masked;
    beginResetModel();
    m_rows = rows;
    m_problem.clear();
    endResetModel();
}

void PreviewModel::setProblem(const QString &problem)
{
    beginResetModel();
    m_rows.clear();
    m_problem = problem;
    endResetModel();
}

bool PreviewModel::isSecretRow(int row) const
{
    return row >= 0 && row < m_rows.size() && !m_rows.at(row).revealed.isEmpty()
        && m_rows.at(row).revealed != m_rows.at(row).masked;
}

QString PreviewModel::valueOf(const QString &name) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).name.compare(name, Qt::CaseInsensitive) == 0)
            return data(index(row, ValueColumn)).toString();
    }
    return {};
}

int PreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool secret = isSecretRow(index.row());
    const bool shown = m_revealed.contains(row.name);
    switch (index.column()) {
    case NameColumn:
        return role == Qt::DisplayRole ? row.name : QVariant();
    case ValueColumn:
        if (role == Qt::DisplayRole)
            return secret && shown ? row.revealed : row.masked;
        if (role == Qt::ForegroundRole && secret)
            return QBrush(QGuiApplication::palette().color(QPalette::Base).lightness() < 128
                    ? QColor(0xf0, 0xc3, 0x6d) // amber that reads on a dark background
                    : QColor(0x7a, 0x4f, 0x01));
        return {};
    default:
        if (!secret)
            return {};
        if (role == Qt::CheckStateRole)
            return shown ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return tr("Show this value for 30 seconds");
        return {};
    }
}

bool PreviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != RevealColumn
        || role != Qt::CheckStateRole || !isSecretRow(index.row()))
        return false;
    const QString name = m_rows.at(index.row()).name;
    if (value.toInt() == Qt::Checked) {
        auto *timer = m_revealed.value(name);
        if (!timer) {
            timer = new QTimer(this);
            timer->setSingleShot(true);
            connect(timer, &QTimer::timeout, this, [this, name] { hide(name); });
            m_revealed.insert(name, timer);
        }
        timer->start(RevealMilliseconds);
    } else {
        hide(name);
        return true;
    }
    Q_EMIT dataChanged(this->index(index.row(), ValueColumn), index);
    return true;
}

void PreviewModel::hide(const QString &name)
{
    if (QTimer *timer = m_revealed.take(name))
        timer->deleteLater();
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).name == name)
            Q_EMIT dataChanged(index(row, ValueColumn), index(row, RevealColumn));
    }
}

Qt::ItemFlags PreviewModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == RevealColumn && isSecretRow(index.row()))
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Sent as") : section == ValueColumn ? tr("Value") : tr("Reveal");
}

} // namespace keyway::ui
