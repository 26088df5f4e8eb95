#include "view/ResponseDocument.h"

#include "view/PlainLines.h"
#include "view/PrettyJsonLines.h"

#include <mutex>
#include <optional>
#include <QStringDecoder>
#include <QThreadPool>

namespace keyway {

namespace {

constexpr qint64 IndexSlice = 1 << 20; // indexed between two looks at what the reader may show

// A decoder when the body declares a charset other than UTF-8 (or ASCII, its subset).
std::optional<QStringDecoder> decoderFor(const QByteArray &contentType)
{
    const qsizetype at = contentType.toLower().indexOf("charset=");
    if (at < 0)
        return std::nullopt;
    const QByteArray charset = contentType.mid(at + 8).split(';').first().trimmed().replace('"', "").toLower();
    if (charset == "utf-8" || charset == "utf8" || charset == "us-ascii")
        return std::nullopt;
    QStringDecoder decoder(charset.constData());
    return decoder.isValid() ? std::optional<QStringDecoder>(std::move(decoder)) : std::nullopt;
}

} // namespace

struct ResponseDocument::Shared
{
    std::shared_ptr<BodyStore> original;
    std::shared_ptr<BodyStore> text; // the original unless it is converted to UTF-8
    std::shared_ptr<PlainLines> raw;
    std::shared_ptr<PrettyJsonLines> json;
    std::optional<QStringDecoder> decoder;
    bool started = false; // the first bytes decided the kind (writer only)

    std::atomic_bool running = false;
    std::atomic_bool finished = false;
    std::atomic_bool completed = false;
    std::atomic_bool cancelled = false;
    std::atomic_bool notifyQueued = false;
    qint64 indexed = 0; // by the one worker running at a time

    std::mutex ownerMutex;
    ResponseDocument *owner = nullptr;

    void notify(bool done)
    {
        std::lock_guard lock(ownerMutex);
        if (owner == nullptr)
            return;
        ResponseDocument *document = owner;
        if (done) {
            QMetaObject::invokeMethod(document, [document] { Q_EMIT document->completed(); }, Qt::QueuedConnection);
        } else if (!notifyQueued.exchange(true)) {
            QMetaObject::invokeMethod(
                document,
                [document] {
                    document->m_shared->notifyQueued = false;
                    Q_EMIT document->indexed();
                },
                Qt::QueuedConnection);
        }
    }

    void indexAvailable()
    {
        for (qint64 end = text->size(); indexed < end && !cancelled; end = text->size()) {
            const qint64 stop = std::min(end, indexed + IndexSlice);
            text->visit(indexed, stop, [this](QByteArrayView piece, qint64 offset) {
                raw->index(piece, offset);
                if (json)
                    json->index(piece, offset);
                return true;
            });
            indexed = stop;
            writeBehind();
            notify(false);
        }
        writeBehind();
    }

    // A failure stays with the store: the next append returns it, and the send stops there.
    void writeBehind()
    {
        (void)original->writeBehind();
        if (text != original)
            (void)text->writeBehind();
    }

    bool hasWork() const
    {
        return text->size() > indexed || original->unwritten() > 0 || text->unwritten() > 0
            || (finished && !completed);
    }

    static void work(const std::shared_ptr<Shared> &self)
    {
        do {
            self->indexAvailable();
            if (self->finished && self->indexed == self->text->size() && !self->completed && !self->cancelled) {
                self->raw->finishIndex();
                if (self->json)
                    self->json->finishIndex();
                self->completed = true;
                self->notify(true);
            }
            self->running = false;
            // More may have come (or the end) after the last look: carry on unless another took it.
        } while (!self->cancelled && self->hasWork() && !self->running.exchange(true));
    }
};

ResponseDocument::ResponseDocument(const QByteArray &contentType, BodyStore::Options options, QObject *parent)
    : QObject(parent)
    , m_contentType(contentType)
    , m_kind(kindOf(contentType))
    , m_shared(std::make_shared<Shared>())
{
    m_shared->original = std::make_shared<BodyStore>(options);
    m_shared->decoder = decoderFor(contentType);
    m_shared->text = m_shared->decoder ? std::make_shared<BodyStore>(options) : m_shared->original;
    m_shared->raw = std::make_shared<PlainLines>(m_shared->text);
    m_shared->owner = this;
}

ResponseDocument::~ResponseDocument()
{
    std::lock_guard lock(m_shared->ownerMutex);
    m_shared->owner = nullptr;
    m_shared->cancelled = true;
}

ResponseDocument::Kind ResponseDocument::kindOf(const QByteArray &contentType, QByteArrayView firstBytes)
{
    const QByteArray type = contentType.toLower().split(';').first().trimmed();
    if (type == "text/event-stream")
        return Kind::EventStream;
    if (type.contains("ndjson") || type.contains("jsonl") || type.contains("json-seq") || type.contains("ldjson"))
        return Kind::JsonLines;
    if (type.contains("json"))
        return Kind::Json;
    if (!type.isEmpty() && !type.startsWith("text/plain") && !type.startsWith("application/octet-stream"))
        return Kind::Text;
    for (const char c : firstBytes) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        return c == '{' || c == '[' ? Kind::Json : Kind::Text;
    }
    return Kind::Text;
}

Status ResponseDocument::expect(qint64 announcedBytes)
{
    if (Status room = m_shared->original->expect(announcedBytes); !room)
        return room;
    return m_shared->decoder ? m_shared->text->expect(announcedBytes) : Status {};
}

Status ResponseDocument::append(QByteArrayView bytes)
{
    if (!m_shared->started) {
        m_shared->started = true;
        m_kind = kindOf(m_contentType, bytes);
        if (m_kind == Kind::Json)
            m_shared->json = std::make_shared<PrettyJsonLines>(m_shared->text);
    }
    if (Status kept = m_shared->original->append(bytes); !kept)
        return kept;
    if (m_shared->decoder)
        if (Status kept = m_shared->text->append(QString((*m_shared->decoder)(bytes)).toUtf8()); !kept)
            return kept;
    start();
    return {};
}

Status ResponseDocument::finish()
{
    Status kept;
    if (!m_shared->started)
        kept = append({}); // an empty body is complete too
    m_shared->original->finish();
    m_shared->text->finish();
    m_shared->finished = true;
    start();
    return kept;
}

bool ResponseDocument::shareBody(const QByteArray &bytes)
{
    return m_shared->original->shareBytes(bytes);
}

void ResponseDocument::start()
{
    if (m_shared->running.exchange(true))
        return; // the worker that runs will see the new bytes
    QThreadPool::globalInstance()->start([shared = m_shared] { Shared::work(shared); });
}

std::shared_ptr<const BodyStore> ResponseDocument::body() const
{
    return m_shared->original;
}

std::shared_ptr<const IndexedText> ResponseDocument::raw() const
{
    return m_shared->raw;
}

std::shared_ptr<const IndexedText> ResponseDocument::pretty() const
{
    if (m_shared->json)
        return m_shared->json;
    return m_shared->raw;
}

std::shared_ptr<const PrettyJsonLines> ResponseDocument::prettyJson() const
{
    return m_shared->json;
}

bool ResponseDocument::isComplete() const
{
    return m_shared->completed;
}

} // namespace keyway
