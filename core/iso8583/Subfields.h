#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>

namespace posdesk::iso8583 {

// Field 60 (n..17, LLLVAR BCD): 60.1 message type code n2, 60.2 batch n6, 60.3 network
// management code n3, then whatever the acquirer adds (60.4 terminal capability …), kept raw.
struct Field60
{
    QByteArray typeCode;    // "22" sale, "00" management …
    QByteArray batch;       // "000519"
    QByteArray networkCode; // "003"; empty when the field stops after 60.2
    QByteArray rest;        // digits after 60.3

    // Accepts 8 digits (60.1 + 60.2) or 11 and more.
    static Result<Field60> parse(QByteArrayView digits);
    Result<QByteArray> toDigits() const;
    bool operator==(const Field60 &) const = default;
};

// Field 61 of a void, refund or reversal: the original transaction.
struct Field61
{
    QByteArray batch; // n6
    QByteArray stan;  // n6
    QByteArray date;  // n4 MMDD; empty when absent
    QByteArray rest;

    // Accepts 12 digits (batch + STAN) or 16 and more.
    static Result<Field61> parse(QByteArrayView digits);
    Result<QByteArray> toDigits() const;
    bool operator==(const Field61 &) const = default;
};

// Field 48 of 0500/0510: settlement totals, domestic then foreign, 31 digits each.
struct SettlementTotals
{
    // Host's verdict in a 0510; 0 in a request.
    enum class Reconciliation : quint8
    {
        NotSet = 0,
        Balanced = 1,
        NotBalanced = 2,
        Error = 3
    };

    struct Side
    {
        std::int64_t debitAmount = 0;  // fen, sales side, n12
        int debitCount = 0;            // n3
        std::int64_t creditAmount = 0; // fen, refund side, n12
        int creditCount = 0;           // n3
        Reconciliation flag = Reconciliation::NotSet;
        bool operator==(const Side &) const = default;
    };

    Side domestic;
    Side foreign;

    static constexpr int Digits = 62;
    static Result<SettlementTotals> parse(QByteArrayView digits);
    // Refuses amounts or counts that do not fit their digits rather than cutting them.
    Result<QByteArray> toDigits() const;
    bool operator==(const SettlementTotals &) const = default;
};

// Field 62 of a sign-on response: working keys encrypted under the TMK, each with its check value.
struct WorkingKeyBlock
{
    enum class Layout : quint8
    {
        SingleDes = 1,    // 60.3 = 001: 24 bytes
        DoubleLength = 3, // 60.3 = 003: 40 bytes
        WithTrackKey = 4, // 60.3 = 004: 60 bytes
    };

    Layout layout = Layout::DoubleLength;
    QByteArray pinKey; // encrypted; 8 or 16 bytes
    QByteArray pinCheck;
    QByteArray macKey; // encrypted; 8 bytes, or 16 when the host fills the second half
    QByteArray macCheck;
    QByteArray trackKey; // encrypted; 16 bytes with Layout::WithTrackKey, else empty
    QByteArray trackCheck;

    static int sizeOf(Layout layout);
    // networkCode is 60.3 of the same message ("001", "003" or "004").
    static Result<Layout> layoutFor(QByteArrayView networkCode);
    static Result<WorkingKeyBlock> parse(QByteArrayView field62, Layout layout);
    Result<QByteArray> toBytes() const;
    bool operator==(const WorkingKeyBlock &) const = default;
};

} // namespace posdesk::iso8583
