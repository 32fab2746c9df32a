#include "pcsc/PcscError.h"

#include <QCoreApplication>

#include <winscard.h>

namespace posdesk::PcscError {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("posdesk::PcscError", text);
}

// The sentence that names the reader when one is known, the one that does not otherwise.
QString named(const QString &reader, const char *withName, const char *withoutName)
{
    return reader.isEmpty() ? tr(withoutName) : tr(withName).arg(reader);
}

} // namespace

ChannelFault faultOf(quint32 code)
{
    switch (LONG(code)) {
    case SCARD_S_SUCCESS:
        return ChannelFault::None;
    case SCARD_W_REMOVED_CARD:
    case SCARD_E_NO_SMARTCARD:
        return ChannelFault::CardRemoved;
    case SCARD_W_UNRESPONSIVE_CARD:
    case SCARD_W_UNPOWERED_CARD:
    case SCARD_W_UNSUPPORTED_CARD:
    case SCARD_W_RESET_CARD:
    case SCARD_E_CARD_UNSUPPORTED:
    case SCARD_E_PROTO_MISMATCH:
    case SCARD_E_NOT_TRANSACTED:
        return ChannelFault::CardMute;
    case SCARD_E_READER_UNAVAILABLE:
    case SCARD_E_UNKNOWN_READER:
    case SCARD_E_NO_READERS_AVAILABLE:
        return ChannelFault::ReaderGone;
    case SCARD_E_NO_SERVICE:
    case SCARD_E_SERVICE_STOPPED:
    case SCARD_F_COMM_ERROR:
    case SCARD_E_INVALID_HANDLE: // the service restarted under us: our handles are void
        return ChannelFault::ServiceGone;
    case SCARD_E_TIMEOUT:
        return ChannelFault::Timeout;
    case SCARD_E_SHARING_VIOLATION:
        return ChannelFault::Busy;
    case SCARD_E_INSUFFICIENT_BUFFER:
    case SCARD_E_INVALID_PARAMETER:
    case SCARD_E_INVALID_VALUE:
        return ChannelFault::BadCommand;
    default:
        return ChannelFault::Other;
    }
}

QString codeText(quint32 code)
{
    return QStringLiteral("0x%1 (%2)")
        .arg(code, 8, 16, QLatin1Char('0'))
        .arg(QString::fromLatin1(pcsc_stringify_error(LONG(code))));
}

Error fromCode(quint32 code, const char *operation, const QString &reader)
{
    const QString detail = QString::fromLatin1(operation) + QStringLiteral(": ") + codeText(code);
    switch (LONG(code)) {
    case SCARD_W_REMOVED_CARD:
        return Error::environment(tr("The card was taken out of the reader too early. Insert it again and start over."),
                                  detail);
    case SCARD_E_NO_SMARTCARD:
        return Error::environment(
            named(
                reader,
                QT_TRANSLATE_NOOP("posdesk::PcscError", "There is no card in the card reader \"%1\". Insert the card, "
                                                        "chip first and facing up, and try again."),
                QT_TRANSLATE_NOOP(
                    "posdesk::PcscError",
                    "There is no card in the card reader. Insert the card, chip first and facing up, and try again.")),
            detail);
    case SCARD_W_RESET_CARD:
        return Error::environment(tr("Another program reset the card. Start over."), detail);
    case SCARD_W_UNRESPONSIVE_CARD:
    case SCARD_W_UNPOWERED_CARD:
    case SCARD_E_NOT_TRANSACTED:
        return Error::environment(
            tr("The card does not answer. Check that it is inserted chip first and facing up; if it still fails, "
               "the chip may be damaged: ask for another card or take the payment by swipe."),
            detail);
    case SCARD_W_UNSUPPORTED_CARD:
    case SCARD_E_CARD_UNSUPPORTED:
    case SCARD_E_PROTO_MISMATCH:
        return Error::environment(
            tr("The reader cannot talk to this card's chip. Try the card again; if it still fails, ask for "
               "another card or take the payment by swipe."),
            detail);
    case SCARD_E_READER_UNAVAILABLE:
        return Error::environment(
            named(reader,
                  QT_TRANSLATE_NOOP("posdesk::PcscError", "The card reader \"%1\" was disconnected. Plug it in again, "
                                                          "wait until it is listed, and start over."),
                  QT_TRANSLATE_NOOP(
                      "posdesk::PcscError",
                      "The card reader was disconnected. Plug it in again, wait until it is listed, and start over.")),
            detail);
    case SCARD_E_UNKNOWN_READER:
        return Error::environment(
            named(
                reader,
                QT_TRANSLATE_NOOP("posdesk::PcscError", "The card reader \"%1\" is not connected. Plug it in, or "
                                                        "choose another reader in the device settings."),
                QT_TRANSLATE_NOOP(
                    "posdesk::PcscError",
                    "The card reader is not connected. Plug it in, or choose another reader in the device settings.")),
            detail);
    case SCARD_E_NO_READERS_AVAILABLE:
        return Error::environment(tr("No chip-card reader is connected. Plug one in and try again."), detail);
    case SCARD_E_NO_SERVICE:
        return Error::environment(
            tr("The smart-card service (pcscd) is not running, so no chip-card reader can be used. Start it "
               "(package pcscd) or ask your administrator, then try again."),
            detail);
    case SCARD_E_SERVICE_STOPPED:
    case SCARD_F_COMM_ERROR:
    case SCARD_E_INVALID_HANDLE:
        return Error::environment(
            tr("The smart-card service (pcscd) stopped while the card was in use. Check that it is running, then "
               "start over with the card."),
            detail);
    case SCARD_E_TIMEOUT:
        return Error::environment(
            named(reader,
                  QT_TRANSLATE_NOOP("posdesk::PcscError",
                                    "The card reader \"%1\" did not answer in the time allowed. Try again."),
                  QT_TRANSLATE_NOOP("posdesk::PcscError",
                                    "The card reader did not answer in the time allowed. Try again.")),
            detail);
    case SCARD_E_CANCELLED:
        return Error::environment(tr("Waiting for the card was cancelled."), detail);
    case SCARD_E_SHARING_VIOLATION:
        return Error::environment(
            named(
                reader,
                QT_TRANSLATE_NOOP("posdesk::PcscError",
                                  "Another program is using the card reader \"%1\". Close that program and try again."),
                QT_TRANSLATE_NOOP("posdesk::PcscError",
                                  "Another program is using the card reader. Close that program and try again.")),
            detail);
    default:
        return Error::environment(
            tr("The card reader reported a problem. Try again; if it persists, unplug the reader and plug it in "
               "again."),
            detail);
    }
}

} // namespace posdesk::PcscError
