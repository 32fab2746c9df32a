// libFuzzer entry point for the ISO 8583 unpacker and everything that reads its output.
// Besides "never crash", it checks the codec's round-trip promise: whatever unpack() accepts,
// pack() reproduces byte for byte, packing each field in the alignment and pad it was read in.
// Every body is read under the CUP table and under a profile's dialect that changes many rows;
// the lenient reader must agree with the strict one on what is well formed.

#include "iso8583/Codec.h"
#include "iso8583/Describe.h"
#include "iso8583/DialectSettings.h"
#include "iso8583/Frame.h"
#include "iso8583/Subfields.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace posdesk::iso8583;

namespace {

const Dialect &profileDialect()
{
    static const Dialect d = [] {
        auto r = dialectFromSettings(QStringLiteral(R"({"fields": {
            "2": {"pad": "F"}, "22": {"align": "right", "pad": "F"}, "23": {"align": "right"},
            "32": {"align": "right"}, "35": {"align": "right"}, "48": {"type": "text", "max": 512},
            "59": {"type": "binary", "max": 64}, "60": {"max": 999, "align": "right", "pad": "F"},
            "61": {"type": "ascii", "max": 40}, "63": {"type": "numeric", "max": 33}}})"));
        if (!r)
            std::abort();
        return *r;
    }();
    return d;
}

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

void checkBody(QByteArrayView body, const Dialect &dialect)
{
    BodyLayout layout;
    auto msg = unpack(body, dialect, &layout);
    auto lenient = unpackLenient(body, dialect);
    DescribeOptions lenientOptions;
    lenientOptions.lenient = true;
    (void)describeBody(body, dialect, lenientOptions);
    if (!msg) {
        // What the strict reader refuses, the lenient one must not call well formed.
        if (lenient && lenient->complete && lenient->broken.isEmpty() && !lenient->restError)
            std::abort();
        return;
    }
    if (!lenient || !lenient->complete || !lenient->broken.isEmpty() || lenient->restError ||
        !(lenient->message == *msg))
        std::abort(); // the two readers disagree on a well-formed body
    Dialect asRead = dialect;
    for (int f : msg->fieldNumbers()) {
        const BodyLayout::Span &span = layout.fields[f];
        if (!span.variant)
            continue;
        FieldSpec spec = *dialect.field(f);
        spec.alignment = span.alignment;
        spec.pad = span.pad;
        if (!asRead.setField(spec))
            std::abort();
    }
    auto packed = pack(*msg, asRead);
    if (!packed || QByteArrayView(*packed) != body)
        std::abort(); // accepted input that does not survive a round trip
    exerciseSubfields(*msg);
    (void)macBlock(body);
    (void)describeBody(body, dialect);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView in(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const Dialect *dialect : {&Dialect::cup(), &profileDialect()}) {
        checkBody(in, *dialect);
        auto frame = unpackFrame(in);
        if (frame) {
            checkBody(frame->body, *dialect);
            (void)Tpdu::fromBytes(frame->tpdu);
            (void)Header::fromBytes(frame->header);
            (void)describeFrame(in, *dialect);
        }
    }
    // Dialect settings are typed by people: no text may crash their reader.
    if (size < 4096)
        (void)dialectFromSettings(QString::fromUtf8(in.data(), in.size()));
    return 0;
}
