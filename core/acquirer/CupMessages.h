#pragma once

#include "crypto/Mac.h"
#include "domain/Entities.h"
#include "iso8583/Dialect.h"
#include "iso8583/Frame.h"
#include "iso8583/Message.h"
#include "iso8583/Subfields.h"

namespace posdesk {

class CardData;

// Who is talking to whom: the terminal with its merchant and acquirer profile.
struct LinkContext
{
    Terminal terminal;
    Acquirer acquirer;
};

// Builds and reads the CUP POS messages (field usage from the CUP reference). No card data is kept:
// requests that carry a PAN or track 2 take them from a CardData whose storage is wiped.
namespace CupMessages {

iso8583::Message signOn(const LinkContext &c, int stan, const QByteArray &keyLayoutCode);
iso8583::Message signOff(const LinkContext &c, int stan);
iso8583::Message echoTest(const LinkContext &c, int stan);
// The chip's part of a sale: read from the chip (22 = 05x with 23 and 55), or a swipe after the chip failed on this
// card (fallback: 22 = 02x, 60.5 = 2, no 55). Either way 60.4 says the terminal reads stripe and contact chip.
struct ChipFields
{
    QByteArray field55;   // the request's IC data (Field55Kind::Request); empty for a fallback
    QString cardSequence; // field 23, three digits; empty when the card has none
    bool pinEntered = false;
    bool fallback = false;
    // Field 52 as the PIN pad gave it (ISO 9564 format 0 for the PAN, double-length 3DES); only with pinEntered.
    QByteArray pinBlock;
    int pinMaxLength = 6; // field 26
};
// Field 22 and 60.4 / 60.5 of a transaction by its entry mode ("chip", "fallback", "swipe", "keyed").
QByteArray entryModeCode(const QString &entryMode, bool pinEntered);
iso8583::Message sale(const LinkContext &c, int stan, int batchNo, const Money &amount, const CardData &card,
                      const ChipFields *chip = nullptr);
iso8583::Message voidSale(const LinkContext &c, int stan, int batchNo, const CardTransaction &original);
// `original` is the sale when the shop has it (its batch and STAN go in field 61), else null.
iso8583::Message refund(const LinkContext &c, int stan, int batchNo, const Money &amount, const QString &originalRrn,
                        const QDate &originalDate, const CardTransaction *original, const CardData &card);
// A reversal repeats the request it undoes: STAN, amount, processing code, 22, 37/38 and 61 as that request carried
// them (for a void: the sale's RRN, auth code, batch and STAN, passed as `voidedSale`); field 39 carries the reason.
// A chip sale's reversal carries 23 and the chip's reversal data in 55 (`chip`).
iso8583::Message reversal(const LinkContext &c, const CardTransaction &reversed, const QString &reason,
                          const CardTransaction *voidedSale = nullptr, const ChipRecord *chip = nullptr);
// The issuer scripts' results for a chip transaction (0620, 60.3 = 951); 61 names the transaction.
iso8583::Message scriptAdvice(const LinkContext &c, int stan, const CardTransaction &t, const ChipRecord &chip);
iso8583::Message settlement(const LinkContext &c, int stan, int batchNo, const iso8583::SettlementTotals &totals);
// One transaction of the batch upload (60.3 = 201). A chip transaction goes with its TC and field 55: 203 after a
// balanced settlement (the TC upload), 205 in the upload of an unbalanced one.
iso8583::Message batchUploadItem(const LinkContext &c, int stan, int batchNo, const CardTransaction &t,
                                 const ChipRecord *chip = nullptr, bool balanced = false);
iso8583::Message batchUploadEnd(const LinkContext &c, int stan, int batchNo, int count);

// MTI of the answer to a request ("0200" → "0210").
QByteArray replyMti(QByteArrayView requestMti);

crypto::MacAlgorithm macAlgorithmOf(MacAlgorithm a);

// The field table for this acquirer: the CUP table with the profile's dialect settings. Settings that do not
// parse (stored before they were checked, or edited by hand) are an error, never the CUP table in their place.
Result<iso8583::Dialect> dialectOf(const Acquirer &acquirer);

// TPDU + header + body packed in the profile's dialect; with a MAC engine, field 64 is computed over the MAB
// and filled in.
Result<QByteArray> frame(const iso8583::Message &m, const LinkContext &c, const crypto::MacEngine *mac);

// A reply, unpacked and checked against its request: MTI, STAN and TID must match.
struct Reply
{
    iso8583::Frame frame;
    iso8583::Message message;
    QString responseCode;
    bool hasMac = false;
};
// The reply is read in the dialect of c's acquirer profile.
Result<Reply> readReply(const QByteArray &wire, const iso8583::Message &request, const LinkContext &c);
// Checks field 64 of a reply against the MAC key; an answer without field 64 fails when mandatory.
Status verifyReplyMac(const Reply &r, const crypto::MacEngine &mac, bool mandatory);

} // namespace CupMessages
} // namespace posdesk
