#include "GuiShop.h"

#include "pages/UsersPage.h"
#include "security/UserService.h"
#include "shell/MessageBox.h"

#include <QComboBox>
#include <QTableWidget>

using namespace posdesk;
using namespace posdesk::desktop;

// The owner manages users on the Users page; what the owner does there decides who can sign in.
class TestGuiUsers : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    std::unique_ptr<test::GuiShop> m_shop;
    UsersPage *m_page = nullptr;

    template <typename T> T *child(const char *name) const
    {
        auto *w = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    void type(const char *field, const QString &text)
    {
        auto *e = child<QLineEdit>(field);
        e->clear();
        QTest::keyClicks(e, text);
    }
    void choose(const char *combo, Role role)
    {
        auto *c = child<QComboBox>(combo);
        c->setCurrentIndex(c->findData(int(role)));
    }
    void addUser(const QString &name, Role role, const QString &password, const QString &repeat)
    {
        type("newUsername", name);
        choose("newRole", role);
        type("newPassword", password);
        type("newRepeat", repeat);
        QTest::mouseClick(child<QPushButton>("addUserButton"), Qt::LeftButton);
    }
    QString stateOf(const QString &user) const
    {
        auto *table = child<QTableWidget>("userTable");
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0)->text() == user)
                return table->item(r, 1)->text() + u'|' + table->item(r, 2)->text();
        }
        return {};
    }
    bool signOutAndIn(const QString &user, const QString &password)
    {
        m_shop->controller().lock();
        if (!m_shop->login())
            return false;
        m_shop->typeCredentials(user, password);
        return m_shop->login() == nullptr && m_shop->window()->isVisible();
    }

