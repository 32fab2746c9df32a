#include "VirtualPinPad.h"

#include "crypto/Mac.h"
#include "crypto/PinBlock.h"
#include "crypto/Tdes.h"

#include <QCoreApplication>

namespace posdesk::devsim {

namespace {

const QByteArray Model = QByteArrayLiteral("PD-VPP1");
const QByteArray Serial = QByteArrayLiteral("VPP00000001");
const QByteArray Firmware = QByteArrayLiteral("1.0.0");

int hexValue(char c)
{
    return c <= '9' ? c - '0' : c - 'A' + 10;
}

// Decimal digits already checked.
int decimal(QByteArrayView v)
{
    int n = 0;
    for (const char c : v)
        n = n * 10 + (c - '0');
    return n;
}

SecureBytes toHex(QByteArrayView bytes)
{
    static constexpr char digits[] = "0123456789ABCDEF";
    SecureBytes out;
    for (const char c : bytes) {
        const char pair[2] = {digits[(quint8(c) >> 4) & 0xf], digits[quint8(c) & 0xf]};
        out.append(QByteArrayView(pair, 2));
    }
    return out;
}

QString error(const QString &text)
{
    return QStringLiteral("error ") + text;
}

} // namespace

VirtualPinPad::VirtualPinPad(QObject *parent) : QObject(parent)
{
    m_pinTimeout.setSingleShot(true);
    connect(&m_pinTimeout, &QTimer::timeout, this,
            [this] { (void)finishPin("P3", {}, QStringLiteral("pinpad PIN entry timed out")); });
}

VirtualPinPad::~VirtualPinPad() = default;

void VirtualPinPad::receive(QByteArrayView bytes)
{
    for (const PinPadDecodeEvent &e : m_decoder.feed(bytes)) {
        switch (e.kind) {
        case PinPadDecodeEvent::Kind::Frame:
            handle(e.frame);
            break;
        case PinPadDecodeEvent::Kind::Skipped:
            emit event(QStringLiteral("pinpad skipped: %1").arg(e.problem));
            break;
        case PinPadDecodeEvent::Kind::Malformed:
            emit event(QStringLiteral("pinpad rejected a frame: %1").arg(e.problem));
            answer(pinpad::UnknownCommand, "E1");
            break;
        }
    }
}

void VirtualPinPad::answer(char command, QByteArrayView status, QByteArrayView payload)
{
    SecureBytes frame = pinpad::encodeResponse(command, status, payload);
    if (frame.isEmpty())
        return;
    if (m_garbleNext) {
        m_garbleNext = false;
        SecureBytes garbled(frame.view().chopped(1));
        const char wrongLrc[1] = {char(frame.view().back() ^ 0x5a)};
        garbled.append(QByteArrayView(wrongLrc, 1));
        frame = std::move(garbled);
    }
    if (m_writer)
        (void)m_writer(frame.view()); // an unplugged pad answers nobody
}

void VirtualPinPad::handle(const PinPadFrame &frame)
{
    const QByteArrayView payload = frame.payload.view();
    if (frame.command == 'S')
        return statusCommand(payload);
    if (frame.command == 'C')
        return cancelCommand(payload);
    if (m_pending)
        return answer(frame.command, "E7");
    switch (frame.command) {
    case 'M':
        return loadMasterKey(payload);
    case 'W':
        return loadWorkingKey(payload);
    case 'A':
        return macCommand(payload);
    case 'P':
        return readPinCommand(payload);
    default:
        return answer(frame.command, "E2");
    }
}

void VirtualPinPad::statusCommand(QByteArrayView payload)
{
    if (!payload.isEmpty())
        return answer('S', "E3");
    answer('S', "00", Model + '|' + Serial + '|' + Firmware + '|' + (m_pending ? '1' : '0'));
}

void VirtualPinPad::cancelCommand(QByteArrayView payload)
{
    if (!payload.isEmpty())
        return answer('C', "E3");
    if (m_pending)
        finishPin("P2", {}, QStringLiteral("pinpad PIN entry cancelled by the till"));
    answer('C', "00");
}

void VirtualPinPad::loadMasterKey(QByteArrayView payload)
{
    if (payload.size() != 33 || !pinpad::isUpperHex(payload))
        return answer('M', "E3");
    const int slot = hexValue(payload[0]);
    SecretBytes key = SecretBytes::fromHex(payload.sliced(1));
    auto kcv = crypto::keyCheckValue(key.view());
    if (!kcv)
        return answer('M', "E3");
    KeySlot &s = m_slots[size_t(slot)];
    s.master = std::move(key);
    // The working keys were encrypted under the old master key.
    s.pinKey.wipe();
    s.macKey.wipe();
    s.trackKey.wipe();
    emit event(QStringLiteral("pinpad master key loaded in slot %1").arg(slot));
    answer('M', "00", kcv->first(3).toHex().toUpper());
}

void VirtualPinPad::loadWorkingKey(QByteArrayView payload)
{
    if ((payload.size() != 26 && payload.size() != 42) || !pinpad::isUpperHex(payload.first(1)) ||
        !pinpad::isUpperHex(payload.sliced(2)))
        return answer('W', "E3");
    const int slot = hexValue(payload[0]);
    const char kind = payload[1];
    if (kind != 'P' && kind != 'M' && kind != 'T')
        return answer('W', "E3");
    KeySlot &s = m_slots[size_t(slot)];
    if (s.master.isEmpty())
        return answer('W', "E4");
    const SecretBytes encrypted = SecretBytes::fromHex(payload.sliced(2, payload.size() - 10));
    const QByteArray check = QByteArray::fromHex(payload.last(8).toByteArray());
    auto tmk = crypto::TdesKey::create(s.master.view());
    if (!tmk)
        return answer('W', "E3");
    SecretBytes clear(encrypted.size());
    if (!tmk->decryptEcb(encrypted.view(), clear.data()))
        return answer('W', "E3");
    auto kcv = crypto::keyCheckValue(clear.view());
    if (!kcv || *kcv != check) {
        emit event(QStringLiteral("pinpad refused a working key for slot %1: check value mismatch").arg(slot));
        return answer('W', "E5");
    }
    SecretBytes &target = kind == 'P' ? s.pinKey : kind == 'M' ? s.macKey : s.trackKey;
    target = std::move(clear);
    emit event(QStringLiteral("pinpad %1 key loaded in slot %2")
                   .arg(kind == 'P'   ? QStringLiteral("PIN")
                        : kind == 'M' ? QStringLiteral("MAC")
                                      : QStringLiteral("track"))
                   .arg(slot));
    answer('W', "00");
}

void VirtualPinPad::macCommand(QByteArrayView payload)
{
    if (payload.size() < 2 || !pinpad::isUpperHex(payload.first(1)) || payload.size() % 2 != 0 ||
        !pinpad::isUpperHex(payload.sliced(2)))
        return answer('A', "E3");
    const int slot = hexValue(payload[0]);
    crypto::MacAlgorithm algorithm;
    switch (payload[1]) {
    case 'E':
        algorithm = crypto::MacAlgorithm::CupEcb;
        break;
    case '9':
        algorithm = crypto::MacAlgorithm::X99;
        break;
    case 'X':
        algorithm = crypto::MacAlgorithm::X919;
        break;
    default:
        return answer('A', "E3");
    }
    const KeySlot &s = m_slots[size_t(slot)];
    if (s.master.isEmpty())
        return answer('A', "E4");
    if (s.macKey.isEmpty())
        return answer('A', "E6");
    const SecretBytes data = SecretBytes::fromHex(payload.sliced(2));
    auto mac = crypto::computeMac(algorithm, s.macKey.view(), data.view());
    if (!mac)
        return answer('A', "E3"); // the key's length does not fit the method
    answer('A', "00", mac->toHex().toUpper());
}

void VirtualPinPad::readPinCommand(QByteArrayView payload)
{
    if (payload.size() != 32 || !pinpad::isUpperHex(payload.first(1)) || !pinpad::isDigits(payload.sliced(1)))
        return answer('P', "E3");
    const int slot = hexValue(payload[0]);
    const int minLength = decimal(payload.sliced(1, 2));
    const int maxLength = decimal(payload.sliced(3, 2));
    const int timeoutSec = decimal(payload.sliced(5, 3));
    const qint64 amountFen = QByteArray(payload.sliced(8, 12).toByteArray()).toLongLong();
    if (minLength < 4 || maxLength > 12 || minLength > maxLength || timeoutSec < 1)
        return answer('P', "E3");
    const KeySlot &s = m_slots[size_t(slot)];
    if (s.master.isEmpty())
        return answer('P', "E4");
    if (s.pinKey.isEmpty())
        return answer('P', "E6");
    PendingPin pending;
    pending.slot = slot;
    pending.minLength = minLength;
    pending.maxLength = maxLength;
    pending.panDigits = SecureBytes(payload.sliced(20, 12));
    m_pending = std::move(pending);
    m_pinTimeout.start(timeoutSec * 1000);
    emit event(QStringLiteral("pinpad waiting for PIN (amount %1.%2)")
                   .arg(amountFen / 100)
                   .arg(amountFen % 100, 2, 10, QLatin1Char('0')));
    if (m_auto == AutoMode::Bypass)
        (void)pressEnterOnly();
    else if (m_auto == AutoMode::Pin)
        (void)typePin(m_autoPin.view());
}

QString VirtualPinPad::finishPin(QByteArrayView status, QByteArrayView digits, const QString &what)
{
    if (!m_pending)
        return error(QCoreApplication::translate("posdesk::devsim::VirtualPinPad",
                                                 "The PIN pad is not waiting for a PIN (no PIN request pending)."));
    SecureBytes blockHex;
    if (!digits.isEmpty()) {
        if (!pinpad::isDigits(digits) || digits.size() < m_pending->minLength || digits.size() > m_pending->maxLength)
            return error(QCoreApplication::translate("posdesk::devsim::VirtualPinPad",
                                                     "The pad takes %1 to %2 digits for this PIN.")
                             .arg(m_pending->minLength)
                             .arg(m_pending->maxLength));
        // Any PAN whose 12 digits left of the last one are the request's gives the same format 0 block.
        SecureBytes pan(m_pending->panDigits.view());
        pan.append("0");
        auto block = crypto::encryptPinBlockFormat0(m_slots[size_t(m_pending->slot)].pinKey.view(), digits, pan.view());
        if (!block)
            return error(block.error().fullText());
        blockHex = toHex(*block);
        SecureBytes::wipe(*block);
    }
    m_pending.reset();
    m_pinTimeout.stop();
    emit event(what);
    answer('P', status, blockHex.view());
    return {};
}

QString VirtualPinPad::typePin(QByteArrayView digits)
{
    if (digits.isEmpty())
        return error(QCoreApplication::translate("posdesk::devsim::VirtualPinPad", "Give the digits: pin 123456."));
    const QString e = finishPin("00", digits, QStringLiteral("pinpad PIN entered"));
    return e.isEmpty() ? QStringLiteral("ok pin") : e;
}

QString VirtualPinPad::pressEnterOnly()
{
    const QString e = finishPin("P1", {}, QStringLiteral("pinpad PIN bypassed"));
    return e.isEmpty() ? QStringLiteral("ok pin-bypass") : e;
}

QString VirtualPinPad::pressCancel()
{
    const QString e = finishPin("P2", {}, QStringLiteral("pinpad PIN entry cancelled on the pad"));
    return e.isEmpty() ? QStringLiteral("ok pin-cancel") : e;
}

QString VirtualPinPad::setAutoAnswer(const QString &mode)
{
    if (mode == u"off") {
        m_auto = AutoMode::Off;
        m_autoPin.wipe();
    } else if (mode == u"bypass") {
        m_auto = AutoMode::Bypass;
        m_autoPin.wipe();
    } else {
        QByteArray digits = mode.toLatin1();
        if (digits.size() < 4 || digits.size() > 12 || !pinpad::isDigits(digits)) {
            SecureBytes::wipe(digits);
            return error(QCoreApplication::translate(
                "posdesk::devsim::VirtualPinPad", "Say pin-auto DIGITS (4 to 12), pin-auto bypass or pin-auto off."));
        }
        m_auto = AutoMode::Pin;
        m_autoPin = SecretBytes(digits);
        SecureBytes::wipe(digits);
        return QStringLiteral("ok pin-auto pin");
    }
    return QStringLiteral("ok pin-auto ") + mode;
}

QString VirtualPinPad::garbleNextAnswer()
{
    m_garbleNext = true;
    return QStringLiteral("ok pinpad-garble");
}

QString VirtualPinPad::describeState() const
{
    QStringList masters, pinKeys, macKeys, trackKeys;
    for (int i = 0; i < SlotCount; ++i) {
        const KeySlot &s = m_slots[size_t(i)];
        if (!s.master.isEmpty())
            masters << QString::number(i, 16).toUpper();
        if (!s.pinKey.isEmpty())
            pinKeys << QString::number(i, 16).toUpper();
        if (!s.macKey.isEmpty())
            macKeys << QString::number(i, 16).toUpper();
        if (!s.trackKey.isEmpty())
            trackKeys << QString::number(i, 16).toUpper();
    }
    const auto list = [](const QStringList &l) {
        return l.isEmpty() ? QStringLiteral("-") : l.join(u',');
    };
    return QStringLiteral("ok pinpad-status master=%1 pin=%2 mac=%3 track=%4 pending=%5 auto=%6")
        .arg(list(masters), list(pinKeys), list(macKeys), list(trackKeys),
             m_pending ? QStringLiteral("yes") : QStringLiteral("no"),
             m_auto == AutoMode::Off   ? QStringLiteral("off")
             : m_auto == AutoMode::Pin ? QStringLiteral("pin")
                                       : QStringLiteral("bypass"));
}

void VirtualPinPad::powerCut()
{
    m_pending.reset();
    m_pinTimeout.stop();
    m_decoder.reset();
}

} // namespace posdesk::devsim
