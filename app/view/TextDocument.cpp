#include "view/TextDocument.h"

#include <algorithm>
#include <cstring>

namespace keyway {

namespace {

constexpr qsizetype CancelCheckEvery = 1 << 20;

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
}

// Where a scan over JSON text is with respect to strings: feed every character to `step`.
struct JsonStringScanner
{
    bool inString = false;
    bool escaped = false;

    // True when `c` belongs to a string (its quotes included); false for structure.
    bool step(char c)
    {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            return true;
        }
        inString = c == '"';
        return inString;
    }
};

void newline(QByteArray &out, int depth)
{
    out += '\n';
    out.append(QByteArray(qsizetype(depth) * 2, ' '));
}

} // namespace

TextDocument::TextDocument(QByteArray text)
    : m_text(std::move(text))
{
    m_lineStarts.reserve(size_t(m_text.size() / 40 + 1));
    m_lineStarts.push_back(0);
    const char *data = m_text.constData();
    const qsizetype size = m_text.size();
    qsizetype start = 0;
    while (start <= size) {
        const void *found = std::memchr(data + start, '\n', size_t(size - start));
        const qsizetype end = found ? static_cast<const char *>(found) - data : size;
        m_longestLine = std::max(m_longestLine, end - start);
        if (!found)
            break;
        start = end + 1;
        m_lineStarts.push_back(start);
    }
}

QByteArray TextDocument::line(qsizetype index) const
{
    if (index < 0 || index >= lineCount())
        return {};
    const qsizetype start = m_lineStarts[size_t(index)];
    const qsizetype end = index + 1 < lineCount() ? m_lineStarts[size_t(index + 1)] - 1 : m_text.size();
    return QByteArray::fromRawData(m_text.constData() + start, end - start);
}

qsizetype TextDocument::lineAt(qsizetype offset) const
{
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    return qsizetype(it - m_lineStarts.begin()) - 1;
}

std::vector<qsizetype> TextDocument::findIn(
    const QByteArray &text, const QByteArray &needle, const std::atomic_bool *cancel)
{
    std::vector<qsizetype> matches;
    if (needle.isEmpty())
        return matches;
    QByteArray pattern = needle;
    for (char &c : pattern)
        c = lower(c);
    const char *data = text.constData();
    const qsizetype size = text.size();
    const qsizetype last = size - pattern.size();
    const char first = pattern.at(0);
    for (qsizetype i = 0; i <= last; ++i) {
        if ((i & (CancelCheckEvery - 1)) == 0 && cancel && cancel->load())
            break;
        if (lower(data[i]) != first)
            continue;
        qsizetype j = 1;
        while (j < pattern.size() && lower(data[i + j]) == pattern.at(j))
            ++j;
        if (j == pattern.size())
            matches.push_back(i);
    }
    return matches;
}

QByteArray TextDocument::prettyJson(const QByteArray &json, const std::atomic_bool *cancel)
{
    QByteArray out;
    out.reserve(json.size() + json.size() / 2);
    int depth = 0;
    JsonStringScanner strings;
    const qsizetype size = json.size();
    for (qsizetype i = 0; i < size; ++i) {
        if ((i & (CancelCheckEvery - 1)) == 0 && cancel && cancel->load())
            return {};
        const char c = json.at(i);
        if (strings.step(c)) {
            out += c;
            continue;
        }
        switch (c) {
        case '{':
        case '[': {
            out += c;
            // Keep empty containers on one line.
            qsizetype next = i + 1;
            while (next < size
                && (json.at(next) == ' ' || json.at(next) == '\n' || json.at(next) == '\r'
                    || json.at(next) == '\t'))
                ++next;
            if (next < size && (json.at(next) == '}' || json.at(next) == ']')) {
                out += json.at(next);
                i = next;
                break;
            }
            newline(out, ++depth);
            break;
        }
        case '}':
        case ']':
            newline(out, depth = std::max(0, depth - 1));
            out += c;
            break;
        case ',':
            out += c;
            newline(out, depth);
            break;
        case ':':
            out += ": ";
            break;
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace keyway

namespace keyway {

namespace {

// Where a line's value starts: after `"key": ` when there is a key.
qsizetype valueStart(const QByteArray &line)
{
    qsizetype i = 0;
    while (i < line.size() && line.at(i) == ' ')
        ++i;
    if (i < line.size() && line.at(i) == '"') {
        qsizetype j = i + 1;
        while (j < line.size() && line.at(j) != '"')
            j += line.at(j) == '\\' ? 2 : 1;
        qsizetype k = j + 1;
        while (k < line.size() && line.at(k) == ' ')
            ++k;
        if (k < line.size() && line.at(k) == ':') {
            ++k;
            while (k < line.size() && line.at(k) == ' ')
                ++k;
            return k;
        }
    }
    return i;
}

} // namespace

QString TextDocument::jsonPathAt(qsizetype target) const
{
    struct Level
    {
        bool array;
        qsizetype index;
        QByteArray key;
    };
    std::vector<Level> stack;
    QByteArray lastString;
    JsonStringScanner strings;
    QByteArray current;
    const qsizetype end = target + 1 < lineCount() ? lineStart(target + 1) : m_text.size();
    const qsizetype stop = std::min(end, lineStart(target) + valueStart(line(target)));
    for (qsizetype i = 0; i < stop; ++i) {
        const char c = m_text.at(i);
        const bool wasInString = strings.inString;
        if (strings.step(c)) {
            if (!wasInString)
                current.clear(); // an opening quote
            else if (!strings.inString)
                lastString = current; // the closing quote
            else
                current += c; // escapes are kept as written; keys rarely have them
            continue;
        }
        switch (c) {
        case '{':
        case '[':
            stack.push_back({c == '[', 0, {}});
            break;
        case '}':
        case ']':
            if (!stack.empty())
                stack.pop_back();
            break;
        case ',':
            if (!stack.empty() && stack.back().array)
                ++stack.back().index;
            break;
        case ':':
            if (!stack.empty())
                stack.back().key = lastString;
            break;
        default:
            break;
        }
    }
    QString path = QStringLiteral("$");
    for (const Level &level : stack) {
        if (level.array)
            path += QStringLiteral("[%1]").arg(level.index);
        else if (!level.key.isEmpty())
            path += QLatin1Char('.') + QString::fromUtf8(level.key);
    }
    return path;
}

QByteArray TextDocument::jsonValueAt(qsizetype target) const
{
    if (target < 0 || target >= lineCount())
        return {};
    const QByteArray first = line(target);
    const qsizetype start = lineStart(target) + valueStart(first);
    if (start >= m_text.size())
        return {};
    const char open = m_text.at(start);
    if (open != '{' && open != '[') {
        QByteArray value = m_text.mid(start, lineStart(target) + first.size() - start);
        if (value.endsWith(','))
            value.chop(1);
        return value;
    }
    int depth = 0;
    JsonStringScanner strings;
    for (qsizetype i = start; i < m_text.size(); ++i) {
        const char c = m_text.at(i);
        if (strings.step(c)) {
            continue;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if ((c == '}' || c == ']') && --depth == 0) {
            return m_text.mid(start, i - start + 1);
        }
    }
    return m_text.mid(start);
}

} // namespace keyway
