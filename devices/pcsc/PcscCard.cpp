#include "pcsc/PcscCard.h"

#include "pcsc/ApduExchange.h"
#include "pcsc/PcscError.h"

#include <QCoreApplication>

#include <sodium.h>
#include <winscard.h>

#include <chrono>
#include <memory>
#include <thread>
#include <vector>

namespace posdesk {

namespace {

// Room for the longest answer an extended-length command can get, plus the status word.
constexpr DWORD kReceiveSize = MAX_BUFFER_SIZE_EXTENDED;

// A receive buffer that is zeroed when it goes, whatever way the exchange ended.
class WipedBuffer
{
public:
    explicit WipedBuffer(size_t size) : m_data(new unsigned char[size]), m_size(size) {}
    ~WipedBuffer() { sodium_memzero(m_data.get(), m_size); }
    WipedBuffer(const WipedBuffer &) = delete;
    WipedBuffer &operator=(const WipedBuffer &) = delete;
    unsigned char *data() { return m_data.get(); }

private:
    std::unique_ptr<unsigned char[]> m_data;
    size_t m_size;
};

DWORD protocolMask(CardProtocol protocols)
{
    switch (protocols) {
    case CardProtocol::T0:
        return SCARD_PROTOCOL_T0;
    case CardProtocol::T1:
        return SCARD_PROTOCOL_T1;
    case CardProtocol::Any:
        break;
    }
    return SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1;
}

DWORD dispositionOf(CardDisposition disposition)
{
    switch (disposition) {
    case CardDisposition::Leave:
        return SCARD_LEAVE_CARD;
    case CardDisposition::Reset:
        return SCARD_RESET_CARD;
    case CardDisposition::Unpower:
        break;
    }
    return SCARD_UNPOWER_CARD;
}

SCARDHANDLE native(qint64 handle)
{
    return SCARDHANDLE(handle);
}

// SCardStatus for the ATR and the present state; the code it returns tells why a card cannot be used.
LONG statusOf(SCARDHANDLE handle, QByteArray *atr)
{
    DWORD state = 0;
    DWORD protocol = 0;
    BYTE atrBytes[MAX_ATR_SIZE];
    DWORD atrLength = sizeof atrBytes;
    DWORD readerLength = 0;
    const LONG rv = SCardStatus(handle, nullptr, &readerLength, &state, &protocol, atrBytes, &atrLength);
    if (rv == SCARD_S_SUCCESS && atr)
        *atr = QByteArray(reinterpret_cast<const char *>(atrBytes), qsizetype(atrLength));
    if (rv == SCARD_S_SUCCESS && !(state & SCARD_PRESENT))
        return SCARD_W_REMOVED_CARD;
    return rv;
}

} // namespace

Result<std::unique_ptr<PcscCard>> PcscCard::connect(std::shared_ptr<PcscContext> context, const QString &reader,
                                                    CardProtocol protocols, CardShare share)
{
    const QByteArray name = reader.toUtf8();
    SCARDHANDLE handle = 0;
    DWORD active = 0;
    const LONG rv = SCardConnect(SCARDCONTEXT(context->nativeHandle()), name.constData(),
                                 share == CardShare::Exclusive ? SCARD_SHARE_EXCLUSIVE : SCARD_SHARE_SHARED,
                                 protocolMask(protocols), &handle, &active);
    if (rv != SCARD_S_SUCCESS)
        return PcscError::fromCode(quint32(rv), "SCardConnect", reader);
    const CardProtocol protocol = active == SCARD_PROTOCOL_T1 ? CardProtocol::T1 : CardProtocol::T0;
    std::unique_ptr<PcscCard> card(new PcscCard(std::move(context), reader, qint64(handle), protocol, share));
    const LONG status = statusOf(handle, &card->m_atr);
    if (status != SCARD_S_SUCCESS)
        return PcscError::fromCode(quint32(status), "SCardStatus", reader);
    return card;
}

PcscCard::PcscCard(std::shared_ptr<PcscContext> context, QString reader, qint64 handle, CardProtocol protocol,
                   CardShare share)
    : m_context(std::move(context)), m_reader(std::move(reader)), m_handle(handle), m_protocol(protocol), m_share(share)
{}

PcscCard::~PcscCard()
{
    (void)disconnect(CardDisposition::Leave);
}

Result<CardResponse> PcscCard::transmit(QByteArrayView command)
{
    m_lastFault = ChannelFault::None;
    auto answer = ApduExchange::run(command, [this](QByteArrayView apdu) { return transmitRaw(apdu); });
    if (!answer && m_lastFault == ChannelFault::None)
        m_lastFault = answer.error().kind == ErrorKind::Usage ? ChannelFault::BadCommand : ChannelFault::Other;
    return answer;
}

Result<CardResponse> PcscCard::transmitRaw(QByteArrayView command)
{
    m_lastFault = ChannelFault::None;
    if (!m_handle) {
        m_lastFault = ChannelFault::CardRemoved;
        return Error::refused(
            QCoreApplication::translate("posdesk::PcscCard", "The card is no longer connected. Start over."),
            QStringLiteral("no card handle"));
    }
    if (command.size() < 4 || command.size() > qsizetype(MAX_BUFFER_SIZE_EXTENDED)) {
        m_lastFault = ChannelFault::BadCommand;
        return Error::usage(
            QCoreApplication::translate("posdesk::PcscCard", "This command cannot be sent to a card (wrong length)."),
            QStringLiteral("APDU of %1 bytes").arg(command.size()));
    }
    const SCARD_IO_REQUEST *pci = m_protocol == CardProtocol::T1 ? SCARD_PCI_T1 : SCARD_PCI_T0;
    WipedBuffer received(kReceiveSize);
    DWORD length = kReceiveSize;
    const LONG rv = SCardTransmit(native(m_handle), pci, reinterpret_cast<const BYTE *>(command.data()),
                                  DWORD(command.size()), nullptr, received.data(), &length);
    if (rv != SCARD_S_SUCCESS)
        return failure(quint32(rv), "SCardTransmit");
    if (length < 2) {
        // vpcd and some drivers report success with nothing when the card went mid-exchange: ask what happened.
        const LONG status = statusOf(native(m_handle), nullptr);
        if (status != SCARD_S_SUCCESS)
            return failure(quint32(status), "SCardTransmit/SCardStatus");
        m_lastFault = ChannelFault::CardMute;
        return Error::corrupt(QCoreApplication::translate("posdesk::PcscCard",
                                                          "The card's answer was cut short. Take the card out, "
                                                          "insert it again and start over."),
                              QStringLiteral("SCardTransmit: %1 bytes").arg(length));
    }
    const auto *bytes = reinterpret_cast<const char *>(received.data());
    const quint16 sw = quint16((quint8(bytes[length - 2]) << 8) | quint8(bytes[length - 1]));
    return CardResponse{SecureBytes(QByteArrayView(bytes, qsizetype(length) - 2)), sw};
}

Error PcscCard::failure(quint32 code, const char *operation)
{
    // The call's own code may be a generic one (SCARD_E_NOT_TRANSACTED): the card's state says more.
    quint32 cause = code;
    const ChannelFault fault = PcscError::faultOf(code);
    if (fault != ChannelFault::ServiceGone && fault != ChannelFault::CardRemoved && fault != ChannelFault::ReaderGone &&
        m_handle) {
        // A card pulled mid-command breaks the exchange before the reader's own poll has noticed it is gone: ask
        // again for a moment (failure path only) before calling the card mute.
        for (int attempt = 0; attempt < 6; ++attempt) {
            const LONG status = statusOf(native(m_handle), nullptr);
            if (status != SCARD_S_SUCCESS) {
                cause = quint32(status);
                break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    }
    m_lastFault = PcscError::faultOf(cause);
    Error error = PcscError::fromCode(cause, operation, m_reader);
    if (cause != code)
        error.detail += QStringLiteral("; the call itself: ") + PcscError::codeText(code);
    return error;
}

Status PcscCard::checkPresent()
{
    if (!m_handle)
        return PcscError::fromCode(quint32(SCARD_E_INVALID_HANDLE), "SCardStatus", m_reader);
    const LONG status = statusOf(native(m_handle), &m_atr);
    if (status != SCARD_S_SUCCESS) {
        m_lastFault = PcscError::faultOf(quint32(status));
        return PcscError::fromCode(quint32(status), "SCardStatus", m_reader);
    }
    return {};
}

Status PcscCard::reconnect(CardDisposition initialization)
{
    if (!m_handle)
        return PcscError::fromCode(quint32(SCARD_E_INVALID_HANDLE), "SCardReconnect", m_reader);
    DWORD active = 0;
    const LONG rv =
        SCardReconnect(native(m_handle), m_share == CardShare::Exclusive ? SCARD_SHARE_EXCLUSIVE : SCARD_SHARE_SHARED,
                       protocolMask(m_protocol), dispositionOf(initialization), &active);
    if (rv != SCARD_S_SUCCESS)
        return PcscError::fromCode(quint32(rv), "SCardReconnect", m_reader);
    (void)statusOf(native(m_handle), &m_atr);
    return {};
}

Status PcscCard::disconnect(CardDisposition disposition)
{
    if (!m_handle)
        return {};
    const LONG rv = SCardDisconnect(native(m_handle), dispositionOf(disposition));
    m_handle = 0;
    // A card or service that is already gone has nothing left to disconnect.
    if (rv != SCARD_S_SUCCESS && PcscError::faultOf(quint32(rv)) != ChannelFault::CardRemoved &&
        PcscError::faultOf(quint32(rv)) != ChannelFault::ServiceGone)
        return PcscError::fromCode(quint32(rv), "SCardDisconnect", m_reader);
    return {};
}

} // namespace posdesk
