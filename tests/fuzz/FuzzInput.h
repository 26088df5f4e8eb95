#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <QByteArray>
#include <QList>
#include <QString>

// What every target does with libFuzzer's bytes: take them as they are, as UTF-8 text, or cut
// into fields (so one input can hold a template and its variables, or a request and a response).
namespace fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

// At most `count` fields; the last one keeps the rest, separators included.
inline QList<QByteArray> fields(const QByteArray &input, char separator, int count)
{
    QList<QByteArray> list;
    qsizetype start = 0;
    while (list.size() < count - 1) {
        const qsizetype end = input.indexOf(separator, start);
        if (end < 0)
            break;
        list.append(input.mid(start, end - start));
        start = end + 1;
    }
    list.append(input.mid(start));
    while (list.size() < count)
        list.append(QByteArray());
    return list;
}

// A broken promise, not a crash in the code under test: libFuzzer keeps the input that did it.
[[noreturn]] inline void fail(const char *what)
{
    fprintf(stderr, "property violated: %s\n", what);
    std::abort();
}

} // namespace fuzz
