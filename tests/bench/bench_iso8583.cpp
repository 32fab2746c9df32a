// Google Benchmark for the ISO 8583 hot path: a typical 0200 magstripe sale packed, MACed
// (CUP-ECB) and unpacked again. Target: at least 300,000 round trips a second on one core.
// The chip sale (issue 15) is the same round trip with 23, field 55 (the request's 20 tags, 145 bytes, as the
// emulated PBOC card gives them) and the chip's field 60; the magstripe round trip in the same run is its
// baseline. Target: at least 300,000 a second on one core as well.

#include "crypto/Mac.h"
#include "iso8583/Codec.h"

#include <benchmark/benchmark.h>

#include <cstdlib>

using namespace posdesk;
using namespace posdesk::iso8583;
using posdesk::crypto::MacAlgorithm;
using posdesk::crypto::MacEngine;

namespace {

Message typicalSale()
{
    Message m("0200");
    m.set(2, "6217800100900072756");
    m.set(3, "000000");
    m.set(4, "000000012345");
    m.set(11, "000631");
    m.set(14, "2212");
    m.set(22, "021");
    m.set(25, "00");
    m.set(26, "12");
    m.set(35, "6217800100900072756=22122011234567890");
    m.set(41, "12345677");
    m.set(42, "123456789012345");
    m.set(49, "156");
    m.set(52, QByteArray::fromHex("3A1B0C5D9E8F7A6B"));
    m.set(53, "2600000000000000");
    m.set(60, "22000003000");
    m.set(64, QByteArray(8, '\0')); // placeholder: the MAC is computed over the packed body
    return m;
}

// A chip sale as PosDesk sends it: 22 = 051, 23 = 001, field 55 of the first GENERATE AC, 60.4/60.5.
Message chipSale()
{
    Message m = typicalSale();
    m.set(22, "051");
    m.set(23, "001");
    m.set(55, QByteArray::fromHex(
                  "9F2608A0D604DF40E669689F2701809F101307010103A00000010A010000000000000000009F37047362BE949F360200"
                  "12950500009080009A032612039C01009F02060000000123455F2A02015682027C009F1A0201569F0306000000000000"
                  "9F3303E068C09F34033F00019F3501219F1E0831323334353630318408A0000003330101019F090200309F41040000"
                  "0009"));
    m.set(60, "2200000300050");
    return m;
}

MacEngine macEngine()
{
    auto e = MacEngine::create(MacAlgorithm::CupEcb, QByteArray::fromHex("DAB36167E6DFB5EF"));
    if (!e)
        std::abort();
    return std::move(*e);
}

// Sender and receiver in one: pack, MAC, unpack. One MAC per round trip.
void roundTripWithMac(benchmark::State &state, const Message &request)
{
    const MacEngine mac = macEngine();
    for (auto _ : state) {
        auto body = pack(request);
        auto mab = macBlock(*body);
        char m[MacEngine::MacSize];
        if (!mac.computeInto(*mab, m))
            state.SkipWithError("MAC failed");
        (void)setMac(*body, QByteArrayView(m, MacEngine::MacSize));
        auto back = unpack(*body);
        if (!back || back->view(55).size() != request.view(55).size())
            state.SkipWithError("unpack failed");
        benchmark::DoNotOptimize(back);
    }
    state.SetItemsProcessed(state.iterations());
}

void BM_RoundTripWithMac(benchmark::State &state)
{
    roundTripWithMac(state, typicalSale());
}
BENCHMARK(BM_RoundTripWithMac);

// The chip sale's round trip (its baseline is BM_RoundTripWithMac above).
void BM_ChipSaleRoundTripWithMac(benchmark::State &state)
{
    roundTripWithMac(state, chipSale());
}
BENCHMARK(BM_ChipSaleRoundTripWithMac);

// As above, and the receiver also verifies the MAC: two MACs per round trip.
void BM_RoundTripMacAndVerify(benchmark::State &state)
{
    const Message sale = typicalSale();
    const MacEngine mac = macEngine();
    for (auto _ : state) {
        auto body = pack(sale);
        char m[MacEngine::MacSize];
        (void)mac.computeInto(*macBlock(*body), m);
        (void)setMac(*body, QByteArrayView(m, MacEngine::MacSize));
        auto back = unpack(*body);
        if (!back || !mac.verify(*macBlock(*body), back->view(64)))
            state.SkipWithError("verify failed");
        benchmark::DoNotOptimize(back);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_RoundTripMacAndVerify);

void BM_Pack(benchmark::State &state)
{
    const Message sale = typicalSale();
    for (auto _ : state) {
        auto body = pack(sale);
        benchmark::DoNotOptimize(body);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Pack);

void BM_Unpack(benchmark::State &state)
{
    const QByteArray body = pack(typicalSale()).value();
    for (auto _ : state) {
        auto msg = unpack(body);
        benchmark::DoNotOptimize(msg);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Unpack);

void BM_MacCupEcb(benchmark::State &state)
{
    const QByteArray body = pack(typicalSale()).value();
    const QByteArrayView mab = macBlock(body).value();
    const MacEngine mac = macEngine();
    for (auto _ : state) {
        char m[MacEngine::MacSize];
        (void)mac.computeInto(mab, m);
        benchmark::DoNotOptimize(m);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_MacCupEcb);

} // namespace

BENCHMARK_MAIN();
