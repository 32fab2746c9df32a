#pragma once

#include "acquirer/CupMessages.h"

#include <QString>

namespace posdesk {

// What an answer means for the money, from the response-code table's category and action (never a literal "00").
namespace ResponseClassifier {

enum class Financial
{
    Approved,  // category A: 00, 11 …
    Partial,   // 10: approved for the amount in field 4, less than asked
    Declined,  // the host said no: no money moved
    Ambiguous, // approved by its code but the amount cannot be trusted: in doubt, reversed
};

struct FinancialVerdict
{
    Financial kind = Financial::Declined;
    std::int64_t approvedMinor = 0; // for Approved and Partial
    QString why;                    // for Ambiguous
};

// The answer to a 0200/0220 asking for `requestedMinor`.
FinancialVerdict financial(const CupMessages::Reply &reply, std::int64_t requestedMinor,
                           const QString &dialect = QStringLiteral("cup"));

enum class Reversal
{
    Done,  // 00, or 25: the host never had the original, which is as good as reversed
    Retry, // a fault that may pass: 96, 98, 68, 90–92, A0/99 after a fresh sign-on …
    Final, // the host refuses the reversal for good (12, 30 …, and codes the table does not know)
};
Reversal reversal(const QString &code, const QString &dialect = QStringLiteral("cup"));

// A0 and 99: the keys or the PIN format are out of step; the next request signs on first.
bool forcesSignOn(const QString &code);

} // namespace ResponseClassifier
} // namespace posdesk
