#pragma once

#include "http/BodySink.h"

#include <memory>
#include <QCoreApplication>
#include <QString>

class QSaveFile;

namespace keyway {

// A response body saved to a file as it arrives: written beside it under a temporary name and put
// in place only when the whole body arrived, so a failed download never leaves half a file where
// the user expects the file (nor replaces one that was there).
class FileBodySink final : public BodySink
{
    Q_DECLARE_TR_FUNCTIONS(FileBodySink)
    Q_DISABLE_COPY_MOVE(FileBodySink)

public:
    explicit FileBodySink(QString path);
    ~FileBodySink() override;

    Status begin(const HttpResponse &head) override;
    Status write(const QByteArray &chunk) override;
    Status commit() override;
    void discard() override;

    QString path() const { return m_path; }
    qint64 bytesWritten() const { return m_written; }

private:
    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    qint64 m_written = 0;
};

} // namespace keyway
