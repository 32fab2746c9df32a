// posdesk-hostsim: an acquirer host simulator (CUP dialect) on loopback for demos, training and tests.
#include "HostSimulator.h"
#include "security/Hardening.h"

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
    restrictNewFiles(); // its ledger and log: this account's alone
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "PosDesk acquirer host simulator (CUP POS dialect).\n"
        "Faults, each as KIND[:COUNT[:MTI]] (COUNT -1 or empty = always; MTI of the request), e.g. drop:1:0200:\n"
        "  delay=MS        answer MS milliseconds late\n"
        "  approve-silent  process the request (the ledger keeps it) but send no answer; drop is the same\n"
        "  close-mid       send half the answer, then close the connection\n"
        "  garble          spoil the answer's MTI\n"
        "  wrong-mac       spoil the answer's MAC\n"
        "  unbalanced      answer the 0500 not balanced\n"
        "  partial=FEN     approve a 0200 sale for FEN fen only (response code 10, field 4 = FEN)\n"
        "  refuse=CODE     answer with response code CODE and change nothing, e.g. refuse=96:1:0400\n"
        "  resign          set the answer header's processing requirement to 3 (sign on again)\n"
        "  ic-update       set it to 4 (update the IC public keys: the terminal runs an IC download)\n"
        "  settle-flag0    answer the 0500 with both reconciliation flags 0\n"
        "  script-block    approve a chip sale with issuer scripts (71 block, 72 unblock)\n"
        "  bad-arpc        approve a chip sale with a spoiled ARPC (the card declines; the till must reverse)"));
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("listen"), QStringLiteral("Address and port (port 0 picks a free one)."),
          QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:5800")},
         {QStringLiteral("registry"), QStringLiteral("Registry JSON file; re-read when it changes."),
          QStringLiteral("FILE")},
         {QStringLiteral("ledger"),
          QStringLiteral("Keep the host's ledger as JSON in FILE, rewritten (FILE.tmp, then renamed) on every change."),
          QStringLiteral("FILE")},
         {QStringLiteral("fault"), QStringLiteral("Fault to inject (repeatable)."), QStringLiteral("KIND")},
         {QStringLiteral("chip"),
          QStringLiteral("Play the chip cards' issuers and CA from DIR/cards.json and DIR/ca-keys.json (the test "
                         "cards of tests/rig/card): ARQC checks, ARPCs, scripts and the IC key download."),
          QStringLiteral("DIR")}});
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
    if (parser.isSet(QStringLiteral("ledger")))
        host.setLedgerFile(parser.value(QStringLiteral("ledger")));
    if (parser.isSet(QStringLiteral("chip"))) {
        auto chip = hostsim::ChipIssuer::load(parser.value(QStringLiteral("chip")));
        if (!chip)
            return fail(3, chip.error().fullText());
        host.setChipIssuer(std::move(*chip));
    }
    if (auto s = host.listen(QHostAddress(listen.left(colon)), quint16(port)); !s)
        return fail(3, QStringLiteral("cannot listen on %1: %2").arg(listen, s.error().fullText()));
    // Machine-read by the tests and by `posdesk --demo` when port 0 was asked for.
    std::printf("listening %s:%d\n", listen.left(colon).toUtf8().constData(), host.port());
    std::fflush(stdout);
    return app.exec();
}
