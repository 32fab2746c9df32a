#include "TestSupport.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace posdesk;

namespace {

// The file's permission bits as the OS keeps them (0600, 0700 …), or -1 when it does not exist.
int modeOf(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QString octal(int mode)
{
    return mode < 0 ? QStringLiteral("missing") : QStringLiteral("0%1").arg(mode, 3, 8, QLatin1Char('0'));
}

} // namespace

// Files only the shop can read (issue 18, point 3): every program makes its files its OS account's alone whatever
// the umask it was started with, and a database an older PosDesk left readable by others is closed on open.
class TestFileModes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    mode_t m_savedUmask = 0;

    struct Run
    {
        int exitCode = -1;
        QByteArray err;
    };

    Run program(const QString &name, const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("POSDESK_KEYCHAIN"), QStringLiteral("off"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(test::programPath(name), args);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardError()};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A permissive umask, as a desktop session often has: the programs must not rely on the one they inherit.
        m_savedUmask = ::umask(022);
    }
    void cleanupTestCase() { ::umask(m_savedUmask); }

    void cliMakesItsDatabaseFolderAndFilesPrivate()
    {
        const QString folder = m_dir.filePath(QStringLiteral("shop-data"));
        const QString db = folder + QStringLiteral("/posdesk.db");
        const Run init = program(QStringLiteral("posdesk-cli"),
                                 {QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo")});
        QVERIFY2(init.exitCode == 0, init.err.constData());
        // The data-protection key is made when the first secret is stored.
        const Run tmk = program(QStringLiteral("posdesk-cli"),
                                {QStringLiteral("--db"), db, QStringLiteral("keys"), QStringLiteral("load-tmk"),
                                 QStringLiteral("--tid"), QStringLiteral("12345601"), QStringLiteral("--tmk"),
                                 QStringLiteral("0123456789ABCDEFFEDCBA9876543210")});
        QVERIFY2(tmk.exitCode == 0, tmk.err.constData());
        QCOMPARE(octal(modeOf(folder)), QStringLiteral("0700"));
        QCOMPARE(octal(modeOf(db)), QStringLiteral("0600"));
        QCOMPARE(octal(modeOf(db + QStringLiteral(".key"))), QStringLiteral("0600"));
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            const int mode = modeOf(db + suffix);
            if (mode >= 0) // present only while a connection is open or after a crash
                QCOMPARE(octal(mode), QStringLiteral("0600"));
        }

        // An export is the shop's data too.
        const QString out = m_dir.filePath(QStringLiteral("sales.csv"));
        const Run report = program(QStringLiteral("posdesk-cli"),
                                   {QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--kind"),
                                    QStringLiteral("transactions"), QStringLiteral("--from"),
                                    QStringLiteral("2000-01-01"), QStringLiteral("--to"), QStringLiteral("2099-12-31"),
                                    QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out});
        QVERIFY2(report.exitCode == 0, report.err.constData());
        QVERIFY(QFileInfo(out).size() > 0);
        QCOMPARE(octal(modeOf(out)), QStringLiteral("0600"));
    }

    void databaseLeftReadableByOthersIsClosedOnOpen()
    {
        const QString db = m_dir.filePath(QStringLiteral("old.db"));
        const Run init = program(QStringLiteral("posdesk-cli"), {QStringLiteral("--db"), db, QStringLiteral("init")});
        QVERIFY2(init.exitCode == 0, init.err.constData());
        // As an older PosDesk, or a copy with `cp`, left it.
        QCOMPARE(::chmod(QFile::encodeName(db).constData(), 0644), 0);
        const Run list = program(QStringLiteral("posdesk-cli"),
                                 {QStringLiteral("--db"), db, QStringLiteral("terminal"), QStringLiteral("list")});
        QVERIFY2(list.exitCode == 0, list.err.constData());
        QCOMPARE(octal(modeOf(db)), QStringLiteral("0600"));
    }

    void hostSimulatorLedgerIsPrivate()
    {
        // The simulator's ledger holds every approved amount; it too is written with the programs' own umask.
        const QString ledger = m_dir.filePath(QStringLiteral("ledger.json"));
        const QString registry = m_dir.filePath(QStringLiteral("registry.json"));
        QFile r(registry);
        QVERIFY(r.open(QIODevice::WriteOnly));
        r.write(R"({"tmk": "0123456789ABCDEFFEDCBA9876543210", "terminals": []})");
        r.close();
        QProcess host;
        host.start(test::programPath(QStringLiteral("posdesk-hostsim")),
                   {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--registry"), registry,
                    QStringLiteral("--ledger"), ledger});
        QVERIFY(host.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(ledger), 10000);
        host.terminate();
        QVERIFY(host.waitForFinished(10000));
        QCOMPARE(octal(modeOf(ledger)), QStringLiteral("0600"));
    }

    void coreOpenMakesFolderAndFilePrivateInAnyProcess()
    {
        // A program that forgot its umask still gets a private database from Database::open.
        const QString folder = m_dir.filePath(QStringLiteral("in-process/data"));
        const QString path = folder + QStringLiteral("/shop.db");
        {
            auto db = Database::open(DbConfig::sqlite(path));
            QVERIFY2(bool(db), db ? "" : qPrintable(db.error().fullText()));
        }
        QCOMPARE(octal(modeOf(folder)), QStringLiteral("0700"));
        QCOMPARE(octal(modeOf(path)), QStringLiteral("0600"));
    }
};

QTEST_GUILESS_MAIN(TestFileModes)
#include "tst_file_modes.moc"
