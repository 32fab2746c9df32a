#include "money/Money.h"
#include "reports/CellFormatter.h"
#include "reports/CsvReportWriter.h"
#include "reports/XlsxReportWriter.h"

#include <QTest>

#include <limits>

using namespace posdesk;

namespace {

QString formatted(CellFormatter &f, ColumnType type, const ReportCell &cell)
{
    QByteArray out;
    f.appendUtf8(out, type, cell);
    return QString::fromUtf8(out);
}

ReportCell moneyCell(std::int64_t minor, const QString &currency)
{
    ReportCell c;
    c.setMoney(minor, currency);
    return c;
}

ReportCell numberCell(std::int64_t n)
{
    ReportCell c;
    c.setNumber(n);
    return c;
}

} // namespace

// How cells become the text in files: exact money, local times, RFC 4180 fields.
class TestReportCellFormatter : public QObject
{
    Q_OBJECT

private slots:
    void moneyMatchesMoneyPlainString_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        const qint64 values[] = {0,
                                 1,
                                 5,
                                 10,
                                 99,
                                 100,
                                 1234,
                                 -1,
                                 -5,
                                 -1234,
                                 100000000,
                                 9999999999,
                                 std::numeric_limits<qint64>::max(),
                                 std::numeric_limits<qint64>::min()};
        for (const char *currency : {"CNY", "JPY", "KWD"}) {
            for (qint64 v : values)
                QTest::addRow("%s %lld", currency, v) << v << QString::fromLatin1(currency);
        }
    }
    void moneyMatchesMoneyPlainString()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        CellFormatter f(QTimeZone::utc());
        QCOMPARE(formatted(f, ColumnType::Money, moneyCell(minor, currency)), Money(minor, currency).toPlainString());
    }

    void groupedMoney_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << qint64(0) << 2 << QStringLiteral("0.00");
        QTest::newRow("cents") << qint64(5) << 2 << QStringLiteral("0.05");
        QTest::newRow("hundreds") << qint64(99999) << 2 << QStringLiteral("999.99");
        QTest::newRow("thousand") << qint64(123450) << 2 << QStringLiteral("1,234.50");
        QTest::newRow("millions") << qint64(9999999999) << 2 << QStringLiteral("99,999,999.99");
        QTest::newRow("negative") << qint64(-123450) << 2 << QStringLiteral("-1,234.50");
        QTest::newRow("negative hundreds") << qint64(-99900) << 2 << QStringLiteral("-999.00");
        QTest::newRow("yen") << qint64(1234567) << 0 << QStringLiteral("1,234,567");
    }
    void groupedMoney()
    {
        QFETCH(qint64, minor);
        QFETCH(int, decimals);
        QFETCH(QString, expected);
        QCOMPARE(CellFormatter::groupedMoney(minor, decimals), expected);
    }

    void localTimes_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDateTime>("utc");
        QTest::addColumn<QString>("expected");
        const auto utc = [](int y, int mo, int d, int h, int mi, int s) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
        };
        QTest::newRow("shanghai morning")
            << QStringLiteral("Asia/Shanghai") << utc(2026, 1, 5, 1, 15, 0) << QStringLiteral("2026-01-05 09:15:00");
        QTest::newRow("shanghai midnight")
            << QStringLiteral("Asia/Shanghai") << utc(2026, 1, 5, 16, 0, 0) << QStringLiteral("2026-01-06 00:00:00");
        QTest::newRow("utc before 1970") << QStringLiteral("UTC") << utc(1969, 12, 31, 23, 59, 59)
                                         << QStringLiteral("1969-12-31 23:59:59");
        QTest::newRow("leap day") << QStringLiteral("UTC") << utc(2028, 2, 29, 12, 0, 1)
                                  << QStringLiteral("2028-02-29 12:00:01");
        // Berlin changes from +1 to +2 at 01:00 UTC on 2026-03-29 and back at 01:00 UTC on 2026-10-25.
        QTest::newRow("berlin before summer")
            << QStringLiteral("Europe/Berlin") << utc(2026, 3, 29, 0, 59, 59) << QStringLiteral("2026-03-29 01:59:59");
        QTest::newRow("berlin summer") << QStringLiteral("Europe/Berlin") << utc(2026, 3, 29, 1, 0, 0)
                                       << QStringLiteral("2026-03-29 03:00:00");
        QTest::newRow("berlin autumn") << QStringLiteral("Europe/Berlin") << utc(2026, 10, 25, 1, 0, 0)
                                       << QStringLiteral("2026-10-25 02:00:00");
    }
    void localTimes()
    {
        QFETCH(QString, zone);
        QFETCH(QDateTime, utc);
        QFETCH(QString, expected);
        const QTimeZone tz(zone.toLatin1());
        QVERIFY2(tz.isValid(), qPrintable(zone));
        CellFormatter f(tz);
        QCOMPARE(formatted(f, ColumnType::DateTime, numberCell(utc.toMSecsSinceEpoch())), expected);
        // The same answer as Qt's own conversion.
        QCOMPARE(expected, utc.toTimeZone(tz).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    }

    void offsetCacheFollowsTransitionsBothWays()
    {
        // Rows out of time order must not reuse an offset from the other side of a transition.
        CellFormatter f(QTimeZone("Europe/Berlin"));
        const QDateTime summer(QDate(2026, 7, 1), QTime(10, 0), QTimeZone::utc());
        const QDateTime winter(QDate(2026, 1, 1), QTime(10, 0), QTimeZone::utc());
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(formatted(f, ColumnType::DateTime, numberCell(summer.toMSecsSinceEpoch())),
                     QStringLiteral("2026-07-01 12:00:00"));
            QCOMPARE(formatted(f, ColumnType::DateTime, numberCell(winter.toMSecsSinceEpoch())),
                     QStringLiteral("2026-01-01 11:00:00"));
        }
        QCOMPARE(f.localDate(QDateTime(QDate(2026, 7, 1), QTime(22, 30), QTimeZone::utc()).toMSecsSinceEpoch()),
                 QDate(2026, 7, 2));
    }

    void datesIntegersAndNulls()
    {
        CellFormatter f(QTimeZone::utc());
        QCOMPARE(formatted(f, ColumnType::Date, numberCell(QDate(2026, 1, 5).toJulianDay())),
                 QStringLiteral("2026-01-05"));
        QCOMPARE(formatted(f, ColumnType::Integer, numberCell(-42)), QStringLiteral("-42"));
        QCOMPARE(formatted(f, ColumnType::Integer, numberCell(0)), QStringLiteral("0"));
        ReportCell text;
        text.setText(QStringLiteral("收银员"));
        QCOMPARE(formatted(f, ColumnType::Text, text), QStringLiteral("收银员"));
        QCOMPARE(formatted(f, ColumnType::Money, ReportCell{}), QString());
        QCOMPARE(f.text(ColumnType::Money, moneyCell(-5, QStringLiteral("CNY"))), QStringLiteral("-0.05"));
    }

    void csvFields_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("guard");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << QStringLiteral("王芳") << true << QByteArray("王芳");
        QTest::newRow("empty") << QString() << true << QByteArray();
        QTest::newRow("comma") << QStringLiteral("a,b") << true << QByteArray("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << true << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << true << QByteArray("\"a\nb\"");
        QTest::newRow("carriage return") << QStringLiteral("a\rb") << true << QByteArray("\"a\rb\"");
        QTest::newRow("leading space kept") << QStringLiteral(" a ") << true << QByteArray(" a ");
        QTest::newRow("formula") << QStringLiteral("=1+1") << true << QByteArray("'=1+1");
        QTest::newRow("formula quoted") << QStringLiteral("=A1,B1") << true << QByteArray("\"'=A1,B1\"");
        QTest::newRow("at sign") << QStringLiteral("@SUM(A1)") << true << QByteArray("'@SUM(A1)");
        QTest::newRow("header not guarded") << QStringLiteral("-x") << false << QByteArray("-x");
    }
    void csvFields()
    {
        QFETCH(QString, value);
        QFETCH(bool, guard);
        QFETCH(QByteArray, expected);
        QByteArray out;
        CsvReportWriter::appendField(out, value.toUtf8(), guard);
        QCOMPARE(out, expected);
    }

    void xlsxMoneyFormats()
    {
        QCOMPARE(XlsxReportWriter::moneyFormat(QStringLiteral("CNY")),
                 QByteArray("[$\xC2\xA5-804]#,##0.00;-[$\xC2\xA5-804]#,##0.00"));
        QCOMPARE(XlsxReportWriter::moneyFormat(QStringLiteral("JPY")), QByteArray("#,##0 \"JPY\";-#,##0 \"JPY\""));
        QCOMPARE(XlsxReportWriter::moneyFormat(QStringLiteral("KWD")),
                 QByteArray("#,##0.000 \"KWD\";-#,##0.000 \"KWD\""));
    }
};

QTEST_GUILESS_MAIN(TestReportCellFormatter)
#include "tst_reports_cellformatter.moc"
