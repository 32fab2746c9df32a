#include "shell/ScreenshotTour.h"

#include "demo/DemoSeeder.h"
#include "enrollment/EnrollmentRecords.h"
#include "enrollment/EnrollmentService.h"
#include "pages/AlertsPage.h"
#include "pages/CardInput.h"
#include "pages/RemediationWizard.h"
#include "pages/ReportsPage.h"
#include "pages/SettlementPage.h"
#include "pages/TerminalsPage.h"
#include "pages/TillPage.h"
#include "pages/terminals/EnrolTerminalWizard.h"
#include "shell/AppController.h"
#include "shell/AppSession.h"
#include "shell/Language.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"
#include "shell/MessageBox.h"
#include "storage/IncidentRepository.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

namespace posdesk::desktop {

namespace {
constexpr int kPollMs = 100;
constexpr int kStepTimeoutMs = 30000;
constexpr int kSettleMs = 600; // lets charts and layouts finish before the picture is taken
} // namespace

ScreenshotTour::ScreenshotTour(AppController &controller, AppSession &session, Language &language, const QString &dir,
                               QObject *parent)
    : QObject(parent), m_controller(controller), m_session(session), m_language(language), m_dir(dir)
{
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        m_waitedMs += kPollMs;
        const Step &step = m_steps[m_index];
        const bool timedOut = m_waitedMs > kStepTimeoutMs;
        if (!timedOut && step.ready && !step.ready())
            return;
        m_poll.stop();
        if (timedOut) {
            qWarning("screenshot step %d timed out", int(m_index));
            m_ok = false;
        }
        QTimer::singleShot(kSettleMs, this, [this] {
            if (!m_steps[m_index].shot.isEmpty())
                capture(m_steps[m_index].shot);
            ++m_index;
            runStep();
        });
    });
}

void ScreenshotTour::start()
{
    m_dir.mkpath(QStringLiteral("."));
    addPass(QStringLiteral("en"));
    addPass(QStringLiteral("zh_CN"));
    runStep();
}

void ScreenshotTour::runStep()
{
    if (m_index >= m_steps.size()) {
        emit finished(m_ok);
        return;
    }
    m_waitedMs = 0;
    if (m_steps[m_index].act)
        m_steps[m_index].act();
    m_poll.start();
}

void ScreenshotTour::capture(const QString &name)
{
    LoginDialog *login = m_controller.loginDialog();
    QWidget *target = login && login->isVisible() ? static_cast<QWidget *>(login) : m_controller.mainWindow();
    const QString path = m_dir.filePath(name + QStringLiteral(".png"));
    if (target->grab().save(path))
        m_saved << path;
    else
        m_ok = false;
}

// Types into the real sign-in dialog, as a person would.
void ScreenshotTour::signIn(const QString &user, const QString &password)
{
    LoginDialog *login = m_controller.loginDialog();
    if (!login)
        return;
    login->findChild<QLineEdit *>(QStringLiteral("username"))->setText(user);
    login->findChild<QLineEdit *>(QStringLiteral("password"))->setText(password);
    login->findChild<QPushButton *>(QStringLiteral("signIn"))->click();
}

