#pragma once

#include "http/HttpResponse.h"
#include "http/WireRequest.h"

#include <QTreeWidget>

namespace keyway::ui {

// How the request went: each redirect hop (status, where it pointed, what was left behind at an
// origin change and why), then the request as it finally went, with its headers masked as in the
// Wire tab. Built from names and masked values only: nothing secret reaches it.
class TimelineView final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    explicit TimelineView(QWidget *parent = nullptr);

    // `sent` is the masked request as it left Keyway; `response` holds the hops.
    void showExchange(const WireRequest &sent, const HttpResponse &response);
    void showFailure(const WireRequest &sent, const QString &message);
    // The whole timeline as text, one line per row (for tests and copying).
    QString text() const;

private:
    QTreeWidgetItem *addStep(const QString &text, const QStringList &details);
};

} // namespace keyway::ui
