#pragma once

#include "card/SecureBytes.h"
#include "crypto/SecretBytes.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace posdesk {

// A PIN entry device (PIN pad) as the till's core sees it. The pad holds the terminal's master key and the working
// keys of the last sign-on; the PC never holds a clear PIN, a clear PIN key or, for a terminal with a pad, its
// master key. Implemented in devices/pinpad (a serial ESC command set); a vendor SDK fits behind the same
// interface. Commands other than readPin() are short and answer synchronously (they wait for the pad, bounded by
// the driver's time-out); readPin() waits for a person and answers through its callback.
class PinEntryDevice
{
public:
    enum class KeyKind : quint8
    {
        Pin,   // the PIN key (TPK / PIK)
        Mac,   // the MAC key (TAK / MAK)
        Track, // the track key (TDK)
    };
    // How the pad computes field 64 (the acquirer profile's MAC algorithm).
    enum class MacMethod : quint8
    {
        CupEcb,
        X99,
        X919,
    };
    struct Info
    {
        QString model;
        QString serial;
        QString firmware;
        bool busy = false; // waiting for a PIN
    };
    enum class PinOutcome : quint8
    {
        Entered,   // block holds field 52
        Bypassed,  // the cardholder pressed Enter without digits (the card is told "PIN bypassed")
        Cancelled, // the cardholder or the till cancelled
        TimedOut,  // nobody entered anything in time
    };
    struct PinResult
    {
        PinOutcome outcome = PinOutcome::Cancelled;
        QByteArray block; // 8 bytes: ISO 9564 format 0 for the PAN, encrypted under the PIN key in the slot
    };
    struct PinRequest
    {
        int slot = 0;      // master key slot of the terminal
        SecureBytes pan;   // the card number's digits (the pad forms the format 0 block with it); wiped
        int minLength = 4; // PIN digits
        int maxLength = 6;
        int timeoutSec = 60;  // the pad gives up after this long
        qint64 amountFen = 0; // shown on the pad's display
    };

    virtual ~PinEntryDevice() = default;

    // "serial port /dev/ttyUSB1" and the like, for messages.
    virtual QString describe() const = 0;
    virtual Result<Info> status() = 0;
    // Injection of the terminal's master key into a slot of the pad (a key ceremony: the clear key passes once).
    // The pad answers the key's check value (first 3 bytes of E(key, 0)), returned as 6 hex digits.
    virtual Result<QString> loadMasterKey(int slot, const SecretBytes &masterKey) = 0;
    // A working key from the sign-on answer (field 62), still encrypted under the slot's master key, with its check
    // value (4 bytes). The pad decrypts it inside and refuses it when the check value does not match.
    virtual Status loadWorkingKey(int slot, KeyKind kind, const QByteArray &encryptedKey, const QByteArray &check) = 0;
    // The 8 bytes of field 64 over data, with the MAC key of the slot.
    virtual Result<QByteArray> mac(int slot, MacMethod method, QByteArrayView data) = 0;
    // The cardholder enters their PIN on the pad. done() is called exactly once, on the caller's thread; an Error
    // means the pad could not be asked or answered nonsense (no PIN was taken).
    virtual void readPin(const PinRequest &request, std::function<void(Result<PinResult>)> done) = 0;
    // Stops a readPin() in progress (its done() then reports Cancelled); harmless when none is.
    virtual void cancel() = 0;

protected:
    PinEntryDevice() = default;
    PinEntryDevice(const PinEntryDevice &) = delete;
    PinEntryDevice &operator=(const PinEntryDevice &) = delete;
};

} // namespace posdesk
