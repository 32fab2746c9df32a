#pragma once

#include "reports/ReportTypes.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QStringList>

namespace posdesk::test {

// A small shop with fixed rows for the report tests: two terminals, transactions on 2026-01-04 to 2026-01-06
// (shop time, UTC+8), settled batches, incidents, costs. Names hold commas, quotes, a line break and a text that
// a spreadsheet would run as a formula, so that quoting is exercised. Everything is fixed: the exports are
// byte-for-byte reproducible.
struct SmallShop
{
    static constexpr const char *kMerchantName = "张记便利店 \"Zhang's\", Jing'an";
    static constexpr const char *kTid1 = "10000001";
    static constexpr const char *kTid2 = "10000002";
    static QTimeZone zone() { return QTimeZone(8 * 3600); }
    static QDateTime at(int day, int h, int m, int s = 0); // 2026-01-<day> h:m:s shop time
    static Status seed(Database &db);
    static ReportRequest request(ReportKind kind); // 2026-01-05 to 2026-01-06
};

// RFC 4180 CSV back into rows (the test's own reader, independent of the writer).
QList<QStringList> parseCsv(const QByteArray &utf8);

// The first sheet of an XLSX as read by openpyxl (python3-openpyxl): each cell as text ("12.34" with the decimals
// of its number format, dates as "yyyy-MM-dd[ hh:mm:ss]"), plus what the test checks about the sheet. Fails the
// calling test (returns false) when python3 or openpyxl is missing: it never skips.
struct XlsxDump
{
    QStringList sheets;
    QString freezePanes;
    QList<QStringList> rows;
    QList<QStringList> types;   // openpyxl data_type per cell: n, s, d …
    QList<QStringList> formats; // number_format per cell
    QList<QStringList> summary; // the "summary" sheet, as text
};
bool readXlsx(const QString &path, XlsxDump &out, QString *error);

// Runs a program and returns its standard output; empty and `error` set when it cannot run or fails.
QByteArray runTool(const QString &program, const QStringList &args, QString *error);

} // namespace posdesk::test
