#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace posdesk {

// What a chip-card reader shows, in the words the device list uses.
enum class ReaderPresence
{
    Empty,       // connected, no card in it
    CardPresent, // a card is in and nobody is using it
    InUse,       // a card is in and a program (this one or another) has it open
    Unavailable, // listed, but the service cannot use it now (being set up, unplugged, driver trouble)
};

// One reader as the smart-card service lists it.
struct ReaderInfo
{
    QString name;
    ReaderPresence presence = ReaderPresence::Unavailable;
    QByteArray atr;    // the card's answer to reset while one is in (names the chip, not the cardholder)
    bool mute = false; // a card is in but did not answer the reset

    bool operator==(const ReaderInfo &) const = default;
};

// The presence a PC/SC event state (SCARD_STATE_* flags) means.
ReaderPresence presenceFromStateFlags(quint32 flags);
// "empty", "card-present", "in-use", "unavailable": stable keys for settings, logs and tests.
QString toKey(ReaderPresence presence);
// A short translated phrase for the device list ("Card inserted").
QString describe(ReaderPresence presence);

} // namespace posdesk

Q_DECLARE_METATYPE(posdesk::ReaderInfo)
