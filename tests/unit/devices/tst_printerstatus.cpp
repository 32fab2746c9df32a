#include "printer/PrinterStatus.h"

#include <QTest>

using namespace posdesk;

namespace {

using Field = std::optional<bool> PrinterStatus::*;

// Field names for table rows, so that each row states which flag it is about.
Field fieldNamed(const QString &name)
{
    static const QHash<QString, Field> fields{
        {QStringLiteral("online"), &PrinterStatus::online},
        {QStringLiteral("drawerSignalHigh"), &PrinterStatus::drawerSignalHigh},
        {QStringLiteral("coverOpen"), &PrinterStatus::coverOpen},
        {QStringLiteral("feedButtonPressed"), &PrinterStatus::feedButtonPressed},
        {QStringLiteral("stoppedByPaperEnd"), &PrinterStatus::stoppedByPaperEnd},
        {QStringLiteral("errorOccurred"), &PrinterStatus::errorOccurred},
        {QStringLiteral("autocutterError"), &PrinterStatus::autocutterError},
        {QStringLiteral("unrecoverableError"), &PrinterStatus::unrecoverableError},
        {QStringLiteral("autoRecoverableError"), &PrinterStatus::autoRecoverableError},
        {QStringLiteral("paperNearEnd"), &PrinterStatus::paperNearEnd},
        {QStringLiteral("paperOut"), &PrinterStatus::paperOut},
    };
    return fields.value(name);
}

// The fields each reply reports, for checking that nothing else is claimed.
QStringList fieldsOf(RealTimeRequest which)
{
    switch (which) {
    case RealTimeRequest::PrinterStatus:
        return {QStringLiteral("online"), QStringLiteral("drawerSignalHigh")};
    case RealTimeRequest::OfflineCause:
        return {QStringLiteral("coverOpen"), QStringLiteral("feedButtonPressed"), QStringLiteral("stoppedByPaperEnd"),
                QStringLiteral("errorOccurred")};
    case RealTimeRequest::ErrorCause:
        return {QStringLiteral("autocutterError"), QStringLiteral("unrecoverableError"),
                QStringLiteral("autoRecoverableError")};
    case RealTimeRequest::PaperSensor:
        return {QStringLiteral("paperNearEnd"), QStringLiteral("paperOut")};
    }
    return {};
}

const QStringList kAllFields{
    QStringLiteral("online"),
    QStringLiteral("drawerSignalHigh"),
    QStringLiteral("coverOpen"),
    QStringLiteral("feedButtonPressed"),
    QStringLiteral("stoppedByPaperEnd"),
    QStringLiteral("errorOccurred"),
    QStringLiteral("autocutterError"),
    QStringLiteral("unrecoverableError"),
    QStringLiteral("autoRecoverableError"),
    QStringLiteral("paperNearEnd"),
    QStringLiteral("paperOut"),
};

} // namespace

Q_DECLARE_METATYPE(posdesk::RealTimeRequest)

class TestPrinterStatus : public QObject
{
    Q_OBJECT

private slots:
    void requests();
    void realTimeBits_data();
    void realTimeBits();
    void realTimeRejectsNonStatusBytes_data();
    void realTimeRejectsNonStatusBytes();
    void automaticBits_data();
    void automaticBits();
    void automaticRejectsBadBlocks_data();
    void automaticRejectsBadBlocks();
    void splitterMatchesRepliesToRequests();
    void splitterXonXoffInsideAutomaticStatus();
    void splitterAutomaticStatusAcrossChunks();
    void splitterCutOffAutomaticStatus();
    void splitterNoiseAndUnsolicitedReplies();
    void readinessAndProblems();
    void merge();
};

void TestPrinterStatus::requests()
{
    QCOMPARE(EscPosStatus::request(RealTimeRequest::PrinterStatus), QByteArray::fromHex("100401"));
    QCOMPARE(EscPosStatus::request(RealTimeRequest::OfflineCause), QByteArray::fromHex("100402"));
    QCOMPARE(EscPosStatus::request(RealTimeRequest::ErrorCause), QByteArray::fromHex("100403"));
    QCOMPARE(EscPosStatus::request(RealTimeRequest::PaperSensor), QByteArray::fromHex("100404"));
    QCOMPARE(EscPosStatus::enableAutomaticStatus(), QByteArray::fromHex("1D610F"));
}

