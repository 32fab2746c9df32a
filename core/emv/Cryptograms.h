#pragma once

#include "crypto/SecretBytes.h"
#include "util/Result.h"

#include <QByteArray>

namespace posdesk::emv {

// The issuer's side of the chip card's cryptograms, as the emulated test cards and posdesk-hostsim use them:
// EMV Option A card keys, the EMV common session key, application cryptograms as an ISO 9797-1 algorithm 3 MAC
// with padding method 2, and ARPC method 1. A real issuer's host does this in its HSM; PosDesk needs it only to
// play the issuer in the simulator and in tests.
namespace issuer {

// UDK from the issuer master key (16 bytes) and the PAN and PAN sequence number digits.
Result<SecretBytes> deriveCardKey(QByteArrayView issuerMasterKey, QByteArrayView panDigits, QByteArrayView psnDigits);
// Session key for one ATC (2 bytes).
Result<SecretBytes> deriveSessionKey(QByteArrayView cardKey, QByteArrayView atc);
// The 8-byte cryptogram of data (already the concatenation the card MACs).
Result<QByteArray> cryptogram(QByteArrayView sessionKey, QByteArrayView data);
// ARPC = 3DES(session key, ARQC xor (ARC || 00…)), 8 bytes.
Result<QByteArray> arpc(QByteArrayView sessionKey, QByteArrayView arqc, QByteArrayView arc);

// One issuer script command (case 3: CLA INS P1 P2 Lc data MAC) with its 4-byte MAC under the script MAC session
// key, over CLA INS P1 P2 Lc ATC ARQC data.
Result<QByteArray> scriptCommand(QByteArrayView scriptSessionKey, QByteArrayView atc, QByteArrayView arqc,
                                 QByteArrayView header, QByteArrayView data);

// The bytes a first GENERATE AC's cryptogram covers, from a 0200's field 55 (CDOL1 values in the card's order,
// AIP, ATC, the CVR in the issuer application data). Error::corrupt when a tag is missing or malformed.
Result<QByteArray> arqcInput(QByteArrayView field55);

} // namespace issuer

} // namespace posdesk::emv
