#include "storage/AcquirerRepository.h"

#include "iso8583/DialectSettings.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace posdesk {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT id, name, channel_kind, host, port, tpdu, dialect, mac_alg, connect_timeout_ms, response_timeout_ms, "
    "resettle_after_upload, support_contact, support_phone, support_email, notes, created_at, reversal_expiry_ms, "
    "cutover_hour, dialect_settings, service_provider FROM acquirers ");

Acquirer fromRow(const QSqlQuery &q)
{
    Acquirer a;
    a.id = q.value(0).toLongLong();
    a.name = q.value(1).toString();
    a.channelKind = channelKindFromString(q.value(2).toString()).value_or(ChannelKind::Bank);
    a.host = q.value(3).toString();
    a.port = q.value(4).toInt();
    a.tpdu = q.value(5).toString();
    a.dialect = q.value(6).toString();
    a.macAlgorithm = macAlgorithmFromString(q.value(7).toString()).value_or(MacAlgorithm::CupEcb);
    a.connectTimeoutMs = q.value(8).toInt();
    a.responseTimeoutMs = q.value(9).toInt();
    a.resettleAfterUpload = q.value(10).toInt() != 0;
    a.supportContact = q.value(11).toString();
    a.supportPhone = q.value(12).toString();
    a.supportEmail = q.value(13).toString();
    a.notes = q.value(14).toString();
    a.createdAt = q.value(15).toLongLong();
    a.reversalExpiryMs = q.value(16).toLongLong();
    a.cutoverHour = q.value(17).toInt();
    a.dialectSettings = q.value(18).toString();
    a.serviceProvider = q.value(19).toString();
    return a;
}

// Settings that do not parse are refused here, so the CUP table is never replaced by something half read.
Status checkDialectSettings(const Acquirer &a)
{
    auto d = iso8583::dialectFromSettings(a.dialectSettings);
    if (!d)
        return Error::usage(QCoreApplication::translate("posdesk::AcquirerRepository",
                                                        "The dialect settings of acquirer “%1” were not saved: %2")
                                .arg(a.name, d.error().message),
                            d.error().detail);
    return {};
}

QVariant dialectSettingsValue(const Acquirer &a)
{
    return sql::nullableText(a.dialectSettings.trimmed());
}
} // namespace

Result<Id> AcquirerRepository::add(const Acquirer &a)
{
    if (auto s = checkDialectSettings(a); !s)
        return s.error();
    return sql::insert(
        m_db,
        QStringLiteral(
            "INSERT INTO acquirers (name, channel_kind, host, port, tpdu, dialect, mac_alg, "
            "connect_timeout_ms, response_timeout_ms, resettle_after_upload, support_contact, "
            "support_phone, support_email, notes, created_at, reversal_expiry_ms, cutover_hour, dialect_settings, "
            "service_provider) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {a.name, toKey(a.channelKind), a.host, a.port, a.tpdu, a.dialect, toKey(a.macAlgorithm), a.connectTimeoutMs,
         a.responseTimeoutMs, int(a.resettleAfterUpload), sql::nullableText(a.supportContact),
         sql::nullableText(a.supportPhone), sql::nullableText(a.supportEmail), sql::nullableText(a.notes),
         qlonglong(a.createdAt), qlonglong(a.reversalExpiryMs), a.cutoverHour, dialectSettingsValue(a),
         sql::nullableText(a.serviceProvider.trimmed())},
        QCoreApplication::translate("posdesk::AcquirerRepository", "adding acquirer %1").arg(a.name));
}

Status AcquirerRepository::update(const Acquirer &a)
{
    if (auto s = checkDialectSettings(a); !s)
        return s;
    return sql::change(
        m_db,
        QStringLiteral("UPDATE acquirers SET name = ?, channel_kind = ?, host = ?, port = ?, tpdu = ?, dialect = ?, "
                       "mac_alg = ?, connect_timeout_ms = ?, response_timeout_ms = ?, resettle_after_upload = ?, "
                       "support_contact = ?, support_phone = ?, support_email = ?, notes = ?, reversal_expiry_ms = ?, "
                       "cutover_hour = ?, dialect_settings = ?, service_provider = ? WHERE id = ?"),
        {a.name, toKey(a.channelKind), a.host, a.port, a.tpdu, a.dialect, toKey(a.macAlgorithm), a.connectTimeoutMs,
         a.responseTimeoutMs, int(a.resettleAfterUpload), sql::nullableText(a.supportContact),
         sql::nullableText(a.supportPhone), sql::nullableText(a.supportEmail), sql::nullableText(a.notes),
         qlonglong(a.reversalExpiryMs), a.cutoverHour, dialectSettingsValue(a),
         sql::nullableText(a.serviceProvider.trimmed()), qlonglong(a.id)},
        QCoreApplication::translate("posdesk::AcquirerRepository", "updating acquirer %1").arg(a.name),
        QCoreApplication::translate("posdesk::AcquirerRepository", "No acquirer named %1.").arg(a.name));
}

Result<Acquirer> AcquirerRepository::findByName(const QString &name)
{
    auto q = sql::run(m_db, kSelect + QStringLiteral("WHERE name = ?"), {name},
                      QCoreApplication::translate("posdesk::AcquirerRepository", "looking up acquirer %1").arg(name));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(QCoreApplication::translate("posdesk::AcquirerRepository",
                                                           "No acquirer named “%1”. Add it first with “acquirer add”.")
                                   .arg(name));
    return fromRow(*q);
}

Result<Acquirer> AcquirerRepository::findById(Id id)
{
    auto q = sql::select(m_db, kSelect + QStringLiteral("WHERE id = ?"), {qlonglong(id)},
                         QCoreApplication::translate("posdesk::AcquirerRepository", "looking up an acquirer"));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(
            QCoreApplication::translate("posdesk::AcquirerRepository", "No acquirer with id %1.").arg(id));
    return fromRow(*q);
}

Result<std::vector<Acquirer>> AcquirerRepository::list()
{
    auto q = sql::run(m_db, kSelect + QStringLiteral("ORDER BY name"), {},
                      QCoreApplication::translate("posdesk::AcquirerRepository", "listing acquirers"));
    if (!q)
        return q.error();
    std::vector<Acquirer> out;
    while (q->next())
        out.push_back(fromRow(*q));
    return out;
}

} // namespace posdesk
