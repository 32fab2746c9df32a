#include "GuiShop.h"

#include "enrollment/EnrollmentService.h"
#include "pages/TerminalsPage.h"
#include "pages/terminals/EnrolTerminalWizard.h"
#include "shell/MessageBox.h"
#include "storage/IcParameterRepository.h"
#include "storage/TerminalRepository.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>

using namespace posdesk;
using namespace posdesk::desktop;

// The Terminals screen as the owner uses it: details, lifecycle moves (allowed and refused), documents, costs,
// maintenance and the enrolment wizard, driven through the real widgets of the demo shop.
class TestGuiTerminals : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    std::unique_ptr<test::GuiShop> m_shop;
    TerminalsPage *m_page = nullptr;

    QWidget *tab(const char *name)
    {
        auto *tabs = m_page->tabs();
        QWidget *w = m_page->findChild<QWidget *>(QLatin1String(name));
        tabs->setCurrentWidget(w);
        return w;
    }

    template <typename T> T *child(QWidget *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }

    static bool selectData(QComboBox *box, const QString &key)
    {
        const int i = box->findData(key);
        box->setCurrentIndex(i);
        return i >= 0;
    }

    Terminal stored(const char *tid)
    {
        auto t = TerminalRepository(m_shop->session().db()).findByTid(QLatin1String(tid));
        return t ? *t : Terminal{};
    }

    void click(QWidget *parent, const char *name)
    {
        auto *button = child<QPushButton>(parent, name);
        QVERIFY(button);
        QVERIFY2(button->isEnabled(), name);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    void shootWizard(QWidget *wizard, const char *name)
    {
        const QString dir = qEnvironmentVariable("POSDESK_SHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        wizard->grab().save(QDir(dir).filePath(QString::fromLatin1(name) + QStringLiteral(".png")));
        m_shop->language().apply(desktop::Language::Choice::Chinese);
        QCoreApplication::processEvents();
        wizard->grab().save(QDir(dir).filePath(QString::fromLatin1(name) + QStringLiteral("-zh.png")));
        m_shop->language().apply(desktop::Language::Choice::English);
        QCoreApplication::processEvents();
    }

private slots:
    void initTestCase() { test::GuiShop::isolateSettings(m_settings.path()); }

    void init()
    {
        m_shop = std::make_unique<test::GuiShop>();
        QVERIFY(m_shop->start());
        QVERIFY(m_shop->signIn(DemoUsers::kOwner, DemoUsers::kOwnerPassword));
        QVERIFY(m_shop->open(QStringLiteral("terminals")));
        m_page = qobject_cast<TerminalsPage *>(m_shop->window()->page(QStringLiteral("terminals")));
        QVERIFY(m_page);
    }

    void cleanup()
    {
        m_page = nullptr;
        m_shop.reset();
    }

    void selectingATerminalShowsItsDetails()
    {
        auto *table = m_page->findChild<QTableWidget *>(QStringLiteral("terminalTable"));
        QCOMPARE(table->rowCount(), 3);
        QVERIFY(m_page->selectTerminal(QString::fromLatin1(DemoFacts::kSuspendedTid)));
        QWidget *details = tab("detailsTab");
        QCOMPARE(child<QLabel>(details, "detailsTid")->text(), QString::fromLatin1(DemoFacts::kSuspendedTid));
        QCOMPARE(child<QLabel>(details, "detailsState")->text(), QStringLiteral("Suspended"));
        QCOMPARE(child<QLineEdit>(details, "serial")->text(), QStringLiteral("PD-2026-0002"));

        // The owner corrects the location; it is stored.
        auto *location = child<QLineEdit>(details, "location");
        location->clear();
        QTest::keyClicks(location, QStringLiteral("Back door"));
        auto *params = child<QLineEdit>(details, "paramVersion");
        params->clear();
        QTest::keyClicks(params, QStringLiteral("CUP-PARAM-20261201"));
        click(details, "saveDetails");
        QCOMPARE(stored(DemoFacts::kSuspendedTid).location, QStringLiteral("Back door"));
        QCOMPARE(stored(DemoFacts::kSuspendedTid).paramVersion, QStringLiteral("CUP-PARAM-20261201"));
        QCOMPARE(child<QLabel>(details, "detailsMessage")->text(), QStringLiteral("Saved."));
        QCOMPARE(m_page->selectedTid(), QString::fromLatin1(DemoFacts::kSuspendedTid));
    }

    void allowedMoveIsRecordedOnTheTimeline()
    {
        QVERIFY(m_page->selectTerminal(QString::fromLatin1(DemoFacts::kSuspendedTid)));
        QWidget *lifecycle = tab("lifecycleTab");
        // Only the moves the lifecycle allows from "suspended" are offered.
        QVERIFY(child<QPushButton>(lifecycle, "moveTo-active"));
        QVERIFY(child<QPushButton>(lifecycle, "moveTo-swapped"));
        QVERIFY(!lifecycle->findChild<QPushButton *>(QStringLiteral("moveTo-applied")));
        QTest::keyClicks(child<QLineEdit>(lifecycle, "moveNote"), QStringLiteral("bank lifted the suspension"));
        click(lifecycle, "moveTo-active");

        QCOMPARE(stored(DemoFacts::kSuspendedTid).state, TerminalState::Active);
        auto *timeline = child<QTableWidget>(lifecycle, "timeline");
        QVERIFY(timeline->rowCount() >= 1);
        // Newest first: the move, who made it and why.
        QCOMPARE(timeline->item(0, 1)->text(), QStringLiteral("Suspended → Active"));
        QCOMPARE(timeline->item(0, 2)->text(), QStringLiteral("owner"));
        QCOMPARE(timeline->item(0, 3)->text(), QStringLiteral("bank lifted the suspension"));
        QVERIFY(child<QLabel>(lifecycle, "currentState")->text().contains(QStringLiteral("Active")));
        // The buttons now offer the moves from "active", and the list shows the new state.
        QTRY_VERIFY(lifecycle->findChild<QPushButton *>(QStringLiteral("moveTo-suspended")));
        QTRY_VERIFY(!lifecycle->findChild<QPushButton *>(QStringLiteral("moveTo-active")));
        auto *table = m_page->findChild<QTableWidget *>(QStringLiteral("terminalTable"));
        const auto rows = table->findItems(QString::fromLatin1(DemoFacts::kSuspendedTid), Qt::MatchExactly);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(table->item(rows.first()->row(), 2)->text(), QStringLiteral("Active"));
    }

    void refusedMoveSaysWhy()
    {
        QVERIFY(m_page->selectTerminal(QString::fromLatin1(DemoFacts::kUnregisteredTid)));
        QWidget *lifecycle = tab("lifecycleTab");
        QVERIFY(selectData(child<QComboBox>(lifecycle, "otherState"), QStringLiteral("active")));
        click(lifecycle, "otherMove");
        auto *message = child<QLabel>(lifecycle, "lifecycleMessage");
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), QStringLiteral("A terminal cannot go from “keys-loaded” to “active”. From "
                                                 "“keys-loaded” it can go to: signed-on, deregistered."));
        QCOMPARE(stored(DemoFacts::kUnregisteredTid).state, TerminalState::KeysLoaded);

        // Someone else deregistered it meanwhile (the CLI, another till): the button still on screen is refused
        // with the reason, and the view catches up.
        QVERIFY(EnrollmentService(m_shop->session().db(), m_shop->session().clock())
                    .changeState(Actor::localAdmin(QStringLiteral("cli")),
                                 QString::fromLatin1(DemoFacts::kUnregisteredTid), TerminalState::Deregistered));
        click(lifecycle, "moveTo-signed-on");
        QCOMPARE(message->text(),
                 QStringLiteral("A deregistered terminal cannot change state. Enrol a new terminal instead."));
        QTRY_VERIFY(!lifecycle->findChild<QPushButton *>(QStringLiteral("moveTo-signed-on")));
        QVERIFY(child<QLabel>(lifecycle, "currentState")->text().contains(QStringLiteral("Deregistered")));
    }

    void deregisteringAsksFirst()
    {
        QVERIFY(m_page->selectTerminal(QString::fromLatin1(DemoFacts::kUnregisteredTid)));
        QWidget *lifecycle = tab("lifecycleTab");
        MessageBox::setNextAnswer(MessageBox::Answer::Cancel);
        click(lifecycle, "moveTo-deregistered");
        QVERIFY(MessageBox::lastText().contains(QString::fromLatin1(DemoFacts::kUnregisteredTid)));
        QCOMPARE(stored(DemoFacts::kUnregisteredTid).state, TerminalState::KeysLoaded);
        MessageBox::setNextAnswer(MessageBox::Answer::Confirm);
        click(lifecycle, "moveTo-deregistered");
        QCOMPARE(stored(DemoFacts::kUnregisteredTid).state, TerminalState::Deregistered);
    }

    void costsAddUpPerCategory()
    {
        QVERIFY(m_page->selectTerminal(QString::fromLatin1(DemoFacts::kRegisteredTid)));
        QWidget *costs = tab("costsTab");
        auto *amount = child<QLineEdit>(costs, "costAmount");
        auto add = [&](const char *category, const char *text) {
            QVERIFY(selectData(child<QComboBox>(costs, "costCategory"), QLatin1String(category)));
            amount->clear();
            QTest::keyClicks(amount, QLatin1String(text));
            click(costs, "addCost");
        };
        add("device", "1280.00");
        add("training", "200.50");
        add("device", "19.50");
        QCOMPARE(child<QTableWidget>(costs, "costTable")->rowCount(), 3);
        auto *totals = child<QTableWidget>(costs, "costTotals");
        QCOMPARE(totals->rowCount(), 2);
        QCOMPARE(totals->item(0, 0)->text(), QStringLiteral("Device"));
        QCOMPARE(totals->item(0, 1)->text(), Money::cny(129950).toDisplayString());
        QCOMPARE(totals->item(1, 0)->text(), QStringLiteral("Training"));
        QCOMPARE(child<QLabel>(costs, "costGrandTotal")->text(),
                 QStringLiteral("Total: ") + Money::cny(150000).toDisplayString());

        // A mistyped amount is refused with the reason and nothing is recorded.
        add("other", "12.345");
        QVERIFY(child<QLabel>(costs, "costsMessage")->isVisible());
        QVERIFY(!child<QLabel>(costs, "costsMessage")->text().isEmpty());
        QCOMPARE(child<QTableWidget>(costs, "costTable")->rowCount(), 3);
    }

    void documentIsKeptWithItsHashAndStatus()
    {
        // A terminal whose papers are not in yet (the demo's have all been handed over).
        QSqlQuery wipe(m_shop->session().db().connection());
        QVERIFY(wipe.exec(QStringLiteral("DELETE FROM enrollment_documents WHERE terminal_id = (SELECT id FROM "
                                         "terminals WHERE tid = '12345601')")));
        QVERIFY(m_page->selectTerminal(QString::fromLatin1(DemoFacts::kSuspendedTid))); // so that 12345601 reloads
        QVERIFY(m_page->selectTerminal(QString::fromLatin1(DemoFacts::kRegisteredTid)));
        QWidget *docs = tab("documentsTab");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("licence.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray content("%PDF-1.4 business licence scan");
        file.write(content);
        file.close();

        // None of the acquirer's papers is in yet: the tab says which.
        auto *outstanding = child<QLabel>(docs, "documentsOutstanding");
        QVERIFY(outstanding->isVisibleTo(docs));
        QVERIFY2(outstanding->text().startsWith(QStringLiteral("Still needed for the acquirer (5): Business licence")),
                 qPrintable(outstanding->text()));

        QVERIFY(selectData(child<QComboBox>(docs, "documentKind"), QStringLiteral("business-licence")));
        QVERIFY(selectData(child<QComboBox>(docs, "documentStatus"), QStringLiteral("submitted")));
        child<QLineEdit>(docs, "documentFile")->setText(path);
        click(docs, "addDocument");
        auto *table = child<QTableWidget>(docs, "documentTable");
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Business licence"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Submitted"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("licence.pdf"));
        QVERIFY2(outstanding->text().startsWith(QStringLiteral("Still needed for the acquirer (4): Tax registration")),
                 qPrintable(outstanding->text()));
        QVERIFY(!outstanding->text().contains(QStringLiteral("Business licence")));
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        QCOMPARE(table->item(0, 3)->toolTip(), sha);
        // The copy in the data folder is what was chosen.
        QFile kept(table->item(0, 2)->toolTip());
        QVERIFY2(kept.open(QIODevice::ReadOnly), qPrintable(kept.fileName()));
        QCOMPARE(kept.readAll(), content);

        // The acquirer accepts it.
        QVERIFY(!child<QPushButton>(docs, "applyDocumentStatus")->isEnabled()); // nothing selected yet
        table->selectRow(0);
        QVERIFY(selectData(child<QComboBox>(docs, "documentNewStatus"), QStringLiteral("accepted")));
        click(docs, "applyDocumentStatus");
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Accepted"));
    }

    void maintenanceShowsOverdueAndCanBeDone()
    {
        QVERIFY(m_page->selectTerminal(QString::fromLatin1(DemoFacts::kRegisteredTid)));
        QWidget *maintenance = tab("maintenanceTab");
        const QDate today = m_shop->session().clock().nowUtc().toLocalTime().date();
        QVERIFY(selectData(child<QComboBox>(maintenance, "maintenanceKind"), QStringLiteral("software-update")));
        child<QDateEdit>(maintenance, "maintenanceDue")->setDate(today.addDays(-3));
        click(maintenance, "scheduleMaintenance");
        QVERIFY(selectData(child<QComboBox>(maintenance, "maintenanceKind"), QStringLiteral("inspection")));
        child<QDateEdit>(maintenance, "maintenanceDue")->setDate(today.addDays(60));
        click(maintenance, "scheduleMaintenance");

        auto *table = child<QTableWidget>(maintenance, "maintenanceTable");
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Software update"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("overdue by 3 days"));
        QCOMPARE(table->item(0, 2)->background().color(), QColor(0xfe, 0xe2, 0xe2));
        QCOMPARE(table->item(1, 2)->text(), QStringLiteral("in 60 days"));
        QCOMPARE(table->item(1, 2)->background().style(), Qt::NoBrush);

        table->selectRow(0);
        click(maintenance, "markMaintenanceDone");
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Inspection"));
    }

    // The chip-card tab: where the terminal's keys are, whether an IC download is owed, and the CA keys and
    // applications the acquirer sent (RID, index, expiry), expired keys marked.
    void chipTabListsTheAcquirersKeys()
    {
        const Terminal t = stored(DemoFacts::kRegisteredTid);
        CaKeyRecord valid;
        valid.key.rid = QByteArray::fromHex("A000000333");
        valid.key.index = 0x80;
        valid.key.modulus = QByteArray(176, '\x5a');
        valid.key.exponent = QByteArray::fromHex("03");
        valid.key.expiry = QDate(2030, 12, 31);
        valid.checksum = QByteArray(20, '\x11');
        CaKeyRecord old = valid;
        old.key.index = 0x03;
        old.key.modulus = QByteArray(128, '\x5a');
        old.key.expiry = QDate(2020, 12, 31);
        AidRecord debit;
        debit.aid.aid = QByteArray::fromHex("A000000333010101");
        debit.aid.appVersion = QByteArray::fromHex("0030");
        const emv::TerminalConfig defaults;
        debit.tacDefault = defaults.tacDefault;
        debit.tacOnline = defaults.tacOnline;
        debit.tacDenial = defaults.tacDenial;
        debit.floorLimitFen = 0;
        IcParameterRepository ic(m_shop->session().db());
        QVERIFY(ic.replaceCaKeys(t.acquirerId, {valid, old}, 0).ok());
        QVERIFY(ic.replaceAids(t.acquirerId, {debit}, 0).ok());
        QVERIFY(m_page->selectTerminal(QString::fromLatin1(DemoFacts::kSuspendedTid)));
        QVERIFY(m_page->selectTerminal(QString::fromLatin1(DemoFacts::kRegisteredTid)));
        QWidget *chip = tab("chipTab");
        QVERIFY(chip);
        QVERIFY(child<QLabel>(chip, "chipKeysWhere")->text().contains(QStringLiteral("on this PC")));
        auto *keys = child<QTableWidget>(chip, "caKeysTable");
        QCOMPARE(keys->rowCount(), 2);
        QCOMPARE(keys->item(0, 0)->text(), QStringLiteral("A000000333"));
        QStringList indexes{keys->item(0, 1)->text(), keys->item(1, 1)->text()};
        indexes.sort();
        QCOMPARE(indexes, (QStringList{QStringLiteral("03"), QStringLiteral("80")}));
        const int oldRow = keys->item(0, 1)->text() == u"03" ? 0 : 1;
        QVERIFY(keys->item(oldRow, 2)->text().contains(QStringLiteral("expired")));
        QVERIFY(!keys->item(1 - oldRow, 2)->text().contains(QStringLiteral("expired")));
        QCOMPARE(keys->item(1 - oldRow, 3)->text(), QStringLiteral("1408 bits"));
        auto *aids = child<QTableWidget>(chip, "aidsTable");
        QCOMPARE(aids->rowCount(), 1);
        QCOMPARE(aids->item(0, 0)->text(), QStringLiteral("A000000333010101"));
        m_shop->shoot("terminals-chip");
    }

    void wizardEnrolsANewTerminal()
    {
        click(m_page, "enrolTerminal");
        EnrolTerminalWizard *wizard = m_page->findChild<EnrolTerminalWizard *>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        QCOMPARE(wizard->currentId(), int(EnrolTerminalWizard::AcquirerPage));
        QCOMPARE(child<QComboBox>(wizard, "enrolMerchant")->currentData().toString(),
                 QString::fromLatin1(DemoFacts::kMid));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(EnrolTerminalWizard::IdentifiersPage));
        // A TID already recorded is refused on its page.
        QTest::keyClicks(child<QLineEdit>(wizard, "enrolTid"), QString::fromLatin1(DemoFacts::kRegisteredTid));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(EnrolTerminalWizard::IdentifiersPage));
        QVERIFY(child<QLabel>(wizard, "enrolIdError")->text().contains(QStringLiteral("already recorded")));
        auto *tid = child<QLineEdit>(wizard, "enrolTid");
        tid->clear();
        QTest::keyClicks(tid, QStringLiteral("12345604"));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(EnrolTerminalWizard::DevicePage));
        QTest::keyClicks(child<QLineEdit>(wizard, "enrolSerial"), QStringLiteral("SN-0604"));
        QTest::keyClicks(child<QLineEdit>(wizard, "enrolBrand"), QStringLiteral("PAX"));
        QTest::keyClicks(child<QLineEdit>(wizard, "enrolModel"), QStringLiteral("A920"));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(EnrolTerminalWizard::StatePage));
        QVERIFY(selectData(child<QComboBox>(wizard, "enrolState"), QStringLiteral("documents-submitted")));
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(m_page->findChild<EnrolTerminalWizard *>() == nullptr);

        const Terminal t = stored("12345604");
        QCOMPARE(t.tid, QStringLiteral("12345604"));
        QCOMPARE(t.state, TerminalState::DocumentsSubmitted);
        QCOMPARE(t.serial, QStringLiteral("SN-0604"));
        QCOMPARE(t.mid, QString::fromLatin1(DemoFacts::kMid));
        QCOMPARE(m_page->selectedTid(), QStringLiteral("12345604"));
        auto *timeline = child<QTableWidget>(tab("lifecycleTab"), "timeline");
        QCOMPARE(timeline->rowCount(), 1);
        QCOMPARE(timeline->item(0, 1)->text(), QStringLiteral("recorded as Documents submitted"));
    }

    // A terminal the shop already uses is recorded as such on the first page: it does not start at "applied".
    void wizardRecordsAnExistingTerminal()
    {
        click(m_page, "enrolTerminal");
        EnrolTerminalWizard *wizard = m_page->findChild<EnrolTerminalWizard *>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        auto *fresh = child<QRadioButton>(wizard, "enrolNewApplication");
        auto *existing = child<QRadioButton>(wizard, "enrolExisting");
        QVERIFY(fresh && existing);
        QVERIFY(fresh->isChecked()); // a new application unless told otherwise
        auto *state = child<QComboBox>(wizard, "enrolState");
        QCOMPARE(state->currentData().toString(), QStringLiteral("applied"));
        QCOMPARE(state->findData(QStringLiteral("active")), -1);
        QTest::mouseClick(existing, Qt::LeftButton, {}, QPoint(8, existing->height() / 2));
        QVERIFY(existing->isChecked());
        shootWizard(wizard, "enrol-existing-first-page");
        wizard->next();
        QTest::keyClicks(child<QLineEdit>(wizard, "enrolTid"), QStringLiteral("12345605"));
        wizard->next();
        wizard->next();
        QCOMPARE(wizard->currentId(), int(EnrolTerminalWizard::StatePage));
        // An existing terminal is offered only the states after approval, active first.
        QCOMPARE(state->currentData().toString(), QStringLiteral("active"));
        QCOMPARE(state->findData(QStringLiteral("applied")), -1);
        QCOMPARE(state->findData(QStringLiteral("documents-submitted")), -1);
        QVERIFY(state->findData(QStringLiteral("approved")) >= 0);
        // The page says what choosing "approved" leads to.
        QVERIFY(child<QLabel>(wizard, "enrolStateHint")->text().contains(QStringLiteral("Keys loaded")));
        shootWizard(wizard, "enrol-existing-state-page");
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(m_page->findChild<EnrolTerminalWizard *>() == nullptr);

        const Terminal t = stored("12345605");
        QCOMPARE(t.state, TerminalState::Active);
        QCOMPARE(t.assignedTid, QStringLiteral("12345605"));
        QCOMPARE(t.assignedMid, QString::fromLatin1(DemoFacts::kMid));
    }
};

QTEST_MAIN(TestGuiTerminals)
#include "tst_gui_terminals.moc"
