#pragma once

#include <QByteArray>

namespace keyway::sandbox {

// A JSON document of a chosen size made piece by piece as it is sent, so a server for 5 GB does
// not hold 5 GB: {"data":[{account}, …],"meta":{"needle":"the-last-one"}}.
class GeneratedJson
{
public:
    explicit GeneratedJson(qint64 bytes)
        : m_target(bytes)
    {
    }

    bool atEnd() const { return m_done; }
    // About `bytes` more of the document (the last piece ends it).
    QByteArray next(qsizetype bytes);

private:
    qint64 m_target;
    qint64 m_produced = 0;
    qint64 m_record = 0;
    bool m_done = false;
};

} // namespace keyway::sandbox
