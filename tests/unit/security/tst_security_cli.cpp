#include "SecurityTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace posdesk;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

const QByteArray kOwnerPassword = "shop owner password 1";

} // namespace

// posdesk-cli's user and key commands end to end, as the shop owner would type them, on both engines.
class TestSecurityCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_tdb;
    QStringList m_dbArgs;
    QTemporaryDir m_home;
    QString m_keyFile;

    Run cli(const QStringList &args, const QByteArray &stdinText = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Never the developer's real keychain or data folder.
        env.insert(QStringLiteral("POSDESK_KEYCHAIN"), QStringLiteral("off"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        if (!m_keyFile.isEmpty())
            env.insert(QStringLiteral("POSDESK_KEY_FILE"), m_keyFile);
        p.setProcessEnvironment(env);
        p.start(test::programPath(QStringLiteral("posdesk-cli")), m_dbArgs + args);
        Run r;
        if (!p.waitForStarted(30000))
            return r;
        p.write(stdinText);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            return r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    Run addOwner()
    {
        return cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--username"), QStringLiteral("boss"),
                    QStringLiteral("--role"), QStringLiteral("owner"), QStringLiteral("--password-stdin")},
                   kOwnerPassword + '\n');
    }

private slots:
    void initTestCase_data() { test::addEngineRows(); }
    void init()
    {
        QFETCH_GLOBAL(DbEngine, engine);
        auto tdb = test::TestDatabase::create(engine);
        QVERIFY2(tdb.ok(), qPrintable(tdb.ok() ? QString() : tdb.error().fullText()));
        m_tdb = std::move(*tdb);
        const DbConfig &c = m_tdb->config();
        if (engine == DbEngine::Sqlite) {
            m_dbArgs = {QStringLiteral("--db"), c.sqlitePath};
            m_keyFile.clear(); // the default: beside the database file
        } else {
            m_dbArgs = {QStringLiteral("--db-url"), QStringLiteral("postgresql://%1@localhost:%2/%3?host=%4")
                                                        .arg(c.user)
                                                        .arg(c.port)
                                                        .arg(c.database, c.host)};
            m_keyFile = m_home.filePath(QStringLiteral("pg-%1.key").arg(c.database));
        }
    }
    void cleanup() { m_tdb.reset(); }

    void addUserAndSignIn()
    {
        const Run add = addOwner();
        QVERIFY2(add.exitCode == 0, add.err.constData());
        QVERIFY(!add.out.contains(kOwnerPassword));

        // Signed in with --user: the password is the first line of standard input.
        const Run list = cli({QStringLiteral("--user"), QStringLiteral("boss"), QStringLiteral("user"),
                              QStringLiteral("list"), QStringLiteral("--json")},
                             kOwnerPassword + '\n');
        QVERIFY2(list.exitCode == 0, list.err.constData());
        const QJsonArray users = list.json().array();
        QCOMPARE(users.size(), 1);
        QCOMPARE(users[0].toObject().value(QStringLiteral("username")).toString(), QStringLiteral("boss"));
        QCOMPARE(users[0].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("owner"));
        QVERIFY(!list.out.contains("argon2"));

        // Wrong password and unknown user: exit 1, the same message.
        const Run wrong =
            cli({QStringLiteral("--user"), QStringLiteral("boss"), QStringLiteral("user"), QStringLiteral("list")},
                "not my password\n");
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains("Wrong user name or password"), wrong.err.constData());
        const Run unknown =
            cli({QStringLiteral("--user"), QStringLiteral("ghost"), QStringLiteral("user"), QStringLiteral("list")},
                kOwnerPassword + '\n');
        QCOMPARE(unknown.exitCode, 1);
        QCOMPARE(unknown.err, wrong.err);
        QVERIFY(unknown.out.isEmpty());

        // A cashier signed in may not add users or enrol merchants.
        const Run addCashier =
            cli({QStringLiteral("--user"), QStringLiteral("boss"), QStringLiteral("user"), QStringLiteral("add"),
                 QStringLiteral("--username"), QStringLiteral("li.wei"), QStringLiteral("--role"),
                 QStringLiteral("cashier"), QStringLiteral("--password-stdin")},
                kOwnerPassword + "\nfront till password\n");
        QVERIFY2(addCashier.exitCode == 0, addCashier.err.constData());
        const Run cashierAdds = cli({QStringLiteral("--user"), QStringLiteral("li.wei"), QStringLiteral("merchant"),
                                     QStringLiteral("add"), QStringLiteral("--mid"), QStringLiteral("898310058120009"),
                                     QStringLiteral("--name"), QStringLiteral("x")},
                                    "front till password\n");
        QCOMPARE(cashierAdds.exitCode, 1);
        QVERIFY2(cashierAdds.err.contains("cashier"), cashierAdds.err.constData());

        // The cashier changes their own password; the sign-in password counts as the current one.
        const Run passwd =
            cli({QStringLiteral("--user"), QStringLiteral("li.wei"), QStringLiteral("user"), QStringLiteral("passwd"),
                 QStringLiteral("--username"), QStringLiteral("li.wei"), QStringLiteral("--password-stdin")},
                "front till password\nmy own new password\n");
        QVERIFY2(passwd.exitCode == 0, passwd.err.constData());
        const Run again =
            cli({QStringLiteral("--user"), QStringLiteral("li.wei"), QStringLiteral("audit"), QStringLiteral("verify")},
                "my own new password\n");
        QVERIFY2(again.exitCode == 0, again.err.constData());
    }

    void passwordsNeverFromTheCommandLine()
    {
        const Run noStdin = cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--username"),
                                 QStringLiteral("boss"), QStringLiteral("--role"), QStringLiteral("owner")});
        QCOMPARE(noStdin.exitCode, 2);
        QVERIFY(noStdin.err.contains("--password-stdin"));
        const Run tooShort =
            cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--username"), QStringLiteral("boss"),
                 QStringLiteral("--role"), QStringLiteral("owner"), QStringLiteral("--password-stdin")},
                "11 chars ok\n");
        QCOMPARE(tooShort.exitCode, 2);
        QVERIFY2(tooShort.err.contains("at least 12"), tooShort.err.constData());
    }

    void loadTmkPrintsOnlyTheKcv()
    {
        QVERIFY(cli({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode == 0);
        QCOMPARE(addOwner().exitCode, 0);
        const Run load = cli({QStringLiteral("--user"), QStringLiteral("boss"), QStringLiteral("keys"),
                              QStringLiteral("load-tmk"), QStringLiteral("--tid"), QStringLiteral("12345601"),
                              QStringLiteral("--tmk-stdin"), QStringLiteral("--json")},
                             kOwnerPassword + "\n0123456789ABCDEFFEDCBA9876543210\n");
        QVERIFY2(load.exitCode == 0, load.err.constData());
        QCOMPARE(load.json().object().value(QStringLiteral("kcv")).toString(), QStringLiteral("08D7B4FB"));
        QVERIFY(!load.out.contains("0123456789ABCDEF"));
        QVERIFY(!load.err.contains("0123456789ABCDEF"));

        const Run plain = cli({QStringLiteral("keys"), QStringLiteral("load-tmk"), QStringLiteral("--tid"),
                               QStringLiteral("12345602"), QStringLiteral("--tmk"),
                               QStringLiteral("11111111111111112222222222222222")});
        QVERIFY2(plain.exitCode == 0, plain.err.constData());
        QVERIFY(plain.out.contains("D2B91CC5"));
        QVERIFY(!plain.out.contains("1111111111111111"));

        const Run list = cli({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--tid"),
                              QStringLiteral("12345601"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.json().array().size(), 1);
        QCOMPARE(list.json().array()[0].toObject().value(QStringLiteral("kcv")).toString(), QStringLiteral("08D7B4FB"));

        // The key file was made 0600, beside the database (SQLite) or where POSDESK_KEY_FILE says.
        QFETCH_GLOBAL(DbEngine, engine);
        const QString keyFile =
            engine == DbEngine::Sqlite ? m_tdb->config().sqlitePath + QStringLiteral(".key") : m_keyFile;
        QVERIFY2(QFile::exists(keyFile), qPrintable(keyFile));
#ifdef Q_OS_UNIX
        struct stat st = {};
        QCOMPARE(::stat(QFile::encodeName(keyFile).constData(), &st), 0);
        QCOMPARE(unsigned(st.st_mode & 0777), 0600u);
        // A key file others can read is refused, with the fix in the message.
        QCOMPARE(::chmod(QFile::encodeName(keyFile).constData(), 0644), 0);
        const Run exposed = cli({QStringLiteral("keys"), QStringLiteral("load-tmk"), QStringLiteral("--tid"),
                                 QStringLiteral("12345603"), QStringLiteral("--tmk"), QString(32, u'1')});
        QCOMPARE(exposed.exitCode, 1);
        QVERIFY2(exposed.err.contains("chmod 600"), exposed.err.constData());
#endif
        const Run audit = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
        QCOMPARE(audit.exitCode, 0);
    }

    void cashierCannotLoadKeys()
    {
        QVERIFY(cli({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode == 0);
        QCOMPARE(
            cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--username"), QStringLiteral("li.wei"),
                 QStringLiteral("--role"), QStringLiteral("cashier"), QStringLiteral("--password-stdin")},
                "front till password\n")
                .exitCode,
            0);
        const Run load =
            cli({QStringLiteral("--user"), QStringLiteral("li.wei"), QStringLiteral("keys"), QStringLiteral("load-tmk"),
                 QStringLiteral("--tid"), QStringLiteral("12345601"), QStringLiteral("--tmk-stdin")},
                "front till password\n0123456789ABCDEFFEDCBA9876543210\n");
        QCOMPARE(load.exitCode, 1);
        QVERIFY2(load.err.contains("load terminal keys"), load.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestSecurityCli)
#include "tst_security_cli.moc"
