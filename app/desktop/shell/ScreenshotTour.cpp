#include "shell/ScreenshotTour.h"

#include "demo/DemoSeeder.h"
#include "pages/AlertsPage.h"
#include "pages/CardInput.h"
#include "pages/SettlementPage.h"
#include "pages/TillPage.h"
#include "shell/AppController.h"
#include "shell/AppSession.h"
#include "shell/Language.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"
#include "shell/MessageBox.h"
#include "storage/IncidentRepository.h"

#include <QLineEdit>
#include <QPushButton>

namespace posdesk::desktop {

namespace {
constexpr int kPollMs = 100;
constexpr int kStepTimeoutMs = 30000;
constexpr int kSettleMs = 600; // lets charts and layouts finish before the picture is taken
} // namespace

ScreenshotTour::ScreenshotTour(AppController &controller, AppSession &session, Language &language,
                               const QString &dir, QObject *parent)
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
    auto signedIn = [this, window] { return !m_controller.loginDialog() && window->isVisible(); };
    auto atLogin = [this] { return m_controller.loginDialog() && m_controller.loginDialog()->isVisible(); };
    auto show = [window](const QString &page) { return [window, page] { window->showPage(page); }; };
    auto signInAs = [this](const char *user, const char *password) {
        return [this, user, password] { signIn(QString::fromLatin1(user), QString::fromLatin1(password)); };
    };

    m_steps.push_back({[this, code] {
                           m_language.apply(code == u"en" ? Language::Choice::English : Language::Choice::Chinese);
                           if (m_controller.mainWindow()->isVisible())
                               m_controller.lock();
                       },
                       atLogin, name(QStringLiteral("sign-in"))});
    m_steps.push_back({signInAs(DemoUsers::kOwner, DemoUsers::kOwnerPassword), signedIn, QString()});
    // The owner's pages, in navigation order (the navigation itself is empty until someone signs in).
    for (const char *page : {"dashboard", "till", "shift", "terminals", "alerts", "settlement", "settings"})
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

    m_steps.push_back({[this, window] {
                           auto open = IncidentRepository(m_session.db()).list(true);
                           if (open && !open->empty())
                               window->openRemediation(open->front().id);
                       },
                       nullptr, name(QStringLiteral("alerts-remediation"))});

    auto *settlement = qobject_cast<SettlementPage *>(window->page(QStringLiteral("settlement")));
    m_steps.push_back({[window, settlement] {
                           window->showPage(QStringLiteral("settlement"));
                           settlement->selectTerminal(QString::fromLatin1(DemoFacts::kRegisteredTid));
                           MessageBox::setNextAnswer(MessageBox::Answer::Confirm);
                           settlement->settleSelected();
                       },
                       [settlement] { return !settlement->isSettling(); }, name(QStringLiteral("settlement-done"))});

    // The other roles see fewer pages: the pictures show what a cashier and an accountant get.
    m_steps.push_back({[this] { m_controller.lock(); }, atLogin, name(QStringLiteral("locked"))});
    m_steps.push_back({signInAs(DemoUsers::kCashier, DemoUsers::kCashierPassword), signedIn, QString()});
    m_steps.push_back({show(QStringLiteral("till")), nullptr, name(QStringLiteral("cashier-till"))});
    m_steps.push_back({show(QStringLiteral("shift")), nullptr, name(QStringLiteral("cashier-shift"))});
    m_steps.push_back({[this] { m_controller.lock(); }, atLogin, QString()});
    m_steps.push_back({signInAs(DemoUsers::kAccountant, DemoUsers::kAccountantPassword), signedIn, QString()});
    m_steps.push_back({show(QStringLiteral("alerts")), nullptr, name(QStringLiteral("accountant-alerts"))});
}

} // namespace posdesk::desktop