void TestPrinterStatus::realTimeBits_data()
{
    QTest::addColumn<RealTimeRequest>("request");
    QTest::addColumn<int>("byte");
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("value");

    using R = RealTimeRequest;
    // 0x12 is 0001 0010: only the fixed bits, every condition clear.
    QTest::newRow("1 idle online") << R::PrinterStatus << 0x12 << QStringLiteral("online") << true;
    QTest::newRow("1 idle drawer low") << R::PrinterStatus << 0x12 << QStringLiteral("drawerSignalHigh") << false;
    QTest::newRow("1 bit2 drawer high") << R::PrinterStatus << 0x16 << QStringLiteral("drawerSignalHigh") << true;
    QTest::newRow("1 bit3 offline") << R::PrinterStatus << 0x1A << QStringLiteral("online") << false;
    QTest::newRow("1 bit5/6 ignored") << R::PrinterStatus << 0x72 << QStringLiteral("online") << true;
    QTest::newRow("2 idle cover") << R::OfflineCause << 0x12 << QStringLiteral("coverOpen") << false;
    QTest::newRow("2 bit2 cover open") << R::OfflineCause << 0x16 << QStringLiteral("coverOpen") << true;
    QTest::newRow("2 bit3 feed button") << R::OfflineCause << 0x1A << QStringLiteral("feedButtonPressed") << true;
    QTest::newRow("2 bit5 paper end stop") << R::OfflineCause << 0x32 << QStringLiteral("stoppedByPaperEnd") << true;
    QTest::newRow("2 bit6 error") << R::OfflineCause << 0x52 << QStringLiteral("errorOccurred") << true;
    QTest::newRow("2 bit6 is not paper") << R::OfflineCause << 0x52 << QStringLiteral("stoppedByPaperEnd") << false;
    QTest::newRow("3 idle cutter") << R::ErrorCause << 0x12 << QStringLiteral("autocutterError") << false;
    QTest::newRow("3 bit3 cutter") << R::ErrorCause << 0x1A << QStringLiteral("autocutterError") << true;
    QTest::newRow("3 bit5 unrecoverable") << R::ErrorCause << 0x32 << QStringLiteral("unrecoverableError") << true;
    QTest::newRow("3 bit6 auto-recoverable") << R::ErrorCause << 0x52 << QStringLiteral("autoRecoverableError") << true;
    QTest::newRow("4 idle paper") << R::PaperSensor << 0x12 << QStringLiteral("paperOut") << false;
    QTest::newRow("4 idle near end") << R::PaperSensor << 0x12 << QStringLiteral("paperNearEnd") << false;
    QTest::newRow("4 bit2 near end") << R::PaperSensor << 0x16 << QStringLiteral("paperNearEnd") << true;
    QTest::newRow("4 bit3 near end") << R::PaperSensor << 0x1A << QStringLiteral("paperNearEnd") << true;
    QTest::newRow("4 bits2-3 near end") << R::PaperSensor << 0x1E << QStringLiteral("paperNearEnd") << true;
    QTest::newRow("4 near end is not out") << R::PaperSensor << 0x1E << QStringLiteral("paperOut") << false;
    QTest::newRow("4 bit5 paper out") << R::PaperSensor << 0x32 << QStringLiteral("paperOut") << true;
    QTest::newRow("4 bit6 paper out") << R::PaperSensor << 0x52 << QStringLiteral("paperOut") << true;
    QTest::newRow("4 bits5-6 paper out") << R::PaperSensor << 0x72 << QStringLiteral("paperOut") << true;
}

