// posdesk-hostsim: an acquirer host simulator (CUP dialect) on loopback for demos, training and tests.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>

#include <cstdio>
#include <cstring>

namespace {

void log(const QString &line)
{
    std::fprintf(stderr, "%s\n", line.toUtf8().constData());
    std::fflush(stderr);
}

} // namespace

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("posdesk-hostsim %s\n", POSDESK_VERSION);
            return 0;
        }
    }
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("PosDesk acquirer host simulator"));
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("listen"), QStringLiteral("Address and port, e.g. 127.0.0.1:5800 (port 0 = any)."),
          QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:5800")},
         {QStringLiteral("registry"), QStringLiteral("Registry JSON file (TMK, terminals, merchants)."),
          QStringLiteral("FILE")}});
    parser.process(app);

    const QString listen = parser.value(QStringLiteral("listen"));
    const int colon = listen.lastIndexOf(u':');
    bool ok = false;
    const int port = listen.mid(colon + 1).toInt(&ok);
    if (colon < 0 || !ok || port < 0 || port > 65535) {
        log(QStringLiteral("posdesk-hostsim: --listen needs ADDRESS:PORT, not “%1”").arg(listen));
        return 2;
    }
    if (parser.isSet(QStringLiteral("registry"))) {
        QFile f(parser.value(QStringLiteral("registry")));
        if (!f.open(QIODevice::ReadOnly)) {
            log(QStringLiteral("posdesk-hostsim: cannot read the registry %1").arg(f.fileName()));
            return 3;
        }
        QJsonParseError err;
        QJsonDocument::fromJson(f.readAll(), &err);
        if (err.error != QJsonParseError::NoError) {
            log(QStringLiteral("posdesk-hostsim: the registry is not valid JSON: %1").arg(err.errorString()));
            return 2;
        }
    }
    QTcpServer server;
    if (!server.listen(QHostAddress(listen.left(colon)), quint16(port))) {
        log(QStringLiteral("posdesk-hostsim: cannot listen on %1: %2").arg(listen, server.errorString()));
        return 3;
    }
    // The port line is machine-read by tests and by `posdesk --demo` when port 0 was asked for.
    std::printf("listening %s:%d\n", server.serverAddress().toString().toUtf8().constData(), server.serverPort());
    std::fflush(stdout);
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&server] {
        while (QTcpSocket *s = server.nextPendingConnection()) {
            QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            QObject::connect(s, &QTcpSocket::readyRead, s,
                             [s] { log(QStringLiteral("<- %1").arg(QString::fromLatin1(s->readAll().toHex()))); });
        }
    });
    return app.exec();
}
