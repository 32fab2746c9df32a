#include "TestSupport.h"
#include "security/Actor.h"
#include "storage/AuditLogRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace posdesk;

// Who the CLI is without --user (issue 18, point 1; DESIGN.md "Programs and their contract"): the local
// administrator is the OS account that owns the data files, named from the OS, never from $USER.
class TestLocalAdmin : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QByteArray err;
    };

    Run cli(const QStringList &args, const QString &userVariable = QString())
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("POSDESK_KEYCHAIN"), QStringLiteral("off"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        if (!userVariable.isEmpty()) {
            env.insert(QStringLiteral("USER"), userVariable);
            env.insert(QStringLiteral("LOGNAME"), userVariable);
        }
        p.setProcessEnvironment(env);
        p.start(test::programPath(QStringLiteral("posdesk-cli")), args);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardError()};
    }

    QString lastAuditActor(const QString &db)
    {
        auto opened = Database::open(DbConfig::sqlite(db));
        if (!opened)
            return QStringLiteral("cannot open: ") + opened.error().fullText();
        auto rows = AuditLogRepository(**opened).list();
        if (!rows || rows->empty())
            return QString();
        return rows->back().actor;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void namedFromTheOsNotFromTheEnvironment()
    {
        const QString db = m_dir.filePath(QStringLiteral("named.db"));
        const Run init = cli({QStringLiteral("--db"), db, QStringLiteral("init")}, QStringLiteral("own2"));
        QVERIFY2(init.exitCode == 0, init.err.constData());
        const Run merchant =
            cli({QStringLiteral("--db"), db, QStringLiteral("merchant"), QStringLiteral("add"), QStringLiteral("--mid"),
                 QStringLiteral("898310058120001"), QStringLiteral("--name"), QStringLiteral("静安街角便利店")},
                QStringLiteral("own2"));
        QVERIFY2(merchant.exitCode == 0, merchant.err.constData());
        const QString actor = lastAuditActor(db);
        QCOMPARE(actor, QStringLiteral("local-admin:") + osAccountName());
        QVERIFY(!actor.contains(QStringLiteral("own2")));
    }

    void anotherAccountIsNotTheLocalAdministrator()
    {
        // Played by giving the data to another account: only root may, so elsewhere this case cannot be staged.
        if (::geteuid() != 0)
            QSKIP("needs root to give the database file to another OS account");
        const QString db = m_dir.filePath(QStringLiteral("theirs.db"));
        const Run init = cli({QStringLiteral("--db"), db, QStringLiteral("init")});
        QVERIFY2(init.exitCode == 0, init.err.constData());
        QVERIFY(runningAccountOwns(db));
        QCOMPARE(::chown(QFile::encodeName(db).constData(), 65534, 65534), 0); // nobody
        QVERIFY(!runningAccountOwns(db));
        const Run merchant =
            cli({QStringLiteral("--db"), db, QStringLiteral("merchant"), QStringLiteral("add"), QStringLiteral("--mid"),
                 QStringLiteral("898310058120001"), QStringLiteral("--name"), QStringLiteral("Shop")});
        QCOMPARE(merchant.exitCode, 1);
        QVERIFY2(merchant.err.contains("does not own the shop's data"), merchant.err.constData());
        QVERIFY2(merchant.err.contains("--user"), merchant.err.constData());
        // Nothing was written in its name.
        QCOMPARE(::chown(QFile::encodeName(db).constData(), ::geteuid(), ::getegid()), 0);
        auto opened = Database::open(DbConfig::sqlite(db));
        QVERIFY(bool(opened));
        auto merchants =
            sql::run(**opened, QStringLiteral("SELECT COUNT(*) FROM merchants"), {}, QStringLiteral("test"));
        QVERIFY(bool(merchants) && merchants->next());
        QCOMPARE(merchants->value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLocalAdmin)
#include "tst_local_admin.moc"
