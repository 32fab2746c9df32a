// PC/SC chip-card readers end to end, on the real thing: a private pcscd with the vpcd virtual reader (CTest's
// "pcsc" fixture: tests/rig/pcsc-rig.sh) and tests/rig/minicard.py as the card, a separate process that answers
// 61xx and 6Cxx and can be killed mid-exchange. What needs another pcscd than the fixture's (none at all, one that
// dies) runs in a child process of this test, because libpcsclite reads PCSCLITE_CSOCK_NAME once per process.
// Without the rig the test fails and says why; it never skips.

#include "PcscTestRig.h"
#include "pcsc/ApduExchange.h"
#include "pcsc/PcscCard.h"
#include "pcsc/PcscContext.h"
#include "pcsc/PcscError.h"
#include "pcsc/PcscReaderWatcher.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <thread>

#include <sys/types.h>
#include <unistd.h>

using namespace posdesk;

namespace {

// SCARD_* codes the assertions name (values of winscard.h; the test does not include pcsc-lite's headers).
constexpr quint32 kRemovedCard = 0x80100069;
constexpr quint32 kNoSmartcard = 0x8010000C;
constexpr quint32 kUnknownReader = 0x80100009;
constexpr quint32 kNoService = 0x8010001D;
constexpr quint32 kTimeout = 0x8010000A;

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}

// Byte i of a minicard answer to INS is (INS + i) mod 256.
QByteArray pattern(quint8 ins, int n)
{
    QByteArray bytes(n, '\0');
    for (int i = 0; i < n; ++i)
        bytes[i] = char((ins + i) % 256);
    return bytes;
}

QByteArray bytesOf(const SecureBytes &data)
{
    return data.view().toByteArray();
}

const char *faultName(ChannelFault fault)
{
    switch (fault) {
    case ChannelFault::None:
        return "None";
    case ChannelFault::CardRemoved:
        return "CardRemoved";
    case ChannelFault::CardMute:
        return "CardMute";
    case ChannelFault::ReaderGone:
        return "ReaderGone";
    case ChannelFault::ServiceGone:
        return "ServiceGone";
    case ChannelFault::Timeout:
        return "Timeout";
    case ChannelFault::Busy:
        return "Busy";
    case ChannelFault::BadCommand:
        return "BadCommand";
    case ChannelFault::Other:
        break;
    }
    return "Other";
}

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

// Spins the event loop until `done` or the time is up.
template <typename F> bool waitUntil(F done, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    return true;
}

// --- child processes (run with their own PCSCLITE_CSOCK_NAME) ---

// No service at all: the context and the watcher both say so.
int childNoService()
{
    auto context = PcscContext::establish();
    say(QStringLiteral("established=%1").arg(context.ok() ? 1 : 0));
    if (!context) {
        say(QStringLiteral("message=") + context.error().message);
        say(QStringLiteral("detail=") + context.error().detail);
    }
    PcscReaderWatcher watcher;
    watcher.setRetryIntervalMs(200);
    QSignalSpy lost(&watcher, &PcscReaderWatcher::serviceLost);
    watcher.start();
    const bool seen = lost.wait(5000);
    say(QStringLiteral("serviceLost=%1").arg(seen ? 1 : 0));
    say(QStringLiteral("available=%1").arg(watcher.isServiceAvailable() ? 1 : 0));
    watcher.stop();
    return 0;
}

