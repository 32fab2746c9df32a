#include "printer/EscPosBuilder.h"
#include "printer/EscPosDump.h"
#include "printer/PrinterText.h"

#include <QTest>

using namespace posdesk;

Q_DECLARE_METATYPE(posdesk::Status)

namespace {

PrinterOptions chinese(int width = 48)
{
    PrinterOptions o;
    o.chineseMode = true;
    o.paperWidth = width;
    return o;
}

PrinterOptions latin(int width = 48, int codePage = 0)
{
    PrinterOptions o;
    o.chineseMode = false;
    o.codePage = codePage;
    o.paperWidth = width;
    return o;
}

QByteArray hex(const char *h)
{
    return QByteArray::fromHex(QByteArray(h));
}

} // namespace

class TestEscPosBuilder : public QObject
{
    Q_OBJECT

private slots:
    void commands_data();
    void commands();
    void gb18030Text_data();
    void gb18030Text();
    void latinText_data();
    void latinText();
    void controlCharactersCannotInjectCommands();
    void width_data();
    void width();
    void labelValue_data();
    void labelValue();
    void labelValueWrapsWhenTooLong();
    void labelValueFollowsCharacterWidth();
    void wrapNeverSplitsACharacter();
    void qrFallsBackToText();
    void qrLongPayloadLengthBytes();
    void invalidArguments_data();
    void invalidArguments();
    void dumpIsReadable();
};

void TestEscPosBuilder::commands_data()
{
    QTest::addColumn<QByteArray>("actual");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("init chinese") << EscPosBuilder(chinese()).init().bytes() << hex("1B40 1B7400 1C26");
    QTest::newRow("init latin cp16") << EscPosBuilder(latin(48, 16)).init().bytes() << hex("1B40 1B7410 1C2E");
    QTest::newRow("code page") << EscPosBuilder().codePage(19).bytes() << hex("1B7413");
    QTest::newRow("chinese on") << EscPosBuilder().chineseMode(true).bytes() << hex("1C26");
    QTest::newRow("chinese off") << EscPosBuilder().chineseMode(false).bytes() << hex("1C2E");
    QTest::newRow("align left") << EscPosBuilder().align(Align::Left).bytes() << hex("1B6100");
    QTest::newRow("align centre") << EscPosBuilder().align(Align::Centre).bytes() << hex("1B6101");
    QTest::newRow("align right") << EscPosBuilder().align(Align::Right).bytes() << hex("1B6102");
    QTest::newRow("bold on") << EscPosBuilder().bold(true).bytes() << hex("1B4501");
    QTest::newRow("bold off") << EscPosBuilder().bold(false).bytes() << hex("1B4500");
    QTest::newRow("size normal") << EscPosBuilder().size(1, 1).bytes() << hex("1D2100");
    QTest::newRow("size double") << EscPosBuilder().size(2, 2).bytes() << hex("1D2111");
    QTest::newRow("size tall") << EscPosBuilder().size(1, 2).bytes() << hex("1D2101");
    QTest::newRow("size 8x3") << EscPosBuilder().size(8, 3).bytes() << hex("1D2172");
    QTest::newRow("feed 3") << EscPosBuilder().feed(3).bytes() << hex("1B6403");
    QTest::newRow("feed 0") << EscPosBuilder().feed(0).bytes() << QByteArray();
    QTest::newRow("feed 300 split") << EscPosBuilder().feed(300).bytes() << hex("1B64FF 1B642D");
    QTest::newRow("cut full") << EscPosBuilder().cut(CutMode::Full).bytes() << hex("1D5600");
    QTest::newRow("cut partial") << EscPosBuilder().cut(CutMode::Partial).bytes() << hex("1D5601");
    QTest::newRow("feed and full cut") << EscPosBuilder().feedAndCut(CutMode::Full, 16).bytes() << hex("1D564110");
    QTest::newRow("feed and partial cut") << EscPosBuilder().feedAndCut(CutMode::Partial).bytes() << hex("1D564200");
    QTest::newRow("drawer pin 2") << EscPosBuilder().drawerKick(DrawerPin::Pin2).bytes() << hex("1B7000 3264");
    QTest::newRow("drawer pin 5") << EscPosBuilder().drawerKick(DrawerPin::Pin5, 50, 500).bytes() << hex("1B7001 19FA");
    QTest::newRow("line latin") << EscPosBuilder(latin()).line(u"Total 1").bytes() << QByteArray("Total 1\n");
    QTest::newRow("qr") << EscPosBuilder().qrCode("ABC", 6, QrErrorLevel::M).bytes()
                        << hex("1D286B 0400 31 41 32 00"
                               "1D286B 0300 31 43 06"
                               "1D286B 0300 31 45 31"
                               "1D286B 0600 31 50 30 414243"
                               "1D286B 0300 31 51 30");
    QTest::newRow("qr model 1 level H") << EscPosBuilder().qrCode("1", 3, QrErrorLevel::H, 1).bytes()
                                        << hex("1D286B 0400 31 41 31 00"
                                               "1D286B 0300 31 43 03"
                                               "1D286B 0300 31 45 33"
                                               "1D286B 0400 31 50 30 31"
                                               "1D286B 0300 31 51 30");
    QTest::newRow("code128") << EscPosBuilder().code128("AB-12", 80, 2, HriPosition::Below).bytes()
                             << hex("1D6850 1D7702 1D4802 1D6B49 07 7B42 41422D3132");
    QTest::newRow("code128 escapes brace") << EscPosBuilder().code128("a{b", 50, 3, HriPosition::None).bytes()
                                           << hex("1D6832 1D7703 1D4800 1D6B49 06 7B42 617B7B62");
}

