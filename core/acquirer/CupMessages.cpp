#include "acquirer/CupMessages.h"

#include "card/CardData.h"
#include "iso8583/Codec.h"
#include "iso8583/DialectSettings.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace posdesk::CupMessages {

using iso8583::Message;

namespace {

QByteArray digits(qint64 value, int width)
{
    return QByteArray::number(value).rightJustified(width, '0');
}

QByteArray field60(const char *type, int batchNo, const char *network)
{
    return QByteArray(type) + digits(batchNo, 6) + QByteArray(network);
}

// 60.4 = 5: the terminal reads stripe and contact chip; 60.5: 0 normal, 2 fallback. Only for chip transactions
// and fallbacks, whose codes the host reads.
QByteArray chipField60(const char *type, int batchNo, const char *network, bool fallback)
{
    return field60(type, batchNo, network) + "5" + (fallback ? "2" : "0");
}

bool isChipEntry(const QString &entryMode)
{
    return entryMode == u"chip" || entryMode == u"fallback";
}

void identify(Message &m, const LinkContext &c, int stan)
{
    m.set(11, digits(stan, 6));
    m.set(41, c.terminal.tid.toLatin1());
    m.set(42, c.terminal.mid.toLatin1());
}

void cardFields(Message &m, const CardData &card)
{
    m.set(2, card.pan());
    if (!card.expiryYymm().isEmpty())
        m.set(14, card.expiryYymm().toLatin1());
    if (card.hasTrack2())
        m.set(35, card.track2Equivalent());
}

} // namespace

crypto::MacAlgorithm macAlgorithmOf(MacAlgorithm a)
{
    switch (a) {
    case MacAlgorithm::CupEcb:
        return crypto::MacAlgorithm::CupEcb;
    case MacAlgorithm::X99:
        return crypto::MacAlgorithm::X99;
    case MacAlgorithm::X919:
        return crypto::MacAlgorithm::X919;
    }
    return crypto::MacAlgorithm::CupEcb;
}

QByteArray replyMti(QByteArrayView requestMti)
{
    QByteArray mti = requestMti.toByteArray();
    if (mti.size() == 4)
        mti[2] = char(mti[2] + 1);
    return mti;
}

Message signOn(const LinkContext &c, int stan, const QByteArray &keyLayoutCode)
{
    Message m("0800");
    identify(m, c, stan);
    m.set(60, field60("00", c.terminal.batchNo, keyLayoutCode.constData()));
    m.set(63, "01 "); // operator number
    return m;
}

Message signOff(const LinkContext &c, int stan)
{
    Message m("0820");
    identify(m, c, stan);
    m.set(60, field60("00", c.terminal.batchNo, "002"));
    return m;
}

Message echoTest(const LinkContext &c, int stan)
{
    Message m("0820");
    identify(m, c, stan);
    m.set(60, field60("00", c.terminal.batchNo, "301"));
    return m;
}

QByteArray entryModeCode(const QString &entryMode, bool pinEntered)
{
    const char *mode = entryMode == u"chip"          ? "05"
                       : entryMode == u"contactless" ? "07"
                       : entryMode == u"keyed"       ? "01"
                       : entryMode == u"qr"          ? "03"
                                                     : "02";
    return QByteArray(mode) + (pinEntered ? "1" : "2");
}

Message sale(const LinkContext &c, int stan, int batchNo, const Money &amount, const CardData &card,
             const ChipFields *chip)
{
    Message m("0200");
    cardFields(m, card);
    m.set(3, "000000");
    m.set(4, digits(amount.minor(), 12));
    identify(m, c, stan);
    // Magnetic stripe or chip. A PIN is never entered on the PC: the PIN pad gives field 52 encrypted.
    const bool chipRead = chip && !chip->fallback;
    const bool withPin = chipRead && chip->pinEntered && chip->pinBlock.size() == 8;
    m.set(22, entryModeCode(chipRead ? QStringLiteral("chip") : QStringLiteral("swipe"), withPin));
    if (chipRead && !chip->cardSequence.isEmpty())
        m.set(23, chip->cardSequence.toLatin1().rightJustified(3, '0'));
    m.set(25, "00");
    if (withPin) {
        m.set(26, QByteArray::number(qBound(4, chip->pinMaxLength, 12)).rightJustified(2, '0'));
        m.set(52, chip->pinBlock);
        // 53: format 0 with the PAN (2), double-length triple-DES (6), tracks not encrypted.
        m.set(53, "2600000000000000");
    }
    m.set(49, Money::numericCodeOf(amount.currency()).toLatin1());
    if (chipRead)
        m.set(55, chip->field55);
    m.set(60, chip ? chipField60("22", batchNo, "000", chip->fallback) : field60("22", batchNo, "000"));
    m.set(64, QByteArray(8, '\0'));
    return m;
}

