#include "response/EventStreamView.h"

#include "response/EventStreamModel.h"
#include "view/JsonIndenter.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace keyway::ui {

namespace {

constexpr qsizetype MaxIndentedData = 4 * 1024 * 1024; // larger data is shown as it came

QString shownData(const QString &data)
{
    const QByteArray bytes = data.toUtf8();
    const QByteArray trimmed = bytes.trimmed();
    if (bytes.size() <= MaxIndentedData && (trimmed.startsWith('{') || trimmed.startsWith('['))
        && !QJsonDocument::fromJson(trimmed).isNull())
        return QString::fromUtf8(JsonIndenter::indent(trimmed));
    return data;
}

} // namespace

EventStreamView::EventStreamView(QWidget *parent)
    : QWidget(parent)
    , m_model(new EventStreamModel(this))
    , m_table(new QTableView(this))
    , m_detail(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("events"));
    m_table->setAccessibleName(tr("Server-sent events"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int digits = m_table->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00.000  "));
    m_table->setColumnWidth(EventStreamModel::TimeColumn, digits);
    m_table->setColumnWidth(EventStreamModel::EventColumn, digits);
    m_table->setColumnWidth(EventStreamModel::IdColumn, digits / 2);
    m_detail->setObjectName(QStringLiteral("eventData"));
    m_detail->setAccessibleName(tr("Data of the selected event"));
    m_detail->setReadOnly(true);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setPlaceholderText(tr("Select an event to see its data."));
    m_status->setObjectName(QStringLiteral("eventsStatus"));

    // Following the newest event stops when the user scrolls up and starts again at the end.
    QScrollBar *scroll = m_table->verticalScrollBar();
    connect(scroll, &QScrollBar::valueChanged, this, [this, scroll](int value) {
        const bool following = value >= scroll->maximum();
        if (following != m_following) {
            m_following = following;
            updateStatus();
        }
    });
    connect(scroll, &QScrollBar::rangeChanged, this, [this, scroll](int, int maximum) {
        if (m_following) // new rows made the list longer
            scroll->setValue(maximum);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EventStreamView::showSelected);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    updateStatus();
}

void EventStreamView::begin()
{
    m_parser = EventStreamParser();
    m_model->clear();
    m_detail->clear();
    m_problem.clear();
    m_following = true;
    updateStatus();
}

void EventStreamView::append(const QByteArray &chunk)
{
    if (!m_problem.isEmpty())
        return;
    auto events = m_parser.feed(chunk);
    if (!events) {
        m_problem = tr("%1; the events after it are not listed (the Raw tab has the whole body)").arg(events.error());
        updateStatus();
        return;
    }
    if (events->isEmpty())
        return;
    m_model->append(events.value(), QTime::currentTime());
    updateStatus();
    Q_EMIT eventsArrived(m_model->rowCount());
}

int EventStreamView::eventCount() const
{
    return m_model->rowCount();
}

QString EventStreamView::detailText() const
{
    return m_detail->toPlainText();
}

QString EventStreamView::statusText() const
{
    return m_status->text();
}

void EventStreamView::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    m_detail->setPlainText(current.isValid() ? shownData(m_model->eventAt(current.row()).data) : QString());
}

void EventStreamView::updateStatus()
{
    QStringList parts;
    const qint64 received = m_model->received();
    parts << tr("%n event(s)", nullptr, int(std::min<qint64>(received, INT_MAX)));
    if (m_model->dropped() > 0)
        parts << tr("the oldest %1 left the list").arg(QLocale().toString(m_model->dropped()));
    if (received > 0)
        parts << (m_following ? tr("following the newest") : tr("scrolled up: not following (scroll to the end to follow)"));
    if (!m_problem.isEmpty())
        parts << m_problem;
    m_status->setText(parts.join(QStringLiteral(" \u00b7 ")));
}

} // namespace keyway::ui
