// EscPinPad against the virtual PIN pad of a real posdesk-devsim process, on a real pseudo-terminal.
#include "DevSim.h"
#include "TestSupport.h"
#include "crypto/Mac.h"
#include "crypto/PinBlock.h"
#include "crypto/Tdes.h"
#include "pinpad/EscPinPad.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace posdesk;
using posdesk::test::DevSim;

namespace {

using PinResult = PinEntryDevice::PinResult;
using PinOutcome = PinEntryDevice::PinOutcome;

// A readPin() whose done() calls are counted.
struct PinCall
{
    int calls = 0;
    std::optional<Result<PinResult>> result;

    std::function<void(Result<PinResult>)> callback()
    {
        return [this](Result<PinResult> r) {
            ++calls;
            result.emplace(std::move(r));
        };
    }
};

const char *const Pan = "6222021234567890123"; // 19 digits; the pad sees 123456789012
const char *const ShortPan = "4000001234562";  // 13 digits

} // namespace

class TestPinPad : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DevSim> m_sim;
    std::unique_ptr<EscPinPad> m_pad;
    const SecretBytes m_tmk = SecretBytes::fromHex("0123456789ABCDEFFEDCBA9876543210");
    const SecretBytes m_pinKey = SecretBytes::fromHex("1C4F7A2B9D3E6A5886B1D0F2E4C7A935");
    const SecretBytes m_macKey = SecretBytes::fromHex("A1B2C3D4E5F60718293A4B5C6D7E8F90");
    const SecretBytes m_macKey8 = SecretBytes::fromHex("3132333435363738");

    static QByteArray encryptUnder(const SecretBytes &kek, const SecretBytes &key)
    {
        auto e = crypto::encryptEcb(kek.view(), key.view());
        return e ? *e : QByteArray();
    }
    static QByteArray check(const SecretBytes &key)
    {
        auto c = crypto::keyCheckValue(key.view());
        return c ? *c : QByteArray();
    }

    PinEntryDevice::PinRequest request(int slot = 1, int timeoutSec = 30, const char *pan = Pan) const
    {
        PinEntryDevice::PinRequest r;
        r.slot = slot;
        r.pan = SecureBytes(QByteArrayView(pan));
        r.minLength = 4;
        r.maxLength = 6;
        r.timeoutSec = timeoutSec;
        r.amountFen = 1234;
        return r;
    }

    // Starts a PIN entry and waits until the pad shows it.
    void startPin(PinCall &call, PinEntryDevice::PinRequest r)
    {
        m_sim->discardLines();
        m_pad->readPin(r, call.callback());
        const QByteArray event = m_sim->waitFor("pinpad waiting for PIN");
        QCOMPARE(event, QByteArray("pinpad waiting for PIN (amount 12.34)"));
        QCOMPARE(call.calls, 0);
    }

    // done() came exactly once and stays at once.
    static void expectOneCall(PinCall &call)
    {
        QTRY_COMPARE_WITH_TIMEOUT(call.calls, 1, 10000);
        QTest::qWait(300);
        QCOMPARE(call.calls, 1);
        QVERIFY(call.result.has_value());
    }

    void loadKeys()
    {
        auto kcv = m_pad->loadMasterKey(1, m_tmk);
        QVERIFY2(kcv.ok(), kcv.ok() ? "" : qPrintable(kcv.error().fullText()));
        auto s = m_pad->loadWorkingKey(1, PinEntryDevice::KeyKind::Pin, encryptUnder(m_tmk, m_pinKey), check(m_pinKey));
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().fullText()));
        s = m_pad->loadWorkingKey(1, PinEntryDevice::KeyKind::Mac, encryptUnder(m_tmk, m_macKey), check(m_macKey));
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().fullText()));
    }

