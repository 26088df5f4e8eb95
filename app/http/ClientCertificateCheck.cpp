#include "http/ClientCertificateCheck.h"

#include "core/OpenSsl.h"

#include <memory>
#include <QHostAddress>
#include <QSslKey>
#include <QUrl>

#include <csignal>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <pthread.h>
#include <sys/socket.h>
#include <unistd.h>

namespace keyway {

namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

// How long a server that asked for a certificate gets to refuse it after the handshake: in TLS 1.3
// the client finishes first and the server's verdict arrives as an alert afterwards.
constexpr milliseconds VerdictWait {1500};

struct Deleters
{
    void operator()(BIO *bio) const { OpenSsl::functions().BIO_free(bio); }
    void operator()(EVP_PKEY *key) const { OpenSsl::functions().EVP_PKEY_free(key); }
    void operator()(X509 *certificate) const { OpenSsl::functions().X509_free(certificate); }
    void operator()(SSL_CTX *context) const { OpenSsl::functions().SSL_CTX_free(context); }
    void operator()(SSL *ssl) const { OpenSsl::functions().SSL_free(ssl); }
};
template<typename T> using Owned = std::unique_ptr<T, Deleters>;

// The socket the handshake runs on; non-blocking, so every wait has the deadline.
class Socket
{
public:
    explicit Socket(int fd = -1)
        : m_fd(fd)
    {
    }
    ~Socket()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Socket(Socket &&other) noexcept
        : m_fd(std::exchange(other.m_fd, -1))
    {
    }
    Socket(const Socket &) = delete;
    Socket &operator=(const Socket &) = delete;
    Socket &operator=(Socket &&) = delete;
    int fd() const { return m_fd; }

private:
    int m_fd;
};

int remainingMs(Clock::time_point deadline)
{
    return int(std::max<qint64>(0, std::chrono::duration_cast<milliseconds>(deadline - Clock::now()).count()));
}

bool waitFor(int fd, short events, Clock::time_point deadline)
{
    pollfd watched {fd, events, 0};
    return ::poll(&watched, 1, remainingMs(deadline)) > 0;
}

// Whether a retry of an OpenSSL call that wants the socket may go on before the deadline.
bool waitForSsl(int fd, int sslError, Clock::time_point deadline)
{
    if (sslError == SSL_ERROR_WANT_READ)
        return waitFor(fd, POLLIN, deadline);
    if (sslError == SSL_ERROR_WANT_WRITE)
        return waitFor(fd, POLLOUT, deadline);
    return false;
}

Expected<Socket> connectTo(const QString &host, int port, Clock::time_point deadline)
{
    addrinfo hints {};
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    if (const int error = ::getaddrinfo(host.toUtf8().constData(), QByteArray::number(port).constData(), &hints, &found))
        return Failure {ErrorKind::NotFound,
            ClientCertificateCheck::tr("cannot find %1: %2").arg(host, QString::fromLocal8Bit(::gai_strerror(error)))};
    std::unique_ptr<addrinfo, decltype(&::freeaddrinfo)> addresses(found, &::freeaddrinfo);
    QString reason = ClientCertificateCheck::tr("no address");
    for (const addrinfo *address = found; address; address = address->ai_next) {
        Socket socket(::socket(address->ai_family, address->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
        if (socket.fd() < 0)
            continue;
        if (::connect(socket.fd(), address->ai_addr, address->ai_addrlen) != 0 && errno != EINPROGRESS) {
            reason = QString::fromLocal8Bit(::strerror(errno));
            continue;
        }
        if (!waitFor(socket.fd(), POLLOUT, deadline)) {
            reason = ClientCertificateCheck::tr("timed out");
            continue;
        }
        int error = 0;
        socklen_t length = sizeof error;
        ::getsockopt(socket.fd(), SOL_SOCKET, SO_ERROR, &error, &length);
        if (error == 0)
            return socket;
        reason = QString::fromLocal8Bit(::strerror(error));
    }
    return Failure {ErrorKind::Io, ClientCertificateCheck::tr("cannot connect to %1:%2: %3").arg(host).arg(port).arg(reason)};
}

// OpenSSL writes with write(2): a server that hangs up mid-handshake must not end the process
// with SIGPIPE. Blocked for this thread only, and a signal raised meanwhile is taken off again.
class SigpipeBlocked
{
public:
    SigpipeBlocked()
    {
        sigemptyset(&m_pipe);
        sigaddset(&m_pipe, SIGPIPE);
        pthread_sigmask(SIG_BLOCK, &m_pipe, &m_previous);
    }
    ~SigpipeBlocked()
    {
        sigset_t pending;
        sigpending(&pending);
        if (sigismember(&pending, SIGPIPE) && !sigismember(&m_previous, SIGPIPE)) {
            const timespec now {0, 0};
            sigtimedwait(&m_pipe, nullptr, &now);
        }
        pthread_sigmask(SIG_SETMASK, &m_previous, nullptr);
    }
    Q_DISABLE_COPY_MOVE(SigpipeBlocked)

private:
    sigset_t m_pipe;
    sigset_t m_previous;
};

Owned<X509> toOpenSsl(const QSslCertificate &certificate)
{
    const OpenSsl &api = OpenSsl::functions();
    const QByteArray pem = certificate.toPem();
    Owned<BIO> bio(api.BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return Owned<X509>(bio ? api.PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

Owned<EVP_PKEY> toOpenSsl(const QSslKey &key)
{
    const OpenSsl &api = OpenSsl::functions();
    const QByteArray pem = key.toPem();
    Owned<BIO> bio(api.BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return Owned<EVP_PKEY>(bio ? api.PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

// The reason of the last error OpenSSL queued on this thread, as it words it.
QString openSslReason()
{
    const OpenSsl &api = OpenSsl::functions();
    unsigned long last = 0;
    while (const unsigned long error = api.ERR_get_error())
        last = error;
    const char *reason = last ? api.ERR_reason_error_string(last) : nullptr;
    return reason ? QString::fromLatin1(reason) : QString();
}

// Called by OpenSSL only when the server sends a CertificateRequest.
int noteCertificateRequest(SSL *, void *asked)
{
    *static_cast<bool *>(asked) = true;
    return 1; // go on with the certificate already set
}

// The identity and the trusted certificates on a fresh client connection to `host`.
Expected<Owned<SSL>> prepare(SSL_CTX *context, const ClientIdentity &identity, const QString &host, bool *asked)
{
    const OpenSsl &api = OpenSsl::functions();
    Owned<SSL> ssl(api.SSL_new(context));
    const Owned<X509> certificate = toOpenSsl(identity.certificate);
    const Owned<EVP_PKEY> key = toOpenSsl(identity.key);
    if (!ssl || !certificate || !key || api.SSL_use_certificate(ssl.get(), certificate.get()) != 1
        || api.SSL_use_PrivateKey(ssl.get(), key.get()) != 1)
        return Failure {ErrorKind::Invalid,
            ClientCertificateCheck::tr("the certificate and key do not belong together (%1)").arg(openSslReason())};
    for (const QSslCertificate &link : identity.chain) {
        if (const Owned<X509> intermediate = toOpenSsl(link))
            api.SSL_ctrl(ssl.get(), SSL_CTRL_CHAIN_CERT, 1, intermediate.get()); // SSL_add1_chain_cert, without its C cast
    }
    api.SSL_set_cert_cb(ssl.get(), noteCertificateRequest, asked);
    api.SSL_set_verify(ssl.get(), SSL_VERIFY_PEER, nullptr);
    const QByteArray name = host.toUtf8();
    if (QHostAddress(host).isNull()) {
        // SSL_set_tlsext_host_name, without its C cast; OpenSSL copies the name.
        api.SSL_ctrl(ssl.get(), SSL_CTRL_SET_TLSEXT_HOSTNAME, TLSEXT_NAMETYPE_host_name, const_cast<char *>(name.constData()));
        api.SSL_set1_host(ssl.get(), name.constData());
    } else {
        api.X509_VERIFY_PARAM_set1_ip_asc(api.SSL_get0_param(ssl.get()), name.constData());
    }
    return ssl;
}

// After a handshake the server asked a certificate for: its verdict, or silence (accepted).
ClientCertificateCheck::Outcome awaitVerdict(SSL *ssl, int fd, Clock::time_point deadline, QString *detail)
{
    const OpenSsl &api = OpenSsl::functions();
    const Clock::time_point verdictBy = std::min(deadline, Clock::now() + VerdictWait);
    char byte = 0;
    for (;;) {
        const int read = api.SSL_read(ssl, &byte, 1);
        if (read > 0)
            return ClientCertificateCheck::Outcome::Accepted;
        const int error = api.SSL_get_error(ssl, read);
        if (error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE) {
            if (waitForSsl(fd, error, verdictBy))
                continue; // a session ticket, or the alert: read on
            return ClientCertificateCheck::Outcome::Accepted; // waiting for a request, as servers do
        }
        *detail = error == SSL_ERROR_SSL ? openSslReason()
                                         : ClientCertificateCheck::tr("the server closed the connection");
        return ClientCertificateCheck::Outcome::Refused;
    }
}

} // namespace

QString ClientCertificateCheck::message() const
{
    switch (outcome) {
    case Outcome::Accepted:
        return tr("%1 asked for a client certificate and accepted this one").arg(origin);
    case Outcome::NotAsked:
        return tr("%1 did not ask for a client certificate: this address does not use mutual TLS, so the "
                  "certificate is never sent. Check the origin; many APIs serve mutual TLS on a host of its own")
            .arg(origin);
    case Outcome::Refused:
        return tr("%1 asked for a client certificate and refused this one (%2): it wants one issued by a CA it "
                  "trusts")
            .arg(origin, detail);
    case Outcome::Untrusted:
        return tr("%1's own certificate is not trusted (%2), so nothing was offered; add its issuer as the "
                  "CA file in Settings")
            .arg(origin, detail);
    case Outcome::Unusable:
        return tr("the client certificate for %1 cannot be used: %2").arg(origin, detail);
    case Outcome::Failed:
        break;
    }
    return tr("no TLS connection to %1: %2").arg(origin, detail);
}

ClientCertificateCheck ClientCertificateCheck::run(
    const ClientIdentity &identity, const QList<QSslCertificate> &trusted, std::chrono::milliseconds timeout)
{
    ClientCertificateCheck result {Outcome::Failed, identity.origin, {}};
    const QUrl url(identity.origin);
    if (url.scheme() != QLatin1String("https")) {
        result.detail = tr("client certificates are offered only over HTTPS");
        return result;
    }
    const auto loaded = OpenSsl::load();
    if (!loaded) {
        result.detail = loaded.error();
        return result;
    }
    const OpenSsl &api = *loaded.value();
    const Clock::time_point deadline = Clock::now() + timeout;
    const SigpipeBlocked sigpipeBlocked;
    auto socket = connectTo(url.host(), url.port(443), deadline);
    if (!socket) {
        result.detail = socket.error();
        return result;
    }
    api.ERR_clear_error();
    Owned<SSL_CTX> context(api.SSL_CTX_new(api.TLS_client_method()));
    api.SSL_CTX_ctrl(context.get(), SSL_CTRL_SET_MIN_PROTO_VERSION, TLS1_2_VERSION, nullptr); // SSL_CTX_set_min_proto_version
    api.SSL_CTX_set_default_verify_paths(context.get()); // the system's authorities, as Qt trusts them
    for (const QSslCertificate &certificate : trusted) {
        if (const Owned<X509> authority = toOpenSsl(certificate))
            api.X509_STORE_add_cert(api.SSL_CTX_get_cert_store(context.get()), authority.get());
    }
    bool asked = false;
    auto ssl = prepare(context.get(), identity, url.host(), &asked);
    if (!ssl) {
        result.detail = ssl.error();
        return result;
    }
    api.SSL_set_fd(ssl->get(), socket->fd());
    for (;;) {
        const int done = api.SSL_connect(ssl->get());
        if (done == 1)
            break;
        const int error = api.SSL_get_error(ssl->get(), done);
        if (waitForSsl(socket->fd(), error, deadline))
            continue;
        const long verified = api.SSL_get_verify_result(ssl->get());
        if (verified != X509_V_OK) {
            result.outcome = Outcome::Untrusted;
            result.detail = QString::fromLatin1(api.X509_verify_cert_error_string(verified));
        } else {
            const bool timedOut = error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE;
            result.outcome = asked && !timedOut ? Outcome::Refused : Outcome::Failed;
            result.detail = timedOut ? tr("timed out") : openSslReason();
            if (result.detail.isEmpty())
                result.detail = tr("the server closed the connection");
        }
        return result;
    }
    result.outcome = asked ? awaitVerdict(ssl->get(), socket->fd(), deadline, &result.detail) : Outcome::NotAsked;
    api.SSL_shutdown(ssl->get());
    return result;
}

} // namespace keyway
