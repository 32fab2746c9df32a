#pragma once

#include "card/SecureBytes.h"

#include <QDate>
#include <QString>

namespace posdesk {

class SwipeParser;

// One swiped card. The PAN and the track data live in SecureBytes, zeroed when the object goes away, and the
// type is move-only so a card number is never duplicated by accident. Only masked forms come out as QString.
class CardData
{
public:
    CardData() = default;
    CardData(CardData &&) noexcept = default;
    CardData &operator=(CardData &&) noexcept = default;
    CardData(const CardData &) = delete;
    CardData &operator=(const CardData &) = delete;

    // The card as its chip gave it: PAN and track 2 equivalent ("PAN=YYMMSSS…") as digits, expiry YYMM, service
    // code. The caller's buffers are copied into wiped storage.
    static CardData fromChip(QByteArrayView pan, QByteArrayView track2Equivalent, const QString &expiryYymm,
                             const QString &serviceCode);

    bool isEmpty() const { return m_pan.isEmpty(); }

    // First six and last four digits, the rest as '*': "622848******1234". Safe for screens and logs.
    QString masked() const;
    QString last4() const;
    int panLength() const { return int(m_pan.size()); }
    // Card brand guessed from the BIN ("UnionPay", "Visa", ...), for receipts; empty when unknown.
    QString schemeName() const;

    // As encoded on track 1 ("ZHANG/SAN"), trailing blanks removed; empty when only track 2 was read.
    QString cardholderName() const { return m_name; }
    QString expiryYymm() const { return m_expiry; }
    int expiryYear() const;  // four digits, 20YY
    int expiryMonth() const; // 1..12
    // A card is valid through the last day of its expiry month.
    bool isExpiredOn(const QDate &today) const;
    QString serviceCode() const { return m_serviceCode; }
    // Service code 2xx or 6xx: the card has a chip, so this swipe is a fallback the acquirer may refuse.
    bool isChipCard() const;

    bool hasTrack1() const { return !m_track1.isEmpty(); }
    bool hasTrack2() const { return !m_track2.isEmpty(); }

    // Raw card data for building the authorisation request (ISO 8583 fields 2, 35, 45). The views point into
    // this object's wiped storage: copy them only into storage that is wiped in turn, never into a QString.
    QByteArrayView pan() const { return m_pan.view(); }
    // Track 2 equivalent data, "PAN=YYMMSSS discretionary" without sentinels; empty when track 2 was not read.
    QByteArrayView track2Equivalent() const { return m_track2.view(); }
    // Track 1 without sentinels ("B...^NAME^YYMM..."); empty when track 1 was not read.
    QByteArrayView track1() const { return m_track1.view(); }

    // Zeroes the card data now rather than at destruction, e.g. as soon as the request was sent.
    void wipe();

private:
    friend class SwipeParser;

    SecureBytes m_pan;
    SecureBytes m_track1;
    SecureBytes m_track2;
    QString m_name;
    QString m_expiry;
    QString m_serviceCode;
};

} // namespace posdesk
