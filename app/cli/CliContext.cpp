#include "CliContext.h"

#include "security/DataProtection.h"
#include "security/UserService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

#include <cstdio>
#include <cstdlib>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace posdesk::cli {

namespace {

void writeTo(FILE *f, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), f);
    std::fflush(f);
}

QString kindName(ErrorKind k)
{
    switch (k) {
    case ErrorKind::Usage:
        return QStringLiteral("usage");
    case ErrorKind::NotFound:
        return QStringLiteral("not-found");
    case ErrorKind::Refused:
        return QStringLiteral("refused");
    case ErrorKind::Declined:
        return QStringLiteral("declined");
    case ErrorKind::Environment:
        return QStringLiteral("environment");
    case ErrorKind::Corrupt:
        return QStringLiteral("corrupt");
    case ErrorKind::Internal:
        return QStringLiteral("internal");
    }
    return {};
}
} // namespace

int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Usage:
        return ExitUsage;
    case ErrorKind::NotFound:
    case ErrorKind::Refused:
    case ErrorKind::Declined:
        return ExitRefused;
    case ErrorKind::Environment:
    case ErrorKind::Corrupt:
    case ErrorKind::Internal:
        return ExitEnvironment;
    }
    return ExitEnvironment;
}

CliContext::CliContext(QCommandLineParser &parser) : m_parser(parser)
{
    m_json = parser.isSet(QStringLiteral("json"));
}

CliContext::~CliContext()
{
    // Best effort: the string is not shared, so this overwrites the only copy of the password we made.
    if (!m_signInPassword.isEmpty())
        sodium_memzero(m_signInPassword.data(), std::size_t(m_signInPassword.size()) * sizeof(QChar));
}

Result<QString> CliContext::readSecretLine(const QString &prompt)
{
    char buffer[1024];
    bool echoOff = false;
#ifdef Q_OS_UNIX
    struct termios saved = {};
    if (::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &saved) == 0) {
        struct termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        echoOff = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        writeTo(stderr, prompt);
    }
#else
    Q_UNUSED(prompt)
#endif
    // stdio's buffer, not a QFile: several secrets are read line by line from the same stream.
    const bool got = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
#ifdef Q_OS_UNIX
    if (echoOff) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        writeTo(stderr, QStringLiteral("\n"));
    }
#endif
    if (!got)
        return Error::usage(
            QCoreApplication::translate("posdesk::cli", "Expected a line on standard input (%1), but it ended.")
                .arg(prompt.trimmed()));
    QByteArrayView line(buffer);
    if (!line.endsWith('\n') && !std::feof(stdin)) {
        sodium_memzero(buffer, sizeof buffer);
        return Error::usage(QCoreApplication::translate("posdesk::cli", "The line on standard input is too long (%1).")
                                .arg(prompt.trimmed()));
    }
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    QString text = QString::fromUtf8(line);
    sodium_memzero(buffer, sizeof buffer);
    return text;
}

Result<Database *> CliContext::database()
{
    if (m_db)
        return m_db.get();
    DbConfig config;
    if (isSet(QStringLiteral("db-url")) && isSet(QStringLiteral("db")))
        return Error::usage(QCoreApplication::translate("posdesk::cli", "Give either --db or --db-url, not both."));
    if (isSet(QStringLiteral("db-url"))) {
        auto parsed = DbConfig::fromUrl(value(QStringLiteral("db-url")));
        if (!parsed)
            return parsed.error();
        config = *parsed;
    } else {
        const QString path = isSet(QStringLiteral("db")) ? value(QStringLiteral("db")) : DbConfig::defaultSqlitePath();
        config = DbConfig::sqlite(path);
    }
    auto db = Database::open(config);
    if (!db)
        return db.error();
    if (isSet(QStringLiteral("user"))) {
        const QString name = value(QStringLiteral("user"));
        auto password = readSecretLine(QCoreApplication::translate("posdesk::cli", "Password for %1: ").arg(name));
        if (!password)
            return password.error();
        auto signedIn = UserService(**db, clock()).login(name, *password, QStringLiteral("cli"));
        if (!signedIn)
            return signedIn.error();
        m_actor = *signedIn;
        m_signInPassword = *password;
    }
    m_db = std::move(*db);
    return m_db.get();
}

Actor CliContext::actor()
{
    if (!isSet(QStringLiteral("user"))) {
        // The local administrator is the OS account that owns the shop's data, not whoever shares the PC.
        DbConfig config =
            DbConfig::sqlite(isSet(QStringLiteral("db")) ? value(QStringLiteral("db")) : DbConfig::defaultSqlitePath());
        if (m_db) {
            config = m_db->config();
        } else if (isSet(QStringLiteral("db-url"))) {
            auto parsed = DbConfig::fromUrl(value(QStringLiteral("db-url")));
            config = parsed ? *parsed : DbConfig::sqlite(QString()); // a bad URL fails when the database opens
        }
        const QString owned =
            config.engine == DbEngine::Sqlite ? config.sqlitePath : DataProtection::defaultOptions(config).keyFilePath;
        if (!owned.isEmpty() && !runningAccountOwns(owned))
            std::exit(fail(Error::refused(
                QCoreApplication::translate("posdesk::cli",
                                            "The OS account %1 does not own the shop's data (%2), so it is not the "
                                            "local administrator. Sign in with --user NAME (password on the first "
                                            "line of standard input).")
                    .arg(osAccountName(), owned))));
        return Actor::localAdmin(QStringLiteral("cli"));
    }
    if (!m_actor) {
        // A command that asks for the actor before the database: sign in now. On failure there is no acceptable
        // actor to hand back (least of all the local administrator), so the program ends with the error.
        auto db = database();
        if (!db)
            std::exit(fail(db.error()));
    }
    return *m_actor;
}

const Clock &CliContext::clock() const
{
    return SystemClock::instance();
}

void CliContext::out(const QString &line)
{
    if (!m_json)
        writeTo(stdout, line + u'\n');
}

void CliContext::emitJson(const QJsonValue &value)
{
    if (!m_json)
        return;
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    writeTo(stdout, QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

int CliContext::fail(const Error &e)
{
    writeTo(stderr, QCoreApplication::translate("posdesk::cli", "posdesk-cli: %1").arg(e.message) + u'\n');
    if (!e.detail.isEmpty())
        writeTo(stderr, QCoreApplication::translate("posdesk::cli", "  detail: %1").arg(e.detail) + u'\n');
    if (m_json) {
        QJsonObject err{{QStringLiteral("kind"), kindName(e.kind)}, {QStringLiteral("message"), e.message}};
        if (!e.detail.isEmpty())
            err.insert(QStringLiteral("detail"), e.detail);
        emitJson(QJsonObject{{QStringLiteral("error"), err}});
    }
    return exitCodeFor(e.kind);
}

int CliContext::usage(const QString &message)
{
    return fail(Error::usage(message));
}

} // namespace posdesk::cli
