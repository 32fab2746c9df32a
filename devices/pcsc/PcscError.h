#pragma once

#include "card/ChipCardChannel.h"
#include "util/Result.h"

#include <QString>
#include <QtGlobal>

namespace posdesk {

// PC/SC return codes as the project's errors: a translated message that says what to do next, the code and the
// call only in the detail. Codes are the 32-bit values of winscard.h (0x8010xxxx), passed as unsigned.
namespace PcscError {

// Which kind of trouble a code means.
ChannelFault faultOf(quint32 code);

// The error for a failed call: `operation` names the PC/SC call for the detail ("SCardTransmit"), `reader` the
// reader for the message when one is concerned.
Error fromCode(quint32 code, const char *operation, const QString &reader = {});

// "0x80100069 (Card was removed.)": the code and pcsc-lite's own text, for details and logs.
QString codeText(quint32 code);

} // namespace PcscError

} // namespace posdesk