Message voidSale(const LinkContext &c, int stan, int batchNo, const CardTransaction &original)
{
    Message m("0200");
    m.set(3, "200000");
    m.set(4, digits(original.amount.minor(), 12));
    identify(m, c, stan);
    m.set(22, "012"); // keyed: the card need not be present for a void
    m.set(25, "00");
    if (!original.rrn.isEmpty())
        m.set(37, original.rrn.toLatin1());
    if (!original.authCode.isEmpty())
        m.set(38, original.authCode.toLatin1());
    m.set(49, Money::numericCodeOf(original.amount.currency()).toLatin1());
    m.set(60, field60("23", batchNo, "000"));
    m.set(61, digits(original.batchNo, 6) + digits(original.stan, 6));
    m.set(64, QByteArray(8, '\0'));
    return m;
}

namespace {
QByteArray originalOfRefund(const CardTransaction *original, const QByteArray &mmdd)
{
    const QByteArray date = mmdd.size() == 4 ? mmdd : QByteArray("0000");
    return original ? digits(original->batchNo, 6) + digits(original->stan, 6) + date
                    : QByteArray("000000000000") + date;
}
} // namespace

Message refund(const LinkContext &c, int stan, int batchNo, const Money &amount, const QString &originalRrn,
               const QDate &originalDate, const CardTransaction *original, const CardData &card)
{
    Message m("0220");
    cardFields(m, card);
    m.set(3, "200000");
    m.set(4, digits(amount.minor(), 12));
    identify(m, c, stan);
    m.set(22, "022");
    m.set(25, "00");
    m.set(37, originalRrn.toLatin1());
    m.set(49, Money::numericCodeOf(amount.currency()).toLatin1());
    m.set(60, field60("25", batchNo, "000"));
    m.set(61,
          originalOfRefund(original, originalDate.isValid() ? originalDate.toString(QStringLiteral("MMdd")).toLatin1()
                                                            : QByteArray()));
    m.set(64, QByteArray(8, '\0'));
    return m;
}

Message reversal(const LinkContext &c, const CardTransaction &reversed, const QString &reason,
                 const CardTransaction *voidedSale, const ChipRecord *chip)
{
    Message m("0400");
    const bool credit = reversed.kind == TxnKind::Refund || reversed.kind == TxnKind::Void;
    m.set(3, credit ? "200000" : "000000");
    m.set(4, digits(reversed.requestedMinor.value_or(reversed.amount.minor()), 12));
    identify(m, c, reversed.stan);
    m.set(22, reversed.kind == TxnKind::Void ? "012" : "022");
    m.set(25, "00");
    m.set(39, reason.toLatin1());
    m.set(49, Money::numericCodeOf(reversed.amount.currency()).toLatin1());
    const char *type = reversed.kind == TxnKind::Void ? "23" : reversed.kind == TxnKind::Refund ? "25" : "22";
    if (reversed.kind == TxnKind::Sale && isChipEntry(reversed.entryMode)) {
        // As the sale went: chip (with 23 and the chip's reversal data in 55) or fallback.
        const bool chipRead = reversed.entryMode == u"chip";
        m.set(22, entryModeCode(reversed.entryMode, chip && chip->pinEntered));
        if (chipRead && chip && !chip->cardSequence.isEmpty())
            m.set(23, chip->cardSequence.toLatin1());
        if (chipRead && chip && !chip->reversalIcc.isEmpty())
            m.set(55, chip->reversalIcc);
        m.set(60, chipField60(type, reversed.batchNo, "000", !chipRead));
    } else {
        m.set(60, field60(type, reversed.batchNo, "000"));
    }
    if (reversed.kind == TxnKind::Void && voidedSale) {
        // The void's own original: the host restores that sale.
        if (!voidedSale->rrn.isEmpty())
            m.set(37, voidedSale->rrn.toLatin1());
        if (!voidedSale->authCode.isEmpty())
            m.set(38, voidedSale->authCode.toLatin1());
        m.set(61, digits(voidedSale->batchNo, 6) + digits(voidedSale->stan, 6));
    } else if (reversed.kind == TxnKind::Refund) {
        if (!reversed.originalRrn.isEmpty())
            m.set(37, reversed.originalRrn.toLatin1());
        m.set(61, QByteArray("000000000000") +
                      (reversed.originalDate.size() == 4 ? reversed.originalDate.toLatin1() : QByteArray("0000")));
    } else {
        m.set(61, digits(reversed.batchNo, 6) + digits(reversed.stan, 6));
    }
    m.set(64, QByteArray(8, '\0'));
    return m;
}

