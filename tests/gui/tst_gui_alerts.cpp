#include "GuiShop.h"

#include "pages/AlertsPage.h"
#include "pages/CardInput.h"
#include "pages/RemediationWizard.h"
#include "pages/TillPage.h"
#include "shell/AlertBanner.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QRegularExpression>
#include <QScrollArea>

using namespace posdesk;
using namespace posdesk::desktop;

// The remediation wizard against a real posdesk-hostsim: a sale on the unregistered 12345603 meets 97, the banner
// leads into the wizard, the automatic checks run for real, the manual steps are confirmed, the acquirer registers
// the terminal, the re-sign-on resolves the incident and the alert goes away. The escalation ticket, and what the
// services refuse to an accountant.
class TestGuiAlerts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    QTemporaryDir m_files;
    std::unique_ptr<test::GuiShop> m_shop;

    static constexpr const char *kTestPan = "6200000000000005"; // the "unionpay-credit" test card

    TillPage *till() { return qobject_cast<TillPage *>(m_shop->window()->page(QStringLiteral("till"))); }
    AlertsPage *alerts() { return qobject_cast<AlertsPage *>(m_shop->window()->page(QStringLiteral("alerts"))); }
    RemediationWizard *wizard() { return alerts()->wizard(); }
    QPushButton *badge() { return m_shop->window()->findChild<QPushButton *>(QStringLiteral("alertBadge")); }

    QFrame *card(const char *step)
    {
        return wizard()->findChild<QFrame *>(QStringLiteral("step-") + QString::fromLatin1(step));
    }
    template <typename T> T *inCard(const char *step, const char *name)
    {
        QFrame *c = card(step);
        return c ? c->findChild<T *>(QString::fromLatin1(name)) : nullptr;
    }
    // Scrolls the steps to the widget, as a person would, and clicks it.
    void click(QWidget *w)
    {
        QVERIFY(w);
        auto *area = wizard()->findChild<QScrollArea *>(QStringLiteral("stepsArea"));
        // Polled: a step that just showed more (the ticket) is laid out on the next turn of the event loop.
        QTRY_VERIFY((area->ensureWidgetVisible(w), w->visibleRegion().boundingRect().size() == w->size()));
        QTest::mouseClick(w, Qt::LeftButton);
    }
    QString shownEvidence(const char *step) { return inCard<QLabel>(step, "stepEvidence")->text(); }
    QString shownOutcome(const char *step) { return inCard<QLabel>(step, "stepOutcome")->text(); }

    // The owner at the till: 8.80 on a UnionPay card on 12345603, which the host does not know.
    void sellOnUnregisteredTerminal()
    {
        QVERIFY(m_shop->signIn(DemoUsers::kOwner, DemoUsers::kOwnerPassword));
        QVERIFY(m_shop->open(QStringLiteral("till")));
        QVERIFY(till()->selectTerminal(QString::fromLatin1(DemoFacts::kUnregisteredTid)));
        QVERIFY(till()->findChild<CardInput *>()->selectTestCard(QStringLiteral("unionpay-credit")));
        auto *amount = till()->findChild<QLineEdit *>(QStringLiteral("amount"));
        QTest::keyClicks(amount, QStringLiteral("8.80"));
        QTest::mouseClick(till()->findChild<QPushButton *>(QStringLiteral("payButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!till()->isBusy(), 20000);
        QVERIFY2(till()->resultText().contains(QStringLiteral("97")), qPrintable(till()->resultText()));
    }

    void confirmManualStep(const char *step, const QString &note)
    {
        QVERIFY2(inCard<QPushButton>(step, "stepDone")->isEnabled(), step);
        wizard()->findChild<QScrollArea *>(QStringLiteral("stepsArea"))->ensureWidgetVisible(card(step));
        QTest::keyClicks(inCard<QLineEdit>(step, "stepNote"), note);
        click(inCard<QPushButton>(step, "stepDone"));
        QCOMPARE(wizard()->outcomeOf(QString::fromLatin1(step)), QStringLiteral("done"));
        QVERIFY2(shownEvidence(step).contains(note), qPrintable(shownEvidence(step)));
    }

    Incident incident(qint64 id)
    {
        auto i = IncidentRepository(m_shop->session().db()).findById(id);
        return i ? *i : Incident{};
    }

private slots:
    void initTestCase() { test::GuiShop::isolateSettings(m_settings.path()); }

    void cleanup()
    {
        if (QTest::currentTestFailed() && m_shop) {
            if (m_shop->window() && wizard())
                qWarning().noquote() << "wizard status:" << wizard()->statusText();
            qWarning().noquote() << "host simulator log:\n" << m_shop->host().log();
        }
        m_shop.reset();
    }

    void unregisteredTerminalFromBannerToResolution()
    {
        m_shop = std::make_unique<test::GuiShop>();
        QVERIFY(m_shop->start(/*resolveSeeded97=*/true));
        sellOnUnregisteredTerminal();

        // The banner is there at once, and leads into the wizard for that incident.
        AlertBanner *banner = m_shop->window()->banner();
        QVERIFY(banner->isVisible());
        QCOMPARE(m_shop->window()->openAlertCount(), 1);
        const qint64 id = banner->incidentId();
        QVERIFY(id > 0);
        QTest::mouseClick(banner->findChild<QPushButton *>(QStringLiteral("openRemediation")), Qt::LeftButton);
        QCOMPARE(m_shop->window()->currentPage(), QStringLiteral("alerts"));
        QVERIFY(alerts()->isWizardOpen());
        QVERIFY(wizard()->isVisible());
        QCOMPARE(wizard()->incidentId(), id);

        // Every step of the 97 playbook, with its kind, in the current language; nothing has run yet.
        for (const char *step : {"record", "verify-transaction", "check-ids", "check-routing", "re-sign-on", "restart",
                                 "check-versions", "escalate", "confirm-registration"})
            QVERIFY2(card(step), step);
        QCOMPARE(inCard<QLabel>("check-ids", "stepTitle")->text(), QStringLiteral("Check TID and MID"));
        QCOMPARE(inCard<QLabel>("check-ids", "stepKind")->text(), QStringLiteral("Automatic check"));
        QCOMPARE(inCard<QLabel>("re-sign-on", "stepKind")->text(), QStringLiteral("Automatic action"));
        QCOMPARE(inCard<QLabel>("restart", "stepKind")->text(), QStringLiteral("Manual confirmation"));
        QCOMPARE(inCard<QLabel>("escalate", "stepKind")->text(), QStringLiteral("Escalation"));
        QCOMPARE(wizard()->nextStep(), QStringLiteral("record"));

        // The automatic checks run on the real link without blocking the window: busy, buttons off, then evidence.
        auto *diagnose = wizard()->findChild<QPushButton *>(QStringLiteral("runDiagnosis"));
        QTest::mouseClick(diagnose, Qt::LeftButton);
        QVERIFY(wizard()->isBusy());
        QVERIFY(!diagnose->isEnabled());
        QVERIFY(wizard()->findChild<QProgressBar *>(QStringLiteral("busyIndicator"))->isVisible());
        QVERIFY(!inCard<QPushButton>("restart", "stepDone")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!wizard()->isBusy(), 30000);
        QVERIFY(diagnose->isEnabled());
        QVERIFY(!wizard()->findChild<QProgressBar *>(QStringLiteral("busyIndicator"))->isVisible());

        QCOMPARE(wizard()->outcomeOf(QStringLiteral("record")), QStringLiteral("passed"));
        QVERIFY2(shownEvidence("record").contains(QStringLiteral("TID 12345603")), qPrintable(shownEvidence("record")));
        QCOMPARE(wizard()->outcomeOf(QStringLiteral("check-ids")), QStringLiteral("passed"));
        QVERIFY2(shownEvidence("check-ids").contains(QStringLiteral("TID 12345603 has the right format")),
                 qPrintable(shownEvidence("check-ids")));
        QVERIFY(shownEvidence("check-ids").contains(QStringLiteral("MID 898310058120001")));
        QCOMPARE(shownOutcome("check-ids"), QStringLiteral("✓ Passed"));
        QCOMPARE(wizard()->outcomeOf(QStringLiteral("check-routing")), QStringLiteral("passed"));
        QVERIFY2(shownEvidence("check-routing").contains(QStringLiteral("answered the echo test")),
                 qPrintable(shownEvidence("check-routing")));
        QVERIFY(shownEvidence("check-routing").contains(QStringLiteral("TPDU")));
        // The host still does not know the terminal: the sign-on meets 97 and the incident stays open.
        QCOMPARE(wizard()->outcomeOf(QStringLiteral("re-sign-on")), QStringLiteral("failed"));
        QVERIFY2(shownEvidence("re-sign-on").contains(QStringLiteral("97")), qPrintable(shownEvidence("re-sign-on")));
        QCOMPARE(shownOutcome("re-sign-on"), QStringLiteral("✗ Failed"));
        QVERIFY(!wizard()->outcomeOf(QStringLiteral("check-versions")).isEmpty());
        QVERIFY(wizard()->outcomeOf(QStringLiteral("confirm-registration")).isEmpty()); // waits for the escalation
        QVERIFY(!wizard()->isResolved());
        QVERIFY(banner->isVisible());

        // The manual steps left, in order: the wizard points at each.
        QCOMPARE(wizard()->nextStep(), QStringLiteral("verify-transaction"));
        QVERIFY2(wizard()->statusText().contains(QStringLiteral("Next: Check the transaction details")),
                 qPrintable(wizard()->statusText()));
        QCOMPARE(shownOutcome("verify-transaction"), QStringLiteral("Next step"));
        confirmManualStep("verify-transaction", QStringLiteral("right terminal, 8.80"));
        QCOMPARE(wizard()->nextStep(), QStringLiteral("restart"));
        confirmManualStep("restart", QStringLiteral("restarted, still 97"));
        QCOMPARE(wizard()->nextStep(), QStringLiteral("escalate"));

        // The acquirer registers the terminal; the re-sign-on now succeeds and resolves the incident.
        QVERIFY(m_shop->host().writeRegistry({QString::fromLatin1(DemoFacts::kRegisteredTid),
                                              QString::fromLatin1(DemoFacts::kSuspendedTid),
                                              QString::fromLatin1(DemoFacts::kUnregisteredTid)}));
        click(inCard<QPushButton>("re-sign-on", "stepRun"));
        QVERIFY(wizard()->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!wizard()->isBusy(), 30000);
        QCOMPARE(wizard()->outcomeOf(QStringLiteral("re-sign-on")), QStringLiteral("passed"));
        QVERIFY2(shownEvidence("re-sign-on").contains(QStringLiteral("signed on")),
                 qPrintable(shownEvidence("re-sign-on")));
        QVERIFY(wizard()->isResolved());
        QVERIFY2(wizard()->statusText().startsWith(QStringLiteral("Resolved")), qPrintable(wizard()->statusText()));
        QCOMPARE(incident(id).state, IncidentState::Resolved);
        QVERIFY(!incident(id).cause.isEmpty());
        QVERIFY(!diagnose->isEnabled());
        QVERIFY(!wizard()->findChild<QPushButton *>(QStringLiteral("resolveIncident"))->isEnabled());
        QVERIFY(wizard()->nextStep().isEmpty());

        // The alert is gone everywhere: banner, badge, the list.
        QVERIFY(!banner->isVisible());
        QCOMPARE(m_shop->window()->openAlertCount(), 0);
        QCOMPARE(badge()->text(), QStringLiteral("No open alerts"));
        QTest::mouseClick(wizard()->findChild<QPushButton *>(QStringLiteral("backToAlerts")), Qt::LeftButton);
        QVERIFY(!alerts()->isWizardOpen());
        QCOMPARE(alerts()->selectedIncident(), id);
        QVERIFY2(alerts()->detailsText().contains(QStringLiteral("Resolved")), qPrintable(alerts()->detailsText()));

        // Card payments work again on that terminal.
        QVERIFY(m_shop->open(QStringLiteral("till")));
        QVERIFY(till()->selectTerminal(QString::fromLatin1(DemoFacts::kUnregisteredTid)));
        QVERIFY(till()->findChild<CardInput *>()->selectTestCard(QStringLiteral("unionpay-credit")));
        auto *amount = till()->findChild<QLineEdit *>(QStringLiteral("amount"));
        amount->clear();
        QTest::keyClicks(amount, QStringLiteral("8.80"));
        QTest::mouseClick(till()->findChild<QPushButton *>(QStringLiteral("payButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!till()->isBusy(), 20000);
        QVERIFY2(till()->resultText().startsWith(QStringLiteral("Approved")), qPrintable(till()->resultText()));
    }

    // From the Alerts page's own button: the escalation ticket in both languages, with the TID and no card data,
    // copied and saved; the follow-up date shown; the acquirer's confirmation then resolves it.
    void escalationWritesATicketWithoutCardData()
    {
        m_shop = std::make_unique<test::GuiShop>();
        QVERIFY(m_shop->start(/*resolveSeeded97=*/true));
        sellOnUnregisteredTerminal();
        const qint64 id = m_shop->window()->banner()->incidentId();

        QVERIFY(m_shop->open(QStringLiteral("alerts")));
        QVERIFY(alerts()->showIncident(id));
        QVERIFY(!alerts()->isWizardOpen());
        QTest::mouseClick(alerts()->findChild<QPushButton *>(QStringLiteral("startRemediation")), Qt::LeftButton);
        QVERIFY(alerts()->isWizardOpen());
        QCOMPARE(wizard()->incidentId(), id);

        confirmManualStep("verify-transaction", QStringLiteral("no mis-operation"));
        QVERIFY(!inCard<QWidget>("escalate", "ticketPreview")->isVisible());
        click(inCard<QPushButton>("escalate", "stepRun"));
        const QString ticket = wizard()->ticketText();
        QVERIFY(inCard<QPlainTextEdit>("escalate", "ticketPreview")->isVisible());
        QCOMPARE(inCard<QPlainTextEdit>("escalate", "ticketPreview")->toPlainText(), ticket);
        for (const char *needle :
             {DemoFacts::kUnregisteredTid, DemoFacts::kMid, "终端未登记", "Terminal not registered", "400-555-0197"})
            QVERIFY2(ticket.contains(QString::fromUtf8(needle)), needle);
        QVERIFY(!ticket.contains(QString::fromLatin1(kTestPan)));
        QVERIFY2(!QRegularExpression(QStringLiteral("\\d{16,19}")).match(ticket).hasMatch(), qPrintable(ticket));
        QCOMPARE(wizard()->outcomeOf(QStringLiteral("escalate")), QStringLiteral("done"));

        const Incident escalated = incident(id);
        QCOMPARE(escalated.state, IncidentState::Escalated);
        QVERIFY(escalated.followUpAt.has_value());
        const QString followUp =
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(*escalated.followUpAt), QLocale::ShortFormat);
        QVERIFY2(inCard<QLabel>("escalate", "ticketFollowUp")->text().contains(followUp),
                 qPrintable(inCard<QLabel>("escalate", "ticketFollowUp")->text()));
        QVERIFY(inCard<QLabel>("escalate", "ticketContact")->text().contains(QStringLiteral("400-555-0197")));
        QCOMPARE(wizard()->nextStep(), QStringLiteral("confirm-registration")); // waits for the acquirer now
        QCOMPARE(m_shop->window()->openAlertCount(), 1);                        // escalated is still open
        QVERIFY(m_shop->window()->banner()->isVisible());

        click(inCard<QPushButton>("escalate", "copyTicket"));
        QCOMPARE(QApplication::clipboard()->text(), ticket);
        const QString path = m_files.filePath(QStringLiteral("ticket.txt"));
        RemediationWizard::setNextSaveFileName(path);
        click(inCard<QPushButton>("escalate", "saveTicket"));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(saved.readAll()), ticket);
        QVERIFY(wizard()->statusText().contains(path));

        // The acquirer confirms the registration: the last step signs on and resolves.
        QVERIFY(m_shop->host().writeRegistry(
            {QString::fromLatin1(DemoFacts::kRegisteredTid), QString::fromLatin1(DemoFacts::kUnregisteredTid)}));
        click(inCard<QPushButton>("confirm-registration", "stepRun"));
        QTRY_VERIFY_WITH_TIMEOUT(!wizard()->isBusy(), 30000);
        QVERIFY2(wizard()->isResolved(), qPrintable(wizard()->statusText()));
        QVERIFY(incident(id).cause.contains(QStringLiteral("registered")));
        QVERIFY(!m_shop->window()->banner()->isVisible());
        QCOMPARE(m_shop->window()->openAlertCount(), 0);
    }

    // A person who may not handle incidents gets no way in, and the services refuse even if the wizard is reached:
    // the refusal is shown, nothing is recorded.
    void refusalsAreShown()
    {
        m_shop = std::make_unique<test::GuiShop>();
        QVERIFY(m_shop->start()); // the seeded open 97 on 12345603
        QVERIFY(m_shop->signIn(DemoUsers::kAccountant, DemoUsers::kAccountantPassword));
        QVERIFY(m_shop->open(QStringLiteral("alerts")));
        auto open = IncidentRepository(m_shop->session().db()).list(true);
        QVERIFY(open && !open->empty());
        const qint64 id = open->front().id;
        QVERIFY(alerts()->showIncident(id));
        QVERIFY(!alerts()->findChild<QPushButton *>(QStringLiteral("startRemediation"))->isVisible());
        QVERIFY(!alerts()->openWizard(id));
        m_shop->window()->openRemediation(id);
        QVERIFY(!alerts()->isWizardOpen());

        // Reached anyway (as a stale window could): the service says no, in words, and records nothing.
        wizard()->setActor(m_shop->window()->actor());
        QVERIFY(wizard()->openIncident(id));
        QMetaObject::invokeMethod(wizard()->findChild<QPushButton *>(QStringLiteral("runDiagnosis")), "click");
        QTRY_VERIFY(!wizard()->isBusy());
        QVERIFY2(wizard()->statusText().contains(QStringLiteral("which may not handle incidents")),
                 qPrintable(wizard()->statusText()));
        auto history = m_shop->session().remediation().history(m_shop->window()->actor(), id);
        QVERIFY(history && history->empty());
        QCOMPARE(incident(id).state, IncidentState::Open);
    }
};

QTEST_MAIN(TestGuiAlerts)
#include "tst_gui_alerts.moc"
