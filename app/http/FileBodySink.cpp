#include "http/FileBodySink.h"

#include <QSaveFile>

namespace keyway {

FileBodySink::FileBodySink(QString path)
    : m_path(std::move(path))
{
}

FileBodySink::~FileBodySink()
{
    discard();
}

Status FileBodySink::begin(const HttpResponse &)
{
    m_file = std::make_unique<QSaveFile>(m_path);
    m_written = 0;
    if (!m_file->open(QIODevice::WriteOnly))
        return Failure {ErrorKind::Io, tr("cannot write %1: %2").arg(m_path, m_file->errorString())};
    return {};
}

Status FileBodySink::write(const QByteArray &chunk)
{
    if (!m_file || m_file->write(chunk) != chunk.size())
        return Failure {ErrorKind::Io,
            tr("cannot write %1: %2").arg(m_path, m_file ? m_file->errorString() : tr("not open"))};
    m_written += chunk.size();
    return {};
}

Status FileBodySink::commit()
{
    if (!m_file)
        return Failure {ErrorKind::Io, tr("cannot write %1: %2").arg(m_path, tr("not open"))};
    const bool committed = m_file->commit();
    const QString error = m_file->errorString();
    m_file.reset();
    if (!committed)
        return Failure {ErrorKind::Io, tr("cannot write %1: %2").arg(m_path, error)};
    return {};
}

void FileBodySink::discard()
{
    if (m_file)
        m_file->cancelWriting();
    m_file.reset(); // QSaveFile removes its temporary file
}

} // namespace keyway
