#pragma once

#include "iso8583/Dialect.h"
#include "util/Result.h"

#include <QString>

namespace posdesk::iso8583 {

// The dialect settings of an acquirer profile: what it changes in the CUP table, as a JSON object, e.g.
//   {"fields": {"23": {"align": "right"}, "48": {"type": "text"}, "60": {"max": 120}, "2": {"pad": "F"}}}
// Per field: "align" ("left" or "right") and "pad" ("0" or "F") of odd-length numeric and track fields;
// "type" ("numeric", "text", "ascii" or "binary") and "max" (1..999, digits for numeric, else bytes) of
// fields 48, 59, 60, 61 and 63. Empty text (or only white space) leaves base as it is.
//
// Anything else is refused with Error::usage naming the field, translated: a typo never leaves the CUP
// table silently in force, nor replaces it with something half read.
Result<Dialect> dialectFromSettings(const QString &settings, const Dialect &base = Dialect::cup());

} // namespace posdesk::iso8583
