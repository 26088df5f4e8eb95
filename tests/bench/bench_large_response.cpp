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

#include <cstdio>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace keyway;

namespace {

QByteArray generateJson(qsizetype megabytes)
{
    QByteArray body;
    body.reserve(megabytes * 1024 * 1024 + 1024);
    body += "{\"data\":[";
    for (qsizetype i = 0; body.size() < megabytes * 1024 * 1024; ++i) {
        if (i > 0)
            body += ',';
        body += "{\"id\":\"acc_" + QByteArray::number(i) + "\",\"code\":\""
            + QByteArray::number(1000 + i % 9000) + "\",\"name\":\"Account number " + QByteArray::number(i)
            + "\",\"type\":\"asset\",\"balance\":" + QByteArray::number(i * 3.25, 'f', 2)
            + ",\"tags\":[\"a\",\"b\"],\"active\":true}";
    }
    body += "],\"meta\":{\"needle\":\"the-last-one\"}}";
    return body;
}

int serve(quint16 port, qsizetype megabytes)
{
    const QByteArray body = generateJson(megabytes);
    const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
    QTcpServer server;
    if (!server.listen(QHostAddress(QHostAddress::LocalHost), port))
        return 1;
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
        QTcpSocket *socket = server.nextPendingConnection();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, &head, &body] {
            socket->readAll();
            socket->write(head);
            socket->write(body);
            socket->disconnectFromHost();
        });
    });
    std::printf("serving %lld bytes on %d\n", static_cast<long long>(body.size()), port);
    std::fflush(stdout);
    return QCoreApplication::exec();
}

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    status.open(QIODevice::ReadOnly);
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
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
    QTimer heartbeat;
    heartbeat.setInterval(10);
    QObject::connect(
        &heartbeat, &QTimer::timeout, &heartbeat, [&] { worstGap = std::max(worstGap, beat.restart()); });
    qint64 received = 0;
    qint64 firstScreen = 0;
    qint64 searchReady = 0;
    qsizetype bodySize = 0;
    bool searching = false;

    HttpExchange exchange(network, request, {600'000, false});
    QObject::connect(&exchange, &HttpExchange::finished, &view, [&](HttpExchange *done) {
        received = clock.elapsed();
        bodySize = done->response().body.size();
        view.showResponse(done->response(),
            EnvelopeRecognizer::recognize(
                done->response().status, done->response().headers, done->response().body));
    });
    QObject::connect(&view, &ui::ResponseView::prettyReady, &view, [&] {
        view.prettyView()->viewport()->repaint(); // the first screen, drawn
        firstScreen = clock.elapsed();
        searching = true;
        view.search(QStringLiteral("the-last-one"));
    });
    QObject::connect(&view, &ui::ResponseView::searchDone, &view, [&] {
        if (!searching)
            return;
        searchReady = clock.elapsed();
        QTimer::singleShot(50, qApp, &QCoreApplication::quit);
    });
    clock.start();
    beat.start();
    heartbeat.start();
    exchange.start();
    QApplication::exec();

    const double megabytes = double(bodySize) / (1024.0 * 1024.0);
    std::printf("body                          %8.1f MB\n", megabytes);
    std::printf("received                      %8lld ms\n", static_cast<long long>(received));
    std::printf(
        "pretty view first screen      %8lld ms   (target <= 3000)\n", static_cast<long long>(firstScreen));
    std::printf("search ready                  %8lld ms   (%s)\n", static_cast<long long>(searchReady),
        qPrintable(view.searchStatus()));
    std::printf(
        "worst UI-thread stall         %8lld ms   (target <= 100)\n", static_cast<long long>(worstGap));
    std::printf("peak RSS                      %8.1f MB   (%.1fx the body; target <= 5x)\n",
        double(peakRssKiB()) / 1024.0, double(peakRssKiB()) / 1024.0 / std::max(1.0, megabytes));
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
