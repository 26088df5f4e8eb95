#include "common/Pill.h"
#include "http/BodySink.h"
#include "response/EventStreamView.h"
#include "response/LargeTextView.h"
#include "response/ResponseView.h"
#include "response/TimelineView.h"
#include "view/BodyStore.h"
#include "view/ResponseDocument.h"
#include "EnglishPlurals.h"
#include "ScriptedPrompter.h"

#include <cmath>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace keyway;
using namespace keyway::ui;

namespace {

HttpResponse response(const QByteArray &contentType, const QByteArray &body)
{
    HttpResponse answer;
    answer.status = 200;
    answer.reason = "OK";
    answer.headers = {{"Content-Type", contentType}};
    answer.body = body;
    return answer;
}

// Shows `view` with a send under way whose body arrives as `contentType`; its sink, or null.
BodySink *streamInto(ResponseView &view, const QByteArray &contentType)
{
    view.resize(700, 500);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return nullptr;
    view.showSending();
    BodySink *sink = view.bodySink();
    return sink->begin(response(contentType, {})).ok() ? sink : nullptr;
}

// [{"id":0}, … {"id":count-1}, {"id":-1}]: a body with one match of "id": -1, at its end.
QByteArray manyIds(int count)
{
    QByteArray big = "[";
    for (int i = 0; i < count; ++i)
        big += "{\"id\":" + QByteArray::number(i) + "},";
    return big + "{\"id\":-1}]";
}

} // namespace

class TestResponseView : public QObject
{
    Q_OBJECT

    QTranslator m_plurals;

private Q_SLOTS:
    void initTestCase() { QVERIFY(installEnglishPlurals(m_plurals)); }

