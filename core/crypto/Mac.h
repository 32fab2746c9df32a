#pragma once

#include "crypto/Tdes.h"
#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <functional>
#include <optional>

namespace posdesk::crypto {

// MAC variants an acquirer profile can choose (see the MAC table of the CUP reference).
enum class MacAlgorithm : quint8
{
    CupEcb, // 银联 ECB: XOR of blocks, hex, two encryptions; 8 ASCII hex characters. Key 8 or 16 bytes.
    X99,    // ANSI X9.9: single-DES CBC-MAC, zero IV, zero padding. Key 8 bytes.
    X919,   // ANSI X9.19 retail MAC: X9.9 under the left half, then D(right) E(left). Key 16 bytes.
};

// A MAC key prepared for one algorithm; compute() costs no allocation. Not thread-safe.
class MacEngine
{
public:
    static constexpr int MacSize = 8;

    static Result<MacEngine> create(MacAlgorithm algorithm, QByteArrayView key);
    // A MAC key the PC does not hold (a PIN pad keeps it): compute asks the device for the 8 bytes of field 64.
    using DeviceMac = std::function<Status(QByteArrayView data, char *out)>;
    static MacEngine inDevice(MacAlgorithm algorithm, DeviceMac compute);

    MacAlgorithm algorithm() const { return m_algorithm; }

    // The 8 bytes of field 64 for data (the MAB), zero-padded to whole blocks.
    Status computeInto(QByteArrayView data, char *out) const;
    Result<QByteArray> compute(QByteArrayView data) const;
    // Error::corrupt when mac is not the MAC of data; compares in constant time.
    Status verify(QByteArrayView data, QByteArrayView mac) const;

private:
    MacEngine(MacAlgorithm algorithm, std::optional<TdesKey> key, std::optional<TdesKey> left);

    MacAlgorithm m_algorithm;
    std::optional<TdesKey> m_key;  // empty when a device holds the key
    std::optional<TdesKey> m_left; // X9.19: single DES under the left key half
    DeviceMac m_device;
};

// One-shot form of MacEngine::create + compute.
Result<QByteArray> computeMac(MacAlgorithm algorithm, QByteArrayView key, QByteArrayView data);

} // namespace posdesk::crypto