Message settlement(const LinkContext &c, int stan, int batchNo, const iso8583::SettlementTotals &totals)
{
    Message m("0500");
    identify(m, c, stan);
    m.set(48, totals.toDigits().value());
    m.set(49, "156");
    m.set(60, field60("00", batchNo, "201"));
    m.set(63, "01 ");
    return m;
}

Message scriptAdvice(const LinkContext &c, int stan, const CardTransaction &t, const ChipRecord &chip)
{
    Message m("0620");
    m.set(3, "000000");
    m.set(4, digits(t.amount.minor(), 12));
    identify(m, c, stan);
    m.set(22, entryModeCode(QStringLiteral("chip"), chip.pinEntered));
    if (!chip.cardSequence.isEmpty())
        m.set(23, chip.cardSequence.toLatin1());
    if (!t.rrn.isEmpty())
        m.set(37, t.rrn.toLatin1());
    if (!t.authCode.isEmpty())
        m.set(38, t.authCode.toLatin1());
    m.set(49, Money::numericCodeOf(t.amount.currency()).toLatin1());
    m.set(55, chip.adviceIcc);
    m.set(60, chipField60("00", t.batchNo, "951", false));
    m.set(61, digits(t.batchNo, 6) + digits(t.stan, 6));
    m.set(64, QByteArray(8, '\0'));
    return m;
}

Message batchUploadItem(const LinkContext &c, int stan, int batchNo, const CardTransaction &t, const ChipRecord *chip,
                        bool balanced)
{
    Message m("0320");
    m.set(3, t.kind == TxnKind::Sale ? "000000" : "200000");
    m.set(4, digits(t.amount.minor(), 12));
    identify(m, c, stan);
    if (!t.rrn.isEmpty())
        m.set(37, t.rrn.toLatin1());
    if (!t.authCode.isEmpty())
        m.set(38, t.authCode.toLatin1());
    m.set(49, Money::numericCodeOf(t.amount.currency()).toLatin1());
    if (chip && !chip->finalIcc.isEmpty()) {
        m.set(22, entryModeCode(QStringLiteral("chip"), chip->pinEntered));
        if (!chip->cardSequence.isEmpty())
            m.set(23, chip->cardSequence.toLatin1());
        m.set(55, chip->finalIcc);
        m.set(60, chipField60("00", batchNo, balanced ? "203" : "205", false));
    } else {
        m.set(60, field60("00", batchNo, "201"));
    }
    m.set(61, digits(t.batchNo, 6) + digits(t.stan, 6));
    // Card organisation instead of the PAN, which PosDesk does not keep.
    const bool domestic = t.cardScheme == u"UnionPay" || t.panMasked.startsWith(QStringLiteral("62"));
    m.set(63, domestic                        ? QByteArray("CUP")
              : t.cardScheme == u"Visa"       ? QByteArray("VIS")
              : t.cardScheme == u"Mastercard" ? QByteArray("MCC")
              : t.cardScheme == u"JCB"        ? QByteArray("JCB")
                                              : QByteArray("OTH"));
    return m;
}

Message batchUploadEnd(const LinkContext &c, int stan, int batchNo, int count)
{
    Message m("0320");
    identify(m, c, stan);
    m.set(48, digits(count, 4));
    m.set(60, field60("00", batchNo, "202"));
    return m;
}