void TestEscPosBuilder::commands()
{
    QFETCH(QByteArray, actual);
    QFETCH(QByteArray, expected);
    QCOMPARE(actual.toHex(' '), expected.toHex(' '));
}

void TestEscPosBuilder::gb18030Text_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("ascii") << QStringLiteral("MID 123") << QByteArray("MID 123");
    QTest::newRow("two hanzi") << QStringLiteral("商户") << hex("C9CC BBA7");
    QTest::newRow("mixed") << QStringLiteral("金额 AMOUNT") << hex("BDF0 B6EE 20 414D4F554E54");
    // U+00A5 would be 81 30 84 36 in GB18030, which GBK fonts print as junk: the full-width ￥ goes out instead.
    QTest::newRow("yen") << QStringLiteral("¥12.34") << hex("A3A4 31322E3334");
    QTest::newRow("full-width yen") << QStringLiteral("￥") << hex("A3A4");
    QTest::newRow("four-byte") << QString::fromUcs4(U"\U00020BB7") << hex("95 34 B2 35");
}

void TestEscPosBuilder::gb18030Text()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    QCOMPARE(EscPosBuilder(chinese()).text(text).bytes().toHex(' '), expected.toHex(' '));
}

void TestEscPosBuilder::latinText_data()
{
    QTest::addColumn<int>("codePage");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("ascii") << 0 << QStringLiteral("AUTH 123456") << QByteArray("AUTH 123456");
    QTest::newRow("yen pc437") << 0 << QStringLiteral("¥1.00") << hex("9D 312E3030");
    QTest::newRow("yen pc850") << 2 << QStringLiteral("¥") << hex("BE");
    QTest::newRow("yen wpc1252") << 16 << QStringLiteral("¥") << hex("A5");
    QTest::newRow("yen unknown page") << 40 << QStringLiteral("¥") << QByteArray("Y");
    QTest::newRow("hanzi become ?") << 0 << QStringLiteral("商户 A") << QByteArray("?? A");
    QTest::newRow("accent becomes ?") << 0 << QStringLiteral("café") << QByteArray("caf?");
}

void TestEscPosBuilder::latinText()
{
    QFETCH(int, codePage);
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    QCOMPARE(EscPosBuilder(latin(48, codePage)).text(text).bytes().toHex(' '), expected.toHex(' '));
}

void TestEscPosBuilder::controlCharactersCannotInjectCommands()
{
    // A merchant name holding ESC @ or GS V must not reset or cut the printer mid-slip.
    const QString evil = QStringLiteral("A\x1B@B\x1DV\x01\nC");
    for (const bool zh : {true, false}) {
        const QByteArray out = EscPosBuilder(zh ? chinese() : latin()).text(evil).bytes();
        QCOMPARE(out, QByteArray("A?@B?V??C"));
    }
}

