#include "storage/TransactionRepository.h"

#include "storage/Sql.h"

#include <QCoreApplication>

namespace posdesk {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT id, terminal_id, batch_no, stan, kind, status, amount_minor, currency, pan_masked, pan_hmac, card_scheme, "
    "entry_mode, rrn, auth_code, response_code, original_id, cashier, created_at, updated_at, requested_minor, "
    "original_rrn, original_date FROM transactions ");

CardTransaction fromRow(const QSqlQuery &q)
{
    CardTransaction t;
    t.id = q.value(0).toLongLong();
    t.terminalId = q.value(1).toLongLong();
    t.batchNo = q.value(2).toInt();
    t.stan = q.value(3).toInt();
    t.kind = txnKindFromString(q.value(4).toString()).value_or(TxnKind::Sale);
    t.status = txnStatusFromString(q.value(5).toString()).value_or(TxnStatus::Pending);
    t.amount = Money(q.value(6).toLongLong(), q.value(7).toString());
    t.panMasked = q.value(8).toString();
    t.panHmac = q.value(9).toByteArray();
    t.cardScheme = q.value(10).toString();
    t.entryMode = q.value(11).toString();
    t.rrn = q.value(12).toString();
    t.authCode = q.value(13).toString();
    t.responseCode = q.value(14).toString();
    t.originalId = sql::optionalInt(q.value(15));
    t.cashier = q.value(16).toString();
    t.createdAt = q.value(17).toLongLong();
    t.updatedAt = q.value(18).toLongLong();
    t.requestedMinor = sql::optionalInt(q.value(19));
    t.originalRrn = q.value(20).toString();
    t.originalDate = q.value(21).toString();
    return t;
}

// Builds "WHERE …" and its bind values from a filter.
QString whereClause(const TxnFilter &f, QVariantList &binds)
{
    QStringList parts;
    if (f.from) {
        parts << QStringLiteral("created_at >= ?");
        binds << qlonglong(*f.from);
    }
    if (f.to) {
        parts << QStringLiteral("created_at < ?");
        binds << qlonglong(*f.to);
    }
    if (f.terminalId) {
        parts << QStringLiteral("terminal_id = ?");
        binds << qlonglong(*f.terminalId);
    }
    if (f.batchNo) {
        parts << QStringLiteral("batch_no = ?");
        binds << *f.batchNo;
    }
    if (f.kind) {
        parts << QStringLiteral("kind = ?");
        binds << toKey(*f.kind);
    }
    if (f.status) {
        parts << QStringLiteral("status = ?");
        binds << toKey(*f.status);
    }
    if (!f.cashier.isEmpty()) {
        parts << QStringLiteral("cashier = ?");
        binds << f.cashier;
    }
    return parts.isEmpty() ? QString() : QStringLiteral("WHERE ") + parts.join(QStringLiteral(" AND ")) + u' ';
}
} // namespace

Result<Id> TransactionRepository::insert(const CardTransaction &t)
{
    if (!m_insert) {
        QSqlQuery q(m_db.connection());
        if (!q.prepare(QStringLiteral(
                "INSERT INTO transactions (terminal_id, batch_no, stan, kind, status, amount_minor, currency, "
                "pan_masked, pan_hmac, card_scheme, entry_mode, rrn, auth_code, response_code, original_id, cashier, "
                "created_at, updated_at, requested_minor, original_rrn, original_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                "?, "
                "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")))
            return m_db.errorFrom(q.lastError(), QCoreApplication::translate("posdesk::TransactionRepository",
                                                                             "preparing to store a transaction"));
        m_insert = std::move(q);
    }
    QSqlQuery &q = *m_insert;
    q.bindValue(0, qlonglong(t.terminalId));
    q.bindValue(1, t.batchNo);
    q.bindValue(2, t.stan);
    q.bindValue(3, toKey(t.kind));
    q.bindValue(4, toKey(t.status));
    q.bindValue(5, qlonglong(t.amount.minor()));
    q.bindValue(6, t.amount.currency());
    q.bindValue(7, sql::nullableText(t.panMasked));
    q.bindValue(8, t.panHmac.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(t.panHmac));
    q.bindValue(9, sql::nullableText(t.cardScheme));
    q.bindValue(10, sql::nullableText(t.entryMode));
    q.bindValue(11, sql::nullableText(t.rrn));
    q.bindValue(12, sql::nullableText(t.authCode));
    q.bindValue(13, sql::nullableText(t.responseCode));
    q.bindValue(14, sql::nullableInt(t.originalId));
    q.bindValue(15, sql::nullableText(t.cashier));
    q.bindValue(16, qlonglong(t.createdAt));
    q.bindValue(17, qlonglong(t.updatedAt));
    q.bindValue(18, sql::nullableInt(t.requestedMinor));
    q.bindValue(19, sql::nullableText(t.originalRrn));
    q.bindValue(20, sql::nullableText(t.originalDate));
    if (!q.exec())
        return m_db.errorFrom(
            q.lastError(),
            QCoreApplication::translate("posdesk::TransactionRepository", "storing transaction STAN %1").arg(t.stan));
    if (!q.next())
        return Error::internal(QStringLiteral("INSERT returned no id"));
    const Id id = q.value(0).toLongLong();
    q.finish();
    return id;
}