// The service stops while a command is with the card; then it comes back.
int childServiceStops()
{
    const QString reader = qEnvironmentVariable("POSDESK_CHILD_READER");
    PcscReaderWatcher watcher;
    watcher.setPollIntervalMs(200);
    watcher.setRetryIntervalMs(200);
    QSignalSpy lost(&watcher, &PcscReaderWatcher::serviceLost);
    QSignalSpy restored(&watcher, &PcscReaderWatcher::serviceRestored);
    watcher.start();
    if (!waitUntil([&] { return watcher.reader(reader).has_value(); }, 10000)) {
        say(QStringLiteral("error=the watcher never listed the reader"));
        return 1;
    }
    auto context = PcscContext::establish();
    if (!context) {
        say(QStringLiteral("error=") + context.error().fullText());
        return 1;
    }
    auto card = PcscCard::connect(*context, reader);
    if (!card) {
        say(QStringLiteral("error=") + card.error().fullText());
        return 1;
    }
    say(QStringLiteral("connected"));
    QElapsedTimer timer;
    timer.start();
    auto answer = (*card)->transmit(hex("8014000000")); // slow: the parent stops pcscd meanwhile
    say(QStringLiteral("transmitOk=%1").arg(answer.ok() ? 1 : 0));
    say(QStringLiteral("elapsedMs=%1").arg(timer.elapsed()));
    say(QStringLiteral("fault=") + QLatin1String(faultName((*card)->lastFault())));
    if (!answer) {
        say(QStringLiteral("message=") + answer.error().message);
        say(QStringLiteral("detail=") + answer.error().detail);
    }
    say(QStringLiteral("serviceLost=%1").arg(lost.count() > 0 || lost.wait(5000) ? 1 : 0));
    say(QStringLiteral("readersWhileDown=%1").arg(watcher.readers().size()));
    say(QStringLiteral("waiting-restore"));
    const bool back = waitUntil([&] { return restored.count() > 0 && watcher.reader(reader).has_value(); }, 20000);
    say(QStringLiteral("serviceRestored=%1").arg(back ? 1 : 0));
    watcher.stop();
    return 0;
}

} // namespace

class TestPcsc : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void listsTheVirtualReaders();
    void watcherReportsInsertionAndRemoval();
    void waitingForACardTimesOut();
    void connectingWithoutACardSaysSo();
    void anUnknownReaderSaysSo();
    void transmitHandles61xxAnd6Cxx();
    void transmitOnT1();
    void apduRewritingForLe();
    void cardPulledMidExchangeIsAClearError();
    void noServiceIsAClearError();
    void serviceStoppingMidExchangeIsAClearError();

private:
    bool insertCard(const QStringList &cardArgs = {});
    bool removeCard();
    int apduLogCount(const char *needle) const;

    QString m_dir;
    QString m_reader;
    QString m_reader2;
    QString m_apduLog;
};

void TestPcsc::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    m_dir = qEnvironmentVariable("POSDESK_TEST_PCSC_DIR");
    if (m_dir.isEmpty() || qEnvironmentVariable("POSDESK_PCSC_RIG").isEmpty())
        QFAIL("POSDESK_TEST_PCSC_DIR / POSDESK_PCSC_RIG are not set: run this test through ctest, whose \"pcsc\" "
              "fixture starts the private pcscd (tests/rig/pcsc-rig.sh start DIR)");
    const auto env = test::readPcscRigEnv(m_dir);
    if (env.value(QStringLiteral("PCSCLITE_CSOCK_NAME")).isEmpty())
        QFAIL(qPrintable(QStringLiteral("no PC/SC rig in %1 (pcsc.env missing): did the pcsc_start fixture fail? "
                                        "pcscd and vsmartcard-vpcd come from installer/install-build-deps.sh")
                             .arg(m_dir)));
    QCOMPARE(qEnvironmentVariable("PCSCLITE_CSOCK_NAME"), env.value(QStringLiteral("PCSCLITE_CSOCK_NAME")));
    m_reader = env.value(QStringLiteral("POSDESK_PCSC_READER"));
    m_reader2 = env.value(QStringLiteral("POSDESK_PCSC_READER2"));
    m_apduLog = m_dir + QStringLiteral("/minicard-apdu.log");
    QVERIFY(!m_reader.isEmpty());
    QVERIFY(removeCard());
}

void TestPcsc::cleanup()
{
    QVERIFY(removeCard());
}

bool TestPcsc::insertCard(const QStringList &cardArgs)
{
    QFile::remove(m_apduLog);
    return test::runPcscRig(
        QStringList{QStringLiteral("insert"), m_dir, QStringLiteral("minicard"), QStringLiteral("--log"), m_apduLog} +
        cardArgs);
}

