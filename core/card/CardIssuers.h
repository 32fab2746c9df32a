#pragma once

#include <QString>

// The card's issuer from the first digits of its number, as the slip prints it (发卡行), from the table in
// resources/card-issuers/bins.tsv. Needs only the masked number's first six digits.
namespace posdesk::CardIssuers {

struct Issuer
{
    QString zh;
    QString en;
};

// Empty names when the table does not know the BIN.
Issuer forPan(const QString &maskedPan);

} // namespace posdesk::CardIssuers