void TestPrinterStatus::realTimeBits()
{
    QFETCH(RealTimeRequest, request);
    QFETCH(int, byte);
    QFETCH(QString, field);
    QFETCH(bool, value);
    const auto s = EscPosStatus::parseRealTime(request, std::uint8_t(byte));
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().fullText()));
    QCOMPARE(s.value().*fieldNamed(field), std::optional<bool>(value));
    // A reply only speaks for its own request; everything else stays unknown.
    for (const QString &other : kAllFields) {
        if (!fieldsOf(request).contains(other))
            QVERIFY2(!(s.value().*fieldNamed(other)).has_value(), qPrintable(other));
        else
            QVERIFY2((s.value().*fieldNamed(other)).has_value(), qPrintable(other));
    }
}

void TestPrinterStatus::realTimeRejectsNonStatusBytes_data()
{
    QTest::addColumn<int>("byte");
    QTest::newRow("zero") << 0x00;
    QTest::newRow("all ones") << 0xFF;
    QTest::newRow("XON") << 0x11;
    QTest::newRow("XOFF") << 0x13;
    QTest::newRow("automatic status first byte") << 0x10;
    QTest::newRow("bit7 set") << 0x92;
    QTest::newRow("bit4 clear") << 0x02;
    QTest::newRow("bit1 clear") << 0x14;
    QTest::newRow("bit0 set") << 0x17;
    QTest::newRow("ASCII A") << 0x41;
}

void TestPrinterStatus::realTimeRejectsNonStatusBytes()
{
    QFETCH(int, byte);
    for (int n = 1; n <= 4; ++n) {
        const auto s = EscPosStatus::parseRealTime(RealTimeRequest(n), std::uint8_t(byte));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, ErrorKind::Corrupt);
        QVERIFY(!s.error().message.isEmpty());
        const QString hex = QStringLiteral("%1").arg(byte, 2, 16, QLatin1Char('0')).toUpper();
        QVERIFY2(s.error().detail.contains(QStringLiteral("0x") + hex), qPrintable(s.error().detail));
    }
}

void TestPrinterStatus::automaticBits_data()
{
    QTest::addColumn<QByteArray>("block");
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("value");
    const auto b = [](int b1, int b2, int b3, int b4) {
        const char bytes[] = {char(b1), char(b2), char(b3), char(b4)};
        return QByteArray(bytes, 4);
    };
    QTest::newRow("idle online") << b(0x10, 0, 0, 0) << QStringLiteral("online") << true;
    QTest::newRow("idle cover") << b(0x10, 0, 0, 0) << QStringLiteral("coverOpen") << false;
    QTest::newRow("idle paper") << b(0x10, 0, 0, 0) << QStringLiteral("paperOut") << false;
    QTest::newRow("b1 bit2 drawer") << b(0x14, 0, 0, 0) << QStringLiteral("drawerSignalHigh") << true;
    QTest::newRow("b1 bit3 offline") << b(0x18, 0, 0, 0) << QStringLiteral("online") << false;
    QTest::newRow("b1 bit5 cover open") << b(0x30, 0, 0, 0) << QStringLiteral("coverOpen") << true;
    QTest::newRow("b1 bit6 feed button") << b(0x50, 0, 0, 0) << QStringLiteral("feedButtonPressed") << true;
    QTest::newRow("b2 bit3 cutter") << b(0x10, 0x08, 0, 0) << QStringLiteral("autocutterError") << true;
    QTest::newRow("b2 bit5 unrecoverable") << b(0x10, 0x20, 0, 0) << QStringLiteral("unrecoverableError") << true;
    QTest::newRow("b2 bit6 auto-recoverable") << b(0x10, 0x40, 0, 0) << QStringLiteral("autoRecoverableError") << true;
    QTest::newRow("b3 bit0 near end") << b(0x10, 0, 0x01, 0) << QStringLiteral("paperNearEnd") << true;
    QTest::newRow("b3 bit1 near end") << b(0x10, 0, 0x02, 0) << QStringLiteral("paperNearEnd") << true;
    QTest::newRow("b3 bit2 paper out") << b(0x10, 0, 0x04, 0) << QStringLiteral("paperOut") << true;
    QTest::newRow("b3 bit3 paper out") << b(0x10, 0, 0x08, 0) << QStringLiteral("paperOut") << true;
    QTest::newRow("b3 paper out is not near end") << b(0x10, 0, 0x0C, 0) << QStringLiteral("paperNearEnd") << false;
    QTest::newRow("everything at once offline") << b(0x7C, 0x68, 0x6F, 0x6F) << QStringLiteral("online") << false;
}

