#pragma once

#include "security/Actor.h"
#include "storage/Database.h"
#include "time/Clock.h"

#include <QCommandLineParser>
#include <QJsonValue>

#include <memory>

namespace posdesk::cli {

// The exit-code contract of every PosDesk program.
enum ExitCode
{
    ExitOk = 0,
    ExitRefused = 1,
    ExitUsage = 2,
    ExitEnvironment = 3
};
int exitCodeFor(ErrorKind kind);

// What a command gets: parsed options, output in human text or JSON, the database, the acting user.
class CliContext
{
public:
    explicit CliContext(QCommandLineParser &parser);
    ~CliContext();

    QCommandLineParser &parser() { return m_parser; }
    QString value(const QString &option) const { return m_parser.value(option); }
    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    QStringList positional() const { return m_positional; }
    void setPositional(QStringList p) { m_positional = std::move(p); }
    bool json() const { return m_json; }

    // Opens (and migrates) the database named by --db / --db-url, or the default file. With --user it also signs
    // that user in (password from the first line of standard input); a failed sign-in is the error returned.
    Result<Database *> database();
    // The signed-in user with --user, else the local administrator. Never falls back to the local administrator
    // when --user was given: a sign-in that fails here ends the program with the error.
    Actor actor();
    const Clock &clock() const;
    // One line of standard input (without echo on a terminal), for --password-stdin and --user.
    Result<QString> readSecretLine(const QString &prompt);
    // The password --user signed in with: changing one's own password needs the current one.
    QString signInPassword() const { return m_signInPassword; }

    void out(const QString &line);     // a line of human output (suppressed in --json mode)
    void emitJson(const QJsonValue &); // the JSON document (only in --json mode)
    int fail(const Error &e);          // prints the error and returns its exit code
    int usage(const QString &message); // exit code 2

private:
    QCommandLineParser &m_parser;
    QStringList m_positional;
    bool m_json = false;
    std::unique_ptr<Database> m_db;
    std::optional<Actor> m_actor;
    QString m_signInPassword;
};

} // namespace posdesk::cli
