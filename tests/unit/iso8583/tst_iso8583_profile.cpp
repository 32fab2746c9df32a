// The engine packs and reads in the dialect of the terminal's acquirer profile (CupMessages::frame/readReply).

#include "TestVectors.h"
#include "acquirer/CupMessages.h"
#include "iso8583/Codec.h"

#include <QtTest/QtTest>

using namespace posdesk;
using namespace posdesk::iso8583;
using posdesk::test::loadHexVector;

namespace {

LinkContext context(const QString &dialectSettings)
{
    LinkContext c;
    c.acquirer.name = QStringLiteral("Bank");
    c.acquirer.tpdu = QStringLiteral("6000050000");
    c.acquirer.dialectSettings = dialectSettings;
    c.terminal.tid = QStringLiteral("58402001");
    c.terminal.mid = QStringLiteral("302440380621100");
    c.terminal.batchNo = 1;
    return c;
}

// The request V6 answers: an 0200 with its trace number and terminal ID.
Message v6Request()
{
    Message m("0200");
    m.set(11, "000134");
    m.set(41, "58402001");
    return m;
}

QString errorText(const Error &e)
{
    return e.fullText();
}

} // namespace

class TestIso8583Profile : public QObject
{
    Q_OBJECT

private slots:
    void framePacksInTheProfileDialect_data()
    {
        QTest::addColumn<QString>("settings");
        QTest::addColumn<QByteArray>("field60"); // wire bytes, prefix included
        QTest::newRow("CUP table") << QString() << QByteArray("0011000000013010");
        QTest::newRow("right-aligned, pad F") << QStringLiteral(R"({"fields": {"60": {"align": "right", "pad": "F"}}})")
                                              << QByteArray("0011F00000001301");
        QTest::newRow("left-aligned, pad F")
            << QStringLiteral(R"({"fields": {"60": {"pad": "F"}}})") << QByteArray("001100000001301F");
    }

    void framePacksInTheProfileDialect()
    {
        QFETCH(QString, settings);
        QFETCH(QByteArray, field60);
        const LinkContext c = context(settings);
        const Message echo = CupMessages::echoTest(c, 7);
        auto wire = CupMessages::frame(echo, c, nullptr);
        QVERIFY2(wire.ok(), qPrintable(wire.ok() ? QString() : errorText(wire.error())));
        QVERIFY(wire->toHex().toUpper().endsWith(field60));
        // And the reading side agrees with itself.
        auto frame = unpackFrame(*wire);
        QVERIFY(frame.ok());
        auto dialect = CupMessages::dialectOf(c.acquirer);
        QVERIFY(dialect.ok());
        auto back = unpack(frame->body, *dialect);
        QVERIFY(back.ok());
        QCOMPARE(back->bytes(60), QByteArray("00000001301"));
    }

    void readReplyReadsInTheProfileDialect()
    {
        const QByteArray v6 = loadHexVector(QStringLiteral("v6_ic_sale_0210.frame.hex"));
        QVERIFY(!v6.isEmpty());
        for (const QString &settings : {QString(), QStringLiteral(R"({"fields": {"23": {"align": "right"}}})")}) {
            auto reply = CupMessages::readReply(v6, v6Request(), context(settings));
            QVERIFY2(reply.ok(), qPrintable(reply.ok() ? QString() : errorText(reply.error())));
            QCOMPARE(reply->responseCode, QStringLiteral("00"));
            QCOMPARE(reply->message.bytes(23), QByteArray("001"));
            QVERIFY(reply->hasMac);
        }
        // A profile that allows field 63 two bytes only: the same answer is now too long there.
        auto narrow =
            CupMessages::readReply(v6, v6Request(), context(QStringLiteral(R"({"fields": {"63": {"max": 2}}})")));
        QVERIFY(!narrow.ok());
        QCOMPARE(narrow.error().kind, ErrorKind::Corrupt);
        QVERIFY2(narrow.error().detail.contains(QStringLiteral("field 63 at offset 152: length 3 bytes over the "
                                                               "maximum 2")),
                 qPrintable(narrow.error().detail));
    }

    // Settings that do not parse (stored by hand, past the repository's check) stop the exchange before anything
    // is sent; the CUP table is not used in their place.
    void invalidSettingsSendNothing()
    {
        const LinkContext c = context(QStringLiteral(R"({"fields": {"23": {"align": "middle"}}})"));
        auto wire = CupMessages::frame(CupMessages::echoTest(c, 7), c, nullptr);
        QVERIFY(!wire.ok());
        QCOMPARE(wire.error().kind, ErrorKind::Usage);
        QVERIFY(wire.error().message.contains(QStringLiteral("“Bank”")));
        QVERIFY(wire.error().message.contains(QStringLiteral("field 23")));
        QCOMPARE(wire.error().detail, QStringLiteral("dialect settings: field 23: align"));
        auto reply = CupMessages::readReply(loadHexVector(QStringLiteral("v6_ic_sale_0210.frame.hex")), v6Request(), c);
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error().detail, wire.error().detail);
        QVERIFY(!CupMessages::dialectOf(c.acquirer).ok());
    }
};

QTEST_GUILESS_MAIN(TestIso8583Profile)
#include "tst_iso8583_profile.moc"
