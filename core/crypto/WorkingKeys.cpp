#include "crypto/WorkingKeys.h"

#include "crypto/CryptoErrors.h"
#include "crypto/Tdes.h"

#include <openssl/crypto.h>

#include <QCoreApplication>

namespace posdesk::crypto {

using detail::tr;
using iso8583::WorkingKeyBlock;

namespace {

// Decrypts one key and proves it against its check value.
Result<SecretBytes> openKey(const TdesKey &tmk, QByteArrayView encrypted, QByteArrayView check, const char *which)
{
    SecretBytes clear(encrypted.size());
    if (const Status s = tmk.decryptEcb(encrypted, clear.data()); !s)
        return s.error();
    auto kcv = keyCheckValue(clear.view());
    if (!kcv)
        return kcv.error();
    if (check.size() != 4 || CRYPTO_memcmp(kcv->constData(), check.data(), 4) != 0) {
        return Error::corrupt(
            QCoreApplication::translate(
                "posdesk::crypto", "The working keys from the sign-on do not match their check values, so they were "
                                   "refused and the sign-on failed. Check that the terminal master key loaded for "
                                   "this terminal is the acquirer's current one, then sign on again."),
            QStringLiteral("field 62: %1 check value %2, computed %3")
                .arg(QString::fromLatin1(which), QString::fromLatin1(check.toByteArray().toHex().toUpper()),
                     QString::fromLatin1(kcv->toHex().toUpper())));
    }
    return clear;
}

Result<QByteArray> sealKey(const TdesKey &tmk, const SecretBytes &clear, QByteArray &check)
{
    auto kcv = keyCheckValue(clear.view());
    if (!kcv)
        return kcv.error();
    check = *kcv;
    return tmk.encryptEcb(clear.view());
}

} // namespace

Result<WorkingKeys> extractWorkingKeys(QByteArrayView field62, QByteArrayView networkCode, QByteArrayView tmkBytes)
{
    auto layout = WorkingKeyBlock::layoutFor(networkCode);
    if (!layout)
        return layout.error();
    auto block = WorkingKeyBlock::parse(field62, *layout);
    if (!block)
        return block.error();
    auto tmk = TdesKey::create(tmkBytes);
    if (!tmk)
        return tmk.error();

    WorkingKeys keys;
    keys.layout = *layout;
    auto pin = openKey(*tmk, block->pinKey, block->pinCheck, "PIN key");
    if (!pin)
        return pin.error();
    keys.pinKey = std::move(*pin);
    auto mac = openKey(*tmk, block->macKey, block->macCheck, "MAC key");
    if (!mac)
        return mac.error();
    keys.macKey = std::move(*mac);
    if (*layout == WorkingKeyBlock::Layout::WithTrackKey) {
        auto track = openKey(*tmk, block->trackKey, block->trackCheck, "track key");
        if (!track)
            return track.error();
        keys.trackKey = std::move(*track);
    }
    return keys;
}

Result<QByteArray> buildWorkingKeysField(WorkingKeyBlock::Layout layout, QByteArrayView tmkBytes,
                                         const WorkingKeys &clearKeys)
{
    auto tmk = TdesKey::create(tmkBytes);
    if (!tmk)
        return tmk.error();
    WorkingKeyBlock block;
    block.layout = layout;
    auto pin = sealKey(*tmk, clearKeys.pinKey, block.pinCheck);
    if (!pin)
        return pin.error();
    block.pinKey = *pin;
    auto mac = sealKey(*tmk, clearKeys.macKey, block.macCheck);
    if (!mac)
        return mac.error();
    block.macKey = *mac;
    if (layout == WorkingKeyBlock::Layout::WithTrackKey) {
        auto track = sealKey(*tmk, clearKeys.trackKey, block.trackCheck);
        if (!track)
            return track.error();
        block.trackKey = *track;
    }
    return block.toBytes();
}

} // namespace posdesk::crypto