void ScreenshotTour::addPass(const QString &code)
{
    auto n = std::make_shared<int>(0);
    auto name = [code, n](const QString &what) {
        return QStringLiteral("%1-%2-%3").arg(code).arg(++*n, 2, 10, QLatin1Char('0')).arg(what);
    };
    MainWindow *window = m_controller.mainWindow();
    auto signedIn = [this, window] {
        return !m_controller.loginDialog() && window->isVisible();
    };
    auto atLogin = [this] {
        return m_controller.loginDialog() && m_controller.loginDialog()->isVisible();
    };
    auto show = [window](const QString &page) {
        return [window, page] {
            window->showPage(page);
        };
    };
    auto signInAs = [this](const char *user, const char *password) {
        return [this, user, password] {
            signIn(QString::fromLatin1(user), QString::fromLatin1(password));
        };
    };

    m_steps.push_back({[this, code] {
                           m_language.apply(code == u"en" ? Language::Choice::English : Language::Choice::Chinese);
                           if (m_controller.mainWindow()->isVisible())
                               m_controller.lock();
                       },
                       atLogin, name(QStringLiteral("sign-in"))});
    m_steps.push_back({signInAs(DemoUsers::kOwner, DemoUsers::kOwnerPassword), signedIn, QString()});
    // The owner's pages, in navigation order (the navigation itself is empty until someone signs in).
    for (const char *page : {"dashboard", "till", "shift", "terminals", "alerts", "settlement", "reports", "costs",
                             "scorecards", "devices", "users", "settings"})
        m_steps.push_back({show(QString::fromLatin1(page)), nullptr, name(QString::fromLatin1(page))});

    auto *till = qobject_cast<TillPage *>(window->page(QStringLiteral("till")));
    m_steps.push_back({[window, till] {
                           window->showPage(QStringLiteral("till"));
                           till->selectTerminal(QString::fromLatin1(DemoFacts::kRegisteredTid));
                           till->findChild<QLineEdit *>(QStringLiteral("amount"))->setText(QStringLiteral("88.00"));
                           till->findChild<CardInput *>()->selectTestCard(QStringLiteral("unionpay-credit"));
                           till->findChild<QPushButton *>(QStringLiteral("payButton"))->click();
                       },
                       [till] { return !till->isBusy(); }, name(QStringLiteral("till-approved"))});
    m_steps.push_back({[till] { till->selectTerminal(QString::fromLatin1(DemoFacts::kUnregisteredTid)); }, nullptr,
                       name(QStringLiteral("till-blocked"))});
    addTerminalSteps(code, name);
    // Settings' other tabs: the acquirer profiles (one selected, its fields in the form) and the merchants.
    auto *settings = window->page(QStringLiteral("settings"));
    m_steps.push_back({[window, settings] {
                           window->showPage(QStringLiteral("settings"));
                           auto *tabs = settings->findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
                           tabs->setCurrentIndex(1);
                           if (auto *table = settings->findChild<QTableWidget *>(QStringLiteral("acquirerTable")))
                               table->selectRow(0);
                       },
                       nullptr, name(QStringLiteral("settings-acquirers"))});
    m_steps.push_back({[settings] {
                           auto *tabs = settings->findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
                           tabs->setCurrentIndex(2);
                       },
                       nullptr, name(QStringLiteral("settings-merchants"))});
    m_steps.push_back(
        {[settings] { settings->findChild<QTabWidget *>(QStringLiteral("settingsTabs"))->setCurrentIndex(0); }, nullptr,
         QString()});

    // The wizard mid-way: the automatic checks have run on the real host link (evidence shown), the manual step
    // that comes next is highlighted.
    auto *alerts = qobject_cast<AlertsPage *>(window->page(QStringLiteral("alerts")));
    m_steps.push_back({[this, window, alerts] {
                           auto open = IncidentRepository(m_session.db()).list(true);
                           if (!open || open->empty())
                               return;
                           window->openRemediation(open->front().id);
                           if (alerts->isWizardOpen())
                               alerts->wizard()->findChild<QPushButton *>(QStringLiteral("runDiagnosis"))->click();
                       },
                       [alerts] { return !alerts->wizard()->isBusy(); }, name(QStringLiteral("alerts-remediation"))});

    auto *settlement = qobject_cast<SettlementPage *>(window->page(QStringLiteral("settlement")));
    m_steps.push_back({[window, settlement] {
                           window->showPage(QStringLiteral("settlement"));
                           settlement->selectTerminal(QString::fromLatin1(DemoFacts::kRegisteredTid));
                           MessageBox::setNextAnswer(MessageBox::Answer::Confirm);
                           settlement->settleSelected();
                       },
                       [settlement] { return !settlement->isSettling(); }, name(QStringLiteral("settlement-done"))});

    auto *reports = qobject_cast<ReportsPage *>(window->page(QStringLiteral("reports")));
    m_steps.push_back({[window, reports, code] {
                           window->showPage(QStringLiteral("reports"));
                           auto *format = reports->findChild<QComboBox *>(QStringLiteral("format"));
                           format->setCurrentIndex(format->findData(QStringLiteral("xlsx")));
                           const QString file = QDir::temp().filePath(QStringLiteral("posdesk-tour-%1.xlsx").arg(code));
                           QFile::remove(file); // an earlier tour's
                           reports->findChild<QLineEdit *>(QStringLiteral("outputPath"))->setText(file);
                           reports->startExport();
                       },
                       [reports] { return !reports->isExporting(); }, name(QStringLiteral("reports-done"))});

    // The other roles see fewer pages: the pictures show what a cashier and an accountant get.
    m_steps.push_back({[this] { m_controller.lock(); }, atLogin, name(QStringLiteral("locked"))});
    m_steps.push_back({signInAs(DemoUsers::kCashier, DemoUsers::kCashierPassword), signedIn, QString()});
    m_steps.push_back({show(QStringLiteral("till")), nullptr, name(QStringLiteral("cashier-till"))});
    m_steps.push_back({show(QStringLiteral("shift")), nullptr, name(QStringLiteral("cashier-shift"))});
    m_steps.push_back({[this] { m_controller.lock(); }, atLogin, QString()});
    m_steps.push_back({signInAs(DemoUsers::kAccountant, DemoUsers::kAccountantPassword), signedIn, QString()});
    m_steps.push_back({show(QStringLiteral("alerts")), nullptr, name(QStringLiteral("accountant-alerts"))});
}

