#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace keyway {

// Indents JSON two spaces per level as a stream, one byte at a time and without building a tree,
// so it can start anywhere a line starts (given the State saved there) and stop after any line.
// Empty containers stay on one line; non-JSON and invalid JSON come out readable, not rejected.
//
// An Output has put(char), put(QByteArrayView) and `bool lineBreak(const State &, qint64 next)`:
// a new line starts (the '\n' and its indentation are the Output's to write), and the indenter
// would go on at raw byte `next` with the given state; returning false stops it there. A raw
// newline inside a string (invalid JSON, but bodies are what they are) is kept as it is and starts
// a line too: `bool rawNewline(const State &, qint64 next)`, with no indentation after it.
class JsonIndenter
{
public:
    struct State
    {
        int depth = 0;
        bool inString = false;
        bool escaped = false;
        bool opened = false; // after '{' or '[': the next byte says whether it is empty
        bool closeDue = false; // the line was broken for the '}' or ']' at the next byte
        bool afterValue = false; // the last byte written outside a string ended a value
        bool spaced = false; // white space was left out since
        // Once set, stays: dropped white space joined two values ("1 2" became "12"), so the text
        // has what the body does not (never in valid JSON).
        bool joined = false;
    };

    // Feeds `raw`, which starts at raw offset `offset`; returns how many bytes were used (all of
    // them unless the Output stopped it).
    template<typename Output>
    static qsizetype feed(State &state, QByteArrayView raw, qint64 offset, Output &out)
    {
        const char *data = raw.data();
        const qsizetype size = raw.size();
        qsizetype i = 0;
        while (i < size) {
            if (state.inString) {
                bool more = true;
                i = stringRun(state, data, i, size, offset, out, more);
                if (!more)
                    return i;
                continue;
            }
            const char c = data[i];
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                state.spaced = state.afterValue;
                ++i;
                continue;
            }
            const bool value = c != '{' && c != '[' && c != '}' && c != ']' && c != ',' && c != ':';
            state.joined = state.joined || (value && state.spaced);
            state.spaced = false;
            state.afterValue = value && c != '"';
            if (state.opened) {
                state.opened = false;
                if (c == '}' || c == ']') {
                    out.put(c);
                    ++i;
                    continue;
                }
                ++state.depth;
                if (!out.lineBreak(state, offset + i))
                    return i;
            }
            switch (c) {
            case '{':
            case '[':
                out.put(c);
                state.opened = true;
                break;
            case '}':
            case ']':
                if (!state.closeDue) {
                    state.depth = state.depth > 0 ? state.depth - 1 : 0;
                    state.closeDue = true;
                    if (!out.lineBreak(state, offset + i))
                        return i;
                }
                state.closeDue = false;
                out.put(c);
                break;
            case ',':
                out.put(c);
                if (!out.lineBreak(state, offset + i + 1))
                    return i + 1;
                break;
            case ':':
                out.put(QByteArrayView(": "));
                break;
            case '"':
                out.put(c);
                state.inString = true;
                break;
            default:
                out.put(c);
            }
            ++i;
        }
        return i;
    }

    // All of a (small) document at once.
    static QByteArray indent(QByteArrayView json);

private:
    // The run of string bytes from `i`: copied as they are up to the closing quote or a newline.
    template<typename Output>
    static qsizetype stringRun(
        State &state, const char *data, qsizetype i, qsizetype size, qint64 offset, Output &out, bool &more)
    {
        const qsizetype start = i;
        while (i < size) {
            const char c = data[i];
            if (c == '\n') {
                out.put(QByteArrayView(data + start, i - start));
                state.escaped = false;
                more = out.rawNewline(state, offset + i + 1);
                return i + 1;
            }
            ++i;
            if (state.escaped) {
                state.escaped = false;
            } else if (c == '\\') {
                state.escaped = true;
            } else if (c == '"') {
                state.inString = false;
                state.afterValue = true;
                break;
            }
        }
        out.put(QByteArrayView(data + start, i - start));
        return i;
    }
};

} // namespace keyway
