#include "HostSim.h"
#include "TestSupport.h"

#include "reader/TestCards.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace posdesk;

// PCI DSS requirement 3: no full PAN and no track data on disk. The shop's flows run with every test card
// (sign-on, sales, a sale lost on the wire and reversed, a decline, a void, a refund, an unbalanced settlement
// with its batch upload, a 97 incident with its escalation ticket, exports in CSV, XLSX and PDF), then every file
// the programs wrote — database and its WAL, key file, exports, ticket, temporary files, the captured logs — is
// searched for each card's PAN and track in every form it could take: ASCII, UTF-16, packed BCD (as on the wire),
// inside the XLSX's zip members and in the PDF's text.
namespace {

constexpr const char *kMid = "898310058120001";
constexpr const char *kTid = "12345601";
constexpr const char *kUnknownTid = "12345609"; // the host does not know it: 97

struct Needle
{
    QString what;
    QByteArray bytes;
};

QByteArray track2Of(const TestCard &c)
{
    return QByteArray(c.pan) + '=' + c.expiry + c.serviceCode + c.discretionary2;
}

// Every form in which a card's PAN or track 2 could be written.
QList<Needle> needlesFor(const TestCard &c)
{
    QList<Needle> out;
    const QByteArray pan(c.pan);
    const QByteArray track = track2Of(c);
    const auto add = [&](const QString &what, const QByteArray &text) {
        out.append({what + QStringLiteral(" ASCII"), text});
        out.append({what + QStringLiteral(" UTF-16"),
                    QByteArray(reinterpret_cast<const char *>(QString::fromLatin1(text).utf16()), text.size() * 2)});
    };
    add(QStringLiteral("PAN %1").arg(QLatin1String(c.id)), pan);
    add(QStringLiteral("track 2 %1").arg(QLatin1String(c.id)), track);
    // Packed BCD as in fields 2 and 35, at either nibble alignment; track 2 separator '=' is the nibble D.
    QByteArray bcdTrack = track;
    bcdTrack.replace('=', 'D');
    for (const QByteArray &digits : {pan, bcdTrack}) {
        // Starting on a byte boundary or in the middle of a byte: the whole bytes the digits must fill.
        for (int shift : {0, 1}) {
            QByteArray whole = digits.mid(shift);
            if (whole.size() % 2)
                whole.chop(1);
            out.append({QStringLiteral("BCD %1 %2 shift %3")
                            .arg(QLatin1String(c.id), QLatin1String(digits == pan ? "PAN" : "track 2"))
                            .arg(shift),
                        QByteArray::fromHex(whole)});
        }
    }
    return out;
}

QByteArray run(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
    }
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    return p.readAllStandardOutput();
}

// What a reader would see in a file: its bytes, the members of a zip (XLSX), the text of a PDF.
QByteArray readable(const QString &path)
{
    QByteArray bytes = test::fileBytes(path);
    if (bytes.startsWith("PK")) {
        const QString unzip = QStringLiteral("import sys, zipfile\n"
                                             "z = zipfile.ZipFile(sys.argv[1])\n"
                                             "sys.stdout.buffer.write(b''.join(z.read(n) for n in z.namelist()))\n");
        bytes += run(QStringLiteral("python3"), {QStringLiteral("-c"), unzip, path});
    } else if (bytes.startsWith("%PDF")) {
        bytes += run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    }
    return bytes;
}

// "file: what" for every needle found under dir.
QStringList scan(const QString &dir, const QList<Needle> &needles, int *files)
{
    QStringList found;
    *files = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        ++*files;
        const QByteArray text = readable(path);
        for (const Needle &n : needles) {
            if (!n.bytes.isEmpty() && text.contains(n.bytes))
                found << QStringLiteral("%1: %2").arg(QDir(dir).relativeFilePath(path), n.what);
        }
    }
    return found;
}

} // namespace

