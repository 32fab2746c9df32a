#include "security/Hardening.h"
#include "shell/AppController.h"
#include "shell/AppSession.h"
#include "shell/DatabaseChoice.h"
#include "shell/Language.h"
#include "shell/MessageBox.h"
#include "shell/QuitOnSignal.h"
#include "shell/ScreenshotTour.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

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
    restrictNewFiles(); // the database, its WAL, key files and exports: this account's alone
#ifdef NDEBUG
    hardenProcess(); // no core dumps of a process that held keys or card data
#endif
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PosDesk"));
    QApplication::setApplicationName(QStringLiteral("PosDesk"));
    QApplication::setApplicationVersion(QStringLiteral(POSDESK_VERSION));
    // The sign-in dialog closes before the main window opens: only Quit ends the program.
    QApplication::setQuitOnLastWindowClosed(false);
    // Logout, shutdown and Ctrl+C end the event loop like Quit, so that the clean-up below runs (the demo's
    // temporary folder, database and key; the simulators it started).
    desktop::QuitOnSignal quitOnSignal;
    QObject::connect(&quitOnSignal, &desktop::QuitOnSignal::quitRequested, &app, [] { QApplication::exit(0); });

    desktop::Language language;
    language.apply(desktop::Language::savedChoice());

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
    // For tools/screenshots.sh only: not part of the documented command line.
    QCommandLineOption screenshots(QStringLiteral("screenshot-dir"), QString(), QStringLiteral("DIR"));
    screenshots.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshots);
    parser.process(app);

    Result<std::unique_ptr<desktop::AppSession>> session = Error::internal(QString());
    if (parser.isSet(QStringLiteral("demo"))) {
        session = desktop::AppSession::openDemo();
    } else {
        // The command line first, then the shared server chosen in Settings, then this PC's SQLite file.
        auto config = desktop::DatabaseChoice::atStart(parser.value(QStringLiteral("db")),
                                                       parser.value(QStringLiteral("db-url")));
        session =
            config ? desktop::AppSession::open(*config) : Result<std::unique_ptr<desktop::AppSession>>(config.error());
    }
    if (!session) {
        desktop::MessageBox::error(nullptr, QApplication::translate("main", "PosDesk cannot start"),
                                   session.error().fullText());
        return 3;
    }

    desktop::AppController controller(**session, language);
    QObject::connect(&controller, &desktop::AppController::quitRequested, &app, &QApplication::quit);
    controller.start();

    std::unique_ptr<desktop::ScreenshotTour> tour;
    if (parser.isSet(screenshots)) {
        tour = std::make_unique<desktop::ScreenshotTour>(controller, **session, language, parser.value(screenshots));
        QObject::connect(tour.get(), &desktop::ScreenshotTour::finished, &app, [&](bool ok) {
            for (const QString &path : tour->saved())
                std::printf("%s\n", path.toUtf8().constData());
            app.exit(ok ? 0 : 1);
        });
        tour->start();
    }
    if (parser.isSet(QStringLiteral("quit-after")))
        QTimer::singleShot(parser.value(QStringLiteral("quit-after")).toInt(), &app, &QApplication::quit);
    return app.exec();
}
