// libFuzzer entry point for the chip data parsers: BER-TLV (card answers, the host's field 55) and DOLs.
#include "emv/Dol.h"
#include "emv/Tlv.h"

#include <cstddef>
#include <cstdint>

using namespace posdesk;
using namespace posdesk::emv;

namespace {

// Every parsed object must lie inside the input and re-encode to no more bytes than it took.
qsizetype check(const std::vector<Tlv> &objects, int depth)
{
    if (depth > TlvParser::MaxDepth + 1)
        __builtin_trap();
    qsizetype total = 0;
    for (const Tlv &o : objects) {
        if (o.tag == 0 || tagSize(o.tag) > 3)
            __builtin_trap();
        const qsizetype encoded = encodeTlv(o.tag, o.value).size();
        total += encoded;
        if (o.isConstructed()) {
            auto again = TlvParser::parse(o.value);
            if (!again || again->size() != o.children.size())
                __builtin_trap();
            check(o.children, depth + 1);
        } else if (!o.children.empty()) {
            __builtin_trap();
        }
    }
    return total;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto objects = TlvParser::parse(bytes);
    if (objects) {
        if (check(*objects, 0) > bytes.size())
            __builtin_trap();
    } else if (objects.error().message.isEmpty() || objects.error().detail.isEmpty()) {
        __builtin_trap();
    }
    auto single = TlvParser::parseSingle(bytes);
    if (single && encodeTlv(single->tag, single->value).size() > bytes.size())
        __builtin_trap();
    auto dol = parseDol(bytes);
    if (dol) {
        DataStore empty;
        if (buildDolData(*dol, empty).size() != dolDataLength(*dol))
            __builtin_trap();
    }
    return 0;
}
