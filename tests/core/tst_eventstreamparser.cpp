#include "http/EventStreamParser.h"

#include <QTest>

using namespace keyway;

// Server-sent events as servers write them, cut into chunks anywhere the network cuts them.
class TestEventStreamParser : public QObject
{
    Q_OBJECT

private:
    static QList<ServerSentEvent> parseInChunks(const QByteArray &stream, qsizetype chunkSize)
    {
        EventStreamParser parser;
        QList<ServerSentEvent> events;
        for (qsizetype at = 0; at < stream.size(); at += chunkSize)
            events += parser.feed(stream.mid(at, chunkSize)).value();
        return events;
    }

private Q_SLOTS:
    void eventsWhereverTheStreamIsCut()
    {
        const QByteArray stream = ": a comment\n\nid: 1\nevent: tick\ndata: {\"n\":1}\n\n"
                                  "data: first line\r\ndata: second line\r\n\r\n"
                                  "retry: 1000\nid: 7\rdata:no space\r\r"
                                  "event: only a name\n\n" // no data: no event
                                  "data: unended";
        const QList<ServerSentEvent> expected {{QStringLiteral("tick"), QStringLiteral("1"), QStringLiteral("{\"n\":1}")},
            {QStringLiteral("message"), QStringLiteral("1"), QStringLiteral("first line\nsecond line")},
            {QStringLiteral("message"), QStringLiteral("7"), QStringLiteral("no space")}};
        for (qsizetype size = 1; size <= stream.size(); ++size)
            QCOMPARE(parseInChunks(stream, size), expected);
    }

    void anEndlessEventIsRefused()
    {
        EventStreamParser parser;
        const QByteArray line = "data: " + QByteArray(1024 * 1024, 'x');
        Expected<QList<ServerSentEvent>> fed = parser.feed(line);
        for (int chunk = 0; chunk < 20 && fed; ++chunk)
            fed = parser.feed(QByteArray(1024 * 1024, 'x'));
        QVERIFY(!fed);
        QVERIFY(fed.error().contains(QLatin1String("larger than 16 MB")));
    }
};

QTEST_GUILESS_MAIN(TestEventStreamParser)
#include "tst_eventstreamparser.moc"
