#include "SecurityTestSupport.h"

#include "demo/DemoSeeder.h"
#include "security/Permissions.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
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

// The CLI's exit code for an operation refused (DESIGN.md "Programs and their contract").
constexpr int kRefusedExit = 1;

// The shop's people for the permission matrix: one user per role.
struct Person
{
    const char *name;
    Role role;
    QByteArray password;
};
const std::array kPeople{Person{"boss", Role::Owner, kOwnerPassword},
                         Person{"li.wei", Role::Cashier, "front till password"},
                         Person{"zhao.min", Role::Accountant, "closing the books 9"}};

const Person *personNamed(const QString &name)
{
    for (const Person &p : kPeople) {
        if (name == QLatin1String(p.name))
            return &p;
    }
    return nullptr;
}

QStringList words(const QString &line)
{
    return line.split(u' ', Qt::SkipEmptyParts);
}

} // namespace

// posdesk-cli's user and key commands end to end, as the shop owner would type them, on both engines.
class TestSecurityCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_tdb;
    QStringList m_dbArgs;
    QTemporaryDir m_home;
    QString m_keyFile;
    // readCommandsFollowTheMatrix reads one shop per engine, row after row: the engine it was made for, and the
    // numbers of the open incident and of a printed receipt in it.
    std::optional<DbEngine> m_readableShop;
    QString m_openIncident;
    QString m_printedJob;

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

    // The demo shop with the people of every role, a loaded key, paperwork, a cost, maintenance due and a printed
    // receipt: something for every read command to show.
    void makeReadableShop()
    {
        const Run init = cli({QStringLiteral("init"), QStringLiteral("--demo")});
        QVERIFY2(init.exitCode == 0, init.err.constData());
        for (const Person &p : kPeople) {
            const Run add = cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--username"),
                                 QString::fromLatin1(p.name), QStringLiteral("--role"), toKey(p.role),
                                 QStringLiteral("--password-stdin")},
                                p.password + '\n');
            QVERIFY2(add.exitCode == 0, add.err.constData());
        }
        const QString tid = QString::fromLatin1(DemoFacts::kRegisteredTid);
        QFile printerFile(m_home.filePath(QStringLiteral("printer-%1.out").arg(m_tdb->config().database)));
        QVERIFY(printerFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        printerFile.close();
        const QList<QStringList> setup{
            words(QStringLiteral("keys load-tmk --tid %1 --tmk 11111111111111112222222222222222").arg(tid)),
            words(QStringLiteral("document add --tid %1 --kind business-licence --note scanned").arg(tid)),
            words(QStringLiteral("cost add --tid %1 --category installation --amount 150.00").arg(tid)),
            words(QStringLiteral("maintenance add --tid %1 --kind inspection --due %2")
                      .arg(tid, QDate::currentDate().addDays(3).toString(Qt::ISODate))),
            words(QStringLiteral("devices add --name till --kind printer --transport file --address %1")
                      .arg(QFileInfo(printerFile).absoluteFilePath())),
        };
        for (const QStringList &args : setup) {
            const Run r = cli(args);
            QVERIFY2(r.exitCode == 0, qPrintable(args.join(u' ') + QStringLiteral(": ") + QString::fromUtf8(r.err)));
        }
        const Run printed = cli(words(QStringLiteral("printer test --port till --json")));
        QVERIFY2(printed.exitCode == 0, printed.err.constData());
        m_printedJob = QString::number(printed.json().object().value(QStringLiteral("job")).toInteger());
        const Run open = cli(words(QStringLiteral("incidents list --open --json")));
        QVERIFY2(open.exitCode == 0, open.err.constData());
        for (const QJsonValue &i : open.json().array()) {
            if (i.toObject().value(QStringLiteral("tid")).toString() == QLatin1String(DemoFacts::kUnregisteredTid))
                m_openIncident = QString::number(i.toObject().value(QStringLiteral("id")).toInteger());
        }
        QVERIFY(!m_openIncident.isEmpty());
    }

    std::vector<AuditEntry> accessDenied()
    {
        auto db = m_tdb->open();
        return db ? test::auditRows(**db, QStringLiteral("access.denied")) : std::vector<AuditEntry>{};
    }

