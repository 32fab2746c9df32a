#include "storage/AuditLogRepository.h"

#include "storage/Sql.h"
#include "storage/UnitOfWork.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace posdesk {

namespace {
const QString kSelect =
    QStringLiteral("SELECT id, at, actor, origin, event, object, outcome, detail, prev_hash, hash FROM audit_log ");

AuditEntry fromRow(const QSqlQuery &q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = q.value(1).toLongLong();
    e.actor = q.value(2).toString();
    e.origin = q.value(3).toString();
    e.event = q.value(4).toString();
    e.object = q.value(5).toString();
    e.outcome = q.value(6).toString();
    e.detail = q.value(7).toString();
    e.prevHash = q.value(8).toString();
    e.hash = q.value(9).toString();
    return e;
}
} // namespace

const QString &AuditLogRepository::genesisHash()
{
    static const QString zero(64, u'0');
    return zero;
}

QString AuditLogRepository::chainHash(const AuditEntry &e, const QString &prevHash)
{
    // Length-prefixed fields: no two different rows serialise to the same bytes.
    QByteArray data;
    auto add = [&data](const QString &s) {
        const QByteArray u = s.toUtf8();
        data += QByteArray::number(u.size()) + ':' + u;
    };
    add(prevHash);
    add(QString::number(e.id));
    add(QString::number(e.at));
    add(e.actor);
    add(e.origin);
    add(e.event);
    add(e.object);
    add(e.outcome);
    add(e.detail);
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

Result<Id> AuditLogRepository::append(AuditEntry e)
{
    // The id is part of the hash, so the last row is read first: writers must take turns. SQLite's BEGIN IMMEDIATE
    // serialises them; on PostgreSQL an advisory lock held to the end of the transaction does.
    std::optional<UnitOfWork> own;
    if (!m_db.inTransaction()) {
        own.emplace(m_db);
        if (!own->isActive())
            return own->startStatus().error();
    }
    if (m_db.engine() == DbEngine::Postgres) {
        if (auto s = m_db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(804186)")); !s)
            return s.error();
    }
    auto last = sql::run(m_db, QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"), {},
                         QCoreApplication::translate("posdesk::AuditLogRepository", "reading the audit trail"));
    if (!last)
        return last.error();
    Id lastId = 0;
    e.prevHash = genesisHash();
    if (last->next()) {
        lastId = last->value(0).toLongLong();
        e.prevHash = last->value(1).toString();
    }
    e.id = lastId + 1;
    e.hash = chainHash(e, e.prevHash);
    auto q =
        sql::runCached(m_db,
                       QStringLiteral("INSERT INTO audit_log (id, at, actor, origin, event, object, outcome, detail, "
                                      "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {qlonglong(e.id), qlonglong(e.at), e.actor, e.origin, e.event, sql::nullableText(e.object),
                        e.outcome, sql::nullableText(e.detail), e.prevHash, e.hash},
                       QCoreApplication::translate("posdesk::AuditLogRepository", "writing the audit trail"));
    if (!q)
        return q.error();
    if (own) {
        if (auto s = own->commit(); !s)
            return s.error();
    }
    return e.id;
}

Result<std::vector<AuditEntry>> AuditLogRepository::list(int limit)
{
    QString sqlText = kSelect + QStringLiteral("ORDER BY id");
    if (limit >= 0)
        sqlText += QStringLiteral(" LIMIT ") + QString::number(limit);
    auto q = sql::run(m_db, sqlText, {},
                      QCoreApplication::translate("posdesk::AuditLogRepository", "reading the audit trail"));
    if (!q)
        return q.error();
    std::vector<AuditEntry> out;
    while (q->next())
        out.push_back(fromRow(*q));
    return out;
}

Result<std::optional<AuditLogRepository::Break>> AuditLogRepository::verify()
{
    auto q = sql::run(m_db, kSelect + QStringLiteral("ORDER BY id"), {},
                      QCoreApplication::translate("posdesk::AuditLogRepository", "reading the audit trail"));
    if (!q)
        return q.error();
    QString prev = genesisHash();
    Id expectedId = 1;
    while (q->next()) {
        const AuditEntry e = fromRow(*q);
        if (e.id != expectedId)
            return std::optional<Break>(Break{
                e.id,
                QCoreApplication::translate("posdesk::AuditLogRepository",
                                            "row %1 follows row %2: rows %3 to %4 were deleted or the ids changed")
                    .arg(e.id)
                    .arg(expectedId - 1)
                    .arg(expectedId)
                    .arg(e.id - 1)});
        if (e.prevHash != prev)
            return std::optional<Break>(
                Break{e.id, QCoreApplication::translate(
                                "posdesk::AuditLogRepository",
                                "row %1 does not link to the row before it (a row was inserted, deleted or edited)")
                                .arg(e.id)});
        if (chainHash(e, e.prevHash) != e.hash)
            return std::optional<Break>(
                Break{e.id, QCoreApplication::translate("posdesk::AuditLogRepository",
                                                        "row %1 was edited after it was written")
                                .arg(e.id)});
        prev = e.hash;
        ++expectedId;
    }
    return std::optional<Break>();
}

} // namespace posdesk
