// posdesk-devsim: a virtual ESC/POS printer, magnetic-stripe reader and PIN pad on pseudo-terminals.
#include "DeviceSimulator.h"
#include "security/Hardening.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

using posdesk::devsim::ControlChannel;
using posdesk::devsim::DeviceSimulator;
using posdesk::devsim::SimulatorOptions;

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    // Only async-signal-safe work here; the event loop picks it up.
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &c, 1);
}

void printLine(FILE *f, const QString &line)
{
    std::fprintf(f, "%s\n", line.toUtf8().constData());
    std::fflush(f);
}

} // namespace

int main(int argc, char **argv)
{
    // Answered before any Qt object exists, so that packaging checks need no event loop.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("posdesk-devsim %s\n", POSDESK_VERSION);
            return 0;
        }
    }
    posdesk::restrictNewFiles(); // its transcripts: this account's alone
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("posdesk-devsim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POSDESK_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("posdesk::devsim",
                                    "PosDesk virtual receipt printer, card reader and PIN pad on pseudo-terminals.\n"
                                    "Commands, one per line on standard input or written to DIR/control:\n") +
        DeviceSimulator::help());
    parser.addHelpOption();
    const QCommandLineOption printerLink(
        QStringLiteral("printer-link"),
        QCoreApplication::translate("posdesk::devsim", "Symbolic link to create for the printer's serial port."),
        QStringLiteral("PATH"));
    const QCommandLineOption readerLink(
        QStringLiteral("reader-link"),
        QCoreApplication::translate("posdesk::devsim", "Symbolic link to create for the card reader's serial port."),
        QStringLiteral("PATH"));
    const QCommandLineOption pinpadLink(
        QStringLiteral("pinpad-link"),
        QCoreApplication::translate("posdesk::devsim", "Symbolic link to create for the PIN pad's serial port."),
        QStringLiteral("PATH"));
    const QCommandLineOption printerOut(
        QStringLiteral("printer-out"),
        QCoreApplication::translate("posdesk::devsim",
                                    "Folder for printer.txt (what was printed, readable), printer.raw (the bytes "
                                    "received) and the control FIFO."),
        QStringLiteral("DIR"), QDir::currentPath());
    const QCommandLineOption terminator(
        QStringLiteral("reader-terminator"),
        QCoreApplication::translate("posdesk::devsim", "What ends each swipe: cr (default), crlf or lf."),
        QStringLiteral("cr|crlf|lf"), QStringLiteral("cr"));
    parser.addOptions({printerLink, readerLink, pinpadLink, printerOut, terminator});
    parser.process(app);

    SimulatorOptions options;
    options.printerLink = parser.value(printerLink);
    options.readerLink = parser.value(readerLink);
    options.pinpadLink = parser.value(pinpadLink);
    options.outDir = parser.value(printerOut);
    const QString t = parser.value(terminator);
    if (t == u"cr" || t == u"crlf" || t == u"lf") {
        options.reader.terminator = t == u"cr"   ? QByteArrayLiteral("\r")
                                    : t == u"lf" ? QByteArrayLiteral("\n")
                                                 : QByteArrayLiteral("\r\n");
    } else {
        printLine(stderr, QCoreApplication::translate("posdesk::devsim", "posdesk-devsim: --reader-terminator is "
                                                                         "cr, crlf or lf."));
        return 2;
    }
    if (options.printerLink.isEmpty() && options.readerLink.isEmpty() && options.pinpadLink.isEmpty()) {
        printLine(stderr, QCoreApplication::translate("posdesk::devsim",
                                                      "posdesk-devsim: give at least one of --printer-link PATH, "
                                                      "--reader-link PATH and --pinpad-link PATH."));
        return 2;
    }

    DeviceSimulator sim(options);
    QObject::connect(&sim, &DeviceSimulator::output, &app, [](const QString &line) { printLine(stdout, line); });
    QObject::connect(&sim, &DeviceSimulator::quitRequested, &app, &QCoreApplication::quit, Qt::QueuedConnection);
    if (auto s = sim.start(); !s) {
        printLine(stderr,
                  QCoreApplication::translate("posdesk::devsim", "posdesk-devsim: %1").arg(s.error().fullText()));
        return 3;
    }

    // SIGTERM and SIGINT end the event loop, so the links and the FIFO are removed on the way out.
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalPipe) == 0) {
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
    }
    QSocketNotifier signalNotifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);

    ControlChannel stdinChannel(STDIN_FILENO, false);
    QObject::connect(&stdinChannel, &ControlChannel::line, &app,
                     [&sim](const QString &line) { printLine(stdout, sim.execute(line)); });

    // Tests and the demo wait for these lines before they use the ports.
    if (sim.printerPort())
        printLine(stdout, QStringLiteral("printer %1").arg(options.printerLink));
    if (sim.readerPort())
        printLine(stdout, QStringLiteral("reader %1").arg(options.readerLink));
    if (sim.pinpadPort())
        printLine(stdout, QStringLiteral("pinpad %1").arg(options.pinpadLink));
    printLine(stdout, QStringLiteral("control %1").arg(sim.controlPath()));
    return app.exec();
}