Status TransactionRepository::updateResult(Id id, TxnStatus status, const QString &responseCode, const QString &rrn,
                                           const QString &authCode, TimeMs at)
{
    return sql::change(
        m_db,
        QStringLiteral("UPDATE transactions SET status = ?, response_code = ?, rrn = ?, auth_code = ?, "
                       "updated_at = ? WHERE id = ?"),
        {toKey(status), sql::nullableText(responseCode), sql::nullableText(rrn), sql::nullableText(authCode),
         qlonglong(at), qlonglong(id)},
        QCoreApplication::translate("posdesk::TransactionRepository", "recording a transaction's result"),
        QCoreApplication::translate("posdesk::TransactionRepository", "No transaction with id %1.").arg(id));
}

Status TransactionRepository::transition(Id id, TxnStatus from, TxnStatus to, TimeMs at, const TxnAnswer &answer)
{
    // Only the fields the answer carries are written: a reversal's answer keeps the sale's RRN and auth code.
    QString set = QStringLiteral("status = ?, updated_at = ?");
    QVariantList binds{toKey(to), qlonglong(at)};
    if (!answer.responseCode.isEmpty()) {
        set += QStringLiteral(", response_code = ?");
        binds << answer.responseCode;
    }
    if (!answer.rrn.isEmpty()) {
        set += QStringLiteral(", rrn = ?");
        binds << answer.rrn;
    }
    if (!answer.authCode.isEmpty()) {
        set += QStringLiteral(", auth_code = ?");
        binds << answer.authCode;
    }
    if (answer.approvedMinor) {
        set += QStringLiteral(", requested_minor = amount_minor, amount_minor = ?");
        binds << qlonglong(*answer.approvedMinor);
    }
    binds << qlonglong(id) << toKey(from);
    const QString what =
        QCoreApplication::translate("posdesk::TransactionRepository", "recording a transaction's result");
    const QString sqlText =
        QStringLiteral("UPDATE transactions SET ") + set + QStringLiteral(" WHERE id = ? AND status = ?");
    bool fresh = false;
    QSqlQuery &q = m_db.cachedQuery(sqlText, &fresh);
    if (fresh && !q.prepare(sqlText)) {
        const Error e = m_db.errorFrom(q.lastError(), what);
        m_db.dropCachedQuery(sqlText);
        return e;
    }
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds[i]);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), what);
    if (q.numRowsAffected() != 1)
        return Error::refused(QCoreApplication::translate("posdesk::TransactionRepository",
                                                          "Transaction %1 is no longer %2: another till or process "
                                                          "changed it meanwhile. Nothing was overwritten.")
                                  .arg(id)
                                  .arg(toKey(from)),
                              QStringLiteral("compare-and-set %1 -> %2 matched no row").arg(toKey(from), toKey(to)));
    return {};
}

Status TransactionRepository::lockForUpdate(Id id)
{
    // PostgreSQL: hold the row until the unit of work ends. SQLite: BEGIN IMMEDIATE already serialises writers.
    if (m_db.engine() != DbEngine::Postgres)
        return {};
    auto q = sql::run(m_db, QStringLiteral("SELECT id FROM transactions WHERE id = ? FOR UPDATE"), {qlonglong(id)},
                      QCoreApplication::translate("posdesk::TransactionRepository", "locking a transaction"));
    if (!q)
        return q.error();
    return {};
}

