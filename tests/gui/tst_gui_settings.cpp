#include "GuiShop.h"

#include "pages/SettingsPage.h"
#include "pages/TerminalsPage.h"
#include "pages/settings/ShopRecordsViews.h"
#include "pages/terminals/EnrolTerminalWizard.h"
#include "shell/DatabaseChoice.h"
#include "storage/AcquirerRepository.h"
#include "storage/AuditLogRepository.h"
#include "storage/MerchantRepository.h"
#include "storage/Schema.h"

#include <QComboBox>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>

using namespace posdesk;
using namespace posdesk::desktop;

// Settings → Acquirer profiles and Merchants: the owner adds and changes them through the real widgets (refused
// input says why and stores nothing), the enrolment wizard offers them at once, and other roles only read.
class TestGuiSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    std::unique_ptr<test::GuiShop> m_shop;
    SettingsPage *m_page = nullptr;

    template <typename T> T *child(const char *name)
    {
        T *w = m_page->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }

    QWidget *showTab(const char *name)
    {
        auto *tabs = child<QTabWidget>("settingsTabs");
        QWidget *w = child<QWidget>(name);
        tabs->setCurrentWidget(w);
        return w;
    }

    void type(const char *name, const QString &text)
    {
        auto *edit = child<QLineEdit>(name);
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    void openSettingsAs(const char *user, const char *password)
    {
        QVERIFY(m_shop->signIn(user, password));
        QVERIFY(m_shop->open(QStringLiteral("settings")));
        m_page = qobject_cast<SettingsPage *>(m_shop->window()->page(QStringLiteral("settings")));
        QVERIFY(m_page);
    }

    static int rowOf(QTableWidget *table, const QString &first)
    {
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0)->text() == first)
                return r;
        }
        return -1;
    }