void TestEscPosBuilder::width_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("chineseMode");
    QTest::addColumn<int>("expected");
    QTest::newRow("ascii") << QStringLiteral("ABC 12") << true << 6;
    QTest::newRow("hanzi double") << QStringLiteral("商户名称") << true << 8;
    QTest::newRow("mixed") << QStringLiteral("卡号 CARD NO") << true << 12;
    QTest::newRow("yen is wide in chinese mode") << QStringLiteral("¥1") << true << 3;
    QTest::newRow("latin mode single") << QStringLiteral("商户") << false << 2;
    QTest::newRow("surrogate pair is one character") << QString::fromUcs4(U"\U00020BB7A") << true << 3;
}

void TestEscPosBuilder::width()
{
    QFETCH(QString, text);
    QFETCH(bool, chineseMode);
    QFETCH(int, expected);
    QCOMPARE(PrinterText::width(text, chineseMode), expected);
    // The width must agree with the bytes sent: two bytes per wide character in Chinese mode.
    const bool hasSurrogates = std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSurrogate(); });
    if (chineseMode && !hasSurrogates)
        QCOMPARE(PrinterText::encodeChinese(text).size(), qsizetype(expected));
}

void TestEscPosBuilder::labelValue_data()
{
    QTest::addColumn<int>("paperWidth");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("32 latin") << 32 << QStringLiteral("TID") << QStringLiteral("12345678")
                              << QStringLiteral("TID ................... 12345678");
    QTest::newRow("48 chinese") << 48 << QStringLiteral("终端编号 TID") << QStringLiteral("12345678")
                                << QStringLiteral("终端编号 TID .......................... 12345678");
    QTest::newRow("32 chinese value") << 32 << QStringLiteral("商户") << QStringLiteral("测试店")
                                      << QStringLiteral("商户 .................... 测试店");
    QTest::newRow("exact fit 32") << 32 << QStringLiteral("卡号 CARD NO") << QStringLiteral("**** **** **** 1234")
                                  << QStringLiteral("卡号 CARD NO **** **** **** 1234");
    QTest::newRow("gap of two uses spaces")
        << 32 << QStringLiteral("ABCDEFGHIJKLMN") << QStringLiteral("0123456789ABCDEF")
        << QStringLiteral("ABCDEFGHIJKLMN  0123456789ABCDEF");
}

void TestEscPosBuilder::labelValue()
{
    QFETCH(int, paperWidth);
    QFETCH(QString, label);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    EscPosBuilder b(chinese(paperWidth));
    b.labelValue(label, value);
    QVERIFY(b.status().ok());
    QCOMPARE(PrinterText::width(expected, true), paperWidth);
    QCOMPARE(b.bytes(), PrinterText::encodeChinese(expected) + '\n');
}

void TestEscPosBuilder::labelValueWrapsWhenTooLong()
{
    EscPosBuilder b(chinese(32));
    b.labelValue(QStringLiteral("日期时间 DATE/TIME"), QStringLiteral("2026-01-15 14:03:27"));
    const QByteArray expected =
        PrinterText::encodeChinese(u"日期时间 DATE/TIME") + '\n' + QByteArray(13, ' ') + "2026-01-15 14:03:27\n";
    QCOMPARE(b.bytes(), expected);
}

void TestEscPosBuilder::labelValueFollowsCharacterWidth()
{
    // At double width a 48-column printer only has 24 columns.
    EscPosBuilder b(latin(48));
    b.size(2, 1);
    QCOMPARE(b.columns(), 24);
    b.labelValue(u"A", u"B");
    QCOMPARE(b.bytes(), hex("1D2110") + "A .................... B\n");
}

void TestEscPosBuilder::wrapNeverSplitsACharacter()
{
    EscPosBuilder b(chinese(32));
    // 17 hanzi = 34 columns: 16 on the first line, one on the next; an odd column never splits a glyph.
    const QStringList lines = b.wrap(QStringLiteral("一二三四五六七八九十一二三四五六七"), 31);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0].size(), 15);
    QCOMPARE(lines[1].size(), 2);
    // Latin text breaks at a space.
    QCOMPARE(b.wrap(u"CONTACT THE ACQUIRER TO RECONCILE", 20),
             QStringList({QStringLiteral("CONTACT THE ACQUIRER"), QStringLiteral("TO RECONCILE")}));
}

