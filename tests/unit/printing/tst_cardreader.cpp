#include "PtyDevices.h"

#include "manager/CardReader.h"
#include "reader/TestCards.h"

#include <QSignalSpy>

using namespace posdesk;
using posdesk::devsim::PtyMaster;

Q_DECLARE_METATYPE(posdesk::SwipeRejection)

// The card reader driver on a pseudo-terminal: bytes in, parsed cards or clear rejections out, also across
// split writes and an unplugged reader.
class TestCardReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_seq = 0;
    QString nextLink() { return m_dir.filePath(QStringLiteral("reader%1").arg(++m_seq)); }

    struct Rig
    {
        explicit Rig(const QString &link) : pty(link), reader(test::serialTo(link)) {}
        PtyMaster pty;
        CardReader reader;
    };

    std::unique_ptr<Rig> started()
    {
        auto rig = std::make_unique<Rig>(nextLink());
        if (!rig->pty.plug().ok())
            return nullptr;
        rig->reader.start();
        return rig;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void everyTestCardReads_data()
    {
        QTest::addColumn<QString>("id");
        for (const TestCard &c : TestCards::all())
            QTest::newRow(c.id) << QString::fromLatin1(c.id);
    }
    void everyTestCardReads()
    {
        QFETCH(QString, id);
        const TestCard *card = TestCards::find(id);
        auto rig = started();
        QVERIFY(rig);
        QTRY_VERIFY(rig->reader.isConnected());
        QSignalSpy swiped(&rig->reader, &CardReader::cardSwiped);
        QSignalSpy rejected(&rig->reader, &CardReader::swipeRejected);
        QVERIFY(rig->pty.write(TestCards::swipeText(*card)).ok());
        QTRY_COMPARE(swiped.count(), 1);
        QCOMPARE(rejected.count(), 0);
        const auto data = swiped.first().first().value<std::shared_ptr<CardData>>();
        QVERIFY(data);
        const QString pan = QString::fromLatin1(card->pan);
        QCOMPARE(data->masked(), pan.left(6) + QString(pan.size() - 10, u'*') + pan.right(4));
        QCOMPARE(data->expiryYymm(), QString::fromLatin1(card->expiry));
        QCOMPARE(data->isChipCard(), card->serviceCode[0] == '2' || card->serviceCode[0] == '6');
    }

    void aSwipeSplitAcrossWritesIsOneCard()
    {
        auto rig = started();
        QVERIFY(rig);
        QTRY_VERIFY(rig->reader.isConnected());
        QSignalSpy swiped(&rig->reader, &CardReader::cardSwiped);
        const QByteArray text = TestCards::swipeText(*TestCards::find(u"unionpay-credit"));
        for (qsizetype at = 0; at < text.size(); at += 7) {
            QVERIFY(rig->pty.write(text.mid(at, 7)).ok());
            QTest::qWait(5);
        }
        QTRY_COMPARE(swiped.count(), 1);
        QTest::qWait(50);
        QCOMPARE(swiped.count(), 1);
    }

    void garbledSwipesAreRejected_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<SwipeRejection>("why");
        QTest::newRow("partial") << QByteArray("%B6200000000000005^ZHANG/SAN^3012101000\r")
                                 << SwipeRejection::MissingEndSentinel;
        QTest::newRow("bad check digit") << QByteArray(";6200000000000006=3012101000?\r") << SwipeRejection::Luhn;
        QTest::newRow("line noise") << QByteArray("\x01\x7F garbage\r") << SwipeRejection::MissingStartSentinel;
        QTest::newRow("unreadable") << QByteArray("%E?;E?\r") << SwipeRejection::Unreadable;
        QTest::newRow("bad expiry") << QByteArray(";6200000000000005=3013101000?\r") << SwipeRejection::BadExpiry;
    }
    void garbledSwipesAreRejected()
    {
        QFETCH(QByteArray, line);
        QFETCH(SwipeRejection, why);
        auto rig = started();
        QVERIFY(rig);
        QTRY_VERIFY(rig->reader.isConnected());
        QSignalSpy swiped(&rig->reader, &CardReader::cardSwiped);
        QSignalSpy rejected(&rig->reader, &CardReader::swipeRejected);
        QVERIFY(rig->pty.write(line).ok());
        QTRY_COMPARE(rejected.count(), 1);
        const auto error = rejected.first().first().value<Error>();
        QCOMPARE(SwipeParser::rejectionOf(error), std::optional<SwipeRejection>(why));
        QVERIFY(!error.message.isEmpty());
        QVERIFY(!error.message.contains(QStringLiteral("6200000000000"))); // no card number in the reason

        // The next good swipe reads normally.
        QVERIFY(rig->pty.write(TestCards::swipeText(*TestCards::find(u"visa-test"))).ok());
        QTRY_COMPARE(swiped.count(), 1);
        QCOMPARE(rejected.count(), 1);
    }

    void recoversFromUnplugAndDropsTheHalfSwipe()
    {
        auto rig = started();
        QVERIFY(rig);
        QSignalSpy connection(&rig->reader, &CardReader::connectionChanged);
        QTRY_VERIFY(rig->reader.isConnected());
        QSignalSpy swiped(&rig->reader, &CardReader::cardSwiped);
        QSignalSpy rejected(&rig->reader, &CardReader::swipeRejected);
        const QByteArray text = TestCards::swipeText(*TestCards::find(u"unionpay-debit-track2"));
        QVERIFY(rig->pty.write(text.left(10)).ok()); // the cable is pulled in the middle of a swipe
        QTest::qWait(50);
        rig->pty.unplug();
        QTRY_VERIFY(!rig->reader.isConnected());
        QVERIFY(rig->pty.plug().ok());
        QTRY_VERIFY_WITH_TIMEOUT(rig->reader.isConnected(), 5000);
        QVERIFY(rig->pty.write(text).ok());
        QTRY_COMPARE(swiped.count(), 1);
        QCOMPARE(rejected.count(), 0);
        QList<bool> seen;
        for (const auto &args : connection)
            seen << args.first().toBool();
        QCOMPARE(seen, (QList<bool>{false, true})); // once each way, however many attempts it took
    }
};

QTEST_GUILESS_MAIN(TestCardReader)
#include "tst_cardreader.moc"
