// libFuzzer target for what the response view makes of any body: the raw and the indented lines,
// built from pieces cut anywhere, must be the lines of the body and of JsonIndenter's whole-text
// indent (the index, the line maker and the whole-text indenter agree); search over them must find
// what a plain search of the whole text finds; a JSON path and value for any line come without a
// crash.
//
// Input layout: one byte that says where pieces are cut, the needle up to the first NUL, the body.
#include "FuzzInput.h"
#include "IndexedBody.h"
#include "view/BodyStore.h"
#include "view/JsonIndenter.h"
#include "view/PlainLines.h"
#include "view/PrettyJsonLines.h"
#include "view/TextSearch.h"

namespace {


void compare(const keyway::IndexedText &lines, const QByteArray &whole, const QByteArray &needle)
{
    const QList<QByteArray> wanted = whole.split('\n');
    if (!whole.isEmpty() && lines.lineCount() != wanted.size())
        abort();
    qint64 start = 0;
    for (qsizetype i = 0; i < lines.lineCount(); ++i) {
        if (lines.line(i) != wanted.at(i).left(keyway::IndexedText::MaxLineBytes) || lines.lineStart(i) != start
            || lines.lineAt(start) != i)
            abort();
        start += wanted.at(i).size() + 1;
    }
    if (needle.isEmpty())
        return;
    std::vector<qint64> found;
    keyway::TextSearch::Progress progress;
    progress.found = [&found](std::vector<qint64> batch, double) { found.insert(found.end(), batch.begin(), batch.end()); };
    keyway::TextSearch::run(lines, needle, progress);
    std::vector<qint64> expected = keyway::TextSearch::findIn(whole, needle);
    if (expected.size() > size_t(keyway::TextSearch::MaxMatches))
        expected.resize(size_t(keyway::TextSearch::MaxMatches));
    if (found != expected)
        abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype piece = 1 + data[0] % 64;
    const QList<QByteArray> parts = fuzz::fields(fuzz::bytes(data + 1, size - 1), '\0', 2);
    const QByteArray needle = parts.value(0).left(16);
    const QByteArray body = parts.value(1);
    auto store = std::make_shared<keyway::BodyStore>();
    if (!store->append(body).ok())
        abort();
    const auto raw = indexedInPieces<keyway::PlainLines>(store, piece);
    compare(*raw, body, needle);
    const auto pretty = indexedInPieces<keyway::PrettyJsonLines>(store, piece);
    compare(*pretty, keyway::JsonIndenter::indent(body), needle);
    for (qsizetype line = 0; line < std::min<qsizetype>(pretty->lineCount(), 8); ++line) {
        (void)pretty->jsonPathAt(line);
        (void)pretty->jsonValueAt(line);
    }
    return 0;
}
