// The PC/SC codes and reader states as the till shows them: every code a reader can return maps to a fault the
// EMV kernel can act on and a translated message that says what to do, with the code only in the detail. Needs no
// pcscd (tst_pcsc covers the codes the rig can really produce; the others, like an unplugged USB reader, are here).

#include "pcsc/PcscError.h"
#include "pcsc/ReaderState.h"

#include <QTest>

using namespace posdesk;

Q_DECLARE_METATYPE(posdesk::ChannelFault)
Q_DECLARE_METATYPE(posdesk::ReaderPresence)

class TestPcscCodes : public QObject
{
    Q_OBJECT

private slots:
    void faultsAndMessages_data();
    void faultsAndMessages();
    void messagesNameTheReaderOnlyWhenKnown();
    void presenceFromFlags_data();
    void presenceFromFlags();
    void presenceKeys();
};

void TestPcscCodes::faultsAndMessages_data()
{
    QTest::addColumn<quint32>("code");
    QTest::addColumn<ChannelFault>("fault");
    QTest::addColumn<QString>("phrase"); // a part of the message a cashier acts on

    QTest::newRow("card removed") << 0x80100069u << ChannelFault::CardRemoved << QStringLiteral("taken out");
    QTest::newRow("no card") << 0x8010000Cu << ChannelFault::CardRemoved << QStringLiteral("Insert the card");
    QTest::newRow("card reset") << 0x80100068u << ChannelFault::CardMute << QStringLiteral("reset the card");
    QTest::newRow("unresponsive") << 0x80100066u << ChannelFault::CardMute << QStringLiteral("does not answer");
    QTest::newRow("unpowered") << 0x80100067u << ChannelFault::CardMute << QStringLiteral("does not answer");
    QTest::newRow("not transacted") << 0x80100016u << ChannelFault::CardMute << QStringLiteral("does not answer");
    QTest::newRow("unsupported card") << 0x80100065u << ChannelFault::CardMute << QStringLiteral("cannot talk");
    QTest::newRow("protocol") << 0x8010000Fu << ChannelFault::CardMute << QStringLiteral("cannot talk");
    QTest::newRow("reader unplugged") << 0x80100017u << ChannelFault::ReaderGone << QStringLiteral("disconnected");
    QTest::newRow("unknown reader") << 0x80100009u << ChannelFault::ReaderGone << QStringLiteral("not connected");
    QTest::newRow("no readers") << 0x8010002Eu << ChannelFault::ReaderGone << QStringLiteral("Plug one in");
    QTest::newRow("no service") << 0x8010001Du << ChannelFault::ServiceGone << QStringLiteral("is not running");
    QTest::newRow("service stopped") << 0x8010001Eu << ChannelFault::ServiceGone << QStringLiteral("stopped");
    QTest::newRow("comm error") << 0x80100013u << ChannelFault::ServiceGone << QStringLiteral("stopped");
    QTest::newRow("stale handle") << 0x80100003u << ChannelFault::ServiceGone << QStringLiteral("stopped");
    QTest::newRow("timeout") << 0x8010000Au << ChannelFault::Timeout << QStringLiteral("time allowed");
    QTest::newRow("sharing") << 0x8010000Bu << ChannelFault::Busy << QStringLiteral("Another program");
    QTest::newRow("cancelled") << 0x80100002u << ChannelFault::Other << QStringLiteral("cancelled");
    QTest::newRow("other") << 0x80100001u << ChannelFault::Other << QStringLiteral("unplug the reader");
}

void TestPcscCodes::faultsAndMessages()
{
    QFETCH(quint32, code);
    QFETCH(ChannelFault, fault);
    QFETCH(QString, phrase);
    QCOMPARE(PcscError::faultOf(code), fault);
    const Error error = PcscError::fromCode(code, "SCardTransmit", QStringLiteral("Shop Reader 00 00"));
    QCOMPARE(error.kind, ErrorKind::Environment);
    QVERIFY2(error.message.contains(phrase), qPrintable(error.message));
    QVERIFY2(!error.message.contains(QStringLiteral("0x")), "the code belongs in the detail, not the message");
    QVERIFY(error.message.endsWith(u'.'));
    const QString hex = QStringLiteral("0x%1").arg(code, 8, 16, QLatin1Char('0'));
    QVERIFY2(error.detail.startsWith(QStringLiteral("SCardTransmit: ") + hex), qPrintable(error.detail));
    QCOMPARE(PcscError::codeText(code).left(10), hex);
}

void TestPcscCodes::messagesNameTheReaderOnlyWhenKnown()
{
    const Error named = PcscError::fromCode(0x80100017u, "SCardTransmit", QStringLiteral("Shop Reader 00 00"));
    QCOMPARE(named.message.left(37), QStringLiteral("The card reader \"Shop Reader 00 00\" w"));
    const Error unnamed = PcscError::fromCode(0x80100017u, "SCardTransmit");
    QVERIFY2(unnamed.message.startsWith(QStringLiteral("The card reader was disconnected.")),
             qPrintable(unnamed.message));
    QCOMPARE(PcscError::faultOf(0), ChannelFault::None);
}

void TestPcscCodes::presenceFromFlags_data()
{
    // SCARD_STATE_*: 0x8 unavailable, 0x10 empty, 0x20 present, 0x80 exclusive, 0x100 in use, 0x200 mute,
    // 0x4 unknown; the upper 16 bits are pcsc-lite's event counter.
    QTest::addColumn<quint32>("flags");
    QTest::addColumn<ReaderPresence>("presence");
    QTest::newRow("empty") << 0x00010010u << ReaderPresence::Empty;
    QTest::newRow("present") << 0x00020020u << ReaderPresence::CardPresent;
    QTest::newRow("present+changed") << 0x00020022u << ReaderPresence::CardPresent;
    QTest::newRow("shared in use") << 0x00020120u << ReaderPresence::InUse;
    QTest::newRow("exclusive") << 0x000200A0u << ReaderPresence::InUse;
    QTest::newRow("mute card") << 0x00020220u << ReaderPresence::CardPresent;
    QTest::newRow("unavailable") << 0x00000008u << ReaderPresence::Unavailable;
    QTest::newRow("unplugged") << 0x0000000Cu << ReaderPresence::Unavailable;
    QTest::newRow("nothing known") << 0x00000000u << ReaderPresence::Unavailable;
}

void TestPcscCodes::presenceFromFlags()
{
    QFETCH(quint32, flags);
    QFETCH(ReaderPresence, presence);
    QCOMPARE(presenceFromStateFlags(flags), presence);
}

void TestPcscCodes::presenceKeys()
{
    QCOMPARE(toKey(ReaderPresence::Empty), QStringLiteral("empty"));
    QCOMPARE(toKey(ReaderPresence::CardPresent), QStringLiteral("card-present"));
    QCOMPARE(toKey(ReaderPresence::InUse), QStringLiteral("in-use"));
    QCOMPARE(toKey(ReaderPresence::Unavailable), QStringLiteral("unavailable"));
    QCOMPARE(describe(ReaderPresence::CardPresent), QStringLiteral("Card inserted"));
    QCOMPARE(describe(ReaderPresence::Unavailable), QStringLiteral("Reader unavailable"));
}

QTEST_GUILESS_MAIN(TestPcscCodes)
#include "tst_pcsc_codes.moc"
