#include "response/TimelineView.h"

#include <QHeaderView>

namespace keyway::ui {

TimelineView::TimelineView(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("timeline"));
    setAccessibleName(tr("Timeline of the exchange"));
    setHeaderHidden(true);
    setColumnCount(1);
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::ContiguousSelection);
}

QTreeWidgetItem *TimelineView::addStep(const QString &text, const QStringList &details)
{
    auto *step = new QTreeWidgetItem(this, {text});
    QFont bold = step->font(0);
    bold.setBold(true);
    step->setFont(0, bold);
    for (const QString &detail : details)
        new QTreeWidgetItem(step, {detail});
    step->setExpanded(true);
    return step;
}

void TimelineView::showExchange(const WireRequest &sent, const HttpResponse &response)
{
    clear();
    QStringList stripped;
    for (int index = 0; index < response.hops.size(); ++index) {
        const RedirectHop &hop = response.hops.at(index);
        QStringList details {tr("Location: %1").arg(hop.location.toString())};
        if (hop.crossOrigin && (!hop.strippedHeaders.isEmpty() || !hop.strippedQueryItems.isEmpty()))
            details << tr(
                "Another origin: not sent there: %1 (credentials never follow a redirect to another "
                "origin)")
                           .arg((hop.strippedHeaders + hop.strippedQueryItems).join(QStringLiteral(", ")));
        else if (!hop.strippedQueryItems.isEmpty())
            details
                << tr("Not in the new address: %1").arg(hop.strippedQueryItems.join(QStringLiteral(", ")));
        if (hop.becameGet)
            details
                << tr("Becomes a GET without a body (what %1 asks of a redirected request)").arg(hop.status);
        addStep(tr("%1. %2 %3 \u2192 %4").arg(index + 1).arg(hop.method, hop.url.toString()).arg(hop.status),
            details);
        stripped += hop.strippedHeaders;
    }
    // The final request: what left Keyway, without what the hops left behind.
    const QString method
        = response.hops.isEmpty() || !response.hops.last().becameGet ? sent.method : QStringLiteral("GET");
    const QUrl finalUrl = response.hops.isEmpty() ? sent.url : response.hops.last().location;
    QStringList headers;
    for (const HeaderField &header : sent.headers) {
        if (!stripped.contains(header.name, Qt::CaseInsensitive))
            headers << header.name + QStringLiteral(": ") + header.value;
    }
    addStep(response.hops.isEmpty() ? tr("%1 %2 \u2192 %3 %4 in %5 ms")
                                          .arg(method, finalUrl.toString())
                                          .arg(response.status)
                                          .arg(QString::fromLatin1(response.reason))
                                          .arg(response.elapsedMs)
                                    : tr("Finally: %1 %2 \u2192 %3 %4 (%n redirect(s), %5 ms in all)",
                                        nullptr, int(response.hops.size()))
                                          .arg(method, finalUrl.toString())
                                          .arg(response.status)
                                          .arg(QString::fromLatin1(response.reason))
                                          .arg(response.elapsedMs),
        headers);
}

void TimelineView::showFailure(const WireRequest &sent, const QString &message)
{
    clear();
    if (sent.method.isEmpty())
        addStep(tr("Not sent: %1").arg(message), {});
    else
        addStep(tr("%1 %2 \u2192 no response: %3").arg(sent.method, sent.url.toString(), message), {});
}

QString TimelineView::text() const
{
    QStringList lines;
    for (int top = 0; top < topLevelItemCount(); ++top) {
        const QTreeWidgetItem *step = topLevelItem(top);
        lines << step->text(0);
        for (int child = 0; child < step->childCount(); ++child)
            lines << QStringLiteral("  ") + step->child(child)->text(0);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace keyway::ui
