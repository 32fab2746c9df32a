#pragma once

#include "acquirer/IcParameters.h"
#include "crypto/SecretBytes.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace posdesk::hostsim {

// The card issuers and the CA behind the emulated test cards (tests/rig/card: cards.json and ca-keys.json), played
// by the simulator: it checks a chip sale's ARQC, answers with an ARPC (field 55 tag 91) and optionally issuer
// scripts, and serves the CA public keys and AID parameters in the IC download (0820 372/382, 0800 370/380).
class ChipIssuer
{
public:
    struct Verdict
    {
        bool cryptogramOk = false;
        QByteArray replyField55; // 91 (ARPC || ARC) and any scripts
        QString note;            // for the simulator's log (no card number)
    };

    // Reads DIR/cards.json and DIR/ca-keys.json.
    static Result<ChipIssuer> load(const QString &directory);

    // A 0200's chip data: the ARQC is recomputed from field 55 with the issuer's key for the PAN; responseCode is
    // the answer the host gives (its ARC). script: "" none, "block" an APPLICATION BLOCK then UNBLOCK pair.
    Verdict authorise(QByteArrayView panDigits, QByteArrayView psnDigits, QByteArrayView field55,
                      QByteArrayView responseCode, const QString &script) const;

    // The issuer's PIN check of a chip sale: field52 (empty when none came) decrypted with the terminal's PIN key.
    // Empty when the PIN is right or the card needs none; else why not (for the log, without the PIN).
    QString checkPin(QByteArrayView panDigits, QByteArrayView field52, QByteArrayView pinKey) const;

    const QList<CaKeyRecord> &caKeys() const { return m_caKeys; }
    const QList<AidRecord> &aids() const { return m_aids; }

private:
    struct Issuer
    {
        QByteArray panPrefix;
        SecretBytes imkAc;
        SecretBytes imkSmi;
    };
    const Issuer *issuerFor(QByteArrayView pan) const;

    struct CardPin
    {
        QByteArray panHash; // SHA-256 of the card number
        SecretBytes pin;
    };

    QList<Issuer> m_issuers;
    QList<CardPin> m_pins;
    QList<CaKeyRecord> m_caKeys;
    QList<AidRecord> m_aids;
};

} // namespace posdesk::hostsim