private slots:
    void initTestCase() { test::GuiShop::isolateSettings(m_settings.path()); }

    void init()
    {
        m_shop = std::make_unique<test::GuiShop>();
        QVERIFY(m_shop->start());
    }

    void cleanup()
    {
        m_page = nullptr;
        m_shop.reset();
    }

    void ownerAddsAndChangesAnAcquirerProfile()
    {
        openSettingsAs(DemoUsers::kOwner, DemoUsers::kOwnerPassword);
        showTab("acquirerProfiles");
        auto *view = child<AcquirerProfilesView>("acquirerProfiles");
        auto *table = child<QTableWidget>("acquirerTable");
        const int before = table->rowCount();
        QVERIFY(before >= 1); // the demo's acquirer

        // A TPDU that is not one is refused with the reason, and nothing is stored.
        type("acquirerName", QStringLiteral("Pudong Rural Bank"));
        type("acquirerHost", QStringLiteral("10.8.0.20"));
        child<QSpinBox>("acquirerPort")->setValue(6100);
        type("acquirerTpdu", QStringLiteral("12345"));
        QTest::mouseClick(child<QPushButton>("addAcquirerButton"), Qt::LeftButton);
        QVERIFY2(view->messageText().contains(QStringLiteral("TPDU")), qPrintable(view->messageText()));
        QCOMPARE(table->rowCount(), before);
        QVERIFY(!AcquirerRepository(m_shop->session().db()).findByName(QStringLiteral("Pudong Rural Bank")));

        type("acquirerTpdu", QStringLiteral("6000120000"));
        type("supportPhone", QStringLiteral("962999"));
        QTest::mouseClick(child<QPushButton>("addAcquirerButton"), Qt::LeftButton);
        QVERIFY2(view->messageText().startsWith(QStringLiteral("Profile “Pudong Rural Bank” is added")),
                 qPrintable(view->messageText()));
        QCOMPARE(table->rowCount(), before + 1);
        auto added = AcquirerRepository(m_shop->session().db()).findByName(QStringLiteral("Pudong Rural Bank"));
        QVERIFY(added);
        QCOMPARE(added->port, 6100);
        QCOMPARE(added->tpdu, QStringLiteral("6000120000"));
        QCOMPARE(added->supportPhone, QStringLiteral("962999"));

        // Selecting it fills the form; a new port is saved and audited.
        const int row = rowOf(table, QStringLiteral("Pudong Rural Bank"));
        QVERIFY(row >= 0);
        table->selectRow(row);
        QCOMPARE(child<QLineEdit>("acquirerHost")->text(), QStringLiteral("10.8.0.20"));
        child<QSpinBox>("acquirerPort")->setValue(6200);
        QTest::mouseClick(child<QPushButton>("saveAcquirerButton"), Qt::LeftButton);
        QVERIFY2(view->messageText().startsWith(QStringLiteral("Profile “Pudong Rural Bank” is saved")),
                 qPrintable(view->messageText()));
        QCOMPARE(AcquirerRepository(m_shop->session().db()).findByName(QStringLiteral("Pudong Rural Bank"))->port,
                 6200);
        QCOMPARE(table->item(rowOf(table, QStringLiteral("Pudong Rural Bank")), 3)->text(), QStringLiteral("6200"));
        auto trail = AuditLogRepository(m_shop->session().db()).list();
        QVERIFY(trail);
        QVERIFY(std::any_of(trail->begin(), trail->end(), [](const AuditEntry &e) {
            return e.event == u"acquirer.edit" && e.object == u"acquirer Pudong Rural Bank" && e.outcome == u"ok";
        }));

        // An edit cannot store what adding would refuse: an empty host is refused and the stored one stays.
        child<QLineEdit>("acquirerHost")->clear();
        QTest::mouseClick(child<QPushButton>("saveAcquirerButton"), Qt::LeftButton);
        QVERIFY2(view->messageText().contains(QStringLiteral("host address")), qPrintable(view->messageText()));
        QCOMPARE(AcquirerRepository(m_shop->session().db()).findByName(QStringLiteral("Pudong Rural Bank"))->host,
                 QStringLiteral("10.8.0.20"));
    }

    void ownerAddsAMerchantAndTheEnrolmentWizardOffersIt()
    {
        openSettingsAs(DemoUsers::kOwner, DemoUsers::kOwnerPassword);
        showTab("merchants");
        auto *view = child<MerchantsView>("merchants");
        auto *table = child<QTableWidget>("merchantTable");
        const int before = table->rowCount();
        type("merchantMid", QStringLiteral("12345"));
        type("merchantName", QStringLiteral("Second shop"));
        QTest::mouseClick(child<QPushButton>("addMerchantButton"), Qt::LeftButton);
        QVERIFY2(view->messageText().contains(QStringLiteral("15")), qPrintable(view->messageText()));
        QCOMPARE(table->rowCount(), before);

        type("merchantMid", QStringLiteral("898310058120777"));
        child<QLineEdit>("merchantName")->insert(QStringLiteral("徐汇二店"));
        QTest::mouseClick(child<QPushButton>("addMerchantButton"), Qt::LeftButton);
        QVERIFY2(view->messageText().contains(QStringLiteral("is added")), qPrintable(view->messageText()));
        QCOMPARE(table->rowCount(), before + 1);
        auto stored = MerchantRepository(m_shop->session().db()).findByMid(QStringLiteral("898310058120777"));
        QVERIFY(stored);
        QCOMPARE(stored->name, QStringLiteral("Second shop徐汇二店"));

        // The Terminals screen's enrolment wizard lists the new merchant.
        QVERIFY(m_shop->open(QStringLiteral("terminals")));
        auto *terminals = qobject_cast<TerminalsPage *>(m_shop->window()->page(QStringLiteral("terminals")));
        QTest::mouseClick(terminals->findChild<QPushButton *>(QStringLiteral("enrolTerminal")), Qt::LeftButton);
        auto *wizard = terminals->findChild<EnrolTerminalWizard *>();
        QVERIFY(wizard);
        auto *merchants = wizard->findChild<QComboBox *>(QStringLiteral("enrolMerchant"));
        QVERIFY(merchants->findData(QStringLiteral("898310058120777")) >= 0);
        wizard->reject();
    }

    // Several tills on one PostgreSQL server: the owner types its address, PosDesk checks it off the GUI thread and
    // keeps it (without password) for the next start; a refused address changes nothing.
    void sharedServerIsCheckedThenUsedFromTheNextStart()
    {
        openSettingsAs(DemoUsers::kOwner, DemoUsers::kOwnerPassword);
        showTab("generalSettings");
        auto *url = child<QLineEdit>("databaseServerUrl");
        auto *use = child<QPushButton>("useDatabaseServer");
        QVERIFY(DatabaseChoice::savedServerUrl().isEmpty());

        // A password in the address is refused: it would sit in the settings file.
        url->setText(QStringLiteral("postgresql://posdesk:secret@192.168.1.10/shop"));
        QTest::mouseClick(use, Qt::LeftButton);
        QVERIFY2(m_page->databaseNote().contains(QStringLiteral("password")), qPrintable(m_page->databaseNote()));
        QVERIFY(DatabaseChoice::savedServerUrl().isEmpty());

        // A server that is not there: said so, and nothing saved.
        url->setText(QStringLiteral("postgresql://posdesk@127.0.0.1:1/shop"));
        QTest::mouseClick(use, Qt::LeftButton);
        QVERIFY(m_page->isCheckingServer());
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isCheckingServer(), 30000);
        QVERIFY2(m_page->databaseNote().contains(QStringLiteral("could not use")), qPrintable(m_page->databaseNote()));
        QVERIFY(DatabaseChoice::savedServerUrl().isEmpty());

        // The real server of the test run.
        auto tdb = test::TestDatabase::create(DbEngine::Postgres);
        QVERIFY2(tdb, tdb ? "" : qPrintable(tdb.error().fullText()));
        const DbConfig &c = (*tdb)->config();
        const QString server =
            QStringLiteral("postgresql://%1@localhost:%2/%3?host=%4").arg(c.user).arg(c.port).arg(c.database, c.host);
        url->setText(server);
        QTest::mouseClick(use, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isCheckingServer(), 30000);
        QVERIFY2(m_page->databaseNote().startsWith(QStringLiteral("Connected to")), qPrintable(m_page->databaseNote()));
        QCOMPARE(DatabaseChoice::savedServerUrl(), server);
        // The next start (no --db, no --db-url) opens that server, with PosDesk's tables ready there.
        auto next = DatabaseChoice::atStart(QString(), QString());
        QVERIFY(next);
        QCOMPARE(next->engine, DbEngine::Postgres);
        QCOMPARE(next->database, c.database);
        auto opened = Database::openAtVersion(*next, Schema::kCurrentVersion);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().fullText()));
        // The command line still wins.
        QCOMPARE(DatabaseChoice::atStart(QStringLiteral("/tmp/other.db"), QString())->engine, DbEngine::Sqlite);
        // On the audit trail of this shop.
        auto trail = AuditLogRepository(m_shop->session().db()).list();
        QVERIFY(trail);
        QVERIFY(std::any_of(trail->begin(), trail->end(), [](const AuditEntry &e) {
            return e.event == u"settings.change" && e.object == u"settings database" && e.outcome == u"ok";
        }));

        // And back to this PC's file.
        auto *useFile = child<QPushButton>("useDatabaseFile");
        QVERIFY(useFile->isVisibleTo(m_page));
        QTest::mouseClick(useFile, Qt::LeftButton);
        QVERIFY(DatabaseChoice::savedServerUrl().isEmpty());
        QCOMPARE(DatabaseChoice::atStart(QString(), QString())->engine, DbEngine::Sqlite);
    }

    void accountantReadsButCannotChange()
    {
        openSettingsAs(DemoUsers::kAccountant, DemoUsers::kAccountantPassword);
        showTab("acquirerProfiles");
        QVERIFY(child<QTableWidget>("acquirerTable")->rowCount() >= 1);
        QVERIFY(!child<QPushButton>("addAcquirerButton")->isEnabled());
        QVERIFY(!child<QLineEdit>("acquirerHost")->isEnabled());
        showTab("merchants");
        QVERIFY(child<QTableWidget>("merchantTable")->rowCount() >= 1);
        QVERIFY(!child<QPushButton>("addMerchantButton")->isEnabled());
        showTab("generalSettings");
        QVERIFY(!child<QPushButton>("useDatabaseServer")->isEnabled());
    }
};

QTEST_MAIN(TestGuiSettings)
#include "tst_gui_settings.moc"
