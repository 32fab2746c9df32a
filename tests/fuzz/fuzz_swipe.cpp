// libFuzzer entry point for SwipeParser: arbitrary bytes from a card reader, as one line and as a stream.
#include "reader/SwipeParser.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>

using namespace posdesk;

namespace {

// What any accepted card must satisfy, whatever the input; a violation is a parser bug.
void checkAccepted(const CardData &card)
{
    const QByteArrayView pan = card.pan();
    if (pan.size() < 12 || pan.size() > 19 || !SwipeParser::luhnValid(pan))
        __builtin_trap();
    if (card.masked().size() != pan.size() || card.last4().size() != 4)
        __builtin_trap();
    if (card.expiryMonth() < 1 || card.expiryMonth() > 12 || card.serviceCode().size() != 3)
        __builtin_trap();
    if (!card.hasTrack1() && !card.hasTrack2())
        __builtin_trap();
}

void checkResult(const Result<CardData> &r)
{
    if (r.ok())
        checkAccepted(*r);
    else if (!SwipeParser::rejectionOf(r.error()) || r.error().message.isEmpty())
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the reader framing, so that prefix, suffix and terminator handling are reached too.
    ReaderOptions options;
    switch (data[0] % 3) {
    case 1:
        options.terminator = QByteArrayLiteral("\r\n");
        break;
    case 2:
        options.prefix = QByteArrayLiteral("\x02");
        options.suffix = QByteArrayLiteral("\x03");
        options.terminator = QByteArrayLiteral("\n");
        break;
    default:
        break;
    }
    const QByteArrayView input(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));

    QByteArray line = input.toByteArray();
    checkResult(SwipeParser(options).parse(line));
    if (!line.isEmpty()) // the raw input must always be wiped
        __builtin_trap();

    // The same bytes as a stream, in pieces of 1 to 8 bytes chosen by the data itself.
    SwipeParser stream(options);
    qsizetype pos = 0;
    while (pos < input.size()) {
        const qsizetype n = std::min<qsizetype>(1 + (std::uint8_t(input[pos]) % 8), input.size() - pos);
        QByteArray chunk = input.sliced(pos, n).toByteArray();
        for (const auto &r : stream.feed(chunk))
            checkResult(r);
        if (!chunk.isEmpty())
            __builtin_trap();
        pos += n;
    }
    stream.reset();
    return 0;
}
