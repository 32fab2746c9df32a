#include "emv/Tags.h"

namespace posdesk::emv {

TagFormat tagFormat(quint32 t)
{
    switch (t) {
    case tag::AmountAuthorised:
    case tag::AmountOther:
    case tag::TerminalCountry:
    case tag::TxnCurrency:
    case tag::TxnDate:
    case tag::TxnType:
    case tag::TxnTime:
    case tag::IssuerCountry:
    case tag::Expiry:
    case tag::Effective:
    case tag::PanSequence:
    case tag::ServiceCode:
    case tag::AppCurrency:
    case tag::TerminalType:
    case tag::TxnSequenceCounter:
        return TagFormat::Numeric;
    case tag::Pan:
        return TagFormat::Compressed;
    case tag::AppLabel:
    case tag::PreferredName:
    case tag::LanguagePref:
    case tag::CardholderName:
    case tag::IfdSerial:
    case tag::Arc:
        return TagFormat::Alpha;
    default:
        return TagFormat::Binary;
    }
}

bool isCardholderData(quint32 t)
{
    return t == tag::Pan || t == tag::Track2Equivalent || t == tag::CardholderName || t == tag::Track1Discretionary ||
           t == tag::Track2Discretionary || t == 0x56 || t == 0x9F6B;
}

} // namespace posdesk::emv
