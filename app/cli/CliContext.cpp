#include "CliContext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace posdesk::cli {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("posdesk::cli", s);
}

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

CliContext::~CliContext() = default;

Result<Database *> CliContext::database()
{
    if (m_db)
        return m_db.get();
    DbConfig config;
    if (isSet(QStringLiteral("db-url")) && isSet(QStringLiteral("db")))
        return Error::usage(tr("Give either --db or --db-url, not both."));
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
    m_db = std::move(*db);
    return m_db.get();
}

Actor CliContext::actor() const
{
    return Actor::localAdmin(QStringLiteral("cli"));
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
    writeTo(stderr, tr("posdesk-cli: %1").arg(e.message) + u'\n');
    if (!e.detail.isEmpty())
        writeTo(stderr, tr("  detail: %1").arg(e.detail) + u'\n');
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
