#include "pinpad/PinPadFrame.h"

#include <QTest>

using namespace posdesk;

namespace {

using Kind = PinPadDecodeEvent::Kind;

// A response frame built by hand (not by the encoder under test): STX CMD STATUS PAYLOAD ETX LRC.
QByteArray response(char command, const QByteArray &status, const QByteArray &payload)
{
    QByteArray body = command + status + payload + '\x03';
    quint8 x = 0;
    for (const char c : body)
        x ^= quint8(c);
    return '\x02' + body + char(x);
}

QByteArray bytes(const SecureBytes &b)
{
    return b.view().toByteArray();
}

// "F:S00:payload" for a frame, "S:n" for skipped bytes, "M:problem" for a rejected frame.
QStringList describe(const std::vector<PinPadDecodeEvent> &events)
{
    QStringList out;
    for (const PinPadDecodeEvent &e : events) {
        switch (e.kind) {
        case Kind::Frame:
            out << QStringLiteral("F:%1%2:%3")
                       .arg(QLatin1Char(e.frame.command))
                       .arg(QString::fromLatin1(e.frame.status))
                       .arg(QString::fromLatin1(bytes(e.frame.payload)));
            break;
        case Kind::Skipped:
            out << QStringLiteral("S:%1").arg(e.skipped);
            break;
        case Kind::Malformed:
            out << QStringLiteral("M:") + e.problem;
            break;
        }
    }
    return out;
}

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromLatin1(item);
    return out;
}

// Consecutive reports of skipped bytes as one: where a read ends is not the decoder's business.
QStringList merged(const QStringList &events)
{
    QStringList out;
    for (const QString &e : events) {
        if (e.startsWith(u"S:") && !out.isEmpty() && out.back().startsWith(u"S:"))
            out.back() = QStringLiteral("S:%1").arg(out.back().mid(2).toInt() + e.mid(2).toInt());
        else
            out << e;
    }
    return out;
}

QStringList feedAll(PinPadDecoder &d, const QByteArray &input)
{
    return describe(d.feed(input));
}

} // namespace

class TestPinPadFrame : public QObject
{
    Q_OBJECT

private slots:
    void encodeRequestGolden()
    {
        // ESC 'S' ETX, LRC = 'S' ^ ETX = 0x50.
        QCOMPARE(bytes(pinpad::encodeRequest('S', {})), QByteArray::fromHex("1b530350"));
        // ESC 'M' "1" ETX: 0x4d ^ 0x31 ^ 0x03 = 0x7f.
        QCOMPARE(bytes(pinpad::encodeRequest('M', "1")), QByteArray::fromHex("1b4d31037f"));
        QVERIFY(pinpad::encodeRequest('s', {}).isEmpty());
        QVERIFY(pinpad::encodeRequest('S', "a\x01").isEmpty());
        QVERIFY(pinpad::encodeRequest('A', QByteArray(pinpad::MaxPayload + 1, 'A')).isEmpty());
        QVERIFY(!pinpad::encodeRequest('A', QByteArray(pinpad::MaxPayload, 'A')).isEmpty());
    }

    void encodeResponseGolden()
    {
        QCOMPARE(bytes(pinpad::encodeResponse('C', "00", {})), response('C', "00", {}));
        QCOMPARE(bytes(pinpad::encodeResponse('?', "E1", {})), response('?', "E1", {}));
        QVERIFY(pinpad::encodeResponse('C', "0", {}).isEmpty());
        QVERIFY(pinpad::encodeResponse('C', "0a", {}).isEmpty());
        QVERIFY(pinpad::encodeResponse('C', "00", "\xff").isEmpty());
    }

    void decodesResponse()
    {
        PinPadDecoder d(PinPadDecoder::Side::Responses);
        QCOMPARE(feedAll(d, response('S', "00", "PD-VPP1|1|1.0|0")), strings({"F:S00:PD-VPP1|1|1.0|0"}));
        QVERIFY(!d.inFrame());
    }