void TestPrinterStatus::automaticBits()
{
    QFETCH(QByteArray, block);
    QFETCH(QString, field);
    QFETCH(bool, value);
    const auto s = EscPosStatus::parseAutomatic(block);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().fullText()));
    QCOMPARE(s.value().*fieldNamed(field), std::optional<bool>(value));
}

void TestPrinterStatus::automaticRejectsBadBlocks_data()
{
    QTest::addColumn<QByteArray>("block");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("three bytes") << QByteArray::fromHex("100000");
    QTest::newRow("five bytes") << QByteArray::fromHex("1000000000");
    QTest::newRow("first byte is a real-time reply") << QByteArray::fromHex("12000000");
    QTest::newRow("first byte bit4 clear") << QByteArray::fromHex("00000000");
    QTest::newRow("first byte bit7") << QByteArray::fromHex("90000000");
    QTest::newRow("second byte bit4") << QByteArray::fromHex("10100000");
    QTest::newRow("third byte bit7") << QByteArray::fromHex("10008000");
    QTest::newRow("fourth byte XON") << QByteArray::fromHex("10000011");
}

void TestPrinterStatus::automaticRejectsBadBlocks()
{
    QFETCH(QByteArray, block);
    const auto s = EscPosStatus::parseAutomatic(block);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, ErrorKind::Corrupt);
    QVERIFY(!s.error().message.isEmpty());
}

void TestPrinterStatus::splitterMatchesRepliesToRequests()
{
    PrinterReplySplitter splitter;
    splitter.expectRealTime(RealTimeRequest::PrinterStatus);
    splitter.expectRealTime(RealTimeRequest::OfflineCause);
    splitter.expectRealTime(RealTimeRequest::PaperSensor);
    // offline; cover open; paper out — with XOFF/XON between them.
    const auto replies = splitter.feed(QByteArray::fromHex("1A 13 16 11 72"));
    QCOMPARE(replies.size(), 5);
    QCOMPARE(replies[0].kind, PrinterReply::Kind::RealTime);
    QCOMPARE(replies[0].answers, std::optional(RealTimeRequest::PrinterStatus));
    QCOMPARE(replies[0].status.online, std::optional(false));
    QCOMPARE(replies[1].kind, PrinterReply::Kind::XOff);
    QCOMPARE(replies[2].answers, std::optional(RealTimeRequest::OfflineCause));
    QCOMPARE(replies[2].status.coverOpen, std::optional(true));
    QCOMPARE(replies[3].kind, PrinterReply::Kind::XOn);
    QCOMPARE(replies[4].answers, std::optional(RealTimeRequest::PaperSensor));
    QCOMPARE(replies[4].status.paperOut, std::optional(true));
    QCOMPARE(splitter.pendingRequests(), 0);

    PrinterStatus merged;
    for (const auto &r : replies)
        merged.merge(r.status);
    QVERIFY(!merged.readyToPrint());
    QCOMPARE(merged.problems().size(), 2); // cover open, paper out
}

void TestPrinterStatus::splitterXonXoffInsideAutomaticStatus()
{
    PrinterReplySplitter splitter;
    // XOFF and XON inside a 4-byte automatic status (cover open, paper near end) are flow control, not data.
    const auto replies = splitter.feed(QByteArray::fromHex("30 13 00 11 03 00"));
    QCOMPARE(replies.size(), 3);
    QCOMPARE(replies[0].kind, PrinterReply::Kind::XOff);
    QCOMPARE(replies[1].kind, PrinterReply::Kind::XOn);
    QCOMPARE(replies[2].kind, PrinterReply::Kind::Automatic);
    QCOMPARE(replies[2].bytes, QByteArray::fromHex("30000300"));
    QCOMPARE(replies[2].status.coverOpen, std::optional(true));
    QCOMPARE(replies[2].status.paperNearEnd, std::optional(true));
    QCOMPARE(replies[2].status.paperOut, std::optional(false));
}

