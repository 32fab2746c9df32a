// libFuzzer entry point for the printer status parsers: arbitrary bytes on a printer's receive line.
#include "printer/PrinterStatus.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>

using namespace posdesk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));

    // Every byte against every real-time request: accepted exactly when the fixed bits match.
    for (const char c : input) {
        const auto b = std::uint8_t(c);
        for (int n = 1; n <= 4; ++n) {
            const auto s = EscPosStatus::parseRealTime(RealTimeRequest(n), b);
            if (s.ok() != EscPosStatus::isRealTimeReply(b))
                __builtin_trap();
        }
    }
    for (qsizetype i = 0; i + 4 <= input.size(); i += 4)
        (void)EscPosStatus::parseAutomatic(input.sliced(i, 4));
    (void)EscPosStatus::parseAutomatic(input.first(std::min<qsizetype>(input.size(), 5)));

    // The splitter, fed in pieces of 1 to 4 bytes, with a request announced before each piece.
    PrinterReplySplitter splitter;
    qsizetype accounted = 0;
    qsizetype pos = 0;
    while (pos < input.size()) {
        const auto lead = std::uint8_t(input[pos]);
        splitter.expectRealTime(RealTimeRequest(1 + lead % 4));
        const qsizetype n = std::min<qsizetype>(1 + lead % 4, input.size() - pos);
        for (const PrinterReply &r : splitter.feed(input.sliced(pos, n))) {
            accounted += r.bytes.size();
            const bool sizeOk = r.kind == PrinterReply::Kind::Automatic    ? r.bytes.size() == 4
                                : r.kind == PrinterReply::Kind::Unexpected ? !r.bytes.isEmpty()
                                                                           : r.bytes.size() == 1;
            if (!sizeOk)
                __builtin_trap();
            if (r.kind == PrinterReply::Kind::Automatic && !EscPosStatus::parseAutomatic(r.bytes).ok())
                __builtin_trap();
        }
        pos += n;
    }
    // Every byte is reported, except at most three of an automatic status still waiting for its end.
    if (input.size() - accounted < 0 || input.size() - accounted > 3)
        __builtin_trap();
    return 0;
}
