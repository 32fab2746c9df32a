#include "security/Actor.h"

#include "storage/AuditLogRepository.h"

#include <QFile>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace posdesk {

QString osAccountName()
{
#ifdef Q_OS_UNIX
    const uid_t uid = ::geteuid();
    struct passwd entry;
    struct passwd *found = nullptr;
    char buffer[4096];
    if (::getpwuid_r(uid, &entry, buffer, sizeof buffer, &found) == 0 && found && found->pw_name && *found->pw_name)
        return QString::fromLocal8Bit(found->pw_name);
    return QStringLiteral("uid%1").arg(uid);
#elif defined(Q_OS_WIN)
    wchar_t name[257];
    DWORD size = 257;
    if (::GetUserNameW(name, &size) && size > 1)
        return QString::fromWCharArray(name, int(size) - 1);
    return QStringLiteral("unknown");
#else
    return QStringLiteral("unknown");
#endif
}

bool runningAccountOwns(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return errno == ENOENT;
    return st.st_uid == ::geteuid();
#else
    Q_UNUSED(path);
    return true;
#endif
}

Actor Actor::localAdmin(const QString &origin)
{
    return Actor{QStringLiteral("local-admin:") + osAccountName(), std::nullopt, origin};
}

Status audit(Database &db, const Clock &clock, const Actor &actor, const QString &event, const QString &object,
             const QString &outcome, const QString &detail)
{
    AuditEntry e;
    e.at = clock.nowMs();
    e.actor = actor.name;
    e.origin = actor.origin;
    e.event = event;
    e.object = object;
    e.outcome = outcome;
    e.detail = detail;
    auto id = AuditLogRepository(db).append(e);
    if (!id)
        return id.error();
    return {};
}

} // namespace posdesk
