#pragma once

#include "http/EventStreamParser.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTableView;

namespace keyway::ui {

class EventStreamModel;

// A server-sent event stream as it arrives: one row per event that grows live and follows the
// newest until the user scrolls up (scrolling back to the end follows again); the selected
// event's data below, indented when it is JSON.
class EventStreamView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventStreamView)

public:
    explicit EventStreamView(QWidget *parent = nullptr);

    void begin(); // a new stream: the list empties
    void append(const QByteArray &chunk);

    int eventCount() const;
    bool isFollowing() const { return m_following; }
    QTableView *table() const { return m_table; }
    QString detailText() const;
    QString statusText() const;

Q_SIGNALS:
    void eventsArrived(int count); // how many are listed now

private:
    void showSelected();
    void updateStatus();

    EventStreamParser m_parser;
    EventStreamModel *m_model;
    QTableView *m_table;
    QPlainTextEdit *m_detail;
    QLabel *m_status;
    bool m_following = true;
    QString m_problem;
};

} // namespace keyway::ui