void TestEscPosBuilder::qrFallsBackToText()
{
    PrinterOptions o = latin(32);
    o.qrSupported = false;
    EscPosBuilder b(o);
    b.qrCode("https://posdesk.example/r/1");
    QVERIFY(b.status().ok());
    QCOMPARE(b.bytes(), QByteArray("https://posdesk.example/r/1\n"));
    QVERIFY(!b.bytes().contains("\x1D\x28\x6B"));
}

void TestEscPosBuilder::qrLongPayloadLengthBytes()
{
    const QByteArray payload(300, 'x');
    const QByteArray out = EscPosBuilder().qrCode(payload).bytes();
    // 300 + 3 = 303 = 0x012F: pL 2F, pH 01.
    QVERIFY(out.contains(hex("1D286B 2F01 31 50 30") + payload));
}

void TestEscPosBuilder::invalidArguments_data()
{
    QTest::addColumn<Status>("status");
    QTest::newRow("size 0") << EscPosBuilder().size(0, 1).status();
    QTest::newRow("size 9") << EscPosBuilder().size(1, 9).status();
    QTest::newRow("negative feed") << EscPosBuilder().feed(-1).status();
    QTest::newRow("cut feed 256") << EscPosBuilder().feedAndCut(CutMode::Full, 256).status();
    QTest::newRow("drawer pulse 0") << EscPosBuilder().drawerKick(DrawerPin::Pin2, 0, 100).status();
    QTest::newRow("drawer pulse 600") << EscPosBuilder().drawerKick(DrawerPin::Pin2, 100, 600).status();
    QTest::newRow("qr empty") << EscPosBuilder().qrCode("").status();
    QTest::newRow("qr too long") << EscPosBuilder().qrCode(QByteArray(7090, '1')).status();
    QTest::newRow("qr module 17") << EscPosBuilder().qrCode("A", 17).status();
    QTest::newRow("qr model 3") << EscPosBuilder().qrCode("A", 4, QrErrorLevel::L, 3).status();
    QTest::newRow("code128 empty") << EscPosBuilder().code128("").status();
    QTest::newRow("code128 non ascii") << EscPosBuilder().code128("A\xC3\xA9").status();
    QTest::newRow("code128 control") << EscPosBuilder().code128("A\nB").status();
    QTest::newRow("code128 too long") << EscPosBuilder().code128(QByteArray(254, 'A')).status();
    QTest::newRow("code128 width 7") << EscPosBuilder().code128("A", 80, 7).status();
    QTest::newRow("code page 256") << EscPosBuilder().codePage(256).status();
    QTest::newRow("paper width 10") << EscPosBuilder(latin(10)).status();
}

void TestEscPosBuilder::invalidArguments()
{
    QFETCH(Status, status);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().kind, ErrorKind::Usage);
    QVERIFY(!status.error().message.isEmpty());
}

void TestEscPosBuilder::dumpIsReadable()
{
    EscPosBuilder b(chinese(32));
    b.init().align(Align::Centre).line(u"商户 ¥1").feedAndCut(CutMode::Partial, 0);
    QCOMPARE(EscPosDump::toText(b.bytes()), QStringLiteral("[INIT]\n[CODE PAGE 0]\n[CHINESE ON]\n[ALIGN centre]\n"
                                                           "|商户 ￥1|\n[FEED AND CUT partial 0]\n"));
    EscPosBuilder l(latin(32, 2));
    l.init().text(u"¥5 é").bold(true).line(u"B");
    QCOMPARE(EscPosDump::toText(l.bytes()),
             QStringLiteral("[INIT]\n[CODE PAGE 2]\n[CHINESE OFF]\n|¥5 ?  (no line feed)\n"
                            "[BOLD ON]\n|B|\n"));
    // Unknown and truncated commands stay visible.
    QCOMPARE(EscPosDump::toText(hex("1B 7A 1D 28 6B 05")), QStringLiteral("[UNKNOWN 1B]\n|z  (no line feed)\n"
                                                                          "[TRUNCATED 1D 28 6B 05]\n"));
}

QTEST_GUILESS_MAIN(TestEscPosBuilder)
#include "tst_escposbuilder.moc"
