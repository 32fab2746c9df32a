// libFuzzer entry point for the PIN pad frame decoders: arbitrary bytes on the till's and on the pad's receive line.
#include "pinpad/PinPadFrame.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>

using namespace posdesk;

namespace {

bool statusOk(const QByteArray &s)
{
    return s.size() == 2 &&
           std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'); });
}

// Feeds input in pieces whose sizes come from the input itself, checks every event and re-encodes every frame.
void run(PinPadDecoder::Side side, QByteArrayView input)
{
    PinPadDecoder decoder(side);
    PinPadDecoder again(side);
    qsizetype accounted = 0;
    qsizetype pos = 0;
    while (pos < input.size()) {
        const qsizetype n = std::min<qsizetype>(1 + std::uint8_t(input[pos]) % 64, input.size() - pos);
        for (PinPadDecodeEvent &e : decoder.feed(input.sliced(pos, n))) {
            switch (e.kind) {
            case PinPadDecodeEvent::Kind::Frame: {
                const QByteArrayView payload = e.frame.payload.view();
                if (payload.size() > pinpad::MaxPayload || !pinpad::isPrintable(payload))
                    __builtin_trap();
                const bool response = side == PinPadDecoder::Side::Responses;
                if (response ? !statusOk(e.frame.status) : !e.frame.status.isEmpty())
                    __builtin_trap();
                const SecureBytes encoded = response ? pinpad::encodeResponse(e.frame.command, e.frame.status, payload)
                                                     : pinpad::encodeRequest(e.frame.command, payload);
                if (encoded.isEmpty())
                    __builtin_trap();
                accounted += encoded.size();
                // The encoder's frame decodes to the same frame.
                const auto back = again.feed(encoded.view());
                if (back.size() != 1 || back[0].kind != PinPadDecodeEvent::Kind::Frame ||
                    back[0].frame.command != e.frame.command || back[0].frame.status != e.frame.status ||
                    back[0].frame.payload.view() != payload)
                    __builtin_trap();
                break;
            }
            case PinPadDecodeEvent::Kind::Skipped:
                if (e.skipped <= 0)
                    __builtin_trap();
                accounted += e.skipped;
                break;
            case PinPadDecodeEvent::Kind::Malformed:
                if (e.problem.isEmpty())
                    __builtin_trap();
                break;
            }
        }
        pos += n;
    }
    // Frames and skipped bytes never claim more bytes than there were.
    if (accounted > input.size())
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    run(PinPadDecoder::Side::Responses, input);
    run(PinPadDecoder::Side::Requests, input);
    return 0;
}
