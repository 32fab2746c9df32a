#pragma once

#include <QtGlobal>

namespace posdesk::emv {

// How a data element's value is formatted (EMV Book 3, Annex A), which decides DOL padding and truncation.
enum class TagFormat : quint8
{
    Binary,     // b
    Numeric,    // n: BCD, right-aligned, padded on the left with 0
    Compressed, // cn: BCD, left-aligned, padded on the right with F
    Alpha,      // a, an, ans: text, padded on the right with 00
};

namespace tag {
// Card
constexpr quint32 Fci = 0x6F, FciProprietary = 0xA5, DfName = 0x84, Aid = 0x4F, AppLabel = 0x50, Priority = 0x87,
                  Sfi = 0x88, Pdol = 0x9F38, PreferredName = 0x9F12, LanguagePref = 0x5F2D, FciIssuerData = 0xBF0C,
                  DirectoryEntry = 0x61, Record = 0x70, ResponseFormat1 = 0x80, ResponseFormat2 = 0x77,
                  CommandTemplate = 0x83, Aip = 0x82, Afl = 0x94, Track2Equivalent = 0x57, Pan = 0x5A,
                  CardholderName = 0x5F20, Track1Discretionary = 0x9F1F, Track2Discretionary = 0x9F20, Expiry = 0x5F24,
                  Effective = 0x5F25, IssuerCountry = 0x5F28, PanSequence = 0x5F34, ServiceCode = 0x5F30, Cdol1 = 0x8C,
                  Cdol2 = 0x8D, CvmList = 0x8E, Auc = 0x9F07, IacDefault = 0x9F0D, IacDenial = 0x9F0E,
                  IacOnline = 0x9F0F, CardAppVersion = 0x9F08, AppCurrency = 0x9F42, CaKeyIndex = 0x8F,
                  IssuerCert = 0x90, IssuerExponent = 0x9F32, IssuerRemainder = 0x92, IccCert = 0x9F46,
                  IccExponent = 0x9F47, IccRemainder = 0x9F48, Ddol = 0x9F49, SignedStatic = 0x93, SdaTagList = 0x9F4A,
                  SignedDynamic = 0x9F4B, Atc = 0x9F36, LastOnlineAtc = 0x9F13, PinTryCounter = 0x9F17,
                  LowerOfflineLimit = 0x9F14, UpperOfflineLimit = 0x9F23, Cid = 0x9F27, Cryptogram = 0x9F26,
                  Iad = 0x9F10,
                  // Host
    IssuerAuthData = 0x91, ScriptTemplate1 = 0x71, ScriptTemplate2 = 0x72, ScriptCommand = 0x86, ScriptId = 0x9F18,
                  Arc = 0x8A,
                  // Terminal
    AmountAuthorised = 0x9F02, AmountOther = 0x9F03, TerminalCountry = 0x9F1A, Tvr = 0x95, TxnCurrency = 0x5F2A,
                  TxnDate = 0x9A, TxnType = 0x9C, UnpredictableNumber = 0x9F37, TerminalCapabilities = 0x9F33,
                  CvmResults = 0x9F34, TerminalType = 0x9F35, IfdSerial = 0x9F1E, TerminalAppVersion = 0x9F09,
                  TxnSequenceCounter = 0x9F41, Tsi = 0x9B, AdditionalCapabilities = 0x9F40, FloorLimit = 0x9F1B,
                  TxnTime = 0x9F21, ScriptResults = 0xDF31;
} // namespace tag

TagFormat tagFormat(quint32 tag);
// PAN, track data, cardholder name: never logged, never in a plain QByteArray outside the transaction.
bool isCardholderData(quint32 tag);

} // namespace posdesk::emv