    void lrcMayBeAnyByte()
    {
        // Payload chosen so that the LRC is STX itself: 'P' ^ '0' ^ '0' ^ 'Q' ^ ETX = 0x02.
        const QByteArray frame = response('P', "00", "Q");
        QCOMPARE(frame.back(), '\x02');
        PinPadDecoder d(PinPadDecoder::Side::Responses);
        QCOMPARE(feedAll(d, frame + response('C', "00", {})), (strings({"F:P00:Q", "F:C00:"})));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("expected");
        const QByteArray good = response('A', "00", "0123456789ABCDEF");
        QByteArray badLrc = good;
        badLrc.back() = char(badLrc.back() ^ 0x40);
        QTest::newRow("bad LRC") << badLrc + good
                                 << QStringList{QStringLiteral("M:LRC is 0x%1, the frame's bytes give 0x%2")
                                                    .arg(uint(quint8(badLrc.back())), 2, 16, QLatin1Char('0'))
                                                    .arg(uint(quint8(good.back())), 2, 16, QLatin1Char('0')),
                                                QStringLiteral("F:A00:0123456789ABCDEF")};
        QTest::newRow("missing ETX, next frame follows")
            << QByteArray("\x02"
                          "A00"
                          "0123") +
                   good
            << strings(
                   {"M:frame cut short: a new lead byte before ETX after 4 payload byte(s)", "F:A00:0123456789ABCDEF"});
        QTest::newRow("non-printable payload")
            << QByteArray("\x02"
                          "A00"
                          "01\x7f"
                          "23\x03"
                          "x") +
                   good
            << strings({"M:non-printable byte 0x7f at payload offset 2", "S:4", "F:A00:0123456789ABCDEF"});
        QTest::newRow("garbage before STX")
            << QByteArray("\xff\x00noise", 7) + good << strings({"S:7", "F:A00:0123456789ABCDEF"});
        QTest::newRow("bad status") << QByteArray("\x02"
                                                  "A0x") +
                                           good
                                    << strings({"M:status character 0x78 is not 0-9 or A-Z", "F:A00:0123456789ABCDEF"});
        QTest::newRow("bad command letter")
            << QByteArray("\x02"
                          "a00\x03") +
                   good
            << strings({"M:command letter 0x61 is not A-Z", "S:3", "F:A00:0123456789ABCDEF"});
        QTest::newRow("only garbage") << QByteArray("\x1b"
                                                    "S\x03P")
                                      << strings({"S:4"});
        QTest::newRow("empty") << QByteArray() << QStringList();
    }
    void malformed()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, expected);
        PinPadDecoder d(PinPadDecoder::Side::Responses);
        QCOMPARE(feedAll(d, input), expected);
        QVERIFY(!d.inFrame());
    }

    void oversize()
    {
        PinPadDecoder d(PinPadDecoder::Side::Responses);
        const QByteArray longest = response('A', "00", QByteArray(pinpad::MaxPayload, 'F'));
        QCOMPARE(feedAll(d, longest).size(), 1);
        QByteArray tooLong = "\x02"
                             "A00" +
                             QByteArray(pinpad::MaxPayload + 10, 'F') + "\x03" + 'x';
        QCOMPARE(feedAll(d, tooLong + response('C', "00", {})),
                 (strings({"M:payload longer than 4096 bytes without ETX", "S:11", "F:C00:"})));
    }

    void missingEtxAtTheEndWaits()
    {
        PinPadDecoder d(PinPadDecoder::Side::Responses);
        QCOMPARE(feedAll(d, "\x02"
                            "P00"
                            "0123"),
                 QStringList());
        QVERIFY(d.inFrame());
        d.reset();
        QVERIFY(!d.inFrame());
        QCOMPARE(feedAll(d, "4567\x03"
                            "x"),
                 strings({"S:6"}));
    }

    void splitAcrossReads()
    {
        const QByteArray input = QByteArray("zz") + response('P', "00", "0123456789ABCDEF") + response('P', "P2", {});
        for (qsizetype chunk = 1; chunk <= input.size(); ++chunk) {
            PinPadDecoder d(PinPadDecoder::Side::Responses);
            QStringList got;
            for (qsizetype i = 0; i < input.size(); i += chunk)
                got += describe(d.feed(QByteArrayView(input).sliced(i, std::min(chunk, input.size() - i))));
            QCOMPARE(merged(got), (strings({"S:2", "F:P00:0123456789ABCDEF", "F:PP2:"})));
        }
    }

    void requestSide()
    {
        PinPadDecoder d(PinPadDecoder::Side::Requests);
        const QByteArray p = bytes(pinpad::encodeRequest('P', "10406030000000012341234567890 1"));
        QCOMPARE(feedAll(d, p), strings({"F:P:10406030000000012341234567890 1"}));
        // A response's STX is noise to the pad; '?' is no request letter.
        QCOMPARE(feedAll(d, response('S', "00", {})), strings({"S:6"}));
        QCOMPARE(feedAll(d, QByteArray("\x1b?\x03") + bytes(pinpad::encodeRequest('C', {}))),
                 (strings({"M:command letter 0x3f is not A-Z", "S:1", "F:C:"})));
        QByteArray bad = bytes(pinpad::encodeRequest('S', {}));
        bad.back() = 0;
        QCOMPARE(feedAll(d, bad), strings({"M:LRC is 0x00, the frame's bytes give 0x50"}));
    }

    void roundTrip()
    {
        PinPadDecoder responses(PinPadDecoder::Side::Responses);
        PinPadDecoder requests(PinPadDecoder::Side::Requests);
        for (int c = 0x20; c <= 0x7e; ++c) {
            const QByteArray payload(3, char(c));
            QCOMPARE(feedAll(responses, bytes(pinpad::encodeResponse('W', "E5", payload))),
                     QStringList{QStringLiteral("F:WE5:") + QString::fromLatin1(payload)});
            QCOMPARE(feedAll(requests, bytes(pinpad::encodeRequest('W', payload))),
                     QStringList{QStringLiteral("F:W:") + QString::fromLatin1(payload)});
        }
    }
};

QTEST_GUILESS_MAIN(TestPinPadFrame)
#include "tst_pinpadframe.moc"