    void theStatusIsAPillColouredByClass_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QColor>("colour");
        QTest::newRow("2xx") << 201 << QColor(0x2e, 0x7d, 0x32);
        QTest::newRow("3xx") << 304 << QColor(0x15, 0x65, 0xc0);
        QTest::newRow("4xx") << 404 << QColor(0xf9, 0xa8, 0x25);
        QTest::newRow("5xx") << 503 << QColor(0xc6, 0x28, 0x28);
    }

    void theStatusIsAPillColouredByClass()
    {
        QFETCH(int, status);
        QFETCH(QColor, colour);
        ResponseView view;
        HttpResponse answer = response("application/json", "{}");
        answer.status = status;
        answer.reason = "Reason";
        answer.elapsedMs = 84;
        view.showResponse(answer, std::nullopt);
        QCOMPARE(view.statusPill()->fill(), std::optional<QColor>(colour));
        QCOMPARE(view.statusPill()->text(), QStringLiteral("%1 Reason").arg(status));
        QVERIFY2(view.statusText().contains(QLatin1String("84 ms")), qPrintable(view.statusText()));
        // Its text reads on its colour (WCAG AA for normal text: 4.5:1).
        const QColor text = Pill::readableOn(colour);
        const auto luminance = [](const QColor &c) {
            const auto channel
                = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
        };
        const double a = luminance(text) + 0.05;
        const double b = luminance(colour) + 0.05;
        QVERIFY2(std::max(a, b) / std::min(a, b) >= 4.5, qPrintable(colour.name()));

        view.showFailure(QStringLiteral("cancelled"));
        QCOMPARE(view.statusPill()->fill(), std::optional<QColor>(ResponseView::statusColor(0)));
        QCOMPARE(view.statusText(), QStringLiteral("No response \u00b7 cancelled"));
    }

    void theTimelineListsHopsAndWhatWasLeftBehind()
    {
        ResponseView view;
        WireRequest sent;
        sent.method = QStringLiteral("GET");
        sent.url = QUrl(QStringLiteral("https://a.example/v1/accounts"));
        sent.headers
            = {{QStringLiteral("Authorization"), QStringLiteral("Bearer \u2022\u2022\u2022\u2022wxyz"), true},
                {QStringLiteral("Accept"), QStringLiteral("application/json"), true}};
        HttpResponse answer = response("application/json", "{}");
        RedirectHop hop;
        hop.method = QStringLiteral("GET");
        hop.url = sent.url;
        hop.status = 302;
        hop.location = QUrl(QStringLiteral("https://b.example/v1/accounts"));
        hop.crossOrigin = true;
        hop.strippedHeaders = {QStringLiteral("Authorization")};
        answer.hops = {hop};
        answer.finalUrl = hop.location;
        view.showResponse(answer, std::nullopt, sent);
        const QString timeline = view.timeline()->text();
        QVERIFY2(timeline.contains(QStringLiteral("1. GET https://a.example/v1/accounts \u2192 302")),
            qPrintable(timeline));
        QVERIFY2(timeline.contains(QLatin1String("not sent there: Authorization")), qPrintable(timeline));
        QVERIFY2(timeline.contains(
                     QStringLiteral("Finally: GET https://b.example/v1/accounts \u2192 200 OK (1 redirect")),
            qPrintable(timeline));
        QVERIFY(timeline.contains(QLatin1String("  Accept: application/json")));
        QVERIFY(!timeline.contains(QLatin1String("  Authorization:"))); // not in the final request
        QVERIFY(view.statusText().contains(QLatin1String("after 1 redirect")));
    }

    void imagesAreShown()
    {
        QImage image(4, 3, QImage::Format_RGB32);
        image.fill(Qt::red);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(image.save(&buffer, "PNG"));
        ResponseView view;
        view.showResponse(response("image/png", png), std::nullopt);
        auto *headers = view.findChild<QTableView *>(QStringLiteral("responseHeaders"));
        QAbstractItemModelTester tester(
            headers->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(headers->model()->index(0, 0).data().toString(), QStringLiteral("Content-Type"));
        QTRY_COMPARE(view.previewDescription(), QStringLiteral("Image 4 \u00d7 3"));
    }

    void binaryIsShownAsHexAndSavedExactly()
    {
        ScriptedPrompter prompter;
        QTemporaryDir dir;
        prompter.saveFile = dir.filePath(QStringLiteral("out.bin"));
        ResponseView view;
        view.setPrompter(&prompter);
        QByteArray bytes;
        for (int i = 0; i < 300; ++i)
            bytes.append(char(i % 256));
        view.showResponse(response("application/octet-stream", bytes), std::nullopt);
        QTRY_COMPARE(view.previewDescription(), QStringLiteral("Binary"));
        view.saveBody(); // written on a worker: the status says when
        QTRY_VERIFY(view.statusText().contains(QLatin1String("Saved to")));
        QFile saved(prompter.saveFile);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), bytes);
        QVERIFY(prompter.errors.isEmpty());
    }

    void declaredCharsetsAreDecoded()
    {
        ResponseView view;
        QSignalSpy ready(&view, &ResponseView::prettyReady);
        view.showResponse(response("text/plain; charset=ISO-8859-1", "caf\xe9"), std::nullopt);
        QVERIFY(ready.wait(5000));
        QCOMPARE(view.prettyText(), QStringLiteral("caf\u00e9"));
        QVERIFY(view.previewDescription().isEmpty());
    }

    void jsonValuesAndPathsCanBeCopied()
    {
        ResponseView view;
        QSignalSpy ready(&view, &ResponseView::prettyReady);
        view.showResponse(
            response("application/json", "{\"data\":[{\"name\":\"Cash\",\"tags\":[1,2]}]}"), std::nullopt);
        QVERIFY(ready.wait(5000));
        const IndexedText *document = view.prettyView()->document();
        qsizetype nameLine = -1;
        qsizetype tagsLine = -1;
        for (qsizetype i = 0; i < document->lineCount(); ++i) {
            if (document->line(i).contains("\"name\""))
                nameLine = i;
            if (document->line(i).contains("\"tags\""))
                tagsLine = i;
        }
        view.prettyView()->copyJsonPath(nameLine);
        QTRY_COMPARE(QApplication::clipboard()->text(), QStringLiteral("$.data[0].name"));
        view.prettyView()->copyJsonValue(nameLine);
        QTRY_COMPARE(QApplication::clipboard()->text(), QStringLiteral("\"Cash\""));
        view.prettyView()->copyJsonValue(tagsLine);
        QTRY_COMPARE(QApplication::clipboard()->text().simplified(), QStringLiteral("[ 1, 2 ]"));
    }

    void jsonFolds()
    {
        ResponseView view;
        QSignalSpy ready(&view, &ResponseView::prettyReady);
        view.showResponse(
            response("application/json", "{\"data\":[{\"id\":1},{\"id\":2}],\"meta\":{\"n\":2}}"),
            std::nullopt);
        QVERIFY(ready.wait(5000));
        LargeTextView *pretty = view.prettyView();
        const qsizetype lines = pretty->document()->lineCount(); // 13 lines
        QCOMPARE(pretty->visibleRowCount(), lines);
        QVERIFY(pretty->isFoldable(1)); // "data": [
        QVERIFY(!pretty->isFoldable(3)); // "id": 1
        pretty->toggleFold(2); // the first object: 3 lines become 1
        QCOMPARE(pretty->visibleRowCount(), lines - 2);
        pretty->toggleFold(1); // the whole array absorbs the inner fold
        QCOMPARE(pretty->visibleRowCount(), lines - 7);
        QCOMPARE(pretty->lineForRow(2), 9); // row 2 is "meta" after the folded array
        QCOMPARE(pretty->rowForLine(9), 2);
        QSignalSpy searched(&view, &ResponseView::searchDone);
        view.search(QStringLiteral("\"id\": 2"));
        QVERIFY(searched.wait(5000));
        QCOMPARE(pretty->visibleRowCount(), lines); // the match was inside: unfolded
        pretty->toggleFold(1);
        pretty->unfoldAll();
        QCOMPARE(pretty->visibleRowCount(), lines);
    }

    void eventsFollowTheNewestUntilTheUserScrollsUp()
    {
        ResponseView view;
        BodySink *sink = streamInto(view, "text/event-stream");
        QVERIFY(sink);
        EventStreamView *events = view.eventsView();
        const auto send = [&](int from, int count) {
            QByteArray chunk;
            for (int i = from; i < from + count; ++i)
                chunk += "id: " + QByteArray::number(i) + "\nevent: tick\ndata: {\"n\":" + QByteArray::number(i) + "}\n\n";
            QVERIFY(sink->write(chunk.left(chunk.size() / 2)).ok()); // cut anywhere
            QVERIFY(sink->write(chunk.mid(chunk.size() / 2)).ok());
        };
        send(0, 100);
        QCOMPARE(events->eventCount(), 100);
        QVERIFY(events->isVisible());
        QScrollBar *scroll = events->table()->verticalScrollBar();
        QTRY_VERIFY(scroll->maximum() > 0);
        QTRY_COMPARE(scroll->value(), scroll->maximum()); // at the newest
        scroll->setValue(10); // the user scrolls up
        QVERIFY(!events->isFollowing());
        QVERIFY(events->statusText().contains(QLatin1String("not following")));
        send(100, 50);
        QTest::qWait(50);
        QCOMPARE(scroll->value(), 10); // left where the user is
        scroll->setValue(scroll->maximum()); // back at the end: following again
        QVERIFY(events->isFollowing());
        send(150, 50);
        QTRY_COMPARE(scroll->value(), scroll->maximum());
        QCOMPARE(events->eventCount(), 200);
        QVERIFY(events->statusText().startsWith(QLatin1String("200 events")));
        QVERIFY(sink->commit().ok());
        // A body that is not a stream has no Events tab.
        view.showSending();
        view.showResponse(response("application/json", "{}"), std::nullopt);
        QVERIFY(!events->isVisible());
    }

    void aGrowingTextIsFollowedFromItsEndOnly()
    {
        ResponseView view;
        BodySink *sink = streamInto(view, "text/plain");
        QVERIFY(sink);
        const auto lines = [&](int from, int count) {
            QByteArray chunk;
            for (int i = from; i < from + count; ++i)
                chunk += "log line " + QByteArray::number(i) + '\n';
            QVERIFY(sink->write(chunk).ok());
        };
        LargeTextView *pretty = view.prettyView();
        lines(0, 300);
        QTRY_VERIFY(pretty->document() && pretty->document()->lineCount() > 300);
        QCOMPARE(pretty->firstVisibleLine(), 0); // a body is read from its start
        lines(300, 300);
        QTRY_VERIFY(pretty->document()->lineCount() > 600);
        QCOMPARE(pretty->firstVisibleLine(), 0);
        QTRY_VERIFY(pretty->verticalScrollBar()->maximum() > 500); // the view took the lines in
        pretty->verticalScrollBar()->setValue(pretty->verticalScrollBar()->maximum()); // to the end: follow
        lines(600, 300);
        QTRY_VERIFY(pretty->document()->lineCount() > 900);
        QTRY_VERIFY(pretty->firstVisibleLine() > 850);
        QVERIFY(sink->commit().ok());
    }

    // The response keeps a body up to 16 MB for checks, captures and history; the view reads that
    // same copy once the body is complete, streamed or shown from memory.
    void aShownBodyIsHeldOnce()
    {
        const QByteArray body = manyIds(2'000);
        const auto heldOnce = [&](const ResponseView &view, const QByteArray &kept) {
            const char *read = nullptr;
            view.document()->body()->visit(0, 1, [&](QByteArrayView piece, qint64) { return (read = piece.data()) == nullptr; });
            return read == kept.constData();
        };
        ResponseView view;
        BodySink *sink = streamInto(view, "application/json");
        QVERIFY(sink);
        QVERIFY(sink->write(body.left(1000)).ok());
        QVERIFY(sink->write(body.mid(1000)).ok());
        QVERIFY(sink->commit().ok());
        const HttpResponse answer = response("application/json", body);
        QVERIFY(!heldOnce(view, answer.body));
        view.showResponse(answer, std::nullopt);
        QVERIFY(heldOnce(view, answer.body));
        QTRY_VERIFY(view.document()->isComplete());
        QCOMPARE(view.document()->body()->read(0, body.size()), body);

        const HttpResponse fromHistory = response("application/json", body + " ");
        view.showResponse(fromHistory, std::nullopt);
        QVERIFY(heldOnce(view, fromHistory.body));
    }

    void aSearchCanBeStoppedAndKeepsWhatItFound()
    {
        const QByteArray big = manyIds(100'000);
        ResponseView view;
        QSignalSpy ready(&view, &ResponseView::prettyReady);
        view.showResponse(response("application/json", big), std::nullopt);
        QVERIFY(ready.wait(20'000));
        auto *stop = view.findChild<QPushButton *>(QStringLiteral("stopSearch"));
        QSignalSpy searched(&view, &ResponseView::searchDone);
        view.search(QStringLiteral("\"id\": 1"));
        QVERIFY(stop->isVisibleTo(&view)); // while it runs
        QTest::mouseClick(stop, Qt::LeftButton);
        QVERIFY(!stop->isVisibleTo(&view));
        QVERIFY2(view.searchStatus().startsWith(QLatin1String("stopped")), qPrintable(view.searchStatus()));
        QTest::qWait(300);
        QCOMPARE(searched.count(), 0); // nothing the worker still had comes in after Stop
        QVERIFY(view.searchStatus().startsWith(QLatin1String("stopped")));
        // Escape in the box stops a search too (while none runs, Escape is the window's).
        auto *box = view.findChild<QLineEdit *>(QStringLiteral("responseSearch"));
        view.search(QStringLiteral("\"id\": 2"));
        QVERIFY(stop->isVisibleTo(&view));
        QTest::keyClick(box, Qt::Key_Escape);
        QVERIFY2(view.searchStatus().startsWith(QLatin1String("stopped")), qPrintable(view.searchStatus()));
        // A new search runs to the end again.
        view.search(QStringLiteral("\"id\": -1"));
        QTRY_COMPARE_WITH_TIMEOUT(searched.count(), 1, 20'000);
        QCOMPARE(view.searchStatus(), QStringLiteral("1 of 1"));
        // Enter goes on, Shift+Enter back.
        view.search(QStringLiteral("\"id\": 1"));
        QTRY_COMPARE_WITH_TIMEOUT(searched.count(), 2, 20'000);
        QVERIFY2(view.searchStatus().startsWith(QLatin1String("1 of ")), qPrintable(view.searchStatus()));
        QTest::keyClick(box, Qt::Key_Return);
        QVERIFY(view.searchStatus().startsWith(QLatin1String("2 of ")));
        QTest::keyClick(box, Qt::Key_Return, Qt::ShiftModifier);
        QVERIFY(view.searchStatus().startsWith(QLatin1String("1 of ")));
    }

    void largeBodiesAreIndexedNotCopiedIntoWidgets()
    {
        const QByteArray big = manyIds(200'000);
        ResponseView view;
        view.resize(600, 400);
        view.show();
        QSignalSpy ready(&view, &ResponseView::prettyReady);
        view.showResponse(response("application/json", big), std::nullopt);
        QVERIFY(ready.wait(20'000));
        QVERIFY(view.prettyView()->document()->lineCount() > 600'000);
        QSignalSpy searched(&view, &ResponseView::searchDone);
        view.search(QStringLiteral("\"id\": -1"));
        QVERIFY(searched.wait(20'000));
        QCOMPARE(view.searchStatus(), QStringLiteral("1 of 1"));
        // Scrolled to the match, which is in the last screenful.
        QVERIFY(view.prettyView()->firstVisibleLine() > view.prettyView()->document()->lineCount() - 100);
    }
};

QTEST_MAIN(TestResponseView)
#include "tst_responseview.moc"
