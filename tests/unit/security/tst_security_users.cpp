#include "SecurityTestSupport.h"
#include "security/Permissions.h"
#include "storage/AuditLogRepository.h"

#include "security/PasswordHasher.h"
#include "security/UserService.h"
#include "storage/Sql.h"
#include "storage/UserRepository.h"

#include <QSqlQuery>

using namespace posdesk;
using posdesk::test::TestDatabase;

namespace {
const QString kOwnerPassword = QStringLiteral("owner secret 2026!");
const QString kCashierPassword = QStringLiteral("front till 1 password");
} // namespace

// UserService on both engines: adding users, the password rules and history, sign-in with lockout, and the audit
// trail each of them leaves.
class TestUsers : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_tdb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<TestClock> m_clock;
    std::unique_ptr<UserService> m_users;
    const Actor m_admin = Actor::localAdmin(QStringLiteral("cli"));

    Actor signIn(const QString &name, const QString &password)
    {
        auto a = m_users->login(name, password, QStringLiteral("gui"));
        return a ? *a : Actor{};
    }

private slots:
    void initTestCase_data() { test::addEngineRows(); }
    void init()
    {
        QFETCH_GLOBAL(DbEngine, engine);
        auto tdb = TestDatabase::create(engine);
        QVERIFY2(tdb.ok(), qPrintable(tdb.ok() ? QString() : tdb.error().fullText()));
        m_tdb = std::move(*tdb);
        auto db = m_tdb->open();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().fullText()));
        m_db = std::move(*db);
        m_clock = std::make_unique<TestClock>();
        m_users = std::make_unique<UserService>(*m_db, *m_clock);
        VERIFY_OK(m_users->addUser(m_admin, QStringLiteral("owner"), Role::Owner, kOwnerPassword));
        VERIFY_OK(m_users->addUser(m_admin, QStringLiteral("li.wei"), Role::Cashier, kCashierPassword));
    }
    void cleanup()
    {
        m_users.reset();
        m_db.reset();
        m_tdb.reset();
    }

    void addUserStoresArgon2idAndAudits()
    {
        auto u = UserRepository(*m_db).findByUsername(QStringLiteral("li.wei"));
        VERIFY_OK(u);
        QVERIFY(u->passwordHash.startsWith(QStringLiteral("$argon2id$")));
        QCOMPARE(u->role, Role::Cashier);
        const auto rows = test::auditRows(*m_db, QStringLiteral("user.add"));
        QCOMPARE(int(rows.size()), 2);
        QCOMPARE(rows[1].object, QStringLiteral("user li.wei"));
        QCOMPARE(rows[1].detail, QStringLiteral("role cashier"));
        QVERIFY(!rows[1].detail.contains(kCashierPassword));
        // Duplicate names and bad names are refused.
        auto dup = m_users->addUser(m_admin, QStringLiteral("li.wei"), Role::Cashier, kCashierPassword);
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().kind, ErrorKind::Refused);
        auto spaced = m_users->addUser(m_admin, QStringLiteral("li wei"), Role::Cashier, kCashierPassword);
        QVERIFY(!spaced.ok());
        QCOMPARE(spaced.error().kind, ErrorKind::Usage);
        // Chinese names are fine.
        VERIFY_OK(m_users->addUser(m_admin, QStringLiteral("王芳"), Role::Accountant,
                                   QStringLiteral("账目核对密码很长很长很长")));
    }

    void onlyOwnersManageUsers()
    {
        const Actor cashier = signIn(QStringLiteral("li.wei"), kCashierPassword);
        QCOMPARE(cashier.role, std::optional<Role>(Role::Cashier));
        auto refused =
            m_users->addUser(cashier, QStringLiteral("mallory"), Role::Owner, QStringLiteral("mallory owns it now"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("cashier")));
        QVERIFY(!UserRepository(*m_db).findByUsername(QStringLiteral("mallory")).ok());
        QVERIFY(!m_users->setRole(cashier, QStringLiteral("li.wei"), Role::Owner).ok());
        QVERIFY(!m_users->list(cashier).ok());
        // The refused attempts are on the trail.
        const auto denied = test::auditRows(*m_db, QStringLiteral("access.denied"));
        QCOMPARE(int(denied.size()), 3);
        QCOMPARE(denied[0].actor, QStringLiteral("li.wei"));
        QCOMPARE(denied[0].outcome, QStringLiteral("refused"));
        QCOMPARE(denied[0].detail, QStringLiteral("manage-users"));

        const Actor owner = signIn(QStringLiteral("owner"), kOwnerPassword);
        VERIFY_OK(m_users->setRole(owner, QStringLiteral("li.wei"), Role::Accountant));
        const auto roleRows = test::auditRows(*m_db, QStringLiteral("user.role"));
        QCOMPARE(int(roleRows.size()), 1);
        QCOMPARE(roleRows[0].detail, QStringLiteral("cashier -> accountant"));
        auto listed = m_users->list(owner);
        VERIFY_OK(listed);
        QCOMPARE(int(listed->size()), 2);
        for (const User &u : *listed)
            QVERIFY(u.passwordHash.isEmpty()); // hashes do not leave the service
        QVERIFY(test::auditChainIntact(*m_db));
    }

    void lastOwnerStays()
    {
        const Status demote = m_users->setRole(m_admin, QStringLiteral("owner"), Role::Cashier);
        QVERIFY(!demote.ok());
        QVERIFY(demote.error().message.contains(QStringLiteral("only active owner")));
        QVERIFY(!m_users->setDisabled(m_admin, QStringLiteral("owner"), true).ok());
        VERIFY_OK(m_users->setRole(m_admin, QStringLiteral("li.wei"), Role::Owner));
        VERIFY_OK(m_users->setRole(m_admin, QStringLiteral("owner"), Role::Cashier));
    }

    void passwordPolicyOnChange()
    {
        const Status shortOne =
            m_users->changePassword(m_admin, QStringLiteral("li.wei"), QStringLiteral("abcdefghijk"));
        QVERIFY(!shortOne.ok());
        QCOMPARE(shortOne.error().kind, ErrorKind::Usage);
        VERIFY_OK(m_users->changePassword(m_admin, QStringLiteral("li.wei"), QStringLiteral("abcdefghijkl")));
        const Status name = m_users->changePassword(m_admin, QStringLiteral("li.wei"), QStringLiteral("LI.WEI"));
        QVERIFY(!name.ok());
        // 12 Chinese characters are 12 characters.
        VERIFY_OK(
            m_users->changePassword(m_admin, QStringLiteral("li.wei"), QStringLiteral("静安街角便利店收银台一号")));
        QVERIFY(signIn(QStringLiteral("li.wei"), QStringLiteral("静安街角便利店收银台一号")).role.has_value());
    }

    void lastFourPasswordsCannotBeReused()
    {
        // P1 was set by addUser; P2…P5 by changes. Then P2…P5 are the last four, P1 the fifth-last.
        const QStringList p{kCashierPassword, QStringLiteral("second password 02"), QStringLiteral("third password 03"),
                            QStringLiteral("fourth password 04"), QStringLiteral("fifth password 05")};
        for (int i = 1; i < p.size(); ++i)
            VERIFY_OK(m_users->changePassword(m_admin, QStringLiteral("li.wei"), p[i]));
        for (int i = 1; i < p.size(); ++i) {
            const Status reuse = m_users->changePassword(m_admin, QStringLiteral("li.wei"), p[i]);
            QVERIFY2(!reuse.ok(), qPrintable(p[i]));
            QCOMPARE(reuse.error().kind, ErrorKind::Refused);
            QVERIFY(reuse.error().message.contains(QStringLiteral("last 4")));
        }
        VERIFY_OK(m_users->changePassword(m_admin, QStringLiteral("li.wei"), p[0]));
        QVERIFY(signIn(QStringLiteral("li.wei"), p[0]).role.has_value());
        // Only what the rule needs is kept.
        auto q = sql::run(*m_db,
                          QStringLiteral("SELECT COUNT(*) FROM password_history h JOIN users u ON u.id = "
                                         "h.user_id WHERE u.username = 'li.wei'"),
                          {}, QStringLiteral("test"));
        VERIFY_OK(q);
        QVERIFY(q->next());
        QCOMPARE(q->value(0).toInt(), 4);
        const auto rows = test::auditRows(*m_db, QStringLiteral("user.password"));
        QCOMPARE(int(rows.size()), 4 + 4 + 1); // four changes, four refusals, one change
        QCOMPARE(rows[4].outcome, QStringLiteral("refused"));
    }

    void ownChangeNeedsCurrentPassword()
    {
        const Actor me = signIn(QStringLiteral("li.wei"), kCashierPassword);
        QVERIFY(me.role.has_value());
        const Status wrong = m_users->changePassword(me, QStringLiteral("li.wei"), QStringLiteral("my new password 1"),
                                                     QStringLiteral("nope"));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().kind, ErrorKind::Refused);
        VERIFY_OK(m_users->changePassword(me, QStringLiteral("li.wei"), QStringLiteral("my new password 1"),
                                          kCashierPassword));
        // A cashier cannot set someone else's password.
        QVERIFY(!m_users->changePassword(me, QStringLiteral("owner"), QStringLiteral("taken over now!")).ok());
        QVERIFY(signIn(QStringLiteral("owner"), kOwnerPassword).role.has_value());
    }

    void sameAnswerForUnknownUserAndWrongPassword()
    {
        auto unknown = m_users->login(QStringLiteral("nobody"), kCashierPassword, QStringLiteral("gui"));
        auto wrong =
            m_users->login(QStringLiteral("li.wei"), QStringLiteral("not the password"), QStringLiteral("gui"));
        QVERIFY(!unknown.ok());
        QVERIFY(!wrong.ok());
        QCOMPARE(unknown.error().kind, wrong.error().kind);
        QCOMPARE(unknown.error().message, wrong.error().message);
        QCOMPARE(unknown.error().detail, wrong.error().detail);
        QVERIFY(!unknown.error().message.contains(QStringLiteral("nobody")));
    }

    void lockoutAfterSixFailuresForThirtyMinutes()
    {
        for (int i = 1; i <= 5; ++i)
            QVERIFY(!m_users->login(QStringLiteral("li.wei"), QStringLiteral("wrong %1").arg(i), QStringLiteral("gui"))
                         .ok());
        // Five failures: the right password still works and resets the count.
        QVERIFY(signIn(QStringLiteral("li.wei"), kCashierPassword).role.has_value());
        for (int i = 1; i <= 6; ++i)
            QVERIFY(!m_users->login(QStringLiteral("li.wei"), QStringLiteral("wrong %1").arg(i), QStringLiteral("gui"))
                         .ok());
        auto u = UserRepository(*m_db).findByUsername(QStringLiteral("li.wei"));
        VERIFY_OK(u);
        QCOMPARE(u->failedAttempts, 6);
        QCOMPARE(u->lockedUntil, std::optional<TimeMs>(m_clock->nowMs() + 30 * 60 * 1000));
        // Locked: the right password is refused, with a message that says so.
        auto locked = m_users->login(QStringLiteral("li.wei"), kCashierPassword, QStringLiteral("gui"));
        QVERIFY(!locked.ok());
        QVERIFY2(locked.error().message.contains(QStringLiteral("locked")), qPrintable(locked.error().message));
        // In the words an unknown name gets: the lockout does not tell that the account exists.
        auto unknown = m_users->login(QStringLiteral("no.such.user"), kCashierPassword, QStringLiteral("gui"));
        QVERIFY(!unknown.ok());
        QCOMPARE(locked.error().message, unknown.error().message);
        m_clock->advanceMs(29 * 60 * 1000 + 59 * 1000);
        QVERIFY(!m_users->login(QStringLiteral("li.wei"), kCashierPassword, QStringLiteral("gui")).ok());
        m_clock->advanceMs(1000);
        QVERIFY(signIn(QStringLiteral("li.wei"), kCashierPassword).role.has_value());
        u = UserRepository(*m_db).findByUsername(QStringLiteral("li.wei"));
        QCOMPARE(u->failedAttempts, 0);
        QVERIFY(!u->lockedUntil.has_value());
    }

    void expiredLockoutStartsCountingAfresh()
    {
        for (int i = 1; i <= 6; ++i)
            QVERIFY(!m_users->login(QStringLiteral("li.wei"), QStringLiteral("wrong"), QStringLiteral("gui")).ok());
        m_clock->advanceMs(UserService::kLockoutMs);
        QVERIFY(!m_users->login(QStringLiteral("li.wei"), QStringLiteral("wrong again"), QStringLiteral("gui")).ok());
        auto u = UserRepository(*m_db).findByUsername(QStringLiteral("li.wei"));
        QCOMPARE(u->failedAttempts, 1);
        QVERIFY(!u->lockedUntil.has_value());
        QVERIFY(signIn(QStringLiteral("li.wei"), kCashierPassword).role.has_value());
    }

    void ownerResetLiftsLockout()
    {
        for (int i = 1; i <= 6; ++i)
            QVERIFY(!m_users->login(QStringLiteral("li.wei"), QStringLiteral("wrong"), QStringLiteral("gui")).ok());
        VERIFY_OK(m_users->changePassword(m_admin, QStringLiteral("li.wei"), QStringLiteral("a fresh start 2026")));
        QVERIFY(signIn(QStringLiteral("li.wei"), QStringLiteral("a fresh start 2026")).role.has_value());
    }

    void disabledUsersAreRefused()
    {
        VERIFY_OK(m_users->setDisabled(m_admin, QStringLiteral("li.wei"), true));
        auto r = m_users->login(QStringLiteral("li.wei"), kCashierPassword, QStringLiteral("gui"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("disabled")));
        VERIFY_OK(m_users->setDisabled(m_admin, QStringLiteral("li.wei"), false));
        QVERIFY(signIn(QStringLiteral("li.wei"), kCashierPassword).role.has_value());
    }

    void rightsFollowTheUsersTableMidSession()
    {
        // Signed in as owner, then demoted: the next operation runs with the cashier's rights.
        VERIFY_OK(m_users->addUser(m_admin, QStringLiteral("zhang.owner"), Role::Owner, kOwnerPassword));
        const Actor zhang = signIn(QStringLiteral("zhang.owner"), kOwnerPassword);
        QCOMPARE(zhang.role, std::optional<Role>(Role::Owner));
        QVERIFY(m_users->list(zhang).ok());
        VERIFY_OK(m_users->setRole(m_admin, QStringLiteral("zhang.owner"), Role::Cashier));
        auto demoted = m_users->list(zhang);
        QVERIFY(!demoted.ok());
        QCOMPARE(demoted.error().kind, ErrorKind::Refused);
        QVERIFY2(demoted.error().message.contains(QStringLiteral("cashier")), qPrintable(demoted.error().message));

        // A cashier still signed in when the owner disables the account sells nothing more.
        const Actor li = signIn(QStringLiteral("li.wei"), kCashierPassword);
        VERIFY_OK(require(*m_db, *m_clock, li, Permission::Sell, QStringLiteral("terminal 12345601")));
        VERIFY_OK(m_users->setDisabled(m_admin, QStringLiteral("li.wei"), true));
        auto refused = require(*m_db, *m_clock, li, Permission::Sell, QStringLiteral("terminal 12345601"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("disabled")), qPrintable(refused.error().message));
        auto current = currentActor(*m_db, li);
        QVERIFY(!current.ok());
        // The refusal is on record.
        auto rows = AuditLogRepository(*m_db).list();
        QVERIFY(rows.ok());
        QCOMPARE(rows->back().event, QStringLiteral("access.denied"));
        QCOMPARE(rows->back().actor, QStringLiteral("li.wei"));
        // Enabled again, the same session may sell again: nothing was cached.
        VERIFY_OK(m_users->setDisabled(m_admin, QStringLiteral("li.wei"), false));
        VERIFY_OK(require(*m_db, *m_clock, li, Permission::Sell, QStringLiteral("terminal 12345601")));
    }

    void everyLoginOutcomeIsAudited()
    {
        QVERIFY(signIn(QStringLiteral("li.wei"), kCashierPassword).role.has_value());
        QVERIFY(!m_users->login(QStringLiteral("nobody"), QStringLiteral("whatever"), QStringLiteral("gui")).ok());
        for (int i = 1; i <= 6; ++i)
            QVERIFY(!m_users->login(QStringLiteral("li.wei"), QStringLiteral("wrong"), QStringLiteral("gui")).ok());
        QVERIFY(!m_users->login(QStringLiteral("li.wei"), kCashierPassword, QStringLiteral("gui")).ok());
        VERIFY_OK(m_users->setDisabled(m_admin, QStringLiteral("owner"), false)); // no-op, no row
        VERIFY_OK(m_users->addUser(m_admin, QStringLiteral("gone"), Role::Cashier, QStringLiteral("soon disabled!")));
        VERIFY_OK(m_users->setDisabled(m_admin, QStringLiteral("gone"), true));
        QVERIFY(!m_users->login(QStringLiteral("gone"), QStringLiteral("soon disabled!"), QStringLiteral("cli")).ok());

        const auto rows = test::auditRows(*m_db, QStringLiteral("login"));
        QStringList outcomes;
        for (const AuditEntry &e : rows)
            outcomes << e.outcome;
        QCOMPARE(outcomes, (QStringList{QStringLiteral("ok"), QStringLiteral("failed"), QStringLiteral("failed"),
                                        QStringLiteral("failed"), QStringLiteral("failed"), QStringLiteral("failed"),
                                        QStringLiteral("failed"), QStringLiteral("failed"), QStringLiteral("locked"),
                                        QStringLiteral("refused")}));
        QCOMPARE(rows[0].actor, QStringLiteral("li.wei"));
        QCOMPARE(rows[0].origin, QStringLiteral("gui"));
        QCOMPARE(rows[1].actor, QStringLiteral("nobody"));
        QCOMPARE(rows[1].detail, QStringLiteral("unknown user"));
        QVERIFY2(rows[7].detail.contains(QStringLiteral("failure 6 of 6; locked until")), qPrintable(rows[7].detail));
        QCOMPARE(rows[9].detail, QStringLiteral("disabled"));
        QCOMPARE(rows[9].origin, QStringLiteral("cli"));
        // No password, right or wrong, is on the trail.
        auto all = AuditLogRepository(*m_db).list();
        VERIFY_OK(all);
        for (const AuditEntry &e : *all)
            QVERIFY(!e.detail.contains(QStringLiteral("wrong")) && !e.detail.contains(kCashierPassword));
        QVERIFY(test::auditChainIntact(*m_db));
    }

    // Users of a version-2 database keep their password through the upgrade, and it enters the history.
    void upgradeSeedsThePasswordHistory()
    {
        QFETCH_GLOBAL(DbEngine, engine);
        auto tdb = TestDatabase::create(engine);
        VERIFY_OK(tdb);
        auto hash = PasswordHasher::hash(kCashierPassword);
        VERIFY_OK(hash);
        {
            auto old = Database::openAtVersion((*tdb)->config(), 2);
            VERIFY_OK(old);
            User u;
            u.username = QStringLiteral("veteran");
            u.role = Role::Cashier;
            u.passwordHash = *hash;
            u.createdAt = 1000;
            VERIFY_OK(UserRepository(**old).add(u));
        }
        auto db = (*tdb)->open();
        VERIFY_OK(db);
        UserService users(**db, *m_clock);
        QVERIFY(users.login(QStringLiteral("veteran"), kCashierPassword, QStringLiteral("gui")).ok());
        const Status same = users.changePassword(m_admin, QStringLiteral("veteran"), kCashierPassword);
        QVERIFY(!same.ok());
        QVERIFY(same.error().message.contains(QStringLiteral("last 4")));
    }

    void idleLockSetting()
    {
        auto minutes = m_users->idleLockMinutes();
        VERIFY_OK(minutes);
        QCOMPARE(*minutes, 15);
        const Actor cashier = signIn(QStringLiteral("li.wei"), kCashierPassword);
        QVERIFY(!m_users->setIdleLockMinutes(cashier, 5).ok());
        const Status tooLong = m_users->setIdleLockMinutes(m_admin, 16);
        QVERIFY(!tooLong.ok());
        QCOMPARE(tooLong.error().kind, ErrorKind::Usage);
        QVERIFY(!m_users->setIdleLockMinutes(m_admin, 0).ok());
        VERIFY_OK(m_users->setIdleLockMinutes(m_admin, 5));
        QCOMPARE(*m_users->idleLockMinutes(), 5);
        const auto rows = test::auditRows(*m_db, QStringLiteral("settings.change"));
        QCOMPARE(int(rows.size()), 1);
        QCOMPARE(rows[0].detail, QStringLiteral("15 -> 5 minutes"));
        // Another till on the same database sees it.
        auto other = m_tdb->open();
        VERIFY_OK(other);
        QCOMPARE(*UserService(**other, *m_clock).idleLockMinutes(), 5);
    }
};

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_security_users.moc"