private slots:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_sim = std::make_unique<DevSim>();
        QVERIFY(m_sim->start(m_dir->path(), DevSim::PinPad::With));
        m_pad = std::make_unique<EscPinPad>(m_sim->pinpadLink());
        auto s = m_pad->open();
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().fullText()));
        QVERIFY(m_pad->describe().contains(m_sim->pinpadLink()));
    }

    void status()
    {
        auto info = m_pad->status();
        QVERIFY2(info.ok(), info.ok() ? "" : qPrintable(info.error().fullText()));
        QCOMPARE(info->model, QStringLiteral("PD-VPP1"));
        QCOMPARE(info->serial, QStringLiteral("VPP00000001"));
        QCOMPARE(info->firmware, QStringLiteral("1.0.0"));
        QVERIFY(!info->busy);
    }

    void noMasterKey()
    {
        auto s = m_pad->loadWorkingKey(7, PinEntryDevice::KeyKind::Pin, encryptUnder(m_tmk, m_pinKey), check(m_pinKey));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, ErrorKind::Refused);
        QVERIFY2(s.error().message.contains(QStringLiteral("no master key in slot 7")), qPrintable(s.error().message));
        QCOMPARE(s.error().detail, QStringLiteral("pad status E4"));
        auto mac = m_pad->mac(7, PinEntryDevice::MacMethod::X919, "data");
        QVERIFY(!mac.ok());
        QCOMPARE(mac.error().detail, QStringLiteral("pad status E4"));

        PinCall call;
        m_pad->readPin(request(7), call.callback());
        expectOneCall(call);
        QVERIFY(!call.result->ok());
        QCOMPARE(call.result->error().detail, QStringLiteral("pad status E4"));
    }

    void masterKeyCheckValue()
    {
        auto kcv = m_pad->loadMasterKey(1, m_tmk);
        QVERIFY2(kcv.ok(), kcv.ok() ? "" : qPrintable(kcv.error().fullText()));
        QCOMPARE(kcv->toLatin1(), check(m_tmk).first(3).toHex().toUpper());
        // Wrong sizes never reach the pad.
        QCOMPARE(m_pad->loadMasterKey(1, SecretBytes::fromHex("0123456789ABCDEF")).error().kind, ErrorKind::Usage);
        QCOMPARE(m_pad->loadMasterKey(16, m_tmk).error().kind, ErrorKind::Usage);
        // A new master key throws away the working keys loaded under the old one.
        QVERIFY(m_sim->command("pinpad-status").startsWith("ok pinpad-status master=1 pin=- mac=-"));
    }

    void workingKeys()
    {
        loadKeys();
        const QByteArray state = m_sim->command("pinpad-status");
        QCOMPARE(state, QByteArray("ok pinpad-status master=1 pin=1 mac=1 track=- pending=no auto=off"));
        auto s =
            m_pad->loadWorkingKey(1, PinEntryDevice::KeyKind::Track, encryptUnder(m_tmk, m_macKey8), check(m_macKey8));
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().fullText()));
    }

    void wrongCheckValueKeepsPreviousKey()
    {
        loadKeys();
        const QByteArray data = QByteArrayLiteral("0200 a message to authenticate");
        auto before = m_pad->mac(1, PinEntryDevice::MacMethod::X919, data);
        QVERIFY(before.ok());

        const SecretBytes other = SecretBytes::fromHex("0F1E2D3C4B5A69788796A5B4C3D2E1F0");
        QByteArray wrong = check(other);
        wrong[0] = char(wrong[0] ^ 1);
        auto s = m_pad->loadWorkingKey(1, PinEntryDevice::KeyKind::Mac, encryptUnder(m_tmk, other), wrong);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, ErrorKind::Corrupt);
        QCOMPARE(s.error().detail, QStringLiteral("pad status E5"));
        QVERIFY(s.error().message.contains(QStringLiteral("kept its previous key")));

        auto after = m_pad->mac(1, PinEntryDevice::MacMethod::X919, data);
        QVERIFY(after.ok());
        QCOMPARE(*after, *before);
        auto expected = crypto::computeMac(crypto::MacAlgorithm::X919, m_macKey.view(), data);
        QCOMPARE(*after, *expected);
    }

    void mac_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<bool>("singleLengthKey");
        QTest::addColumn<QByteArray>("data");
        const auto add = [](const char *name, PinEntryDevice::MacMethod m, crypto::MacAlgorithm a, bool single,
                            QByteArray data) {
            QTest::newRow(name) << int(m) << int(a) << single << data;
        };
        const QByteArray message = QByteArray::fromHex("0200302004C020C098110000000000000000123400");
        add("cup-ecb", PinEntryDevice::MacMethod::CupEcb, crypto::MacAlgorithm::CupEcb, false, message);
        add("cup-ecb single", PinEntryDevice::MacMethod::CupEcb, crypto::MacAlgorithm::CupEcb, true, message);
        add("x9.9", PinEntryDevice::MacMethod::X99, crypto::MacAlgorithm::X99, true, message);
        add("x9.19", PinEntryDevice::MacMethod::X919, crypto::MacAlgorithm::X919, false, message);
        add("x9.19 empty", PinEntryDevice::MacMethod::X919, crypto::MacAlgorithm::X919, false, QByteArray());
        add("x9.19 long", PinEntryDevice::MacMethod::X919, crypto::MacAlgorithm::X919, false, QByteArray(2000, '\xa5'));
    }
    void mac()
    {
        QFETCH(int, method);
        QFETCH(int, algorithm);
        QFETCH(bool, singleLengthKey);
        QFETCH(QByteArray, data);
        loadKeys();
        const SecretBytes &key = singleLengthKey ? m_macKey8 : m_macKey;
        QVERIFY(m_pad->loadWorkingKey(1, PinEntryDevice::KeyKind::Mac, encryptUnder(m_tmk, key), check(key)).ok());
        auto got = m_pad->mac(1, PinEntryDevice::MacMethod(method), data);
        QVERIFY2(got.ok(), got.ok() ? "" : qPrintable(got.error().fullText()));
        auto expected = crypto::computeMac(crypto::MacAlgorithm(algorithm), key.view(), data);
        QVERIFY(expected.ok());
        QCOMPARE(got->size(), 8);
        QCOMPARE(*got, *expected);
    }

    void macKeyLengthNotForMethod()
    {
        loadKeys(); // a double-length MAC key: X9.9 takes single-length keys only
        auto got = m_pad->mac(1, PinEntryDevice::MacMethod::X99, "abc");
        QVERIFY(!got.ok());
        QCOMPARE(got.error().kind, ErrorKind::Usage);
        QCOMPARE(got.error().detail, QStringLiteral("pad status E3"));
    }

    void readPinEntered_data()
    {
        QTest::addColumn<QByteArray>("pan");
        QTest::newRow("19 digits") << QByteArray(Pan);
        QTest::newRow("13 digits") << QByteArray(ShortPan);
    }
    void readPinEntered()
    {
        QFETCH(QByteArray, pan);
        loadKeys();
        PinCall call;
        startPin(call, request(1, 30, pan.constData()));
        QVERIFY(m_sim->command("pinpad-status").contains("pending=yes"));
        QCOMPARE(m_sim->command("pin 123456"), QByteArray("ok pin"));
        expectOneCall(call);
        QVERIFY2(call.result->ok(), call.result->ok() ? "" : qPrintable(call.result->error().fullText()));
        const PinResult &r = call.result->value();
        QCOMPARE(r.outcome, PinOutcome::Entered);
        QCOMPARE(r.block.size(), 8);
        auto clear = crypto::decryptEcb(m_pinKey.view(), r.block);
        QVERIFY(clear.ok());
        auto pin = crypto::pinFromBlockFormat0(*clear, pan);
        QVERIFY2(pin.ok(), pin.ok() ? "" : qPrintable(pin.error().fullText()));
        QCOMPARE(pin->view().toByteArray(), QByteArray("123456"));
        // The same PIN for the same card as the host would compute it.
        auto expected = crypto::encryptPinBlockFormat0(m_pinKey.view(), "123456", pan);
        QCOMPARE(r.block, *expected);
    }

    void pinLengthOutsideRequest()
    {
        loadKeys();
        PinCall call;
        startPin(call, request());
        QVERIFY(m_sim->command("pin 123").startsWith("error "));
        QVERIFY(m_sim->command("pin 1234567").startsWith("error "));
        QCOMPARE(call.calls, 0);
        QCOMPARE(m_sim->command("pin 4321"), QByteArray("ok pin"));
        expectOneCall(call);
        QCOMPARE(call.result->value().outcome, PinOutcome::Entered);
    }

    void pinWithoutRequest()
    {
        const QByteArray answer = m_sim->command("pin 123456");
        QVERIFY2(answer.startsWith("error "), answer.constData());
        QVERIFY(!answer.contains("123456"));
        QVERIFY(m_sim->command("pin-bypass").startsWith("error "));
    }

    void bypass()
    {
        loadKeys();
        PinCall call;
        startPin(call, request());
        QCOMPARE(m_sim->command("pin-bypass"), QByteArray("ok pin-bypass"));
        expectOneCall(call);
        QVERIFY(call.result->ok());
        QCOMPARE(call.result->value().outcome, PinOutcome::Bypassed);
        QVERIFY(call.result->value().block.isEmpty());
    }

    void cancelOnPad()
    {
        loadKeys();
        PinCall call;
        startPin(call, request());
        QCOMPARE(m_sim->command("pin-cancel"), QByteArray("ok pin-cancel"));
        expectOneCall(call);
        QVERIFY(call.result->ok());
        QCOMPARE(call.result->value().outcome, PinOutcome::Cancelled);
    }

    void cancelFromTill()
    {
        loadKeys();
        PinCall call;
        startPin(call, request());
        m_pad->cancel();
        expectOneCall(call);
        QVERIFY2(call.result->ok(), call.result->ok() ? "" : qPrintable(call.result->error().fullText()));
        QCOMPARE(call.result->value().outcome, PinOutcome::Cancelled);
        QVERIFY(m_sim->waitFor("pinpad PIN entry cancelled by the till").size() > 0);
        // The pad's answer to C does not confuse the next command.
        auto info = m_pad->status();
        QVERIFY(info.ok());
        QVERIFY(!info->busy);
        m_pad->cancel(); // harmless with nothing pending
        QVERIFY(m_pad->status().ok());
    }

    void timeOut()
    {
        loadKeys();
        PinCall call;
        startPin(call, request(1, 1));
        QVERIFY(m_sim->waitFor("pinpad PIN entry timed out", {}, 5000).size() > 0);
        expectOneCall(call);
        QVERIFY(call.result->ok());
        QCOMPARE(call.result->value().outcome, PinOutcome::TimedOut);
    }

    void busyWhilePinPending()
    {
        loadKeys();
        PinCall call;
        startPin(call, request());
        auto info = m_pad->status();
        QVERIFY2(info.ok(), info.ok() ? "" : qPrintable(info.error().fullText()));
        QVERIFY(info->busy);
        auto mac = m_pad->mac(1, PinEntryDevice::MacMethod::X919, "abc");
        QVERIFY(!mac.ok());
        QCOMPARE(mac.error().kind, ErrorKind::Refused);
        QVERIFY(mac.error().message.contains(QStringLiteral("waiting for a PIN")));
        QCOMPARE(m_pad->loadMasterKey(1, m_tmk).error().kind, ErrorKind::Refused);
        PinCall second;
        m_pad->readPin(request(), second.callback());
        expectOneCall(second);
        QVERIFY(!second.result->ok());
        QCOMPARE(second.result->error().kind, ErrorKind::Refused);
        QCOMPARE(call.calls, 0); // the first entry goes on
        QCOMPARE(m_sim->command("pin 1234"), QByteArray("ok pin"));
        expectOneCall(call);
        QCOMPARE(call.result->value().outcome, PinOutcome::Entered);
    }

    void autoAnswer()
    {
        loadKeys();
        QCOMPARE(m_sim->command("pin-auto 9876"), QByteArray("ok pin-auto pin"));
        QVERIFY(m_sim->command("pinpad-status").endsWith("auto=pin"));
        PinCall call;
        startPin(call, request());
        expectOneCall(call);
        auto clear = crypto::decryptEcb(m_pinKey.view(), call.result->value().block);
        QCOMPARE(crypto::pinFromBlockFormat0(*clear, Pan)->view().toByteArray(), QByteArray("9876"));
        QCOMPARE(m_sim->command("pin-auto bypass"), QByteArray("ok pin-auto bypass"));
        PinCall bypassed;
        startPin(bypassed, request());
        expectOneCall(bypassed);
        QCOMPARE(bypassed.result->value().outcome, PinOutcome::Bypassed);
        QCOMPARE(m_sim->command("pin-auto off"), QByteArray("ok pin-auto off"));
        QVERIFY(m_sim->command("pin-auto 12").startsWith("error "));
    }

    void badRequestsRefusedBeforeThePad()
    {
        PinCall call;
        PinEntryDevice::PinRequest r = request();
        r.pan = SecureBytes(QByteArrayView("123456789012")); // 12 digits: too short for format 0
        m_pad->readPin(r, call.callback());
        QCOMPARE(call.calls, 0); // never inside readPin()
        expectOneCall(call);
        QCOMPARE(call.result->error().kind, ErrorKind::Usage);
        QCOMPARE(m_pad->loadWorkingKey(1, PinEntryDevice::KeyKind::Pin, "short", "1234").error().kind,
                 ErrorKind::Usage);
    }

    void garbledAnswer()
    {
        QCOMPARE(m_sim->command("pinpad-garble"), QByteArray("ok pinpad-garble"));
        auto info = m_pad->status();
        QVERIFY(!info.ok());
        QCOMPARE(info.error().kind, ErrorKind::Corrupt);
        QVERIFY2(info.error().message.contains(QStringLiteral("unreadable")), qPrintable(info.error().message));
        QVERIFY2(info.error().detail.startsWith(QStringLiteral("LRC is")), qPrintable(info.error().detail));
        QVERIFY(m_pad->status().ok()); // the next answer is fine again
    }

    void garbledPinAnswer()
    {
        loadKeys();
        PinCall call;
        startPin(call, request());
        QCOMPARE(m_sim->command("pinpad-garble"), QByteArray("ok pinpad-garble"));
        QCOMPARE(m_sim->command("pin 123456"), QByteArray("ok pin"));
        expectOneCall(call);
        QVERIFY(!call.result->ok());
        QCOMPARE(call.result->error().kind, ErrorKind::Corrupt);
        QVERIFY(m_pad->status().ok());
    }

    void unplugWhileWaitingForPin()
    {
        loadKeys();
        PinCall call;
        startPin(call, request());
        QCOMPARE(m_sim->command("pinpad-unplug"), QByteArray("ok pinpad-unplug"));
        expectOneCall(call);
        QVERIFY(!call.result->ok());
        QCOMPARE(call.result->error().kind, ErrorKind::Environment);
        QVERIFY2(call.result->error().message.contains(QStringLiteral("stopped working")),
                 qPrintable(call.result->error().message));
        QVERIFY(!m_pad->isOpen());
        auto info = m_pad->status();
        QVERIFY(!info.ok());
        QCOMPARE(info.error().kind, ErrorKind::Environment);

        QVERIFY(m_sim->command("pinpad-plug").startsWith("ok pinpad-plug"));
        QTRY_VERIFY_WITH_TIMEOUT(m_pad->open().ok(), 5000);
        QVERIFY(m_pad->status().ok());
        // The pad kept its keys.
        auto mac = m_pad->mac(1, PinEntryDevice::MacMethod::X919, "abc");
        QVERIFY(mac.ok());
    }

    void unpluggedPadTimesOutNotHangs()
    {
        QCOMPARE(m_sim->command("pinpad-unplug"), QByteArray("ok pinpad-unplug"));
        QElapsedTimer timer;
        timer.start();
        auto info = m_pad->status();
        QVERIFY(!info.ok());
        QCOMPARE(info.error().kind, ErrorKind::Environment);
        QVERIFY(timer.elapsed() < 10000);
        QVERIFY(m_sim->command("pinpad-plug").startsWith("ok pinpad-plug"));
        m_pad->close();
        QTRY_VERIFY_WITH_TIMEOUT(m_pad->open().ok(), 5000);
        QVERIFY(m_pad->status().ok());
    }

    void closeWhileWaitingForPin()
    {
        loadKeys();
        PinCall call;
        startPin(call, request());
        m_pad->close();
        expectOneCall(call);
        QVERIFY(!call.result->ok());
        QVERIFY(m_pad->open().ok());
        QVERIFY(m_sim->command("pin-cancel").startsWith("ok")); // the pad still waited
    }

    void cleanupTestCase()
    {
        m_pad.reset();
        m_sim.reset();
    }
};

QTEST_GUILESS_MAIN(TestPinPad)
#include "tst_pinpad.moc"