bool TestPcsc::removeCard()
{
    return test::runPcscRig({QStringLiteral("remove"), m_dir});
}

int TestPcsc::apduLogCount(const char *needle) const
{
    QFile file(m_apduLog);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return int(file.readAll().count(needle));
}

void TestPcsc::listsTheVirtualReaders()
{
    auto context = PcscContext::establish();
    QVERIFY2(context.ok(), qPrintable(context ? QString() : context.error().fullText()));
    auto names = (*context)->listReaders();
    QVERIFY(names.ok());
    QVERIFY2(names->contains(m_reader), qPrintable(names->join(QStringLiteral(", "))));
    QVERIFY(names->contains(m_reader2));

    auto states = (*context)->readerStates();
    QVERIFY(states.ok());
    QCOMPARE(states->size(), names->size());
    for (const ReaderInfo &info : *states) {
        QCOMPARE(info.presence, ReaderPresence::Empty);
        QCOMPARE(toKey(info.presence), QStringLiteral("empty"));
        QVERIFY(info.atr.isEmpty());
    }

    QVERIFY(insertCard());
    auto one = (*context)->readerState(m_reader);
    QVERIFY(one.ok());
    QCOMPARE(one->presence, ReaderPresence::CardPresent);
    QCOMPARE(one->atr, hex("3B021450"));
    QCOMPARE((*context)->readerState(m_reader2)->presence, ReaderPresence::Empty);
}

void TestPcsc::watcherReportsInsertionAndRemoval()
{
    PcscReaderWatcher watcher;
    watcher.setPollIntervalMs(200);
    QSignalSpy added(&watcher, &PcscReaderWatcher::readerAdded);
    QSignalSpy inserted(&watcher, &PcscReaderWatcher::cardInserted);
    QSignalSpy removed(&watcher, &PcscReaderWatcher::cardRemoved);
    QSignalSpy changed(&watcher, &PcscReaderWatcher::readerChanged);
    QSignalSpy lost(&watcher, &PcscReaderWatcher::serviceLost);
    watcher.start();
    QVERIFY(watcher.isRunning());

    // The first report lists both readers, empty.
    QTRY_VERIFY_WITH_TIMEOUT(watcher.reader(m_reader2).has_value(), 5000);
    QVERIFY(watcher.isServiceAvailable());
    QCOMPARE(watcher.reader(m_reader)->presence, ReaderPresence::Empty);
    QCOMPARE(added.count(), watcher.readers().size());
    QCOMPARE(inserted.count(), 0);

    QVERIFY(insertCard());
    QTRY_COMPARE_WITH_TIMEOUT(inserted.count(), 1, 5000);
    QCOMPARE(inserted.at(0).at(0).toString(), m_reader);
    QCOMPARE(inserted.at(0).at(1).toByteArray(), hex("3B021450"));
    QCOMPARE(watcher.reader(m_reader)->presence, ReaderPresence::CardPresent);
    QCOMPARE(watcher.reader(m_reader2)->presence, ReaderPresence::Empty);

    // Opening the card shows as "in use"; letting go as "card present" again.
    {
        auto context = PcscContext::establish();
        QVERIFY(context.ok());
        auto card = PcscCard::connect(*context, m_reader);
        QVERIFY2(card.ok(), qPrintable(card ? QString() : card.error().fullText()));
        QTRY_COMPARE_WITH_TIMEOUT(watcher.reader(m_reader)->presence, ReaderPresence::InUse, 5000);
    }
    QTRY_COMPARE_WITH_TIMEOUT(watcher.reader(m_reader)->presence, ReaderPresence::CardPresent, 5000);
    QCOMPARE(inserted.count(), 1); // in use and back is not a new card
    QCOMPARE(removed.count(), 0);

    QVERIFY(removeCard());
    QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 5000);
    QCOMPARE(removed.at(0).at(0).toString(), m_reader);
    QCOMPARE(watcher.reader(m_reader)->presence, ReaderPresence::Empty);
    QVERIFY(watcher.reader(m_reader)->atr.isEmpty());

    // A second card is a second insertion.
    QVERIFY(insertCard());
    QTRY_COMPARE_WITH_TIMEOUT(inserted.count(), 2, 5000);
    QVERIFY(changed.count() >= 4);
    QCOMPARE(lost.count(), 0);

    QElapsedTimer stopping;
    stopping.start();
    watcher.stop();
    QVERIFY(!watcher.isRunning());
    QVERIFY2(stopping.elapsed() < 2000, "stop() must not wait long for the service");
}

