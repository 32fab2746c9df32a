#pragma once

#include "card/SecureBytes.h"
#include "crypto/SecretBytes.h"
#include "pinpad/PinPadFrame.h"
#include "util/Result.h"

#include <QObject>
#include <QTimer>

#include <array>
#include <functional>
#include <optional>

namespace posdesk::devsim {

// A PIN pad speaking the ESC command set (devices/pinpad/PROTOCOL.md) with 16 key slots; the person at the pad is
// played by control commands. Never shows key material, PINs or card digits.
class VirtualPinPad : public QObject
{
    Q_OBJECT

public:
    static constexpr int SlotCount = 16;

    explicit VirtualPinPad(QObject *parent = nullptr);
    ~VirtualPinPad() override;

    // Where answers go (the pseudo-terminal); answers are dropped while none is set or it fails (unplugged).
    void setWriter(std::function<Status(QByteArrayView)> writer) { m_writer = std::move(writer); }

    // Bytes from the till.
    void receive(QByteArrayView bytes);

    // The control commands; each answers one line, "ok …" or "error …".
    QString typePin(QByteArrayView digits); // digits and Enter on a pending PIN request
    QString pressEnterOnly();               // bypass
    QString pressCancel();
    QString setAutoAnswer(const QString &mode); // DIGITS, "bypass" or "off"
    QString garbleNextAnswer();
    QString describeState() const;

    // Power lost (unplugged): a pending PIN request is forgotten; the keys stay, as in a pad's battery-backed memory.
    void powerCut();
    bool isWaitingForPin() const { return m_pending.has_value(); }

signals:
    // Event lines for standard output, e.g. "pinpad waiting for PIN (amount 12.34)".
    void event(const QString &line);

private:
    struct KeySlot
    {
        SecretBytes master;
        SecretBytes pinKey;
        SecretBytes macKey;
        SecretBytes trackKey;
    };
    struct PendingPin
    {
        int slot = 0;
        int minLength = 4;
        int maxLength = 12;
        SecureBytes panDigits; // the 12 digits of the request
    };
    enum class AutoMode : quint8
    {
        Off,
        Pin,
        Bypass,
    };

    void handle(const PinPadFrame &frame);
    void statusCommand(QByteArrayView payload);
    void loadMasterKey(QByteArrayView payload);
    void loadWorkingKey(QByteArrayView payload);
    void macCommand(QByteArrayView payload);
    void readPinCommand(QByteArrayView payload);
    void cancelCommand(QByteArrayView payload);
    void answer(char command, QByteArrayView status, QByteArrayView payload = {});
    // Ends the pending PIN request with a status (P1, P2, P3) or with 00 and the block for digits; an "error …"
    // line when there is none or the digits do not fit it, else empty.
    QString finishPin(QByteArrayView status, QByteArrayView digits, const QString &what);

    std::array<KeySlot, SlotCount> m_slots;
    std::optional<PendingPin> m_pending;
    QTimer m_pinTimeout;
    AutoMode m_auto = AutoMode::Off;
    SecretBytes m_autoPin;
    bool m_garbleNext = false;
    PinPadDecoder m_decoder{PinPadDecoder::Side::Requests};
    std::function<Status(QByteArrayView)> m_writer;
};

} // namespace posdesk::devsim
