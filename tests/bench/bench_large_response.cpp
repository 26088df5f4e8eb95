// Benchmark (not a test): a large JSON response from a loopback server shown in Keyway's response
// view. Prints the time until the pretty view shows its first screen and until a search has its
// answer, the worst stall of the UI thread (a 10 ms heartbeat's largest gap) and peak RSS.
//
//   bench_large_response --serve PORT MEGABYTES   serve a generated JSON body until killed
//   bench_large_response --fetch URL              fetch it into a ResponseView (QT_QPA_PLATFORM=offscreen)

#include "envelope/EnvelopeRecognizer.h"
#include "http/HttpExchange.h"
#include "response/LargeTextView.h"
#include "response/ResponseView.h"
#include "sandbox/ChunkedBody.h"
#include "sandbox/GeneratedJson.h"

#include <cstdio>
#include <QApplication>
#include <QElapsedTimer>
#include <memory>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace keyway;

namespace {

int serve(quint16 port, qint64 megabytes)
{
    QTcpServer server;
    if (!server.listen(QHostAddress(QHostAddress::LocalHost), port))
        return 1;
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
        QTcpSocket *socket = server.nextPendingConnection();
        auto generator = std::make_shared<sandbox::GeneratedJson>(megabytes * 1024 * 1024);
        // Written as the client takes it: a few megabytes ahead, never the whole body.
        auto pump = [socket, generator] {
            while (!generator->atEnd() && socket->bytesToWrite() < (4 << 20)) {
                const QByteArray piece = generator->next(1 << 20);
                socket->write(sandbox::chunked::chunk(piece));
                if (generator->atEnd()) {
                    socket->write(sandbox::chunked::last());
                    socket->disconnectFromHost();
                }
            }
        };
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, pump] {
            socket->readAll();
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                          "Connection: close\r\n\r\n");
            pump();
        });
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, pump);
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    });
    std::printf("serving %lld MB on %d\n", static_cast<long long>(megabytes), port);
    std::fflush(stdout);
    return QCoreApplication::exec();
}

qint64 statusKiB(const QByteArray &field) // VmHWM (peak resident) or VmRSS (now)
{
    QFile status(QStringLiteral("/proc/self/status"));
    status.open(QIODevice::ReadOnly);
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

int fetch(const QUrl &url)
{
    ui::ResponseView view;
    view.resize(900, 700);
    view.show();
    QNetworkAccessManager network;
    WireRequest request;
    request.method = QStringLiteral("GET");
    request.url = url;
    request.setHeader(QStringLiteral("Accept-Encoding"), QStringLiteral("gzip, deflate"));

    QElapsedTimer clock;
    QElapsedTimer beat;
    qint64 worstGap = 0;
    qint64 worstAt = 0; // when it ended
    QTimer heartbeat;
    heartbeat.setInterval(10);
    QObject::connect(
        &heartbeat, &QTimer::timeout, &heartbeat, [&] {
            const qint64 gap = beat.restart();
            if (gap > worstGap) {
                worstGap = gap;
                worstAt = clock.elapsed();
            }
        });
    qint64 received = 0;
    qint64 firstScreen = 0;
    qint64 searchReady = 0;
    qint64 searchStarted = 0;
    qint64 indexed = 0;
    qsizetype bodySize = 0;
    bool searching = false;

    HttpExchange exchange(network, request, {600'000, false});
    exchange.setBodySink(view.bodySink()); // as the window sends: shown as it arrives, kept on disk
    QObject::connect(&exchange, &HttpExchange::finished, &view, [&](HttpExchange *done) {
        received = clock.elapsed();
        bodySize = done->response().bodySize;
        view.showResponse(done->response(),
            EnvelopeRecognizer::recognize(
                done->response().status, done->response().headers, done->response().body));
    });
    QObject::connect(&view, &ui::ResponseView::bodyShown, &view, [&] {
        view.prettyView()->viewport()->repaint(); // the first screen, drawn
        firstScreen = clock.elapsed();
    });
    QObject::connect(&view, &ui::ResponseView::prettyReady, &view, [&] {
        indexed = clock.elapsed();
        searchStarted = clock.elapsed();
        searching = true;
        view.search(QStringLiteral("the-last-one"));
    });
    QObject::connect(&view, &ui::ResponseView::searchDone, &view, [&] {
        if (!searching)
            return;
        searchReady = clock.elapsed();
        QTimer::singleShot(50, qApp, &QCoreApplication::quit);
    });
    QCoreApplication::processEvents();
    const double idle = double(statusKiB("VmRSS:")) / 1024.0;
    clock.start();
    beat.start();
    heartbeat.start();
    exchange.start();
    QApplication::exec();

    const double megabytes = double(bodySize) / (1024.0 * 1024.0);
    const double peak = double(statusKiB("VmHWM:")) / 1024.0;
    std::printf("body                          %8.1f MB\n", megabytes);
    std::printf("received                      %8lld ms\n", static_cast<long long>(received));
    std::printf("pretty view first screen      %8lld ms   (target <= 1000)\n", static_cast<long long>(firstScreen));
    std::printf("all indexed                   %8lld ms\n", static_cast<long long>(indexed));
    std::printf("search ready                  %8lld ms   (%lld ms after it started; target <= 5000; %s)\n",
        static_cast<long long>(searchReady), static_cast<long long>(searchReady - searchStarted),
        qPrintable(view.searchStatus()));
    std::printf("worst UI-thread stall         %8lld ms   (target <= 50; ended at %lld ms)\n",
        static_cast<long long>(worstGap), static_cast<long long>(worstAt));
    std::printf("peak RSS                      %8.1f MB   (%.2fx the body, %.0f MB above idle; targets <= 1.5x, "
                "<= 300 MB above idle)\n",
        peak, peak / std::max(1.0, megabytes), peak - idle);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    const QStringList arguments = [&] {
        QStringList list;
        for (int i = 1; i < argc; ++i)
            list << QString::fromLocal8Bit(argv[i]);
        return list;
    }();
    if (arguments.value(0) == QLatin1String("--serve")) {
        QCoreApplication app(argc, argv);
        return serve(
            quint16(arguments.value(1).toUInt()), arguments.value(2, QStringLiteral("100")).toLongLong());
    }
    if (arguments.value(0) == QLatin1String("--fetch")) {
        QApplication app(argc, argv);
        return fetch(QUrl(arguments.value(1)));
    }
    std::fprintf(stderr, "usage: bench_large_response --serve PORT MEGABYTES | --fetch URL\n");
    return 2;
}
