#include "security/Permissions.h"

#include <QTest>

#include <algorithm>

using namespace posdesk;

Q_DECLARE_METATYPE(posdesk::Role)
Q_DECLARE_METATYPE(posdesk::Permission)

// The permission matrix, cell by cell: a change to who may do what must show up here as a failing row.
class TestPermissions : public QObject
{
    Q_OBJECT

private slots:
    void matrix_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<Permission>("permission");
        QTest::addColumn<bool>("expected");
        // The expected matrix, written out independently of the table in Permissions.cpp.
        const std::vector<Permission> cashier{Permission::Sell, Permission::VoidOwnSale, Permission::Reprint,
                                              Permission::ViewOwnShift};
        const std::vector<Permission> accountant{Permission::Settle, Permission::Reports, Permission::Export,
                                                 Permission::ReadIncidents};
        const auto has = [](const std::vector<Permission> &v, Permission p) {
            return std::find(v.begin(), v.end(), p) != v.end();
        };
        for (Role role : kAllRoles) {
            for (Permission p : kAllPermissions) {
                const bool expected = role == Role::Owner || (role == Role::Cashier && has(cashier, p)) ||
                                      (role == Role::Accountant && has(accountant, p));
                QTest::addRow("%s × %s", qPrintable(toKey(role)), qPrintable(toKey(p))) << role << p << expected;
            }
        }
    }
    void matrix()
    {
        QFETCH(Role, role);
        QFETCH(Permission, permission);
        QFETCH(bool, expected);
        QCOMPARE(allowed(role, permission), expected);
        const Actor actor{QStringLiteral("someone"), role, QStringLiteral("gui")};
        QCOMPARE(allowed(actor, permission), expected);
        QCOMPARE(require(actor, permission).ok(), expected);
    }

    void localAdminHasOwnerRights()
    {
        const Actor admin = Actor::localAdmin(QStringLiteral("cli"));
        QVERIFY(admin.isLocalAdmin());
        for (Permission p : kAllPermissions) {
            QVERIFY2(allowed(admin, p), qPrintable(toKey(p)));
            QVERIFY(require(admin, p).ok());
        }
    }

    // A screen that forgot to say who is signed in passes a default Actor: it may do nothing, not everything.
    void nobodyMayDoNothing()
    {
        const Actor nobody;
        QVERIFY(!nobody.isLocalAdmin());
        QVERIFY(nobody.isNobody());
        const Actor named{QStringLiteral("owner"), std::nullopt, QStringLiteral("gui")};
        QVERIFY(named.isNobody()); // a name without a role is not the local administrator either
        for (Permission p : kAllPermissions) {
            QVERIFY2(!allowed(nobody, p), qPrintable(toKey(p)));
            const Status refused = require(nobody, p);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().kind, ErrorKind::Refused);
            QVERIFY2(refused.error().message.contains(QStringLiteral("Sign in")), qPrintable(refused.error().message));
            QVERIFY(!allowed(named, p));
        }
    }

    void refusalNamesRoleAndOperation()
    {
        const Actor cashier{QStringLiteral("li.wei"), Role::Cashier, QStringLiteral("gui")};
        const Status s = require(cashier, Permission::Settle);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, ErrorKind::Refused);
        QVERIFY2(s.error().message.contains(QStringLiteral("li.wei")), qPrintable(s.error().message));
        QVERIFY2(s.error().message.contains(QStringLiteral("cashier")), qPrintable(s.error().message));
        QVERIFY2(s.error().message.contains(QStringLiteral("settle batches")), qPrintable(s.error().message));
        // …and who could do it instead.
        QVERIFY2(s.error().message.contains(QStringLiteral("owner or accountant")), qPrintable(s.error().message));

        const Actor accountant{QStringLiteral("zhang"), Role::Accountant, QStringLiteral("gui")};
        const Status k = require(accountant, Permission::LoadKeys);
        QVERIFY(!k.ok());
        QVERIFY(k.error().message.contains(QStringLiteral("accountant")));
        QVERIFY(k.error().message.contains(QStringLiteral("load terminal keys")));
    }

    void keysRoundTrip()
    {
        QCOMPARE(int(kAllPermissions.size()), 18); // the list; a new permission needs a matrix row
        QSet<QString> seen;
        for (Permission p : kAllPermissions) {
            QCOMPARE(permissionFromString(toKey(p)), std::optional<Permission>(p));
            QVERIFY(!operationDescription(p).isEmpty());
            seen.insert(toKey(p));
        }
        QCOMPARE(seen.size(), int(kAllPermissions.size()));
        QVERIFY(!permissionFromString(QStringLiteral("sudo")).has_value());
    }

    void voidOwnSaleOnlyInOpenBatch_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<QString>("saleCashier");
        QTest::addColumn<bool>("batchOpen");
        QTest::addColumn<bool>("expected");
        QTest::newRow("cashier, own sale, open batch") << Role::Cashier << QStringLiteral("li") << true << true;
        QTest::newRow("cashier, other's sale") << Role::Cashier << QStringLiteral("wang") << true << false;
        QTest::newRow("cashier, own sale, settled") << Role::Cashier << QStringLiteral("li") << false << false;
        QTest::newRow("owner, other's sale") << Role::Owner << QStringLiteral("wang") << true << true;
        QTest::newRow("owner, settled") << Role::Owner << QStringLiteral("wang") << false << false;
        QTest::newRow("accountant, own sale") << Role::Accountant << QStringLiteral("li") << true << false;
    }
    void voidOwnSaleOnlyInOpenBatch()
    {
        QFETCH(Role, role);
        QFETCH(QString, saleCashier);
        QFETCH(bool, batchOpen);
        QFETCH(bool, expected);
        const Actor actor{QStringLiteral("li"), role, QStringLiteral("gui")};
        const Status s = requireVoid(actor, saleCashier, batchOpen);
        QCOMPARE(s.ok(), expected);
        if (!expected)
            QCOMPARE(s.error().kind, ErrorKind::Refused);
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_security_permissions.moc"