Result<iso8583::Dialect> dialectOf(const Acquirer &acquirer)
{
    auto d = iso8583::dialectFromSettings(acquirer.dialectSettings);
    if (!d)
        return Error::usage(QCoreApplication::translate("posdesk::CupMessages",
                                                        "The dialect settings of acquirer “%1” are not valid, so "
                                                        "PosDesk does not talk to its host: %2 Correct them in the "
                                                        "acquirer profile.")
                                .arg(acquirer.name, d.error().message),
                            d.error().detail);
    return d;
}

namespace {

// The CUP table itself when the profile changes nothing: the common case copies no table.
Result<const iso8583::Dialect *> dialectFor(const LinkContext &c, std::optional<iso8583::Dialect> &storage)
{
    if (c.acquirer.dialectSettings.trimmed().isEmpty())
        return &iso8583::Dialect::cup();
    auto d = dialectOf(c.acquirer);
    if (!d)
        return d.error();
    storage = std::move(*d);
    return &*storage;
}

} // namespace

Result<QByteArray> frame(const Message &m, const LinkContext &c, const crypto::MacEngine *mac)
{
    std::optional<iso8583::Dialect> custom;
    auto dialect = dialectFor(c, custom);
    if (!dialect)
        return dialect.error();
    auto body = iso8583::pack(m, **dialect);
    if (!body)
        return body.error();
    if (mac && m.has(64)) {
        auto mab = iso8583::macBlock(*body);
        if (!mab)
            return mab.error();
        char out[crypto::MacEngine::MacSize];
        if (auto s = mac->computeInto(*mab, out); !s)
            return s.error();
        if (auto s = iso8583::setMac(*body, QByteArrayView(out, sizeof out)); !s)
            return s.error();
    }
    const QByteArray tpdu = QByteArray::fromHex(c.acquirer.tpdu.toLatin1());
    iso8583::Header header;
    return iso8583::packFrame(tpdu, header.toBytes(), *body);
}

Result<Reply> readReply(const QByteArray &wire, const Message &request, const LinkContext &c)
{
    std::optional<iso8583::Dialect> custom;
    auto dialect = dialectFor(c, custom);
    if (!dialect)
        return dialect.error();
    auto f = iso8583::unpackFrame(wire);
    if (!f)
        return Error::corrupt(
            QCoreApplication::translate("posdesk::CupMessages", "The host's answer is garbled; it could not be read."),
            f.error().fullText());
    auto m = iso8583::unpack(f->body, **dialect, nullptr, iso8583::Frame::EnvelopeSize);
    if (!m)
        return Error::corrupt(
            QCoreApplication::translate("posdesk::CupMessages", "The host's answer is garbled; it could not be read."),
            m.error().fullText());
    const QByteArray expectedMti = replyMti(request.mti());
    if (m->mti() != expectedMti || m->view(11) != request.view(11) || m->view(41) != request.view(41))
        return Error::corrupt(QCoreApplication::translate(
                                  "posdesk::CupMessages",
                                  "The host answered a different request (MTI, trace number or terminal ID do not "
                                  "match)."),
                              QStringLiteral("expected %1/%2/%3, got %4/%5/%6")
                                  .arg(QString::fromLatin1(expectedMti), request.text(11), request.text(41),
                                       QString::fromLatin1(m->mti()), m->text(11), m->text(41)));
    if (!m->has(39))
        return Error::corrupt(
            QCoreApplication::translate("posdesk::CupMessages", "The host's answer has no response code."));
    Reply r;
    r.frame = *f;
    r.responseCode = m->text(39).toUpper();
    r.hasMac = m->has(64);
    r.message = std::move(*m);
    return r;
}

Status verifyReplyMac(const Reply &r, const crypto::MacEngine &mac, bool mandatory)
{
    if (!r.hasMac) {
        if (mandatory)
            return Error::corrupt(QCoreApplication::translate(
                "posdesk::CupMessages", "The host's answer carries no MAC, so it cannot be trusted."));
        return {};
    }
    auto mab = iso8583::macBlock(r.frame.body);
    if (!mab)
        return mab.error();
    if (auto s = mac.verify(*mab, r.message.view(64)); !s)
        return Error::corrupt(
            QCoreApplication::translate("posdesk::CupMessages",
                                        "The MAC of the host's answer is wrong (A0): the answer was rejected."),
            s.error().fullText());
    return {};
}

} // namespace posdesk::CupMessages
