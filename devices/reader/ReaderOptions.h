#pragma once

#include <QByteArray>

namespace posdesk {

// How a magnetic-stripe reader frames a swipe on the wire: [prefix] tracks [suffix] terminator.
struct ReaderOptions
{
    // Stripped when present at the start of a line (some readers are configured to send e.g. STX or an id).
    QByteArray prefix;
    // Stripped when present at the end of a line, before the terminator.
    QByteArray suffix;
    // Ends one swipe on the stream. CR and LF around a line are ignored, so "\r" also accepts CR LF.
    QByteArray terminator = QByteArrayLiteral("\r");
    // A line longer than this is not a swipe (three full tracks are about 200 characters).
    int maxLineLength = 512;
};

} // namespace posdesk
