#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace posdesk::emv {

// An application the terminal accepts, from the acquirer's AID parameters (IC download 60.3 = 380).
struct SupportedAid
{
    QByteArray aid;           // binary, 5..16 bytes
    bool partialMatch = true; // a card AID that starts with this one is accepted
    QByteArray appVersion;    // 9F09, two bytes
};

// What this terminal is and can do, for the chip application. Defaults: an attended, online-only merchant till
// in China with a contact reader, online PIN on a PIN pad, signature, and no offline approval.
struct TerminalConfig
{
    QByteArray terminalCountry = QByteArray::fromHex("0156");
    QByteArray currency = QByteArray::fromHex("0156");
    quint8 terminalType = 0x21; // merchant, attended, online only
    // 9F33: keyed, stripe, contact IC; online PIN, signature, no CVM; SDA, DDA (no offline PIN, no CDA).
    QByteArray capabilities = QByteArray::fromHex("E068C0");
    QByteArray additionalCapabilities = QByteArray::fromHex("6000F0A001");
    QByteArray ifdSerial = "00000000"; // 9F1E, 8 characters
    qint64 floorLimitFen = 0;          // online only: every amount reaches it
    QByteArray tacDefault = QByteArray::fromHex("D84004A800");
    QByteArray tacDenial = QByteArray::fromHex("0010000000");
    QByteArray tacOnline = QByteArray::fromHex("D84004F800");
    std::vector<SupportedAid> aids = unionPayAids();
    bool pinPadAvailable = false;

    static std::vector<SupportedAid> unionPayAids();
};

} // namespace posdesk::emv