class TestCardDataScan : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;    // everything the programs write: the scanned tree
    QTemporaryDir m_hostDir; // the acquirer's side (the simulator plays the bank): not the shop's files
    QString m_db;
    QFile m_log;
    QList<Needle> m_needles;
    std::unique_ptr<test::HostSim> m_host;

    struct Cli
    {
        int exitCode = -1;
        QJsonObject json;
        QJsonArray list;
    };

    Cli cli(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Temporary, cache and settings files of the programs land inside the scanned tree.
        for (const char *var : {"TMPDIR", "HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"})
            env.insert(QString::fromLatin1(var), m_root.filePath(QStringLiteral("env/") + QLatin1String(var)));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(test::programPath(QStringLiteral("posdesk-cli")),
                QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--json")} + args);
        Cli r;
        if (!p.waitForFinished(60000))
            return r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        const QByteArray out = p.readAllStandardOutput();
        const QByteArray err = p.readAllStandardError();
        // The programs' output is the shop's log: kept on disk, and scanned with the rest. (The command line itself
        // is the test's input, track data among it, so only the command's name is noted.)
        m_log.write("$ posdesk-cli " + args.first().toUtf8() + " …\n" + out + err);
        m_log.flush();
        const QJsonDocument doc = QJsonDocument::fromJson(out);
        r.json = doc.object();
        r.list = doc.array();
        return r;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_root.isValid() && m_hostDir.isValid());
        for (const char *var : {"TMPDIR", "HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"})
            QVERIFY(QDir().mkpath(m_root.filePath(QStringLiteral("env/") + QLatin1String(var))));
        QVERIFY(QDir().mkpath(m_root.filePath(QStringLiteral("exports"))));
        m_db = m_root.filePath(QStringLiteral("shop.db"));
        m_log.setFileName(m_root.filePath(QStringLiteral("cli.log")));
        QVERIFY(m_log.open(QIODevice::WriteOnly));
        for (const TestCard &c : TestCards::all())
            m_needles += needlesFor(c);
        QVERIFY(m_needles.size() > 10);
    }

    // The scanner itself: a planted PAN in each form is found, so a clean result means something.
    void scannerFindsPlantedCardData()
    {
        QTemporaryDir planted;
        const TestCard &c = TestCards::all().front();
        int i = 0;
        for (const Needle &n : needlesFor(c)) {
            QFile f(planted.filePath(QStringLiteral("plant%1.bin").arg(i++)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("prefix " + n.bytes + " suffix");
        }
        int files = 0;
        const QStringList found = scan(planted.path(), needlesFor(c), &files);
        QCOMPARE(files, i);
        for (int k = 0; k < i; ++k)
            QVERIFY2(found.join(u'\n').contains(QStringLiteral("plant%1.bin").arg(k)), qPrintable(found.join(u'\n')));
    }

    void shopFlowsLeaveNoCardDataOnDisk()
    {
        // The first 0200 is lost (timeout → reversal); the first 0500 disagrees (batch upload).
        m_host = std::make_unique<test::HostSim>(test::programPath(QStringLiteral("posdesk-hostsim")));
        QVERIFY(m_host->start(QString::fromLatin1(kMid), {QString::fromLatin1(kTid)},
                              {QStringLiteral("drop:1:0200"), QStringLiteral("unbalanced:1:0500")}));
        const QList<QStringList> setup{
            {QStringLiteral("init")},
            {QStringLiteral("merchant"), QStringLiteral("add"), QStringLiteral("--mid"), QString::fromLatin1(kMid),
             QStringLiteral("--name"), QStringLiteral("静安街角便利店")},
            {QStringLiteral("acquirer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Bank"),
             QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
             QString::number(m_host->port()), QStringLiteral("--connect-timeout-ms"), QStringLiteral("1500"),
             QStringLiteral("--response-timeout-ms"), QStringLiteral("1500")},
        };
        for (const QStringList &step : setup)
            QCOMPARE(cli(step).exitCode, 0);
        for (const char *tid : {kTid, kUnknownTid}) {
            QCOMPARE(cli({QStringLiteral("terminal"), QStringLiteral("add"), QStringLiteral("--tid"),
                          QString::fromLatin1(tid), QStringLiteral("--mid"), QString::fromLatin1(kMid),
                          QStringLiteral("--acquirer"), QStringLiteral("Bank"), QStringLiteral("--state"),
                          QStringLiteral("keys-loaded")})
                         .exitCode,
                     0);
            QCOMPARE(cli({QStringLiteral("keys"), QStringLiteral("load-tmk"), QStringLiteral("--tid"),
                          QString::fromLatin1(tid), QStringLiteral("--tmk"), QString::fromLatin1(test::HostSim::kTmk)})
                         .exitCode,
                     0);
        }
        QCOMPARE(cli({QStringLiteral("signon"), QStringLiteral("--tid"), QString::fromLatin1(kTid)}).exitCode, 0);

        const auto sale = [&](const TestCard &c, const QString &amount) {
            return cli({QStringLiteral("sale"), QStringLiteral("--tid"), QString::fromLatin1(kTid),
                        QStringLiteral("--amount"), amount, QStringLiteral("--insecure-track2"),
                        QStringLiteral("--track2"), QString::fromLatin1(track2Of(c))});
        };
        const TestCard &first = TestCards::all().front();
        // Lost on the wire: in doubt, reversed when the host is asked again.
        QVERIFY(sale(first, QStringLiteral("10.00")).exitCode != 0);
        QCOMPARE(cli({QStringLiteral("reversals"), QStringLiteral("flush")}).exitCode, 0);

        int approved = 0;
        Cli last;
        int cents = 1234;
        for (const TestCard &c : TestCards::all()) {
            if (!(c.tracks & TestCard::Track2Only))
                continue;
            const Cli r = sale(c, QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0')));
            cents += 111;
            if (r.exitCode == 0) {
                ++approved;
                last = r;
            }
        }
        QVERIFY2(approved >= 2, qPrintable(QString::fromUtf8(test::fileBytes(m_log.fileName()))));
        QCOMPARE(sale(first, QStringLiteral("51.00")).exitCode, 1); // declined: insufficient funds
        const Cli kept = sale(first, QStringLiteral("88.00"));
        QCOMPARE(kept.exitCode, 0);
        QCOMPARE(cli({QStringLiteral("void"), QStringLiteral("--tid"), QString::fromLatin1(kTid),
                      QStringLiteral("--stan"), QString::number(last.json.value(QStringLiteral("stan")).toInt())})
                     .exitCode,
                 0);
        QCOMPARE(
            cli({QStringLiteral("refund"), QStringLiteral("--tid"), QString::fromLatin1(kTid), QStringLiteral("--rrn"),
                 kept.json.value(QStringLiteral("rrn")).toString(), QStringLiteral("--amount"), QStringLiteral("8.00"),
                 QStringLiteral("--insecure-track2"), QStringLiteral("--track2"), QString::fromLatin1(track2Of(first))})
                .exitCode,
            0);
        QCOMPARE(cli({QStringLiteral("settle"), QStringLiteral("--tid"), QString::fromLatin1(kTid)}).exitCode, 0);

        // 97 on the terminal the host does not know, and the ticket for the acquirer.
        QCOMPARE(cli({QStringLiteral("signon"), QStringLiteral("--tid"), QString::fromLatin1(kUnknownTid)}).exitCode,
                 1);
        const Cli incidents = cli({QStringLiteral("incidents"), QStringLiteral("list"), QStringLiteral("--open")});
        QCOMPARE(incidents.exitCode, 0);
        const QJsonArray open = incidents.list;
        QVERIFY(!open.isEmpty());
        QCOMPARE(open.first().toObject().value(QStringLiteral("code")).toString(), QStringLiteral("97"));
        QCOMPARE(cli({QStringLiteral("incidents"), QStringLiteral("escalate"),
                      QString::number(open.first().toObject().value(QStringLiteral("id")).toInteger()),
                      QStringLiteral("--out"), m_root.filePath(QStringLiteral("exports/ticket.txt"))})
                     .exitCode,
                 0);

        const QString today = QDate::currentDate().toString(Qt::ISODate);
        for (const char *format : {"csv", "xlsx", "pdf"}) {
            const QString out = m_root.filePath(QStringLiteral("exports/transactions.") + QLatin1String(format));
            QCOMPARE(cli({QStringLiteral("report"), QStringLiteral("--kind"), QStringLiteral("transactions"),
                          QStringLiteral("--from"), QDate::currentDate().addDays(-1).toString(Qt::ISODate),
                          QStringLiteral("--to"), today, QStringLiteral("--format"), QLatin1String(format),
                          QStringLiteral("--out"), out})
                         .exitCode,
                     0);
            QVERIFY(QFileInfo(out).size() > 0);
        }
        m_host->stop();
        m_log.close();

        // The exports hold the masked card: the scan would see the masked form, never the full one.
        QVERIFY(readable(m_root.filePath(QStringLiteral("exports/transactions.csv"))).contains("******"));

        int files = 0;
        const QStringList found = scan(m_root.path(), m_needles, &files);
        QVERIFY2(files >= 6, qPrintable(QString::number(files)));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestCardDataScan)
#include "tst_carddata_scan.moc"