void TestPcsc::waitingForACardTimesOut()
{
    auto context = PcscContext::establish();
    QVERIFY(context.ok());
    QElapsedTimer timer;
    timer.start();
    auto none = (*context)->waitForCard(m_reader, 400);
    QVERIFY(!none.ok());
    QVERIFY(timer.elapsed() >= 350);
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE((*context)->lastCode(), kTimeout);
    QCOMPARE(PcscError::faultOf(kTimeout), ChannelFault::Timeout);
    QVERIFY2(none.error().message.contains(m_reader), qPrintable(none.error().message));
    QVERIFY(!none.error().message.contains(QStringLiteral("0x")));
    QVERIFY(none.error().detail.contains(QStringLiteral("0x8010000a")));

    // A card that comes while waiting ends the wait.
    std::thread later([this] {
        QThread::msleep(300);
        insertCard();
    });
    auto card = (*context)->waitForCard(m_reader, 15000);
    later.join();
    QVERIFY2(card.ok(), qPrintable(card ? QString() : card.error().fullText()));
    QCOMPARE(card->presence, ReaderPresence::CardPresent);
    QVERIFY(removeCard());
    auto gone = (*context)->waitForNoCard(m_reader, 5000);
    QVERIFY(gone.ok());
    QCOMPARE(gone->presence, ReaderPresence::Empty);
}

void TestPcsc::connectingWithoutACardSaysSo()
{
    auto context = PcscContext::establish();
    QVERIFY(context.ok());
    auto card = PcscCard::connect(*context, m_reader);
    QVERIFY(!card.ok());
    QVERIFY2(card.error().detail.contains(PcscError::codeText(kNoSmartcard)), qPrintable(card.error().detail));
    QCOMPARE(card.error().message, PcscError::fromCode(kNoSmartcard, "x", m_reader).message);
    QVERIFY(card.error().message.contains(m_reader));
    QVERIFY(card.error().message.contains(QStringLiteral("Insert the card")));
}

void TestPcsc::anUnknownReaderSaysSo()
{
    auto context = PcscContext::establish();
    QVERIFY(context.ok());
    const QString ghost = QStringLiteral("No Such Reader 00 00");
    auto card = PcscCard::connect(*context, ghost);
    QVERIFY(!card.ok());
    QVERIFY2(card.error().detail.contains(PcscError::codeText(kUnknownReader)), qPrintable(card.error().detail));
    QVERIFY(card.error().message.contains(ghost));
    QCOMPARE(PcscError::faultOf(kUnknownReader), ChannelFault::ReaderGone);
    auto state = (*context)->readerState(ghost);
    QVERIFY(!state.ok());
    QCOMPARE(PcscError::faultOf((*context)->lastCode()), ChannelFault::ReaderGone);
}

