#pragma once

#include "emv/OfflineAuth.h"
#include "emv/TerminalConfig.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>

namespace posdesk {

// The IC parameters a terminal downloads from its acquirer's host: CA public keys for offline data authentication
// and the parameters of each chip application (AID) it may accept.
struct CaKeyRecord
{
    emv::CaPublicKey key;
    QByteArray hashAlgorithm = QByteArray::fromHex("01");
    QByteArray keyAlgorithm = QByteArray::fromHex("01");
    QByteArray checksum; // DF03 as the host sent it
};

struct AidRecord
{
    emv::SupportedAid aid;
    QByteArray tacDefault, tacOnline, tacDenial;
    qint64 floorLimitFen = 0;
};

// Field 62 of the IC download exchanges (shared/reference/cup-ic.md), as PosDesk and posdesk-hostsim speak them:
//  0820, 60.3 = 372 (CA keys) / 382 (AIDs): the terminal sends "1" + NN, NN = entries it already received (00 at
//    first); the host answers a status byte ("2" more follows, "1" or "3" that was the last page, "0" nothing) then
//    one TLV group per entry: 9F06 RID + 9F22 index + DF05 expiry (keys) or 9F06 AID (AIDs).
//  0800, 60.3 = 370 / 380: the terminal sends the entry's identifying TLVs (9F06 [+ 9F22]); the host answers "1"
//    + the whole entry: 9F06 9F22 DF05 DF06 DF07 DF02 DF04 DF03 for a key; 9F06 DF01 9F09 DF11 DF12 DF13 9F1B for
//    an AID ("0" when it has no such entry).
//  0800, 60.3 = 371 / 381: end of the download, no field 62.
namespace icfield62 {

struct ListEntry
{
    QByteArray id;     // RID or AID
    quint8 index = 0;  // CA key index (keys only)
    QByteArray expiry; // YYYYMMDD (keys only)
};

struct ListPage
{
    bool more = false;
    QList<ListEntry> entries;
};

QByteArray listQuery(int alreadyReceived);
Result<int> readListQuery(QByteArrayView field62);
QByteArray keyListPage(const QList<CaKeyRecord> &keys, int from, int pageSize);
QByteArray aidListPage(const QList<AidRecord> &aids, int from, int pageSize);
Result<ListPage> readListPage(QByteArrayView field62, bool keys);

QByteArray keyRequest(const ListEntry &entry);
QByteArray aidRequest(const ListEntry &entry);
Result<ListEntry> readRequest(QByteArrayView field62, bool keys);
QByteArray keyAnswer(const CaKeyRecord &key);
QByteArray aidAnswer(const AidRecord &aid);
// A downloaded key is refused when its checksum is not SHA-1(RID ‖ index ‖ modulus ‖ exponent) or it is malformed.
Result<CaKeyRecord> readKeyAnswer(QByteArrayView field62);
Result<AidRecord> readAidAnswer(QByteArrayView field62);

} // namespace icfield62

} // namespace posdesk
