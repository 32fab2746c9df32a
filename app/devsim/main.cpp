// posdesk-devsim: a virtual ESC/POS printer and magnetic-stripe reader on pseudo-terminals.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSocketNotifier>

#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <stdlib.h>
#include <termios.h>
#include <unistd.h>

namespace {

void log(const QString &line)
{
    std::fprintf(stderr, "%s\n", line.toUtf8().constData());
    std::fflush(stderr);
}

// Opens a pseudo-terminal master in raw mode and links `link` to its slave side.
int openPty(const QString &link)
{
    const int fd = posix_openpt(O_RDWR | O_NOCTTY);
    if (fd < 0 || grantpt(fd) != 0 || unlockpt(fd) != 0)
        return -1;
    const char *slave = ptsname(fd);
    if (!slave)
        return -1;
    termios tio{};
    if (tcgetattr(fd, &tio) == 0) {
        cfmakeraw(&tio);
        tcsetattr(fd, TCSANOW, &tio);
    }
    QFile::remove(link);
    if (!QFile::link(QString::fromLocal8Bit(slave), link))
        return -1;
    return fd;
}

} // namespace

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("posdesk-devsim %s\n", POSDESK_VERSION);
            return 0;
        }
    }
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("PosDesk virtual printer and card reader"));
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("printer-link"), QStringLiteral("Symlink to create for the printer port."),
                        QStringLiteral("PATH")},
                       {QStringLiteral("reader-link"), QStringLiteral("Symlink to create for the reader port."),
                        QStringLiteral("PATH")},
                       {QStringLiteral("printer-out"), QStringLiteral("Folder for received bytes."),
                        QStringLiteral("DIR"), QDir::currentPath()}});
    parser.process(app);
    if (!parser.isSet(QStringLiteral("printer-link"))) {
        log(QStringLiteral("posdesk-devsim: --printer-link is required"));
        return 2;
    }
    const QString printerLink = parser.value(QStringLiteral("printer-link"));
    const int printerFd = openPty(printerLink);
    if (printerFd < 0) {
        log(QStringLiteral("posdesk-devsim: cannot create the printer pseudo-terminal at %1").arg(printerLink));
        return 3;
    }
    QFile raw(QDir(parser.value(QStringLiteral("printer-out"))).filePath(QStringLiteral("printer.raw")));
    if (!raw.open(QIODevice::Append)) {
        log(QStringLiteral("posdesk-devsim: cannot write %1").arg(raw.fileName()));
        return 3;
    }
    QSocketNotifier notifier(printerFd, QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &raw, [&] {
        char buf[4096];
        const ssize_t n = ::read(printerFd, buf, sizeof buf);
        if (n > 0) {
            raw.write(buf, n);
            raw.flush();
        }
    });
    std::printf("printer %s\n", printerLink.toUtf8().constData());
    std::fflush(stdout);
    const int rc = app.exec();
    QFile::remove(printerLink);
    return rc;
}