private slots:
    void initTestCase_data() { test::addEngineRows(); }
    void init()
    {
        QFETCH_GLOBAL(DbEngine, engine);
        if (m_readableShop == engine && m_tdb &&
            QLatin1String(QTest::currentTestFunction()) == QLatin1String("readCommandsFollowTheMatrix"))
            return;
        m_readableShop.reset();
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
    void cleanup()
    {
        if (!m_readableShop)
            m_tdb.reset();
    }
    void cleanupTestCase() { m_tdb.reset(); }

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
        const Run again = cli(
            {QStringLiteral("--user"), QStringLiteral("li.wei"), QStringLiteral("terminal"), QStringLiteral("list")},
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

    // Reading is under the permission matrix as much as changing: every command that reads the shop's data, run by
    // each role and by the local administrator. A refusal exits like any other, names the operation and the roles
    // that may, prints nothing of the data and is on the audit trail.
    void readCommandsFollowTheMatrix_data()
    {
        QTest::addColumn<QString>("user");       // empty: the local administrator
        QTest::addColumn<QString>("command");    // {incident} and {job}: numbers from the shop
        QTest::addColumn<QString>("permission"); // the matrix row; empty: anyone signed in
        QTest::addColumn<QString>("object");     // what the refusal's audit row names
        QTest::addColumn<QString>("shows");      // in the output when the read is allowed
        QTest::addColumn<int>("okExit");

        struct Read
        {
            const char *command;
            const char *permission;
            const char *object;
            const char *shows;
            int okExit = 0;
        };
        const Read reads[] = {
            {"audit verify", "read-audit", "audit trail", "The audit trail is intact"},
            {"incidents list", "read-incidents", "incidents", DemoFacts::kUnregisteredTid},
            {"incidents show {incident}", "read-incidents", "incident {incident}", "Playbook"},
            {"user list", "manage-users", "users", "zhao.min"},
            {"keys list --tid {tid}", "load-keys", "terminal {tid}", "D2B91CC5"},
            {"document list --tid {tid}", "manage-terminals", "terminal {tid} documents", "business-licence"},
            {"maintenance due", "manage-terminals", "maintenance", "inspection"},
            {"cost list --tid {tid}", "reports", "terminal {tid} costs", "installation"},
            {"printer reprint --job {job}", "reprint", "print job {job}", "reprint of job {job}"},
            {"printer queue", "reprint", "print queue", "till"},
            // The demo leaves an unsettled batch and an open incident: the guard lists them and exits 1.
            {"day check", "settle", "day check", "Before closing the day", 1},
            {"terminal list", "", "", DemoFacts::kUnregisteredTid},
            {"terminal show {tid}", "", "", "tid: {tid}"},
            {"merchant list", "", "", DemoFacts::kMid},
            {"acquirer list", "", "", DemoFacts::kAcquirer},
            {"devices list", "", "", "till"},
        };
        const QString tid = QString::fromLatin1(DemoFacts::kRegisteredTid);
        const auto fill = [&](const char *text) {
            return QString::fromUtf8(text).replace(QStringLiteral("{tid}"), tid);
        };
        for (const Read &r : reads) {
            QStringList users{QString()};
            for (const Person &p : kPeople)
                users << QString::fromLatin1(p.name);
            for (const QString &user : users) {
                const Person *person = personNamed(user);
                QTest::addRow("%s as %s", r.command, person ? qPrintable(toKey(person->role)) : "local administrator")
                    << user << fill(r.command) << QString::fromLatin1(r.permission) << fill(r.object) << fill(r.shows)
                    << r.okExit;
            }
        }
    }

    void readCommandsFollowTheMatrix()
    {
        QFETCH_GLOBAL(DbEngine, engine);
        QFETCH(QString, user);
        QFETCH(QString, command);
        QFETCH(QString, permission);
        QFETCH(QString, object);
        QFETCH(QString, shows);
        QFETCH(int, okExit);
        if (m_readableShop != engine) {
            makeReadableShop();
            if (QTest::currentTestFailed())
                return;
            m_readableShop = engine;
        }
        const auto fill = [this](QString text) {
            return text.replace(QStringLiteral("{incident}"), m_openIncident)
                .replace(QStringLiteral("{job}"), m_printedJob);
        };

        const Person *person = personNamed(user);
        QStringList args;
        QByteArray input;
        if (person) {
            args << QStringLiteral("--user") << user;
            input = person->password + '\n';
        }
        args += words(fill(command));
        std::optional<Permission> needs;
        if (!permission.isEmpty()) {
            needs = permissionFromString(permission);
            QVERIFY2(needs, qPrintable(permission));
        }
        const bool mayRead = !person || !needs || allowed(person->role, *needs);

        const auto deniedBefore = accessDenied().size();
        const Run r = cli(args, input);
        const auto denied = accessDenied();
        if (mayRead) {
            QVERIFY2(r.exitCode == okExit,
                     qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(QString::fromUtf8(r.err))));
            QVERIFY2(r.out.contains(fill(shows).toUtf8()), r.out.constData());
            QVERIFY2(!r.err.contains("may not"), r.err.constData());
            QCOMPARE(denied.size(), deniedBefore);
            return;
        }
        QCOMPARE(r.exitCode, kRefusedExit);
        // The message require() gives, in so many words: the user, the role, the operation and who may.
        const Status verdict = require(Actor{user, person->role, QStringLiteral("cli")}, *needs);
        QVERIFY(!verdict);
        QVERIFY2(verdict.error().message.contains(operationDescription(*needs)), qPrintable(verdict.error().message));
        QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("posdesk-cli: ") + verdict.error().message),
                 r.err.constData());
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QCOMPARE(denied.size(), deniedBefore + 1);
        const AuditEntry &row = denied.back();
        QCOMPARE(row.actor, user);
        QCOMPARE(row.origin, QStringLiteral("cli"));
        QCOMPARE(row.object, fill(object));
        QCOMPARE(row.outcome, QStringLiteral("refused"));
        QCOMPARE(row.detail, permission);
    }

    // Device set-up and the host link's management messages are under the matrix too: configuring and testing
    // devices is the owner's (change-settings), the print queue the till's (reprint), echo and sign-off whoever may
    // sell or manage terminals. A refusal comes before any device or host is touched.
    void deviceAndLinkCommandsFollowTheMatrix()
    {
        makeReadableShop();
        if (QTest::currentTestFailed())
            return;
        const QString tid = QString::fromLatin1(DemoFacts::kRegisteredTid);
        struct Case
        {
            const char *user;
            QString command;
            const char *permission; // the refusal's; empty: allowed
        };
        const Case cases[] = {
            {"zhao.min", QStringLiteral("printer test --port till"), "change-settings"},
            {"li.wei", QStringLiteral("printer test --port till"), "change-settings"},
            {"zhao.min",
             QStringLiteral("devices add --name spare --kind printer --transport tcp --address 10.0.0.9:9100"),
             "change-settings"},
            {"li.wei",
             QStringLiteral("devices add --name spare --kind printer --transport tcp --address 10.0.0.9:9100"),
             "change-settings"},
            {"li.wei", QStringLiteral("reader read --port till --timeout 1"), "change-settings"},
            {"zhao.min", QStringLiteral("printer flush --port till"), "reprint"},
            {"zhao.min", QStringLiteral("printer cancel --job %1").arg(m_printedJob), "reprint"},
            {"zhao.min", QStringLiteral("echo --tid %1").arg(tid), "manage-terminals"},
            {"zhao.min", QStringLiteral("signoff --tid %1").arg(tid), "manage-terminals"},
            // Allowed: the cashier prints what waits in the queue.
            {"li.wei", QStringLiteral("printer flush --port till"), ""},
        };
        for (const Case &c : cases) {
            const Person *person = personNamed(QString::fromLatin1(c.user));
            QVERIFY(person);
            const auto deniedBefore = accessDenied().size();
            const Run r = cli(QStringList{QStringLiteral("--user"), QString::fromLatin1(c.user)} + words(c.command),
                              person->password + '\n');
            const QString what = QStringLiteral("%1 as %2: exit %3, %4")
                                     .arg(c.command, QLatin1String(c.user))
                                     .arg(r.exitCode)
                                     .arg(QString::fromUtf8(r.err));
            const auto denied = accessDenied();
            if (*c.permission == 0) {
                QVERIFY2(r.exitCode == 0, qPrintable(what));
                QCOMPARE(denied.size(), deniedBefore);
                continue;
            }
            QVERIFY2(r.exitCode == kRefusedExit, qPrintable(what));
            QVERIFY2(r.err.contains("may not"), qPrintable(what));
            QVERIFY2(denied.size() == deniedBefore + 1, qPrintable(what));
            QCOMPARE(denied.back().actor, QString::fromLatin1(c.user));
            QCOMPARE(denied.back().detail, QString::fromLatin1(c.permission));
        }
        // Nothing was added by the refused commands.
        const Run devices = cli(words(QStringLiteral("devices list")));
        QVERIFY(!devices.out.contains("spare"));
    }
};

QTEST_GUILESS_MAIN(TestSecurityCli)
#include "tst_security_cli.moc"