private slots:
    void initTestCase() { test::GuiShop::isolateSettings(m_settings.path()); }

    void init()
    {
        m_shop = std::make_unique<test::GuiShop>();
        QVERIFY(m_shop->start());
        QVERIFY(m_shop->signIn(DemoUsers::kOwner, DemoUsers::kOwnerPassword));
        QVERIFY(m_shop->open(QStringLiteral("users")));
        m_page = qobject_cast<UsersPage *>(m_shop->window()->page(QStringLiteral("users")));
        QVERIFY(m_page);
    }
    void cleanup() { m_shop.reset(); }

    void listsTheDemoUsers()
    {
        QCOMPARE(stateOf(QStringLiteral("owner")), QStringLiteral("owner|active"));
        QCOMPARE(stateOf(QStringLiteral("cashier")), QStringLiteral("cashier|active"));
        QCOMPARE(stateOf(QStringLiteral("accountant")), QStringLiteral("accountant|active"));
    }

    void ownerAddsACashierWhoCanSignIn()
    {
        const QString password = QStringLiteral("till-two-password-9");
        addUser(QStringLiteral("lina"), Role::Cashier, password, password);
        QVERIFY2(m_page->messageText().contains(QStringLiteral("lina can now sign in")),
                 qPrintable(m_page->messageText()));
        QCOMPARE(stateOf(QStringLiteral("lina")), QStringLiteral("cashier|active"));
        // The form forgets the password once used.
        QVERIFY(child<QLineEdit>("newPassword")->text().isEmpty());

        QVERIFY(signOutAndIn(QStringLiteral("lina"), password));
        QCOMPARE(m_shop->window()->actor().name, QStringLiteral("lina"));
        QCOMPARE(m_shop->window()->actor().role, std::optional<Role>(Role::Cashier));
        QCOMPARE(m_shop->window()->pageNames(),
                 QStringList({QStringLiteral("till"), QStringLiteral("shift"), QStringLiteral("settings")}));
    }

    void shortOrMismatchedPasswordsAreRefused()
    {
        addUser(QStringLiteral("short"), Role::Cashier, QStringLiteral("elevenchars"), QStringLiteral("elevenchars"));
        QVERIFY(!m_page->messageText().isEmpty());
        QVERIFY(stateOf(QStringLiteral("short")).isEmpty());
        addUser(QStringLiteral("typo"), Role::Cashier, QStringLiteral("a-long-password-1"),
                QStringLiteral("a-long-password-2"));
        QVERIFY(m_page->messageText().contains(QStringLiteral("differ")));
        QVERIFY(stateOf(QStringLiteral("typo")).isEmpty());
        // Nothing was stored: the names cannot sign in.
        QVERIFY(!m_shop->session().users().login(QStringLiteral("short"), QStringLiteral("elevenchars"),
                                                 QStringLiteral("test")));
    }

    void roleDisableAndPasswordReset()
    {
        QVERIFY(m_page->selectUser(QStringLiteral("cashier")));
        choose("roleCombo", Role::Accountant);
        QTest::mouseClick(child<QPushButton>("setRoleButton"), Qt::LeftButton);
        QCOMPARE(stateOf(QStringLiteral("cashier")), QStringLiteral("accountant|active"));

        MessageBox::setNextAnswer(MessageBox::Answer::Confirm);
        QTest::mouseClick(child<QPushButton>("disableButton"), Qt::LeftButton);
        QCOMPARE(stateOf(QStringLiteral("cashier")), QStringLiteral("accountant|disabled"));
        QCOMPARE(child<QPushButton>("disableButton")->text(), QStringLiteral("Enable"));
        QVERIFY(!signOutAndIn(QStringLiteral("cashier"), QString::fromLatin1(DemoUsers::kCashierPassword)));
        m_shop->typeCredentials(QString::fromLatin1(DemoUsers::kOwner), QString::fromLatin1(DemoUsers::kOwnerPassword));
        QVERIFY(m_shop->open(QStringLiteral("users")));

        QVERIFY(m_page->selectUser(QStringLiteral("cashier")));
        QTest::mouseClick(child<QPushButton>("disableButton"), Qt::LeftButton);
        QCOMPARE(stateOf(QStringLiteral("cashier")), QStringLiteral("accountant|active"));
        const QString fresh = QStringLiteral("a-brand-new-secret-7");
        type("resetPassword", fresh);
        type("resetRepeat", fresh);
        QTest::mouseClick(child<QPushButton>("resetPasswordButton"), Qt::LeftButton);
        QVERIFY2(m_page->messageText().contains(QStringLiteral("new password")), qPrintable(m_page->messageText()));
        QVERIFY(!signOutAndIn(QStringLiteral("cashier"), QString::fromLatin1(DemoUsers::kCashierPassword)));
        m_shop->typeCredentials(QStringLiteral("cashier"), fresh);
        QVERIFY(m_shop->login() == nullptr);
        QCOMPARE(m_shop->window()->actor().role, std::optional<Role>(Role::Accountant));
    }

    // The cashier number printed as 操作员: set in Users, shown in the list, one number per user.
    void cashierNumberPerUser()
    {
        QVERIFY(m_page->selectUser(QStringLiteral("cashier")));
        type("cashierNumber", QStringLiteral("01"));
        QTest::mouseClick(child<QPushButton>("setCashierNumber"), Qt::LeftButton);
        QVERIFY2(m_page->messageText().contains(QStringLiteral("operator 01")), qPrintable(m_page->messageText()));
        auto *table = child<QTableWidget>("userTable");
        bool shown = false;
        for (int r = 0; r < table->rowCount(); ++r)
            shown = shown || (table->item(r, 0)->text() == u"cashier" && table->item(r, 5)->text() == u"01");
        QVERIFY(shown);
        QVERIFY(m_page->selectUser(QStringLiteral("owner")));
        QCOMPARE(child<QLineEdit>("cashierNumber")->text(), QString());
        type("cashierNumber", QStringLiteral("01"));
        QTest::mouseClick(child<QPushButton>("setCashierNumber"), Qt::LeftButton);
        QVERIFY2(m_page->messageText().contains(QStringLiteral("belongs to cashier")),
                 qPrintable(m_page->messageText()));
        m_shop->shoot("users-cashier-number");
    }

    void theLastOwnerStays()
    {
        QVERIFY(m_page->selectUser(QStringLiteral("owner")));
        choose("roleCombo", Role::Cashier);
        QTest::mouseClick(child<QPushButton>("setRoleButton"), Qt::LeftButton);
        QVERIFY(m_page->messageText().contains(QStringLiteral("was not changed")));
        QCOMPARE(stateOf(QStringLiteral("owner")), QStringLiteral("owner|active"));
    }
};

QTEST_MAIN(TestGuiUsers)
#include "tst_gui_users.moc"