Result<std::int64_t> TransactionRepository::refundedMinor(Id originalId)
{
    // Refunds that may hold money: approved, or not yet known (pending, in doubt).
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT COALESCE(SUM(amount_minor), 0) FROM transactions WHERE original_id = ? "
                                     "AND kind = 'refund' AND status IN ('approved', 'pending', 'in-doubt')"),
                      {qlonglong(originalId)},
                      QCoreApplication::translate("posdesk::TransactionRepository", "adding up earlier refunds"));
    if (!q)
        return q.error();
    return q->next() ? std::int64_t(q->value(0).toLongLong()) : std::int64_t(0);
}

Result<int> TransactionRepository::liveVoids(Id originalId)
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT COUNT(*) FROM transactions WHERE original_id = ? AND kind = 'void' AND "
                                     "status IN ('approved', 'pending', 'in-doubt')"),
                      {qlonglong(originalId)},
                      QCoreApplication::translate("posdesk::TransactionRepository", "looking for earlier voids"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<std::vector<CardTransaction>> TransactionRepository::findSalesByRrn(Id merchantId, const QString &rrn)
{
    auto q = sql::run(m_db,
                      kSelect + QStringLiteral("WHERE kind = 'sale' AND rrn = ? AND terminal_id IN (SELECT id FROM "
                                               "terminals WHERE merchant_id = ?) ORDER BY created_at, id"),
                      {rrn, qlonglong(merchantId)},
                      QCoreApplication::translate("posdesk::TransactionRepository", "looking up the original sale"));
    if (!q)
        return q.error();
    std::vector<CardTransaction> out;
    while (q->next())
        out.push_back(fromRow(*q));
    return out;
}

Result<int> TransactionRepository::unsettledCount(Id terminalId, int batchNo)
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT COUNT(*) FROM transactions WHERE terminal_id = ? AND batch_no = ? AND "
                                     "status IN ('pending', 'in-doubt')"),
                      {qlonglong(terminalId), batchNo},
                      QCoreApplication::translate("posdesk::TransactionRepository", "checking the batch"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<CardTransaction> TransactionRepository::findById(Id id)
{
    auto q = sql::select(m_db, kSelect + QStringLiteral("WHERE id = ?"), {qlonglong(id)},
                         QCoreApplication::translate("posdesk::TransactionRepository", "looking up a transaction"));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(
            QCoreApplication::translate("posdesk::TransactionRepository", "No transaction with id %1.").arg(id));
    return fromRow(*q);
}

Result<CardTransaction> TransactionRepository::findByStan(Id terminalId, int batchNo, int stan)
{
    auto q = sql::run(m_db, kSelect + QStringLiteral("WHERE terminal_id = ? AND batch_no = ? AND stan = ?"),
                      {qlonglong(terminalId), batchNo, stan},
                      QCoreApplication::translate("posdesk::TransactionRepository", "looking up a transaction"));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(QCoreApplication::translate("posdesk::TransactionRepository",
                                                           "No transaction with trace number %1 in batch %2.")
                                   .arg(stan)
                                   .arg(batchNo));
    return fromRow(*q);
}

Result<std::vector<CardTransaction>> TransactionRepository::list(const TxnFilter &filter, int limit)
{
    QVariantList binds;
    QString sqlText = kSelect + whereClause(filter, binds) + QStringLiteral("ORDER BY created_at, id");
    if (limit >= 0)
        sqlText += QStringLiteral(" LIMIT ") + QString::number(limit);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sqlText))
        return m_db.errorFrom(q.lastError(),
                              QCoreApplication::translate("posdesk::TransactionRepository", "listing transactions"));
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds[i]);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(),
                              QCoreApplication::translate("posdesk::TransactionRepository", "listing transactions"));
    std::vector<CardTransaction> out;
    while (q.next())
        out.push_back(fromRow(q));
    return out;
}

Result<std::int64_t> TransactionRepository::count(const TxnFilter &filter)
{
    QVariantList binds;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT COUNT(*) FROM transactions ") + whereClause(filter, binds)))
        return m_db.errorFrom(q.lastError(),
                              QCoreApplication::translate("posdesk::TransactionRepository", "counting transactions"));
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds[i]);
    if (!q.exec() || !q.next())
        return m_db.errorFrom(q.lastError(),
                              QCoreApplication::translate("posdesk::TransactionRepository", "counting transactions"));
    return std::int64_t(q.value(0).toLongLong());
}

} // namespace posdesk
