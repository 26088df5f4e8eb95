#pragma once

#include "core/Expected.h"
#include "view/BodyStore.h"

#include <memory>
#include <QByteArray>
#include <QObject>

namespace keyway {

class IndexedText;
class PrettyJsonLines;

// A response body as the response view shows it: kept in a BodyStore as it arrives (converted to
// UTF-8 when it declares another charset), and indexed on a worker thread as the raw lines and,
// for JSON, the indented lines, so each can be shown while the rest is still coming.
class ResponseDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponseDocument)

public:
    enum class Kind { Text, Json, JsonLines, EventStream };
    Q_ENUM(Kind)

    ResponseDocument(const QByteArray &contentType, BodyStore::Options options = {}, QObject *parent = nullptr);
    ~ResponseDocument() override;

    // How a Content-Type (and, for JSON sent as text, the first bytes) is shown.
    static Kind kindOf(const QByteArray &contentType, QByteArrayView firstBytes = {});

    // Writer side, on the thread that owns the document.
    Status expect(qint64 announcedBytes);
    Status append(QByteArrayView bytes);
    Status finish();
    // After finish(): the body is `bytes` (a copy kept elsewhere): the document reads those instead
    // of its own copy, when they are the same. See BodyStore::shareBytes.
    bool shareBody(const QByteArray &bytes);

    // Known from the first bytes on (a body sent as text/plain that opens with '{' is Json).
    Kind kind() const { return m_kind; }
    // The body byte for byte (for Save), its text lines (Raw) and what Pretty shows: the indented
    // JSON for Json, the lines for the other kinds.
    std::shared_ptr<const BodyStore> body() const;
    std::shared_ptr<const IndexedText> raw() const;
    std::shared_ptr<const IndexedText> pretty() const;
    std::shared_ptr<const PrettyJsonLines> prettyJson() const; // null unless Json
    bool isComplete() const;

Q_SIGNALS:
    // More of the body is indexed (at most one signal waits in the queue at a time).
    void indexed();
    // All of it is: the body ended and the index caught up.
    void completed();

private:
    struct Shared;
    void start();

    QByteArray m_contentType;
    Kind m_kind;
    std::shared_ptr<Shared> m_shared;
};

} // namespace keyway
