#pragma once

#include "acquirer/IcParameters.h"
#include "domain/Entities.h"
#include "storage/Database.h"

#include <QList>

namespace posdesk {

// The IC parameters downloaded per acquirer profile: CA public keys (ic_ca_keys) and chip applications (ic_aids).
// A download replaces the whole set of one kind at once, inside the caller's unit of work.
class IcParameterRepository
{
public:
    explicit IcParameterRepository(Database &db) : m_db(db) {}

    Status replaceCaKeys(Id acquirerId, const QList<CaKeyRecord> &keys, TimeMs downloadedAt);
    Status replaceAids(Id acquirerId, const QList<AidRecord> &aids, TimeMs downloadedAt);
    Result<QList<CaKeyRecord>> caKeys(Id acquirerId);
    Result<QList<AidRecord>> aids(Id acquirerId);

private:
    Database &m_db;
};

// The CA keys of one acquirer as the chip application looks them up (loaded once per transaction).
class StoredCaKeys : public emv::CaKeyLookup
{
public:
    explicit StoredCaKeys(QList<CaKeyRecord> keys) : m_keys(std::move(keys)) {}
    std::optional<emv::CaPublicKey> find(QByteArrayView rid, quint8 index) const override;

private:
    QList<CaKeyRecord> m_keys;
};

} // namespace posdesk
