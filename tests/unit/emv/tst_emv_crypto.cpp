// The issuer's cryptograms (as the host simulator plays the issuer) and the RSA recovery of offline authentication.
#include "emv/Cryptograms.h"
#include "emv/OfflineAuth.h"
#include "emv/Tags.h"
#include "emv/Tlv.h"

#include <QCryptographicHash>
#include <QTest>

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

using namespace posdesk;
using namespace posdesk::emv;

namespace {

// The known answers below were computed with an independent implementation (pycryptodome's DES/3DES with the
// same Option A, session-key, ISO 9797-1 algorithm 3 and ARPC method 1 steps written out by hand).
const QByteArray Imk = QByteArray::fromHex("0123456789ABCDEFFEDCBA9876543210");

QByteArray field55ForArqc()
{
    QByteArray f;
    appendTlv(f, tag::Cryptogram, QByteArray::fromHex("A9CB835975C7019B"));
    appendTlv(f, tag::Cid, QByteArray::fromHex("80"));
    appendTlv(f, tag::Iad, QByteArray::fromHex("07010103A00000010A0100000000000000"));
    appendTlv(f, tag::UnpredictableNumber, QByteArray::fromHex("11223344"));
    appendTlv(f, tag::Atc, QByteArray::fromHex("001C"));
    appendTlv(f, tag::Tvr, QByteArray::fromHex("0000000000"));
    appendTlv(f, tag::TxnDate, QByteArray::fromHex("261201"));
    appendTlv(f, tag::TxnType, QByteArray::fromHex("00"));
    appendTlv(f, tag::AmountAuthorised, QByteArray::fromHex("000000001234"));
    appendTlv(f, tag::TxnCurrency, QByteArray::fromHex("0156"));
    appendTlv(f, tag::Aip, QByteArray::fromHex("7C00"));
    appendTlv(f, tag::TerminalCountry, QByteArray::fromHex("0156"));
    appendTlv(f, tag::AmountOther, QByteArray::fromHex("000000000000"));
    return f;
}

} // namespace

class TstEmvCrypto : public QObject
{
    Q_OBJECT

private slots:
    void cardAndSessionKeys()
    {
        auto udk = issuer::deriveCardKey(Imk, "6225880000000014", "01");
        QVERIFY(udk.ok());
        QCOMPARE(udk->toHex(), QByteArray("B6CD40F13D43CECE7C435E491A37EA40"));
        auto sk = issuer::deriveSessionKey(udk->view(), QByteArray::fromHex("001C"));
        QVERIFY(sk.ok());
        QCOMPARE(sk->toHex(), QByteArray("B0E5FDF8452CB034672A3268D9CD2658"));
        // Another PAN sequence number is another card key.
        auto other = issuer::deriveCardKey(Imk, "6225880000000014", "02");
        QVERIFY(other.ok());
        QVERIFY(!(*other == *udk));
        QVERIFY(!issuer::deriveCardKey(Imk.left(8), "6225880000000014", "01").ok());
        QVERIFY(!issuer::deriveSessionKey(udk->view(), QByteArray::fromHex("1C")).ok());
    }

    void arqcFromField55AndArpc()
    {
        auto input = issuer::arqcInput(field55ForArqc());
        QVERIFY2(input.ok(), qPrintable(input.ok() ? QString() : input.error().fullText()));
        QCOMPARE(input->toHex().toUpper(), QByteArray("000000001234000000000000015600000000000156261201001122334"
                                                      "47C00001C03A00000"));
        auto udk = issuer::deriveCardKey(Imk, "6225880000000014", "01");
        auto sk = issuer::deriveSessionKey(udk->view(), QByteArray::fromHex("001C"));
        auto arqc = issuer::cryptogram(sk->view(), *input);
        QVERIFY(arqc.ok());
        QCOMPARE(arqc->toHex().toUpper(), QByteArray("A9CB835975C7019B"));
        auto arpc = issuer::arpc(sk->view(), *arqc, "00");
        QVERIFY(arpc.ok());
        QCOMPARE(arpc->toHex().toUpper(), QByteArray("21D24DBA6FED4055"));
        // One changed amount digit gives another cryptogram.
        QByteArray changed = *input;
        changed[5] = char(0x35);
        QVERIFY(*issuer::cryptogram(sk->view(), changed) != *arqc);
    }

    void arqcInputRefusesIncompleteData()
    {
        QByteArray f = field55ForArqc();
        auto objects = TlvParser::parse(f);
        QVERIFY(objects.ok());
        QByteArray withoutUn;
        for (const Tlv &o : *objects)
            if (o.tag != tag::UnpredictableNumber)
                appendTlv(withoutUn, o.tag, o.value);
        auto r = issuer::arqcInput(withoutUn);
        QVERIFY(!r.ok());
        QVERIFY(r.error().detail.contains(QStringLiteral("9F37")));
        QVERIFY(!issuer::arqcInput(f.left(f.size() - 3)).ok());
    }

    void rsaRecoverUndoesThePrivateOperation()
    {
        EVP_PKEY *key = EVP_RSA_gen(1024);
        QVERIFY(key);
        BIGNUM *n = nullptr, *e = nullptr;
        QVERIFY(EVP_PKEY_get_bn_param(key, "n", &n));
        QVERIFY(EVP_PKEY_get_bn_param(key, "e", &e));
        QByteArray modulus(BN_num_bytes(n), '\0'), exponent(BN_num_bytes(e), '\0');
        BN_bn2bin(n, reinterpret_cast<unsigned char *>(modulus.data()));
        BN_bn2bin(e, reinterpret_cast<unsigned char *>(exponent.data()));
        // A certificate-shaped block (6A … BC) signed with the raw private operation.
        QByteArray block(modulus.size(), '\xBB');
        block[0] = char(0x6A);
        block[1] = char(0x02);
        block[block.size() - 1] = char(0xBC);
        EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(key, nullptr);
        QVERIFY(EVP_PKEY_sign_init(ctx) == 1);
        QVERIFY(EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_NO_PADDING) == 1);
        size_t length = size_t(modulus.size());
        QByteArray signature(modulus.size(), '\0');
        QVERIFY(EVP_PKEY_sign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length,
                              reinterpret_cast<const unsigned char *>(block.constData()), size_t(block.size())) == 1);
        auto recovered = rsaRecover(signature, modulus, exponent);
        QVERIFY(recovered.ok());
        QCOMPARE(*recovered, block);
        QByteArray tampered = signature;
        tampered[10] = char(tampered[10] ^ 1);
        QVERIFY(*rsaRecover(tampered, modulus, exponent) != block);
        QVERIFY(!rsaRecover(modulus, modulus, exponent).ok()); // signature ≥ modulus
        EVP_PKEY_CTX_free(ctx);
        EVP_PKEY_free(key);
        BN_free(n);
        BN_free(e);
    }

    void caChecksumIsSha1OfItsParts()
    {
        CaPublicKey key;
        key.rid = QByteArray::fromHex("A000000333");
        key.index = 0x80;
        key.modulus = QByteArray::fromHex("C0FFEE");
        key.exponent = QByteArray::fromHex("03");
        QCOMPARE(caKeyChecksum(key),
                 QCryptographicHash::hash(QByteArray::fromHex("A00000033380C0FFEE03"), QCryptographicHash::Sha1));
    }
};

QTEST_GUILESS_MAIN(TstEmvCrypto)
#include "tst_emv_crypto.moc"
