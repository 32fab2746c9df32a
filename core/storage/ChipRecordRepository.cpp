#include "storage/ChipRecordRepository.h"

#include "storage/Sql.h"

#include <QCoreApplication>

namespace posdesk {

namespace {

const char *const kColumns = "c.transaction_id, c.card_sequence, c.aid, c.app_label, c.pin_entered, c.request_icc, "
                             "c.reversal_icc, c.final_icc, c.card_decision, c.advice_icc, c.advice_state, "
                             "c.tc_uploaded";

QVariant hex(const QByteArray &b)
{
    return b.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(QString::fromLatin1(b.toHex().toUpper()));
}

// For NOT NULL columns: an empty value is stored as '' (a null QString would bind as NULL).
QString hexText(const QByteArray &b)
{
    return b.isEmpty() ? QStringLiteral("") : QString::fromLatin1(b.toHex().toUpper());
}

QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QByteArray unhex(const QVariant &v)
{
    return QByteArray::fromHex(v.toString().toLatin1());
}

template <typename Query> ChipRecord read(Query &q)
{
    ChipRecord r;
    r.transactionId = q.value(0).toLongLong();
    r.cardSequence = q.value(1).toString();
    r.aid = unhex(q.value(2));
    r.appLabel = q.value(3).toString();
    r.pinEntered = q.value(4).toInt() != 0;
    r.requestIcc = unhex(q.value(5));
    r.reversalIcc = unhex(q.value(6));
    r.finalIcc = unhex(q.value(7));
    r.cardDecision = q.value(8).toString();
    r.adviceIcc = unhex(q.value(9));
    r.adviceState = q.value(10).toString();
    r.tcUploaded = q.value(11).toInt() != 0;
    return r;
}

QString storing()
{
    return QCoreApplication::translate("posdesk::ChipRecordRepository", "storing the chip data of a transaction");
}

Status oneRow(Result<QSqlQuery> q, Id id)
{
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::notFound(
            QCoreApplication::translate("posdesk::ChipRecordRepository", "Transaction %1 has no chip data.").arg(id));
    return {};
}

} // namespace

Status ChipRecordRepository::insert(const ChipRecord &r)
{
    auto q = sql::run(m_db,
                      QStringLiteral("INSERT INTO chip_transactions (transaction_id, card_sequence, aid, app_label, "
                                     "pin_entered, request_icc, reversal_icc, final_icc, card_decision, advice_icc, "
                                     "advice_state, tc_uploaded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {qlonglong(r.transactionId), text(r.cardSequence), hexText(r.aid), text(r.appLabel),
                       r.pinEntered ? 1 : 0, hexText(r.requestIcc), hexText(r.reversalIcc), hex(r.finalIcc),
                       sql::nullableText(r.cardDecision), hex(r.adviceIcc),
                       r.adviceState.isEmpty() ? QStringLiteral("none") : r.adviceState, r.tcUploaded ? 1 : 0},
                      storing());
    if (!q)
        return q.error();
    return {};
}

Result<std::optional<ChipRecord>> ChipRecordRepository::find(Id transactionId)
{
    auto q = sql::run(
        m_db,
        QStringLiteral("SELECT %1 FROM chip_transactions c WHERE c.transaction_id = ?").arg(QLatin1String(kColumns)),
        {qlonglong(transactionId)},
        QCoreApplication::translate("posdesk::ChipRecordRepository", "reading the chip data"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<ChipRecord>();
    return std::optional<ChipRecord>(read(*q));
}

Status ChipRecordRepository::recordCardDecision(Id transactionId, const QString &decision, const QByteArray &finalIcc,
                                                const QByteArray &reversalIcc)
{
    return oneRow(sql::run(m_db,
                           QStringLiteral("UPDATE chip_transactions SET card_decision = ?, final_icc = ?, "
                                          "reversal_icc = ? WHERE transaction_id = ?"),
                           {decision, hex(finalIcc), hexText(reversalIcc), qlonglong(transactionId)}, storing()),
                  transactionId);
}

Status ChipRecordRepository::queueAdvice(Id transactionId, const QByteArray &adviceIcc)
{
    return oneRow(sql::run(m_db,
                           QStringLiteral("UPDATE chip_transactions SET advice_icc = ?, advice_state = 'pending' "
                                          "WHERE transaction_id = ? AND advice_state = 'none'"),
                           {hex(adviceIcc), qlonglong(transactionId)}, storing()),
                  transactionId);
}

Status ChipRecordRepository::markAdviceSent(Id transactionId)
{
    return oneRow(sql::run(m_db,
                           QStringLiteral("UPDATE chip_transactions SET advice_state = 'sent' WHERE transaction_id = ? "
                                          "AND advice_state = 'pending'"),
                           {qlonglong(transactionId)}, storing()),
                  transactionId);
}

Status ChipRecordRepository::markTcUploaded(Id transactionId)
{
    return oneRow(sql::run(m_db,
                           QStringLiteral("UPDATE chip_transactions SET tc_uploaded = 1 WHERE transaction_id = ?"),
                           {qlonglong(transactionId)}, storing()),
                  transactionId);
}

Result<std::vector<ChipRecord>> ChipRecordRepository::pendingAdvices(Id terminalId)
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT %1 FROM chip_transactions c JOIN transactions t ON t.id = "
                                     "c.transaction_id WHERE c.advice_state = 'pending' AND t.terminal_id = ? ORDER BY "
                                     "c.transaction_id")
                          .arg(QLatin1String(kColumns)),
                      {qlonglong(terminalId)},
                      QCoreApplication::translate("posdesk::ChipRecordRepository", "reading the pending advices"));
    if (!q)
        return q.error();
    std::vector<ChipRecord> out;
    while (q->next())
        out.push_back(read(*q));
    return out;
}

} // namespace posdesk
