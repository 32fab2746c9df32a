// libFuzzer entry point for the ISO 8583 unpacker and everything that reads its output.
// Besides "never crash", it checks the codec's round-trip promise: whatever unpack() accepts,
// pack() reproduces byte for byte.

#include "iso8583/Codec.h"
#include "iso8583/Describe.h"
#include "iso8583/Frame.h"
#include "iso8583/Subfields.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace posdesk::iso8583;

namespace {

void exerciseSubfields(const Message &m)
{
    if (m.has(48))
        (void)SettlementTotals::parse(m.view(48));
    if (m.has(60))
        (void)Field60::parse(m.view(60));
    if (m.has(61))
        (void)Field61::parse(m.view(61));
    if (m.has(62)) {
        for (auto layout : {WorkingKeyBlock::Layout::SingleDes, WorkingKeyBlock::Layout::DoubleLength,
                            WorkingKeyBlock::Layout::WithTrackKey})
            (void)WorkingKeyBlock::parse(m.view(62), layout);
    }
}

void checkBody(QByteArrayView body)
{
    auto msg = unpack(body);
    if (!msg)
        return;
    auto packed = pack(*msg);
    if (!packed || QByteArrayView(*packed) != body)
        std::abort(); // accepted input that does not survive a round trip
    exerciseSubfields(*msg);
    (void)macBlock(body);
    (void)describeBody(body);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView in(reinterpret_cast<const char *>(data), qsizetype(size));
    checkBody(in);
    auto frame = unpackFrame(in);
    if (frame) {
        checkBody(frame->body);
        (void)Tpdu::fromBytes(frame->tpdu);
        (void)Header::fromBytes(frame->header);
        (void)describeFrame(in);
    }
    return 0;
}
