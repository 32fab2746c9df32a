#include "acquirer/ResponseClassifier.h"

#include <QTest>

using namespace posdesk;

// Answers read by the response-code table's category, never by a literal "00".
class TestResponseClassifier : public QObject
{
    Q_OBJECT

    static CupMessages::Reply reply(const char *code, const char *field4 = nullptr)
    {
        CupMessages::Reply r;
        r.message = iso8583::Message("0210");
        r.message.set(39, code);
        if (field4)
            r.message.set(4, field4);
        r.responseCode = QString::fromLatin1(code);
        return r;
    }

private slots:
    void financial_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field4");
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("approved");
        using F = ResponseClassifier::Financial;
        QTest::newRow("00") << "00" << QString() << int(F::Approved) << qint64(1000);
        QTest::newRow("00 echoing the amount") << "00"
                                               << "000000001000" << int(F::Approved) << qint64(1000);
        QTest::newRow("00 with another amount") << "00"
                                                << "000000000999" << int(F::Ambiguous) << qint64(0);
        QTest::newRow("11 VIP") << "11" << QString() << int(F::Approved) << qint64(1000);
        QTest::newRow("10 partial") << "10"
                                    << "000000000600" << int(F::Partial) << qint64(600);
        QTest::newRow("10 for the whole amount") << "10"
                                                 << "000000001000" << int(F::Approved) << qint64(1000);
        QTest::newRow("10 without field 4") << "10" << QString() << int(F::Ambiguous) << qint64(0);
        QTest::newRow("10 for more than asked") << "10"
                                                << "000000001001" << int(F::Ambiguous) << qint64(0);
        QTest::newRow("10 for nothing") << "10"
                                        << "000000000000" << int(F::Ambiguous) << qint64(0);
        QTest::newRow("51 declined") << "51" << QString() << int(F::Declined) << qint64(0);
        QTest::newRow("97 declined") << "97" << QString() << int(F::Declined) << qint64(0);
        QTest::newRow("unknown code") << "Z9" << QString() << int(F::Declined) << qint64(0);
    }
    void financial()
    {
        QFETCH(QString, code);
        QFETCH(QString, field4);
        QFETCH(int, kind);
        QFETCH(qint64, approved);
        const QByteArray c = code.toLatin1();
        const QByteArray f = field4.toLatin1();
        const auto v = ResponseClassifier::financial(reply(c.constData(), f.isEmpty() ? nullptr : f.constData()), 1000);
        QCOMPARE(int(v.kind), kind);
        QCOMPARE(qint64(v.approvedMinor), approved);
        if (v.kind == ResponseClassifier::Financial::Ambiguous)
            QVERIFY(!v.why.isEmpty());
    }

    void reversal_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("kind");
        using R = ResponseClassifier::Reversal;
        QTest::newRow("00") << "00" << int(R::Done);
        QTest::newRow("25 original unknown") << "25" << int(R::Done);
        QTest::newRow("96 switch fault") << "96" << int(R::Retry);
        QTest::newRow("98 issuer timeout") << "98" << int(R::Retry);
        QTest::newRow("A0 MAC") << "A0" << int(R::Retry);
        QTest::newRow("99 PIN format") << "99" << int(R::Retry);
        QTest::newRow("68 too late") << "68" << int(R::Retry);
        QTest::newRow("12 invalid") << "12" << int(R::Final);
        QTest::newRow("30 format") << "30" << int(R::Retry);
        QTest::newRow("64 amount differs") << "64" << int(R::Final);
        QTest::newRow("77 batch") << "77" << int(R::Final);
        QTest::newRow("97 unregistered") << "97" << int(R::Final);
        QTest::newRow("unknown") << "Z9" << int(R::Final);
    }
    void reversal()
    {
        QFETCH(QString, code);
        QFETCH(int, kind);
        QCOMPARE(int(ResponseClassifier::reversal(code)), kind);
    }

    void signOnForcedByA0And99()
    {
        QVERIFY(ResponseClassifier::forcesSignOn(QStringLiteral("A0")));
        QVERIFY(ResponseClassifier::forcesSignOn(QStringLiteral("99")));
        QVERIFY(!ResponseClassifier::forcesSignOn(QStringLiteral("00")));
        QVERIFY(!ResponseClassifier::forcesSignOn(QStringLiteral("96")));
    }
};

QTEST_GUILESS_MAIN(TestResponseClassifier)
#include "tst_responseclassifier.moc"
