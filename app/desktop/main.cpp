#include "shell/AppSession.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <cstring>

using namespace posdesk;

int main(int argc, char **argv)
{
    // Answered before any QApplication exists, so it works without a display.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("posdesk %s\n", POSDESK_VERSION);
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PosDesk"));
    QApplication::setApplicationName(QStringLiteral("PosDesk"));
    QApplication::setApplicationVersion(QStringLiteral(POSDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "PosDesk — merchant back office and PC till"));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("demo"), QApplication::translate("main", "Start a seeded demo shop in a temporary folder.")},
        {QStringLiteral("db"), QApplication::translate("main", "SQLite database file."), QStringLiteral("PATH")},
        {QStringLiteral("db-url"), QApplication::translate("main", "PostgreSQL database URL."), QStringLiteral("URL")},
        {QStringLiteral("quit-after"), QApplication::translate("main", "Quit after N milliseconds (smoke tests)."),
         QStringLiteral("MS")},
    });
    parser.process(app);

    Result<std::unique_ptr<desktop::AppSession>> session = Error::internal(QString());
    if (parser.isSet(QStringLiteral("demo"))) {
        session = desktop::AppSession::openDemo();
    } else if (parser.isSet(QStringLiteral("db-url"))) {
        auto config = DbConfig::fromUrl(parser.value(QStringLiteral("db-url")));
        session =
            config ? desktop::AppSession::open(*config) : Result<std::unique_ptr<desktop::AppSession>>(config.error());
    } else {
        const QString path =
            parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : DbConfig::defaultSqlitePath();
        session = desktop::AppSession::open(DbConfig::sqlite(path));
    }
    if (!session) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "PosDesk cannot start"),
                              session.error().fullText());
        return 3;
    }
    desktop::MainWindow window(**session);
    window.show();
    if (parser.isSet(QStringLiteral("quit-after")))
        QTimer::singleShot(parser.value(QStringLiteral("quit-after")).toInt(), &app, &QApplication::quit);
    return app.exec();
}
