#pragma once

#include "crypto/SecretBytes.h"
#include "util/Result.h"

#include <QByteArrayView>

namespace posdesk::crypto {

// ISO 9564 format 0 PIN blocks. At the till the PIN pad builds field 52 and no PIN ever passes
// through the PC; these exist for the host simulator, PIN pad emulation and tests.

// Clear block: (0 | length | PIN | F…) XOR (0000 | 12 rightmost PAN digits without the check digit).
// pin: 4..12 digits; pan: 13..19 digits.
Result<SecretBytes> pinBlockFormat0(QByteArrayView pin, QByteArrayView pan);
// Field 52: the clear block encrypted (triple-DES ECB) under the PIN key.
Result<QByteArray> encryptPinBlockFormat0(QByteArrayView pinKey, QByteArrayView pin, QByteArrayView pan);
// The PIN out of a clear format 0 block; refuses a block that is not format 0 for this PAN.
Result<SecretBytes> pinFromBlockFormat0(QByteArrayView clearBlock, QByteArrayView pan);

} // namespace posdesk::crypto
