#include "storage/MerchantRepository.h"

#include "storage/Sql.h"

#include <QCoreApplication>

namespace posdesk {

namespace {
const QString kColumns = QStringLiteral("id, mid, name, name_en, address, contact_phone, created_at");

Merchant fromRow(const QSqlQuery &q)
{
    Merchant m;
    m.id = q.value(0).toLongLong();
    m.mid = q.value(1).toString();
    m.name = q.value(2).toString();
    m.nameEn = q.value(3).toString();
    m.address = q.value(4).toString();
    m.contactPhone = q.value(5).toString();
    m.createdAt = q.value(6).toLongLong();
    return m;
}
} // namespace

Result<Id> MerchantRepository::add(const Merchant &m)
{
    return sql::insert(m_db,
                       QStringLiteral("INSERT INTO merchants (mid, name, name_en, address, contact_phone, created_at) "
                                      "VALUES (?, ?, ?, ?, ?, ?)"),
                       {m.mid, m.name, sql::nullableText(m.nameEn), sql::nullableText(m.address),
                        sql::nullableText(m.contactPhone), qlonglong(m.createdAt)},
                       QCoreApplication::translate("posdesk::MerchantRepository", "adding merchant %1").arg(m.mid));
}

Result<Merchant> MerchantRepository::findByMid(const QString &mid)
{
    auto q =
        sql::run(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM merchants WHERE mid = ?"), {mid},
                 QCoreApplication::translate("posdesk::MerchantRepository", "looking up merchant %1").arg(mid));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(QCoreApplication::translate("posdesk::MerchantRepository",
                                                           "No merchant with MID %1. Add it first with “merchant add”.")
                                   .arg(mid));
    return fromRow(*q);
}

Result<Merchant> MerchantRepository::findById(Id id)
{
    auto q =
        sql::run(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM merchants WHERE id = ?"),
                 {qlonglong(id)}, QCoreApplication::translate("posdesk::MerchantRepository", "looking up a merchant"));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(
            QCoreApplication::translate("posdesk::MerchantRepository", "No merchant with id %1.").arg(id));
    return fromRow(*q);
}

Result<std::vector<Merchant>> MerchantRepository::list()
{
    auto q = sql::run(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM merchants ORDER BY mid"), {},
                      QCoreApplication::translate("posdesk::MerchantRepository", "listing merchants"));
    if (!q)
        return q.error();
    std::vector<Merchant> out;
    while (q->next())
        out.push_back(fromRow(*q));
    return out;
}

} // namespace posdesk
