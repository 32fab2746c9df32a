// posdesk-hostsim: an acquirer host simulator (CUP dialect) on loopback for demos, training and tests.
#include "HostSimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>

#include <cstdio>
#include <cstring>

using namespace posdesk;

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
    parser.setApplicationDescription(QStringLiteral(
        "PosDesk acquirer host simulator (CUP POS dialect).\nFaults: delay=MS, drop, close-mid, garble, wrong-mac, "
        "unbalanced; each as KIND[:COUNT[:MTI]], e.g. drop:1:0200."));
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("listen"), QStringLiteral("Address and port (port 0 picks a free one)."),
          QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:5800")},
         {QStringLiteral("registry"), QStringLiteral("Registry JSON file; re-read when it changes."),
          QStringLiteral("FILE")},
         {QStringLiteral("fault"), QStringLiteral("Fault to inject (repeatable)."), QStringLiteral("KIND")}});
    parser.process(app);

    auto fail = [](int code, const QString &text) {
        std::fprintf(stderr, "posdesk-hostsim: %s\n", text.toUtf8().constData());
        return code;
    };
    if (!parser.isSet(QStringLiteral("registry")))
        return fail(2, QStringLiteral("--registry FILE is required"));
    const QString listen = parser.value(QStringLiteral("listen"));
    const int colon = listen.lastIndexOf(u':');
    bool ok = false;
    const int port = listen.mid(colon + 1).toInt(&ok);
    if (colon < 0 || !ok || port < 0 || port > 65535)
        return fail(2, QStringLiteral("--listen needs ADDRESS:PORT, not “%1”").arg(listen));
    QList<hostsim::Fault> faults;
    for (const QString &spec : parser.values(QStringLiteral("fault"))) {
        auto f = hostsim::parseFault(spec);
        if (!f)
            return fail(2, f.error().fullText());
        faults << *f;
    }
    auto registry = hostsim::Registry::load(parser.value(QStringLiteral("registry")));
    if (!registry)
        return fail(registry.error().kind == ErrorKind::Usage ? 2 : 3, registry.error().fullText());

    hostsim::HostSimulator host(parser.value(QStringLiteral("registry")), faults);
    if (auto s = host.listen(QHostAddress(listen.left(colon)), quint16(port)); !s)
        return fail(3, QStringLiteral("cannot listen on %1: %2").arg(listen, s.error().fullText()));
    // Machine-read by the tests and by `posdesk --demo` when port 0 was asked for.
    std::printf("listening %s:%d\n", listen.left(colon).toUtf8().constData(), host.port());
    std::fflush(stdout);
    return app.exec();
}
