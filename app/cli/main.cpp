#include "Command.h"
#include "security/Hardening.h"

#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace posdesk::cli;

namespace {

const QList<QCommandLineOption> &globalOptions()
{
    static const QList<QCommandLineOption> options{
        {QStringLiteral("db"),
         QCoreApplication::translate("posdesk::cli", "SQLite database file (default: the application data folder)."),
         QStringLiteral("PATH")},
        {QStringLiteral("db-url"),
         QCoreApplication::translate("posdesk::cli",
                                     "PostgreSQL database shared by several tills: postgresql://user@host:port/db."),
         QStringLiteral("URL")},
        {QStringLiteral("user"),
         QCoreApplication::translate(
             "posdesk::cli",
             "Act as this PosDesk user; the first line of standard input is the password. Without it, the command "
             "runs as the local administrator."),
         QStringLiteral("NAME")},
        {QStringLiteral("json"), QCoreApplication::translate("posdesk::cli", "Print machine-readable JSON.")},
        {QStringLiteral("help"), QCoreApplication::translate("posdesk::cli", "Show help for the command.")},
    };
    return options;
}

void printUsage(FILE *f)
{
    QString text = QCoreApplication::translate(
        "posdesk::cli",
        "Usage: posdesk-cli [--db PATH | --db-url URL] [--user NAME] [--json] COMMAND [OPTIONS]\n\nCommands:\n");
    for (const Command &c : allCommands())
        text += QStringLiteral("  %1 %2\n      %3\n").arg(c.words.join(u' '), c.synopsis, c.summary);
    text += QCoreApplication::translate(
        "posdesk::cli", "\nExit codes: 0 success, 1 refused or declined, 2 usage error, 3 database, device or host "
                        "unavailable.\n");
    const QByteArray b = text.toUtf8();
    std::fwrite(b.constData(), 1, size_t(b.size()), f);
}

// Words before the first option that are not values of global options name the command.
QStringList commandWords(const QStringList &args)
{
    QStringList words;
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == u"--db" || a == u"--db-url" || a == u"--user") {
            ++i;
            continue;
        }
        if (a.startsWith(u'-'))
            continue;
        words << a;
    }
    return words;
}

} // namespace

int main(int argc, char **argv)
{
    // Answered before any Qt application object exists, so it works without a display or a database.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("posdesk-cli %s\n", POSDESK_VERSION);
            return 0;
        }
    }
    posdesk::restrictNewFiles(); // the database, its WAL, key files and exports: this account's alone
#ifdef NDEBUG
    posdesk::hardenProcess(); // no core dumps of a process that held keys or card data
#endif
    // Only a PDF report needs QtGui (fonts); every other command runs on a plain QCoreApplication.
    const std::unique_ptr<QCoreApplication> app = needsGuiApplication(argc, argv)
                                                      ? std::make_unique<QGuiApplication>(argc, argv)
                                                      : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PosDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("PosDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POSDESK_VERSION));

    const QStringList args = QCoreApplication::arguments();
    const QStringList words = commandWords(args);
    if (words.isEmpty()) {
        printUsage(args.contains(QStringLiteral("--help")) ? stdout : stderr);
        return args.contains(QStringLiteral("--help")) ? ExitOk : ExitUsage;
    }

    // The command with the longest matching word list wins ("terminal list" over "terminal").
    const Command *command = nullptr;
    for (const Command &c : allCommands()) {
        if (c.words.size() <= words.size() && words.mid(0, c.words.size()) == c.words &&
            (!command || c.words.size() > command->words.size()))
            command = &c;
    }
    if (!command) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("posdesk::cli", "posdesk-cli: unknown command “%1”.")
                                    .arg(words.join(u' '))));
        printUsage(stderr);
        return ExitUsage;
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(globalOptions());
    parser.addOptions(command->options);
    if (!parser.parse(args)) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QCoreApplication::translate("posdesk::cli", "posdesk-cli: %1").arg(parser.errorText())));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("posdesk-cli %s %s\n\n%s\n\n%s", qPrintable(command->words.join(u' ')),
                    qPrintable(command->synopsis), qPrintable(command->summary),
                    qPrintable(parser.helpText().section(u'\n', 2)));
        return ExitOk;
    }
    CliContext ctx(parser);
    ctx.setPositional(parser.positionalArguments().mid(command->words.size()));
    return command->run(ctx);
}
