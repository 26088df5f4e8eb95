#include "response/LargeTextView.h"
#include "response/ResponseView.h"
#include "ScriptedPrompter.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QFile>
#include <QImage>
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

} // namespace

class TestResponseView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
        QCOMPARE(view.previewDescription(), QStringLiteral("Image 4 \u00d7 3"));
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
        QCOMPARE(view.previewDescription(), QStringLiteral("Binary"));
        view.saveBody();
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
        const TextDocument *document = view.prettyView()->document();
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

    void largeBodiesAreIndexedNotCopiedIntoWidgets()
    {
        QByteArray big = "[";
        for (int i = 0; i < 200'000; ++i)
            big += "{\"id\":" + QByteArray::number(i) + "},";
        big += "{\"id\":-1}]";
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
