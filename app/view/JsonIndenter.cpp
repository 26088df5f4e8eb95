#include "view/JsonIndenter.h"

namespace keyway {

namespace {

struct WholeText
{
    QByteArray text;
    void put(char c) { text += c; }
    void put(QByteArrayView bytes) { text += bytes; }
    bool lineBreak(const JsonIndenter::State &state, qint64)
    {
        text += '\n';
        text.append(QByteArray(qsizetype(state.depth) * 2, ' '));
        return true;
    }
    bool rawNewline(const JsonIndenter::State &, qint64)
    {
        text += '\n';
        return true;
    }
};

} // namespace

QByteArray JsonIndenter::indent(QByteArrayView json)
{
    WholeText out;
    out.text.reserve(json.size() + json.size() / 2);
    State state;
    feed(state, json, 0, out);
    return out.text;
}

} // namespace keyway