void TestPcsc::transmitHandles61xxAnd6Cxx()
{
    QVERIFY(insertCard());
    auto context = PcscContext::establish();
    QVERIFY(context.ok());
    auto connected = PcscCard::connect(*context, m_reader);
    QVERIFY2(connected.ok(), qPrintable(connected ? QString() : connected.error().fullText()));
    PcscCard &card = **connected;
    ChipCardChannel &channel = card; // what the EMV kernel sees
    QCOMPARE(card.protocol(), CardProtocol::T0);
    QCOMPARE(channel.atr(), hex("3B021450"));
    QCOMPARE((*context)->readerState(m_reader)->presence, ReaderPresence::InUse);

    auto select = channel.transmit(hex("00A4040007A0000003330101"));
    QVERIFY(select.ok());
    QCOMPARE(select->sw, quint16(0x9000));
    QVERIFY(select->isSuccess());
    QVERIFY(select->data.isEmpty());

    // 61 10, then 16 bytes with 61 08, then 8 bytes with 90 00: two GET RESPONSEs really went to the card.
    auto raw = card.transmitRaw(hex("8010000000"));
    QVERIFY(raw.ok());
    QCOMPARE(raw->sw, quint16(0x6110));
    QVERIFY(raw->data.isEmpty());
    const int fetchesBefore = apduLogCount("INS C0 ");
    auto chained = channel.transmit(hex("8010000000"));
    QVERIFY2(chained.ok(), qPrintable(chained ? QString() : chained.error().fullText()));
    QCOMPARE(chained->sw, quint16(0x9000));
    QCOMPARE(bytesOf(chained->data), pattern(0x10, 24));
    QCOMPARE(apduLogCount("INS C0 ") - fetchesBefore, 2);
    QCOMPARE(channel.lastFault(), ChannelFault::None);

    // 6C 0A: the same command again with Le = 0A.
    raw = card.transmitRaw(hex("8012000000"));
    QVERIFY(raw.ok());
    QCOMPARE(raw->sw, quint16(0x6C0A));
    auto resent = channel.transmit(hex("8012000000"));
    QVERIFY(resent.ok());
    QCOMPARE(resent->sw, quint16(0x9000));
    QCOMPARE(bytesOf(resent->data), pattern(0x12, 10));
    // Case 1 (no Le at all) gets its Le added.
    resent = channel.transmit(hex("80120000"));
    QVERIFY(resent.ok());
    QCOMPARE(bytesOf(resent->data), pattern(0x12, 10));

    // 61 00 means 256 bytes: GET RESPONSE with Le = 00.
    auto full = channel.transmit(hex("8018000000"));
    QVERIFY(full.ok());
    QCOMPARE(full->sw, quint16(0x9000));
    QCOMPARE(bytesOf(full->data), pattern(0x18, 256));

    // Case 4: data in and out.
    auto echo = channel.transmit(hex("80160000040102030400"));
    QVERIFY(echo.ok());
    QCOMPARE(bytesOf(echo->data), hex("04030201"));

    // Status words other than 61/6C are the card's answer, not errors.
    auto unknown = channel.transmit(hex("80EE000000"));
    QVERIFY(unknown.ok());
    QCOMPARE(unknown->sw, quint16(0x6D00));

    // A malformed command never reaches the card.
    auto shortApdu = channel.transmit(hex("8010"));
    QVERIFY(!shortApdu.ok());
    QCOMPARE(shortApdu.error().kind, ErrorKind::Usage);
    QCOMPARE(channel.lastFault(), ChannelFault::BadCommand);

    QVERIFY(card.checkPresent().ok());
    QVERIFY(card.disconnect().ok());
    QVERIFY(!card.isConnected());
    QTRY_COMPARE_WITH_TIMEOUT((*context)->readerState(m_reader)->presence, ReaderPresence::CardPresent, 5000);
}

void TestPcsc::transmitOnT1()
{
    QVERIFY(insertCard({QStringLiteral("--protocol"), QStringLiteral("t1")}));
    auto context = PcscContext::establish();
    QVERIFY(context.ok());
    auto card = PcscCard::connect(*context, m_reader);
    QVERIFY2(card.ok(), qPrintable(card ? QString() : card.error().fullText()));
    QCOMPARE((*card)->protocol(), CardProtocol::T1);
    QCOMPARE((*card)->atr(), hex("3B800181"));
    auto chained = (*card)->transmit(hex("8010000000"));
    QVERIFY(chained.ok());
    QCOMPARE(bytesOf(chained->data), pattern(0x10, 24));

    // Asking for T=0 only on a T=1 card is refused with a message, not a crash.
    QVERIFY((*card)->disconnect().ok());
    auto t0 = PcscCard::connect(*context, m_reader, CardProtocol::T0);
    QVERIFY(!t0.ok());
    QVERIFY(!t0.error().message.isEmpty());
}

