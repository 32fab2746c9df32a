#pragma once

#include "card/CardData.h"
#include "reader/ReaderOptions.h"
#include "util/Result.h"

#include <optional>
#include <vector>

namespace posdesk {

// Why a swipe was refused; each maps to a translated message telling the cashier what to do.
enum class SwipeRejection
{
    Empty,                // nothing between the terminators
    MissingStartSentinel, // data does not begin with '%' or ';'
    MissingEndSentinel,   // a track has no closing '?' (partial swipe)
    Malformed,            // separators or fields missing, characters outside the track alphabet
    PanNotDigits,
    PanLength, // not 12..19 digits
    Luhn,
    BadExpiry, // not YYMM with month 01..12
    BadServiceCode,
    TrackMismatch, // track 1 and track 2 describe different cards
    Unreadable,    // the reader flagged every track as unread ("%E?", ";E?")
    TooLong,       // no terminator within ReaderOptions::maxLineLength
};

// Parses ISO 7813 track 1 / track 2 text from an ASCII magnetic-stripe reader into CardData. Raw input is wiped.
class SwipeParser
{
public:
    explicit SwipeParser(ReaderOptions options = {});

    const ReaderOptions &options() const { return m_options; }

    // Parses one swipe line (terminator optional) and wipes `line` whatever the outcome.
    Result<CardData> parse(QByteArray &line) const;

    // For a byte stream from the reader: takes `chunk` (wiping it), returns one result per completed line.
    // A partial line is kept, in wiped-on-release storage, until its terminator arrives.
    std::vector<Result<CardData>> feed(QByteArray &chunk);
    // Drops a partial line, e.g. when the port is closed.
    void reset();
    bool hasPartialLine() const { return !m_pending.isEmpty(); }

    // The rejection behind an Error returned by parse() or feed(); nullopt for other errors.
    static std::optional<SwipeRejection> rejectionOf(const Error &error);
    static Error errorFor(SwipeRejection rejection);
    static bool luhnValid(QByteArrayView digits);

private:
    Result<CardData> parseLine(QByteArrayView line) const;

    ReaderOptions m_options;
    SecureBytes m_pending;
};

} // namespace posdesk