void TestPrinterStatus::splitterAutomaticStatusAcrossChunks()
{
    PrinterReplySplitter splitter;
    QVERIFY(splitter.feed(QByteArray::fromHex("18")).isEmpty());
    QVERIFY(splitter.feed(QByteArray::fromHex("00 0C")).isEmpty());
    const auto replies = splitter.feed(QByteArray::fromHex("00 10 00"));
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies[0].kind, PrinterReply::Kind::Automatic);
    QCOMPARE(replies[0].status.online, std::optional(false));
    QCOMPARE(replies[0].status.paperOut, std::optional(true));
    // The second block is still open and completes in the next chunk.
    const auto next = splitter.feed(QByteArray::fromHex("00 00"));
    QCOMPARE(next.size(), 1);
    QCOMPARE(next[0].status.online, std::optional(true));
}

void TestPrinterStatus::splitterCutOffAutomaticStatus()
{
    PrinterReplySplitter splitter;
    splitter.expectRealTime(RealTimeRequest::PrinterStatus);
    // Two bytes of an automatic status, then a real-time reply: the block is reported as unexpected bytes and the
    // reply is still recognised.
    const auto replies = splitter.feed(QByteArray::fromHex("10 00 12"));
    QCOMPARE(replies.size(), 2);
    QCOMPARE(replies[0].kind, PrinterReply::Kind::Unexpected);
    QCOMPARE(replies[0].bytes, QByteArray::fromHex("1000"));
    QCOMPARE(replies[1].kind, PrinterReply::Kind::RealTime);
    QCOMPARE(replies[1].status.online, std::optional(true));
}

void TestPrinterStatus::splitterNoiseAndUnsolicitedReplies()
{
    PrinterReplySplitter splitter;
    // Garbage after opening the port (Qt < 6.7), then a real-time reply nobody announced.
    const auto replies = splitter.feed(QByteArray::fromHex("FF FE 00 12"));
    QCOMPARE(replies.size(), 2);
    QCOMPARE(replies[0].kind, PrinterReply::Kind::Unexpected);
    QCOMPARE(replies[0].bytes, QByteArray::fromHex("FFFE00"));
    QCOMPARE(replies[1].kind, PrinterReply::Kind::RealTime);
    QVERIFY(!replies[1].answers.has_value());
    QCOMPARE(replies[1].status, PrinterStatus());

    splitter.expectRealTime(RealTimeRequest::PaperSensor);
    splitter.feed(QByteArray::fromHex("10"));
    splitter.reset();
    QCOMPARE(splitter.pendingRequests(), 0);
    const auto after = splitter.feed(QByteArray::fromHex("12"));
    QCOMPARE(after.size(), 1);
    QCOMPARE(after[0].kind, PrinterReply::Kind::RealTime);
    QVERIFY(!after[0].answers.has_value());
}

void TestPrinterStatus::readinessAndProblems()
{
    PrinterStatus s;
    QVERIFY(!s.readyToPrint()); // nothing known: treated as offline
    QVERIFY(s.problems().isEmpty());
    s.online = true;
    QVERIFY(s.readyToPrint());
    s.paperNearEnd = true;
    QVERIFY(s.readyToPrint());
    QCOMPARE(s.problems().size(), 1);
    s.paperOut = true;
    QVERIFY(!s.readyToPrint());
    QCOMPARE(s.problems().size(), 1); // out of paper replaces "nearly used up"
    s.paperOut = false;
    s.online = false;
    QVERIFY(!s.readyToPrint());
    s.autocutterError = true;
    QVERIFY(s.problems().join(u' ').contains(u"cutter"));
}

void TestPrinterStatus::merge()
{
    PrinterStatus a;
    a.online = true;
    a.paperOut = false;
    PrinterStatus b;
    b.paperOut = true;
    a.merge(b);
    QCOMPARE(a.online, std::optional(true));
    QCOMPARE(a.paperOut, std::optional(true));
}

QTEST_GUILESS_MAIN(TestPrinterStatus)
#include "tst_printerstatus.moc"