void TestPcsc::apduRewritingForLe()
{
    QCOMPARE(ApduExchange::withLe(hex("80120000"), 0x0A), hex("801200000A"));               // case 1
    QCOMPARE(ApduExchange::withLe(hex("8012000000"), 0x0A), hex("801200000A"));             // case 2
    QCOMPARE(ApduExchange::withLe(hex("801200000201 02"), 0x0A), hex("80120000020102 0A")); // case 3
    QCOMPARE(ApduExchange::withLe(hex("80120000020102FF"), 0x0A), hex("801200000201020A")); // case 4
    QVERIFY(ApduExchange::withLe(hex("8012"), 0x0A).isEmpty());
    QVERIFY(ApduExchange::withLe(hex("801200000501"), 0x0A).isEmpty()); // Lc says 5, one byte follows
    QCOMPARE(ApduExchange::getResponse(0x80, 0x10), hex("00C0000010"));
    QCOMPARE(ApduExchange::getResponse(0x01, 0x00), hex("01C0000000")); // logical channel 1
}

void TestPcsc::cardPulledMidExchangeIsAClearError()
{
    QVERIFY(insertCard({QStringLiteral("--slow"), QStringLiteral("30")}));
    QFile pidFile(m_dir + QStringLiteral("/card.pid"));
    QVERIFY(pidFile.open(QIODevice::ReadOnly));
    const pid_t cardPid = pid_t(pidFile.readAll().trimmed().toLongLong());
    QVERIFY(cardPid > 0);

    auto context = PcscContext::establish();
    QVERIFY(context.ok());
    auto connected = PcscCard::connect(*context, m_reader);
    QVERIFY(connected.ok());
    PcscCard &card = **connected;

    // The card is pulled (its process killed outright) while it works on the slow command.
    std::thread pull([cardPid] {
        QThread::msleep(700);
        ::kill(cardPid, SIGKILL);
    });
    QElapsedTimer timer;
    timer.start();
    auto answer = card.transmit(hex("8014000000"));
    pull.join();
    QVERIFY(!answer.ok());
    QVERIFY2(timer.elapsed() < 15000, "the exchange must end when the card goes, not when the card would answer");
    QCOMPARE(card.lastFault(), ChannelFault::CardRemoved);
    QCOMPARE(answer.error().kind, ErrorKind::Environment);
    QCOMPARE(answer.error().message, PcscError::fromCode(kRemovedCard, "x", m_reader).message);
    QVERIFY(answer.error().message.contains(QStringLiteral("taken out")));
    QVERIFY2(answer.error().detail.contains(QStringLiteral("0x80100069")), qPrintable(answer.error().detail));

    // The next command fails the same way at once; the reader shows no card.
    auto again = card.transmit(hex("00A4040000"));
    QVERIFY(!again.ok());
    QCOMPARE(card.lastFault(), ChannelFault::CardRemoved);
    QVERIFY(!card.checkPresent().ok());
    auto empty = (*context)->waitForNoCard(m_reader, 5000);
    QVERIFY(empty.ok());
}

void TestPcsc::noServiceIsAClearError()
{
    QTemporaryDir nowhere;
    QVERIFY(nowhere.isValid());
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PCSCLITE_CSOCK_NAME"), nowhere.path() + QStringLiteral("/no-pcscd.comm"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), QStringLiteral("no-service")});
    QVERIFY(child.waitForFinished(30000));
    const QByteArray out = child.readAllStandardOutput();
    QCOMPARE(child.exitCode(), 0);
    const auto values = test::parseKeyValueLines(out);
    QCOMPARE(values.value(QStringLiteral("established")), QStringLiteral("0"));
    QCOMPARE(values.value(QStringLiteral("message")), PcscError::fromCode(kNoService, "x").message);
    QVERIFY2(values.value(QStringLiteral("message")).contains(QStringLiteral("pcscd) is not running")),
             out.constData());
    QVERIFY(values.value(QStringLiteral("detail")).contains(QStringLiteral("0x8010001d")));
    QCOMPARE(values.value(QStringLiteral("serviceLost")), QStringLiteral("1"));
    QCOMPARE(values.value(QStringLiteral("available")), QStringLiteral("0"));
}