void ScreenshotTour::addTerminalSteps(const QString &code, const std::function<QString(const QString &)> &name)
{
    MainWindow *window = m_controller.mainWindow();
    auto *terminals = qobject_cast<TerminalsPage *>(window->page(QStringLiteral("terminals")));
    if (!terminals)
        return;
    // A new terminal per pass: the English pass enrols 12345604, the Chinese one 12345605.
    const QString tid = code == u"en" ? QStringLiteral("12345604") : QStringLiteral("12345605");
    auto wizard = std::make_shared<QPointer<EnrolTerminalWizard>>();
    m_steps.push_back({[window, terminals, wizard, tid] {
                           window->showPage(QStringLiteral("terminals"));
                           *wizard = terminals->openEnrolWizard();
                           EnrolTerminalWizard *w = *wizard;
                           w->next();
                           auto set = [w](const char *field, const QString &text) {
                               w->findChild<QLineEdit *>(QLatin1String(field))->setText(text);
                           };
                           set("enrolTid", tid);
                           w->next();
                           set("enrolSerial", QStringLiteral("SN-A920-0604"));
                           set("enrolBrand", QStringLiteral("PAX"));
                           set("enrolModel", QStringLiteral("A920"));
                           set("enrolLocation", QStringLiteral("收银台 3 号"));
                           w->next();
                       },
                       nullptr, QString()});
    // The wizard is a window of its own: grabbed here rather than by capture().
    const QString wizardShot = name(QStringLiteral("terminals-enrol"));
    m_steps.push_back({[this, wizard, wizardShot] {
                           if (!*wizard)
                               return;
                           const QString path = m_dir.filePath(wizardShot + QStringLiteral(".png"));
                           if ((*wizard)->grab().save(path))
                               m_saved << path;
                           (*wizard)->button(QWizard::FinishButton)->click();
                       },
                       [wizard] { return wizard->isNull(); }, QString()});
    // Some history to show: two moves, a document, costs, one overdue and one coming maintenance item.
    m_steps.push_back(
        {[this, window, terminals, tid] {
             const Actor &owner = window->actor();
             EnrollmentService enrolment(m_session.db(), m_session.clock());
             (void)enrolment.changeState(owner, tid, TerminalState::DocumentsSubmitted,
                                         QStringLiteral("application form 2026-118"));
             (void)enrolment.changeState(owner, tid, TerminalState::Approved,
                                         QStringLiteral("approval letter received"));
             EnrollmentRecords records(m_session.db(), m_session.clock(), m_session.dataFolder());
             const QString file = m_dir.filePath(QStringLiteral("licence-%1.pdf").arg(tid));
             QFile out(file);
             if (out.open(QIODevice::WriteOnly))
                 out.write("%PDF-1.4 demo business licence");
             out.close();
             (void)records.addDocument(owner, tid, QStringLiteral("business-licence"), QStringLiteral("accepted"), file,
                                       QString());
             QFile::remove(file);
             (void)records.addDocument(owner, tid, QStringLiteral("installation-form"), QStringLiteral("missing"),
                                       QString(), QString());
             const QDate today = m_session.clock().nowUtc().toLocalTime().date();
             (void)records.addCost(owner, tid, QStringLiteral("device"), Money::cny(168000), today,
                                   QStringLiteral("PAX A920"));
             (void)records.addCost(owner, tid, QStringLiteral("installation"), Money::cny(20000), today, QString());
             (void)records.addCost(owner, tid, QStringLiteral("training"), Money::cny(5000), today, QString());
             (void)records.scheduleMaintenance(owner, tid, QStringLiteral("software-update"), today.addDays(-2),
                                               QStringLiteral("v2.3.1"));
             (void)records.scheduleMaintenance(owner, tid, QStringLiteral("inspection"), today.addDays(30), QString());
             terminals->refresh();
             terminals->selectTerminal(tid);
             terminals->tabs()->setCurrentIndex(1);
         },
         nullptr, name(QStringLiteral("terminals-lifecycle"))});
    const char *tabs[] = {"terminals-documents", "terminals-costs", "terminals-maintenance", "terminals-details"};
    const int indexes[] = {2, 3, 4, 0};
    for (int i = 0; i < 4; ++i) {
        m_steps.push_back({[terminals, index = indexes[i]] { terminals->tabs()->setCurrentIndex(index); }, nullptr,
                           name(QString::fromLatin1(tabs[i]))});
    }
    // A move the lifecycle does not allow: refused, with the reason on screen.
    m_steps.push_back({[terminals] {
                           terminals->selectTerminal(QString::fromLatin1(DemoFacts::kUnregisteredTid));
                           terminals->tabs()->setCurrentIndex(1);
                           auto *other = terminals->findChild<QComboBox *>(QStringLiteral("otherState"));
                           other->setCurrentIndex(other->findData(QStringLiteral("active")));
                           terminals->findChild<QPushButton *>(QStringLiteral("otherMove"))->click();
                       },
                       nullptr, name(QStringLiteral("terminals-refused"))});
}

} // namespace posdesk::desktop
