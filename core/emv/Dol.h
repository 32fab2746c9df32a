#pragma once

#include "emv/DataStore.h"
#include "util/Result.h"

#include <QByteArray>

#include <vector>

namespace posdesk::emv {

// One entry of a data object list (PDOL, CDOL1/2, DDOL): which tag the card wants, in how many bytes.
struct DolEntry
{
    quint32 tag = 0;
    int length = 0;
};

// Reads a DOL: tag, one-byte length, repeated. Error::corrupt on a cut-short list.
Result<std::vector<DolEntry>> parseDol(QByteArrayView dol);

// The concatenated values the card asked for, each fitted to its length as EMV Book 3 section 5.4 says (numeric:
// left zero pad, leftmost digits dropped; compressed numeric: right F pad; others: right zero pad, truncated on the
// right); tags the terminal does not know are sent as zeros.
QByteArray buildDolData(const std::vector<DolEntry> &dol, const DataStore &store);

// Total byte length of the data a DOL asks for.
int dolDataLength(const std::vector<DolEntry> &dol);

} // namespace posdesk::emv
