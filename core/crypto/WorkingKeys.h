#pragma once

#include "crypto/SecretBytes.h"
#include "iso8583/Subfields.h"
#include "util/Result.h"

#include <QByteArrayView>

namespace posdesk::crypto {

// Clear working keys from a sign-on: PIN key (TPK), MAC key (TAK), track-data key (TDK).
struct WorkingKeys
{
    iso8583::WorkingKeyBlock::Layout layout = iso8583::WorkingKeyBlock::Layout::DoubleLength;
    SecretBytes pinKey;
    SecretBytes macKey;
    SecretBytes trackKey; // empty unless the layout carries one
};

// Decrypts the keys of 0810 field 62 under the TMK (triple-DES ECB) and checks each against its
// check value. networkCode is 60.3 of the same message. A check value that does not match
// refuses the whole set (Error::corrupt): the sign-on has failed.
Result<WorkingKeys> extractWorkingKeys(QByteArrayView field62, QByteArrayView networkCode, QByteArrayView tmk);

// The inverse, as the host builds field 62: for the host simulator and tests.
Result<QByteArray> buildWorkingKeysField(iso8583::WorkingKeyBlock::Layout layout, QByteArrayView tmk,
                                         const WorkingKeys &clearKeys);

} // namespace posdesk::crypto
