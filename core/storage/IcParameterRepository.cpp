#include "storage/IcParameterRepository.h"

#include "storage/Sql.h"

#include <QCoreApplication>

namespace posdesk {

namespace {

QString hex(const QByteArray &b)
{
    return QString::fromLatin1(b.toHex().toUpper());
}

QByteArray unhex(const QVariant &v)
{
    return QByteArray::fromHex(v.toString().toLatin1());
}

} // namespace

Status IcParameterRepository::replaceCaKeys(Id acquirerId, const QList<CaKeyRecord> &keys, TimeMs downloadedAt)
{
    const QString what =
        QCoreApplication::translate("posdesk::IcParameterRepository", "storing the downloaded CA public keys");
    if (auto r = sql::run(m_db, QStringLiteral("DELETE FROM ic_ca_keys WHERE acquirer_id = ?"), {qlonglong(acquirerId)},
                          what);
        !r)
        return r.error();
    for (const CaKeyRecord &k : keys) {
        auto r = sql::run(m_db,
                          QStringLiteral("INSERT INTO ic_ca_keys (acquirer_id, rid, key_index, expiry, modulus, "
                                         "exponent, checksum, downloaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                          {qlonglong(acquirerId), hex(k.key.rid), int(k.key.index), k.key.expiry.toString(Qt::ISODate),
                           hex(k.key.modulus), hex(k.key.exponent), hex(k.checksum), qlonglong(downloadedAt)},
                          what);
        if (!r)
            return r.error();
    }
    return {};
}

Status IcParameterRepository::replaceAids(Id acquirerId, const QList<AidRecord> &aids, TimeMs downloadedAt)
{
    const QString what = QCoreApplication::translate("posdesk::IcParameterRepository",
                                                     "storing the downloaded chip application parameters");
    if (auto r =
            sql::run(m_db, QStringLiteral("DELETE FROM ic_aids WHERE acquirer_id = ?"), {qlonglong(acquirerId)}, what);
        !r)
        return r.error();
    for (const AidRecord &a : aids) {
        auto r = sql::run(m_db,
                          QStringLiteral("INSERT INTO ic_aids (acquirer_id, aid, partial_match, app_version, "
                                         "tac_default, tac_online, tac_denial, floor_limit_minor, downloaded_at) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          {qlonglong(acquirerId), hex(a.aid.aid), a.aid.partialMatch ? 1 : 0, hex(a.aid.appVersion),
                           hex(a.tacDefault), hex(a.tacOnline), hex(a.tacDenial), qlonglong(a.floorLimitFen),
                           qlonglong(downloadedAt)},
                          what);
        if (!r)
            return r.error();
    }
    return {};
}

Result<QList<CaKeyRecord>> IcParameterRepository::caKeys(Id acquirerId)
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT rid, key_index, expiry, modulus, exponent, checksum FROM ic_ca_keys "
                                     "WHERE acquirer_id = ? ORDER BY rid, key_index"),
                      {qlonglong(acquirerId)},
                      QCoreApplication::translate("posdesk::IcParameterRepository", "reading the CA public keys"));
    if (!q)
        return q.error();
    QList<CaKeyRecord> out;
    while (q->next()) {
        CaKeyRecord k;
        k.key.rid = unhex(q->value(0));
        k.key.index = quint8(q->value(1).toInt());
        k.key.expiry = QDate::fromString(q->value(2).toString(), Qt::ISODate);
        k.key.modulus = unhex(q->value(3));
        k.key.exponent = unhex(q->value(4));
        k.checksum = unhex(q->value(5));
        out.append(k);
    }
    return out;
}

Result<QList<AidRecord>> IcParameterRepository::aids(Id acquirerId)
{
    auto q = sql::run(
        m_db,
        QStringLiteral("SELECT aid, partial_match, app_version, tac_default, tac_online, tac_denial, "
                       "floor_limit_minor FROM ic_aids WHERE acquirer_id = ? ORDER BY aid"),
        {qlonglong(acquirerId)},
        QCoreApplication::translate("posdesk::IcParameterRepository", "reading the chip application parameters"));
    if (!q)
        return q.error();
    QList<AidRecord> out;
    while (q->next()) {
        AidRecord a;
        a.aid.aid = unhex(q->value(0));
        a.aid.partialMatch = q->value(1).toInt() != 0;
        a.aid.appVersion = unhex(q->value(2));
        a.tacDefault = unhex(q->value(3));
        a.tacOnline = unhex(q->value(4));
        a.tacDenial = unhex(q->value(5));
        a.floorLimitFen = q->value(6).toLongLong();
        out.append(a);
    }
    return out;
}

std::optional<emv::CaPublicKey> StoredCaKeys::find(QByteArrayView rid, quint8 index) const
{
    for (const CaKeyRecord &k : m_keys)
        if (k.key.rid == rid && k.key.index == index)
            return k.key;
    return std::nullopt;
}

} // namespace posdesk