void TestPcsc::serviceStoppingMidExchangeIsAClearError()
{
    // A rig of its own: stopping the fixture's pcscd would pull the ground from under other tests.
    QTemporaryDir base(QStringLiteral("/tmp/posdesk-pcsc-stop-XXXXXX"));
    QVERIFY(base.isValid());
    const QString dir = base.path();
    QString output;
    QVERIFY2(test::runPcscRig({QStringLiteral("start"), dir}, &output), qPrintable(output));
    auto stopRig = qScopeGuard([&] { test::runPcscRig({QStringLiteral("stop"), dir}); });
    QVERIFY(test::runPcscRig(
        {QStringLiteral("insert"), dir, QStringLiteral("minicard"), QStringLiteral("--slow"), QStringLiteral("30")}));
    const auto env = test::readPcscRigEnv(dir);
    const pid_t pcscd = pid_t(env.value(QStringLiteral("POSDESK_PCSC_PCSCD_PID")).toLongLong());
    QVERIFY(pcscd > 0);

    QProcess child;
    QProcessEnvironment childEnv = QProcessEnvironment::systemEnvironment();
    childEnv.insert(QStringLiteral("PCSCLITE_CSOCK_NAME"), env.value(QStringLiteral("PCSCLITE_CSOCK_NAME")));
    childEnv.insert(QStringLiteral("POSDESK_CHILD_READER"), env.value(QStringLiteral("POSDESK_PCSC_READER")));
    child.setProcessEnvironment(childEnv);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), QStringLiteral("service-stops")});
    QByteArray out;
    auto readUntil = [&](const QByteArray &marker, int ms) {
        QDeadlineTimer deadline(ms);
        while (!out.contains(marker) && !deadline.hasExpired() && child.state() != QProcess::NotRunning) {
            child.waitForReadyRead(100);
            out += child.readAllStandardOutput();
        }
        out += child.readAllStandardOutput();
        return out.contains(marker);
    };
    QVERIFY2(readUntil("connected\n", 20000), out.constData());
    QThread::msleep(500);
    // The service dies under the exchange, as when pcscd crashes or is stopped.
    QCOMPARE(::kill(pcscd, SIGKILL), 0);
    QVERIFY2(readUntil("waiting-restore\n", 20000), out.constData());
    // pcscd comes back (same socket path): the watcher finds it again by itself.
    QVERIFY2(test::runPcscRig({QStringLiteral("start"), dir}, &output), qPrintable(output));
    QVERIFY(child.waitForFinished(30000));
    out += child.readAllStandardOutput();
    QCOMPARE(child.exitCode(), 0);

    const auto values = test::parseKeyValueLines(out);
    QCOMPARE(values.value(QStringLiteral("transmitOk")), QStringLiteral("0"));
    QVERIFY2(values.value(QStringLiteral("elapsedMs")).toInt() < 15000, out.constData());
    QCOMPARE(values.value(QStringLiteral("fault")), QStringLiteral("ServiceGone"));
    QVERIFY2(values.value(QStringLiteral("message")).contains(QStringLiteral("stopped while the card was in use")),
             out.constData());
    QCOMPARE(values.value(QStringLiteral("serviceLost")), QStringLiteral("1"));
    QCOMPARE(values.value(QStringLiteral("readersWhileDown")), QStringLiteral("0"));
    QCOMPARE(values.value(QStringLiteral("serviceRestored")), QStringLiteral("1"));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc >= 3 && qstrcmp(argv[1], "--child") == 0) {
        if (qstrcmp(argv[2], "no-service") == 0)
            return childNoService();
        if (qstrcmp(argv[2], "service-stops") == 0)
            return childServiceStops();
        return 2;
    }
    TestPcsc test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_pcsc.moc"
