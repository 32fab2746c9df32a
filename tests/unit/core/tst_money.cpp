#include "money/Money.h"

#include <QTest>

using posdesk::Money;

class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("plain") << "12.34"
                               << "CNY" << qint64(1234);
        QTest::newRow("integer") << "12"
                                 << "CNY" << qint64(1200);
        QTest::newRow("one decimal") << "0.5"
                                     << "CNY" << qint64(50);
        QTest::newRow("zero") << "0"
                              << "CNY" << qint64(0);
        QTest::newRow("zero decimals") << "0.00"
                                       << "CNY" << qint64(0);
        QTest::newRow("negative") << "-3.07"
                                  << "CNY" << qint64(-307);
        QTest::newRow("plus sign") << "+1.00"
                                   << "CNY" << qint64(100);
        QTest::newRow("spaces") << "  9.99 "
                                << "CNY" << qint64(999);
        QTest::newRow("trailing point") << "5."
                                        << "CNY" << qint64(500);
        QTest::newRow("yen no decimals") << "1500"
                                         << "JPY" << qint64(1500);
        QTest::newRow("dinar three decimals") << "1.234"
                                              << "KWD" << qint64(1234);
        QTest::newRow("largest") << "92233720368547758.07"
                                 << "CNY" << qint64(9223372036854775807LL);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QFETCH(qint64, minor);
        auto m = Money::parse(text, currency);
        QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message));
        QCOMPARE(m->minor(), minor);
        QCOMPARE(m->currency(), currency);
    }

    void parseRejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::newRow("empty") << ""
                               << "CNY";
        QTest::newRow("blank") << "   "
                               << "CNY";
        QTest::newRow("letters") << "12a"
                                 << "CNY";
        QTest::newRow("too many decimals") << "1.234"
                                           << "CNY";
        QTest::newRow("decimals on yen") << "1.5"
                                         << "JPY";
        QTest::newRow("two points") << "1.2.3"
                                    << "CNY";
        QTest::newRow("only sign") << "-"
                                   << "CNY";
        QTest::newRow("only point") << "."
                                    << "CNY";
        QTest::newRow("overflow") << "92233720368547758.08"
                                  << "CNY";
        QTest::newRow("huge") << "99999999999999999999999"
                              << "CNY";
        QTest::newRow("fullwidth digits") << "１２"
                                          << "CNY";
        QTest::newRow("bad currency") << "1.00"
                                      << "YUAN";
        QTest::newRow("exponent") << "1e3"
                                  << "CNY";
        // A comma is a decimal separator to some cashiers and a group separator to others: never guessed.
        QTest::newRow("decimal comma") << "12,34"
                                       << "CNY";
        QTest::newRow("short decimal comma") << "1,2"
                                             << "CNY";
        QTest::newRow("grouped") << "1,234,567.89"
                                 << "CNY";
        QTest::newRow("fullwidth comma") << "12，34"
                                         << "CNY";
    }
    void parseRejects()
    {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        auto m = Money::parse(text, currency);
        QVERIFY(!m.ok());
        QCOMPARE(m.error().kind, posdesk::ErrorKind::Usage);
        QVERIFY(!m.error().message.isEmpty());
    }

    void plainString_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << qint64(0) << "CNY"
                              << "0.00";
        QTest::newRow("fen") << qint64(7) << "CNY"
                             << "0.07";
        QTest::newRow("negative fen") << qint64(-5) << "CNY"
                                      << "-0.05";
        QTest::newRow("yuan") << qint64(123456) << "CNY"
                              << "1234.56";
        QTest::newRow("yen") << qint64(1500) << "JPY"
                             << "1500";
        QTest::newRow("min") << std::numeric_limits<qint64>::min() << "CNY"
                             << "-92233720368547758.08";
    }
    void plainString()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, expected);
        QCOMPARE(Money(minor, currency).toPlainString(), expected);
    }

    void roundTrip()
    {
        for (qint64 v : {qint64(0), qint64(1), qint64(-1), qint64(99), qint64(100), qint64(-123456789)}) {
            const Money m = Money::cny(v);
            QCOMPARE(Money::parse(m.toPlainString())->minor(), v);
        }
    }

    void display_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("c zero") << qint64(0) << "C"
                                << "¥0.00";
        QTest::newRow("zh grouped") << qint64(123456789) << "zh_CN"
                                    << "¥1,234,567.89";
        QTest::newRow("en negative") << qint64(-50) << "en_US"
                                     << "-¥0.50";
        QTest::newRow("de decimal comma") << qint64(123456) << "de_DE"
                                          << "¥1.234,56";
    }
    void display()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QCOMPARE(Money::cny(minor).toDisplayString(QLocale(locale)), expected);
    }

    void arithmetic()
    {
        auto sum = Money::cny(150).plus(Money::cny(-200));
        QVERIFY(sum.ok());
        QCOMPARE(sum->minor(), qint64(-50));
        QVERIFY(!Money::cny(1).plus(Money(1, QStringLiteral("USD"))).ok());
        QVERIFY(!Money::cny(std::numeric_limits<qint64>::max()).plus(Money::cny(1)).ok());
        QVERIFY(!Money::cny(std::numeric_limits<qint64>::min()).minus(Money::cny(1)).ok());
        QVERIFY(!Money::cny(0).minus(Money::cny(std::numeric_limits<qint64>::min())).ok());
        QCOMPARE(Money::cny(5).negated().minor(), qint64(-5));
        QVERIFY(Money::cny(0).isZero());
        QVERIFY(Money::cny(-1).isNegative());
    }

    void currencyCodes()
    {
        QCOMPARE(Money::numericCodeOf(QStringLiteral("CNY")), QStringLiteral("156"));
        QCOMPARE(Money::alphaCodeOf(QStringLiteral("344")), QStringLiteral("HKD"));
        QVERIFY(Money::numericCodeOf(QStringLiteral("XXX")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
