#include "sandbox/GeneratedJson.h"

namespace keyway::sandbox {

QByteArray GeneratedJson::next(qsizetype bytes)
{
    QByteArray piece;
    piece.reserve(bytes + 256);
    if (m_produced == 0)
        piece += "{\"data\":[";
    while (piece.size() < bytes && m_produced + piece.size() < m_target) {
        if (m_record > 0)
            piece += ',';
        const QByteArray i = QByteArray::number(m_record);
        piece += "{\"id\":\"acc_" + i + "\",\"code\":\"" + QByteArray::number(1000 + m_record % 9000)
            + "\",\"name\":\"Account number " + i + "\",\"type\":\"asset\",\"balance\":"
            + QByteArray::number(double(m_record) * 3.25, 'f', 2) + ",\"tags\":[\"a\",\"b\"],\"active\":true}";
        ++m_record;
    }
    if (m_produced + piece.size() >= m_target) {
        piece += "],\"meta\":{\"needle\":\"the-last-one\"}}";
        m_done = true;
    }
    m_produced += piece.size();
    return piece;
}

} // namespace keyway::sandbox
