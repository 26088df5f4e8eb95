#include "IndexedBody.h"
#include "view/BodyStore.h"
#include "view/JsonIndenter.h"
#include "view/PlainLines.h"
#include "view/PrettyJsonLines.h"
#include "view/ResponseDocument.h"
#include "view/TextSearch.h"

#include <csignal>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>
#include <sys/resource.h>

using namespace keyway;

namespace {

// Small sizes, so a few kilobytes cross every boundary: memory to file, segment to segment.
BodyStore::Options tinyStore(const QString &directory)
{
    return {1000, 4096, directory};
}

QByteArray generatedJson(int records)
{
    QByteArray json = "{\"data\":[";
    for (int i = 0; i < records; ++i) {
        if (i > 0)
            json += ',';
        json += "{\"id\":" + QByteArray::number(i) + ",\"name\":\"Account \\\"" + QByteArray::number(i)
            + "\\\", a: {b}\",\"tags\":[\"x\",\"y\"],\"empty\":{ },\"list\":[]}";
    }
    return json + "],\"meta\":{\"needle\":\"the-last-one\"}}";
}

// Every line of `text` as IndexedText shows it, with its start.
void compareLines(const IndexedText &lines, const QByteArray &expected)
{
    const QList<QByteArray> wanted = expected.split('\n');
    QCOMPARE(lines.lineCount(), wanted.size());
    qint64 start = 0;
    qsizetype longest = 0;
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        QCOMPARE(lines.line(i), wanted.at(i).left(IndexedText::MaxLineBytes));
        QCOMPARE(lines.lineStart(i), start);
        QCOMPARE(lines.lineAt(start), i);
        if (!wanted.at(i).isEmpty())
            QCOMPARE(lines.lineAt(start + wanted.at(i).size() - 1), i);
        longest = std::max(longest, wanted.at(i).size());
        start += wanted.at(i).size() + 1;
    }
    QCOMPARE(lines.longestLine(), longest);
    QCOMPARE(lines.size(), expected.size());
    QByteArray scanned;
    QVERIFY(lines.scan([&](QByteArrayView piece, qint64 offset) {
        if (offset != scanned.size())
            return false;
        scanned += piece;
        return true;
    }));
    QCOMPARE(scanned, expected);
}


} // namespace

class TestResponseDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smallBodiesStayInMemory()
    {
        QTemporaryDir dir;
        BodyStore store(tinyStore(dir.path()));
        QVERIFY(store.append("hello").ok());
        QVERIFY(!store.isOnDisk());
        QCOMPARE(store.read(1, 3), QByteArray("ell"));
        QCOMPARE(store.read(3, 100), QByteArray("lo"));
        QCOMPARE(store.read(9, 1), QByteArray());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 0);
    }

    // The window keeps a small body for checks and history anyway: the store reads that copy then.
    void aFinishedBodyInMemoryIsReadFromTheCopyItIsGiven()
    {
        QTemporaryDir dir;
        const QByteArray body = QByteArrayLiteral("{\"a\":1}");
        BodyStore store(tinyStore(dir.path()));
        QVERIFY(store.append(body).ok());
        QVERIFY(!store.shareBytes(body)); // still arriving
        store.finish();
        QVERIFY(!store.shareBytes(QByteArrayLiteral("{\"a\":2}"))); // not the same bytes
        QVERIFY(!store.shareBytes(body.left(3)));
        const char *copy = nullptr;
        QVERIFY(store.visit(0, body.size(), [&](QByteArrayView piece, qint64) { return (copy = piece.data()) != nullptr; }));
        QVERIFY(copy != body.constData());
        QVERIFY(store.shareBytes(body));
        const char *shared = nullptr;
        QVERIFY(store.visit(0, body.size(), [&](QByteArrayView piece, qint64) { return (shared = piece.data()) != nullptr; }));
        QCOMPARE(shared, body.constData()); // the one copy
        QCOMPARE(store.read(0, body.size()), body);

        // A body that went to disk keeps its file.
        QByteArray large(5000, 'x');
        BodyStore onDisk(tinyStore(dir.path()));
        QVERIFY(onDisk.append(large).ok());
        onDisk.finish();
        QVERIFY(!onDisk.shareBytes(large));
        QVERIFY(onDisk.isOnDisk());

        // The document: its original, byte for byte, shares; what it shows keeps working.
        ResponseDocument document(QByteArrayLiteral("application/json"), tinyStore(dir.path()));
        QVERIFY(document.append(body).ok());
        QVERIFY(document.finish().ok());
        QVERIFY(document.shareBody(body));
        QCOMPARE(document.body()->read(0, 100), body);
    }

    void largeBodiesGoToAPrivateFileThatIsRemovedWithThem()
    {
        QTemporaryDir dir;
        const QString directory = dir.filePath(QStringLiteral("responses"));
        QByteArray body;
        for (int i = 0; body.size() < 50'000; ++i)
            body += QByteArray::number(i) + ' ';
        QString path;
        {
            BodyStore store(tinyStore(directory));
            for (qsizetype at = 0; at < body.size(); at += 777)
                QVERIFY(store.append(QByteArrayView(body).sliced(at, std::min<qsizetype>(777, body.size() - at))).ok());
            store.finish();
            QVERIFY(store.isOnDisk());
            QCOMPARE(store.read(0, body.size()), body); // from memory: the file is written behind
            QVERIFY(store.unwritten() > 0);
            QVERIFY(store.writeBehind().ok());
            QCOMPARE(store.unwritten(), 0);
            path = store.filePath();
            QVERIFY(QFileInfo(path).absolutePath() == directory);
            QCOMPARE(QFileInfo(path).permissions() & 0x7077, QFile::ReadOwner | QFile::WriteOwner);
            QCOMPARE(QFileInfo(directory).permissions() & 0x7077,
                QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            QCOMPARE(store.size(), body.size());
            QCOMPARE(store.read(0, body.size()), body);
            QCOMPARE(store.read(4000, 200), body.mid(4000, 200)); // across a segment's end
            QCOMPARE(store.read(49'990, 100), body.mid(49'990, 100)); // into the part still in memory
            int pieces = 0;
            QVERIFY(!store.visit(0, body.size(), [&](QByteArrayView, qint64) { return ++pieces < 2; }));
            QCOMPARE(pieces, 2);
        }
        QVERIFY(!QFile::exists(path));
    }

    void aBodyLargerThanTheFreeSpaceIsRefusedBeforeItIsWritten()
    {
        QTemporaryDir dir;
        BodyStore store(tinyStore(dir.path()));
        const qint64 free = QStorageInfo(dir.path()).bytesAvailable();
        const Status refused = store.expect(free + (qint64(1) << 30));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("larger than the free space in ")), qPrintable(refused.error()));
        QVERIFY(refused.error().contains(dir.path()));
        QVERIFY(store.expect(2000).ok()); // fits: goes straight to the file
        QVERIFY(store.isOnDisk());
    }

    void aFailedWriteIsAClearError()
    {
        // The file system refuses past a size, as a full disk would.
        QTemporaryDir dir;
        BodyStore store(tinyStore(dir.path()));
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit before {};
        getrlimit(RLIMIT_FSIZE, &before);
        rlimit limit = before;
        limit.rlim_cur = 8192;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limit), 0);
        for (int i = 0; i < 10; ++i)
            QVERIFY(store.append(QByteArray(4096, 'x')).ok());
        const Status written = store.writeBehind();
        setrlimit(RLIMIT_FSIZE, &before);
        QVERIFY(!written);
        QCOMPARE(store.append("more").error(), written.error()); // the send stops at its next bytes
        QVERIFY2(written.error().startsWith(QLatin1String("cannot keep the response body in ")), qPrintable(written.error()));
        QVERIFY(written.error().contains(QLatin1String("disk full")));
        QCOMPARE(store.read(0, 4), QByteArray("xxxx")); // what was kept is still readable
    }

    void leftoversOfGoneProcessesAreRemoved()
    {
        QTemporaryDir dir;
        const auto touch = [&](const QString &name) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
        };
        touch(QStringLiteral("body-999999999-abcdef")); // no such process
        touch(QStringLiteral("body-%1-abcdef").arg(QCoreApplication::applicationPid()));
        touch(QStringLiteral("notes.txt"));
        QCOMPARE(BodyStore::removeLeftovers(dir.path()), 1);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2);
    }

    void indenterMatchesQtsStructure()
    {
        const QByteArray json = "{\"a\":[1,2,{\"b\":\"x, y: {z}\",\"c\":\"quote \\\" and \\\\ back\"}],\"empty\":{},\"list\":[ ],\"n\":null}";
        const QByteArray pretty = JsonIndenter::indent(json);
        QCOMPARE(pretty, QByteArray("{\n  \"a\": [\n    1,\n    2,\n    {\n      \"b\": \"x, y: {z}\",\n"
                                    "      \"c\": \"quote \\\" and \\\\ back\"\n    }\n  ],\n  \"empty\": {},\n"
                                    "  \"list\": [],\n  \"n\": null\n}"));
        QCOMPARE(QJsonDocument::fromJson(pretty), QJsonDocument::fromJson(json));
    }

    void indenterSurvivesGarbage()
    {
        QCOMPARE(JsonIndenter::indent("]]]}}}"), QByteArray("\n]\n]\n]\n}\n}\n}"));
        QVERIFY(!JsonIndenter::indent(QByteArray(10000, '[')).isEmpty());
        QCOMPARE(JsonIndenter::indent("\"unterminated"), QByteArray("\"unterminated"));
    }

    void plainLinesAreIndexedInAnyPieces()
    {
        QTemporaryDir dir;
        QByteArray text = "first\nsecond line\n\n";
        for (int i = 0; i < 500; ++i)
            text += "line " + QByteArray::number(i) + QByteArray(i % 7, '.') + '\n';
        text += QByteArray(IndexedText::MaxLineBytes + 10, 'L') + "\nlast";
        auto store = std::make_shared<BodyStore>(tinyStore(dir.path()));
        QVERIFY(store->append(text).ok());
        for (const qsizetype piece : {1, 7, 1000, 100'000}) {
            const auto lines = indexedInPieces<PlainLines>(store, piece);
            compareLines(*lines, text);
            QVERIFY(lines->isComplete());
        }
    }

    void prettyLinesAreMadeFromTheIndexAsTheIndenterWouldWriteThem()
    {
        QTemporaryDir dir;
        const QByteArray json = generatedJson(300);
        auto store = std::make_shared<BodyStore>(tinyStore(dir.path()));
        QVERIFY(store->append(json).ok());
        QVERIFY(store->isOnDisk());
        for (const qsizetype piece : {1, 13, 4096, 1'000'000})
            compareLines(*indexedInPieces<PrettyJsonLines>(store, piece), JsonIndenter::indent(json));
    }

    void prettyLinesKeepLongStringsWhole()
    {
        QTemporaryDir dir;
        const QByteArray json = "[\"" + QByteArray(100'000, 'a') + "\",{\"k\":1}]";
        auto store = std::make_shared<BodyStore>(tinyStore(dir.path()));
        QVERIFY(store->append(json).ok());
        compareLines(*indexedInPieces<PrettyJsonLines>(store, 333), JsonIndenter::indent(json));
    }

    void longLinesAreSkippedNotReadThrough()
    {
        // Lines past MaxLineBytes (a minified body, a base64 string): the line maker jumps to the
        // next line from the index. The lines must come out as they would read through.
        QTemporaryDir dir;
        const QByteArray longLine(IndexedText::MaxLineBytes * 3 + 7, 'x');
        QByteArray text;
        QByteArray json = "[";
        for (int i = 0; i < 150; ++i) {
            text += (i % 5 == 0 ? longLine : "short " + QByteArray::number(i)) + '\n';
            json += (i > 0 ? "," : "") + (i % 5 == 0 ? "\"" + longLine + "\"" : QByteArray::number(i));
        }
        text += longLine; // the last line is long too, and has no end
        json += "]";
        for (const qsizetype piece : {1000, 70'000}) {
            auto plainStore = std::make_shared<BodyStore>(tinyStore(dir.path()));
            QVERIFY(plainStore->append(text).ok());
            compareLines(*indexedInPieces<PlainLines>(plainStore, piece), text);
            auto jsonStore = std::make_shared<BodyStore>(tinyStore(dir.path()));
            QVERIFY(jsonStore->append(json).ok());
            compareLines(*indexedInPieces<PrettyJsonLines>(jsonStore, piece), JsonIndenter::indent(json));
        }
    }

    void pathsAndValuesOfLines()
    {
        const QByteArray json = "{\"data\":[{\"id\":1,\"tags\":[\"a\",\"b\"]},{\"id\":2,\"name\":\"x, \\\"y\\\"\"}],\"ok\":true}";
        auto store = std::make_shared<BodyStore>();
        QVERIFY(store->append(json).ok());
        const auto document = indexedInPieces<PrettyJsonLines>(store, 5);
        const auto lineOf = [&](const QByteArray &text) {
            for (qsizetype i = 0; i < document->lineCount(); ++i) {
                if (document->line(i).trimmed() == text)
                    return i;
            }
            return qsizetype(-1);
        };
        QCOMPARE(document->jsonPathAt(0), QStringLiteral("$"));
        QCOMPARE(document->jsonPathAt(lineOf("\"data\": [")), QStringLiteral("$.data"));
        QCOMPARE(document->jsonPathAt(lineOf("\"b\"")), QStringLiteral("$.data[0].tags[1]"));
        QCOMPARE(document->jsonPathAt(lineOf("\"id\": 2,")), QStringLiteral("$.data[1].id"));
        QCOMPARE(document->jsonPathAt(lineOf("\"name\": \"x, \\\"y\\\"\"")), QStringLiteral("$.data[1].name"));
        QCOMPARE(document->jsonPathAt(lineOf("\"ok\": true")), QStringLiteral("$.ok"));
        QCOMPARE(document->jsonValueAt(lineOf("\"id\": 2,")), QByteArray("2"));
        QCOMPARE(document->jsonValueAt(lineOf("\"name\": \"x, \\\"y\\\"\"")), QByteArray("\"x, \\\"y\\\"\""));
        QCOMPARE(document->jsonValueAt(lineOf("\"tags\": [")), QByteArray("[\n  \"a\",\n  \"b\"\n]"));
        QCOMPARE(QJsonDocument::fromJson(document->jsonValueAt(0)), QJsonDocument::fromJson(json));
    }

    void searchFindsWhatTheTextShows_data()
    {
        QTest::addColumn<QByteArray>("needle");
        QTest::newRow("word, read from the body") << QByteArray("account \\\"1");
        QTest::newRow("case does not matter") << QByteArray("ACCOUNT");
        QTest::newRow("spans indentation") << QByteArray("\"id\": 7");
        QTest::newRow("after an opening bracket") << QByteArray("\"x\"");
        QTest::newRow("one byte") << QByteArray("y");
        QTest::newRow("nowhere") << QByteArray("the-first-one");
    }

    void searchFindsWhatTheTextShows()
    {
        QFETCH(QByteArray, needle);
        QTemporaryDir dir;
        const QByteArray json = generatedJson(400);
        auto store = std::make_shared<BodyStore>(tinyStore(dir.path()));
        QVERIFY(store->append(json).ok());
        const auto pretty = indexedInPieces<PrettyJsonLines>(store, 4096);
        const auto raw = indexedInPieces<PlainLines>(store, 4096);
        for (const auto &[text, whole] : {std::pair<const IndexedText *, QByteArray>(pretty.get(), JsonIndenter::indent(json)),
                 std::pair<const IndexedText *, QByteArray>(raw.get(), json)}) {
            std::vector<qint64> found;
            TextSearch::Progress progress;
            progress.found = [&found](std::vector<qint64> batch, double) { found.insert(found.end(), batch.begin(), batch.end()); };
            QVERIFY(TextSearch::run(*text, needle, progress));
            QCOMPARE(found, TextSearch::findIn(whole, needle));
        }
    }

    void brokenJsonIsShownAndSearchedAsItIs()
    {
        // Found by fuzz_response_body: a raw newline inside a string starts a line (not indented),
        // and white space left out between two values joins them in the text, so search reads the
        // text, not the body.
        const QByteArray body = "{\"note\":\"two\nlines\",\"n\":[1 2, \"x\"  \"y\"]}";
        auto store = std::make_shared<BodyStore>();
        QVERIFY(store->append(body).ok());
        const auto pretty = indexedInPieces<PrettyJsonLines>(store, 3);
        const QByteArray whole = JsonIndenter::indent(body);
        compareLines(*pretty, whole);
        QCOMPARE(pretty->line(2), QByteArray("lines\","));
        for (const QByteArray &needle : {QByteArray("12"), QByteArray("\"x\"\"y"), QByteArray("lines")}) {
            std::vector<qint64> found;
            TextSearch::Progress progress;
            progress.found = [&found](std::vector<qint64> batch, double) { found.insert(found.end(), batch.begin(), batch.end()); };
            QVERIFY(TextSearch::run(*pretty, needle, progress));
            QCOMPARE(found, TextSearch::findIn(whole, needle));
            QCOMPARE(found.size(), size_t(1));
        }
    }

    void searchStopsWhenCancelled()
    {
        auto store = std::make_shared<BodyStore>();
        QVERIFY(store->append(generatedJson(100)).ok());
        const auto raw = indexedInPieces<PlainLines>(store, 4096);
        std::atomic_bool cancel = true;
        TextSearch::Progress progress;
        progress.cancel = &cancel;
        progress.found = [](std::vector<qint64>, double) { QFAIL("nothing is handed over after a cancel"); };
        QVERIFY(!TextSearch::run(*raw, "account", progress));
    }

    void documentsIndexAsTheBodyArrives()
    {
        QTemporaryDir dir;
        const QByteArray json = generatedJson(2000);
        ResponseDocument document("application/json", tinyStore(dir.path()));
        QSignalSpy indexedSpy(&document, &ResponseDocument::indexed);
        QSignalSpy completed(&document, &ResponseDocument::completed);
        QVERIFY(document.append(json.left(5000)).ok());
        QCOMPARE(document.kind(), ResponseDocument::Kind::Json);
        QTRY_VERIFY(document.pretty()->lineCount() > 10); // shown before the rest comes
        QVERIFY(!document.isComplete());
        QVERIFY(document.append(json.mid(5000)).ok());
        QVERIFY(document.finish().ok());
        QVERIFY(completed.wait(10'000));
        QVERIFY(indexedSpy.count() >= 1);
        QVERIFY(document.isComplete());
        QVERIFY(document.body()->isOnDisk());
        compareLines(*document.pretty(), JsonIndenter::indent(json));
        compareLines(*document.raw(), json);
    }

    void theKindComesFromTheContentTypeOrTheFirstBytes()
    {
        using Kind = ResponseDocument::Kind;
        QCOMPARE(ResponseDocument::kindOf("text/event-stream; charset=utf-8"), Kind::EventStream);
        QCOMPARE(ResponseDocument::kindOf("application/x-ndjson"), Kind::JsonLines);
        QCOMPARE(ResponseDocument::kindOf("application/problem+json"), Kind::Json);
        QCOMPARE(ResponseDocument::kindOf("text/html", "{"), Kind::Text);
        QCOMPARE(ResponseDocument::kindOf("text/plain", "  [1]"), Kind::Json);
        QCOMPARE(ResponseDocument::kindOf("", "hello"), Kind::Text);
    }

    void declaredCharsetsAreConvertedAndTheOriginalKept()
    {
        ResponseDocument document("text/plain; charset=iso-8859-1");
        QSignalSpy completed(&document, &ResponseDocument::completed);
        QVERIFY(document.append("caf\xe9").ok());
        QVERIFY(document.finish().ok());
        QVERIFY(completed.wait(5000));
        QCOMPARE(document.raw()->line(0), QByteArray("caf\xc3\xa9"));
        QCOMPARE(document.body()->read(0, 10), QByteArray("caf\xe9"));
    }
};

QTEST_GUILESS_MAIN(TestResponseDocument)
#include "tst_responsedocument.moc"
