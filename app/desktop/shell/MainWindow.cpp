#include "shell/MainWindow.h"

#include "acquirer/AcquirerService.h"
#include "acquirer/ReversalWorker.h"
#include "manager/DeviceManager.h"
#include "pages/AlertsPage.h"
#include "pages/CostsPage.h"
#include "pages/DashboardPage.h"
#include "pages/DevicesPage.h"
#include "pages/ReportsPage.h"
#include "pages/ScorecardsPage.h"
#include "pages/SettingsPage.h"
#include "pages/SettlementPage.h"
#include "pages/ShiftPage.h"
#include "pages/TerminalsPage.h"
#include "pages/TillPage.h"
#include "pages/UsersPage.h"
#include "remediation/IncidentRecorder.h"
#include "remediation/RemediationService.h"
#include "security/Permissions.h"
#include "shell/AlertBanner.h"
#include "shell/AppSession.h"
#include "shell/CardBlock.h"
#include "shell/DemoSimulators.h"
#include "shell/HostLinkMonitor.h"
#include "storage/IncidentRepository.h"

#include <QApplication>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QVBoxLayout>

namespace posdesk::desktop {

namespace {

// Which permission opens which page: the navigation follows the same matrix the core services enforce.
// Settings (language) is for everyone.
std::optional<Permission> permissionFor(const QString &page)
{
    static const QHash<QString, Permission> kNeeds{
        {QStringLiteral("dashboard"), Permission::ViewAllTransactions},
        {QStringLiteral("till"), Permission::Sell},
        {QStringLiteral("shift"), Permission::ViewOwnShift},
        {QStringLiteral("terminals"), Permission::ManageTerminals},
        {QStringLiteral("alerts"), Permission::ReadIncidents},
        {QStringLiteral("settlement"), Permission::Settle},
        {QStringLiteral("reports"), Permission::Export},
        {QStringLiteral("costs"), Permission::Reports},
        {QStringLiteral("scorecards"), Permission::ManageAcquirers},
        {QStringLiteral("devices"), Permission::ChangeSettings},
        {QStringLiteral("users"), Permission::ManageUsers},
    };
    auto it = kNeeds.find(page);
    if (it == kNeeds.end())
        return std::nullopt;
    return *it;
}

} // namespace

MainWindow::MainWindow(AppSession &session, Language &language, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_language(language)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(style()->standardIcon(QStyle::SP_ComputerIcon));
    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    m_banner = new AlertBanner(central);
    outer->addWidget(m_banner);
    auto *body = new QHBoxLayout;
    body->setSpacing(0);
    m_nav = new QListWidget(central);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFixedWidth(190);
    m_nav->setStyleSheet(
        QStringLiteral("QListWidget { background: #24303f; color: #e8edf2; border: none; "
                       "font-size: 15px; outline: 0; } QListWidget::item { padding: 10px 14px; border: 0; } "
                       "QListWidget::item:selected { background: #3b82c4; color: white; }"));
    m_pages = new QStackedWidget(central);
    body->addWidget(m_nav);
    body->addWidget(m_pages, 1);
    outer->addLayout(body, 1);
    setCentralWidget(central);

    m_hostLink = new HostLinkMonitor(session.db(), this);

    addPage(new DashboardPage(session, this), QStringLiteral("dashboard"));
    auto *till = new TillPage(session, *m_hostLink, this);
    addPage(till, QStringLiteral("till"));
    addPage(new ShiftPage(session, this), QStringLiteral("shift"));
    addPage(new TerminalsPage(session, this), QStringLiteral("terminals"));
    auto *alerts = new AlertsPage(session, this);
    addPage(alerts, QStringLiteral("alerts"));
    addPage(new SettlementPage(session, this), QStringLiteral("settlement"));
    addPage(new ReportsPage(session, this), QStringLiteral("reports"));
    addPage(new CostsPage(session, this), QStringLiteral("costs"));
    addPage(new ScorecardsPage(session, this), QStringLiteral("scorecards"));
    addPage(new DevicesPage(session, this), QStringLiteral("devices"));
    addPage(new UsersPage(session, this), QStringLiteral("users"));
    auto *settings = new SettingsPage(session, language, this);
    addPage(settings, QStringLiteral("settings"));
    connect(settings, &SettingsPage::idleLockChanged, this, &MainWindow::idleLockChanged);
    connect(alerts, &AlertsPage::remediationRequested, this, &MainWindow::openRemediation);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        if (Page *p = page(m_nav->item(row)->data(Qt::UserRole).toString()))
            m_pages->setCurrentWidget(p);
    });
    connect(m_banner, &AlertBanner::remediationRequested, this, &MainWindow::openRemediation);
    connect(&session.incidents(), &IncidentRecorder::incidentOpened, this,
            [this](qint64 id, const QString &, const QString &) { onIncidentOpened(id); });
    connect(&session.acquirer(), &AcquirerService::incidentRaised, this, &MainWindow::onIncidentOpened);
    connect(&session.remediation(), &RemediationService::incidentChanged, this, &MainWindow::onIncidentChanged);
    connect(m_hostLink, &HostLinkMonitor::changed, this, &MainWindow::refreshStatus);
    // The link is back: what waits in the reversal queue goes now, not at the next tick.
    connect(m_hostLink, &HostLinkMonitor::changed, this, [this, &session] {
        if (m_hostLink->overall() == HostLinkMonitor::State::Reachable)
            session.reversalWorker().kick();
    });

    m_hostLabel = new QLabel(this);
    m_hostLabel->setObjectName(QStringLiteral("hostStatus"));
    m_printerLabel = new QLabel(this);
    m_printerLabel->setObjectName(QStringLiteral("printerStatus"));
    m_readerLabel = new QLabel(this);
    m_readerLabel->setObjectName(QStringLiteral("readerStatus"));
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userStatus"));
    m_lockButton = new QPushButton(this);
    m_lockButton->setObjectName(QStringLiteral("lockButton"));
    m_lockButton->setFlat(true);
    m_switchButton = new QPushButton(this);
    m_switchButton->setObjectName(QStringLiteral("switchUserButton"));
    m_switchButton->setFlat(true);
    m_aboutButton = new QPushButton(this);
    m_aboutButton->setObjectName(QStringLiteral("aboutButton"));
    m_aboutButton->setFlat(true);
    m_alertBadge = new QPushButton(this);
    m_alertBadge->setObjectName(QStringLiteral("alertBadge"));
    m_alertBadge->setFlat(true);
    for (QLabel *l : {m_hostLabel, m_printerLabel, m_readerLabel})
        l->setStyleSheet(QStringLiteral("padding: 0 8px;"));
    statusBar()->addWidget(m_hostLabel);
    statusBar()->addWidget(m_printerLabel);
    statusBar()->addWidget(m_readerLabel);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_aboutButton);
    statusBar()->addPermanentWidget(m_switchButton);
    statusBar()->addPermanentWidget(m_lockButton);
    statusBar()->addPermanentWidget(m_alertBadge);
    connect(m_lockButton, &QPushButton::clicked, this, &MainWindow::lockRequested);
    connect(m_switchButton, &QPushButton::clicked, this, &MainWindow::switchUserRequested);
    QWidget::setTabOrder(m_switchButton, m_lockButton); // as they stand in the status bar
    // From the keyboard too, wherever the focus is in the window.
    auto *lockKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this);
    connect(lockKey, &QShortcut::activated, this, &MainWindow::lockRequested);
    auto *switchKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), this);
    connect(switchKey, &QShortcut::activated, this, &MainWindow::switchUserRequested);
    // The big buttons of the till show where the keyboard is (a ring a cashier sees from a step away).
    m_pages->setStyleSheet(QStringLiteral("QPushButton#payButton:focus, QPushButton#chipPayButton:focus { border: "
                                          "3px solid #f59e0b; }"));
    connect(m_aboutButton, &QPushButton::clicked, this, &MainWindow::showAbout);
    connect(m_alertBadge, &QPushButton::clicked, this, [this] { showPage(QStringLiteral("alerts")); });
    if (DemoSimulators *sims = session.simulators())
        connect(sims, &DemoSimulators::simulatorStopped, this, [this] {
            refreshDevices();
            m_hostLink->probeNow();
        });

    connect(&session.devices(), &DeviceManager::statusChanged, this, &MainWindow::refreshDevices);

    // Incidents may be resolved elsewhere (another till, the CLI): the badge catches up now and then.
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, &MainWindow::refreshStatus);
    poll->start(30000);

    setUpTray();
    m_hostLink->start();
    retranslate();
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Page *page, const QString &name)
{
    page->setObjectName(name);
    m_pages->addWidget(page);
}

Page *MainWindow::page(const QString &name) const
{
    for (int i = 0; i < m_pages->count(); ++i) {
        if (m_pages->widget(i)->objectName() == name)
            return static_cast<Page *>(m_pages->widget(i));
    }
    return nullptr;
}

void MainWindow::setActor(const Actor &actor)
{
    m_actor = actor;
    const QString current = currentPage();
    for (int i = 0; i < m_pages->count(); ++i)
        static_cast<Page *>(m_pages->widget(i))->setActor(actor);
    m_banner->setCanRemediate(allowed(actor, Permission::ManageIncidents));
    m_banner->hide();
    retranslate();
    if (!showPage(current) && m_nav->count() > 0)
        m_nav->setCurrentRow(0);
    showBlockingIncidents();
}

void MainWindow::retranslate()
{
    setWindowTitle(m_session.isDemo() ? tr("PosDesk — demo shop") : tr("PosDesk"));
    const QString current = currentPage();
    {
        const QSignalBlocker block(m_nav);
        m_nav->clear();
        for (int i = 0; i < m_pages->count(); ++i) {
            auto *p = static_cast<Page *>(m_pages->widget(i));
            const auto needs = permissionFor(p->objectName());
            if (m_actor.name.isEmpty() || (needs && !allowed(m_actor, *needs)))
                continue;
            auto *item = new QListWidgetItem(p->title(), m_nav);
            item->setData(Qt::UserRole, p->objectName());
        }
    }
    showPage(current);
    m_aboutButton->setText(tr("About"));
    m_aboutButton->setToolTip(tr("Version, and what this software is and is not certified for."));
    m_lockButton->setText(tr("Lock"));
    m_lockButton->setToolTip(tr("Lock the screen now; sign in again to continue (Ctrl+L)."));
    m_switchButton->setText(tr("Switch user"));
    m_switchButton->setToolTip(tr("Let someone else sign in on this till (Ctrl+Shift+L)."));
    if (m_tray)
        m_tray->setToolTip(windowTitle());
    refreshStatus();
    refreshDevices();
}

void MainWindow::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(e);
}

bool MainWindow::showPage(const QString &name)
{
    for (int i = 0; i < m_nav->count(); ++i) {
        if (m_nav->item(i)->data(Qt::UserRole).toString() == name) {
            m_nav->setCurrentRow(i);
            if (Page *p = page(name))
                m_pages->setCurrentWidget(p);
            return true;
        }
    }
    return false;
}

QString MainWindow::currentPage() const
{
    QListWidgetItem *item = m_nav->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QStringList MainWindow::pageNames() const
{
    QStringList names;
    for (int i = 0; i < m_nav->count(); ++i)
        names << m_nav->item(i)->data(Qt::UserRole).toString();
    return names;
}

void MainWindow::refreshStatus()
{
    m_hostLabel->setText(m_hostLink->describe());
    m_hostLabel->setStyleSheet(m_hostLink->overall() == HostLinkMonitor::State::Unreachable
                                   ? QStringLiteral("padding: 0 8px; color: #b91c1c; font-weight: bold;")
                                   : QStringLiteral("padding: 0 8px;"));
    if (!m_actor.name.isEmpty()) {
        const QString role = m_actor.role ? displayName(*m_actor.role) : tr("administrator");
        m_userLabel->setText(tr("Signed in: %1 (%2)").arg(m_actor.name, role));
    } else {
        m_userLabel->clear();
    }
    auto open = IncidentRepository(m_session.db()).list(true);
    m_openAlerts = open ? int(open->size()) : 0;
    m_alertBadge->setText(m_openAlerts > 0 ? tr("⚠ %n open alert(s)", nullptr, m_openAlerts) : tr("No open alerts"));
    m_alertBadge->setStyleSheet(m_openAlerts > 0 ? QStringLiteral("color: #b91c1c; font-weight: bold; padding: 0 8px;")
                                                 : QStringLiteral("color: #15803d; padding: 0 8px;"));
}

void MainWindow::showAbout()
{
    // Not modal: it can stay open beside the till, and a test can read it.
    auto *box = new QMessageBox(QMessageBox::Information, tr("About PosDesk"), QString(), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setText(tr("PosDesk %1: the back office and PC till of a shop that takes bank cards.")
                     .arg(QStringLiteral(POSDESK_VERSION)));
    box->setInformativeText(
        tr("Chip cards are read by PosDesk's own terminal application for UnionPay (PBOC) chip cards. It is not a "
           "certified EMV kernel. Before real cards are taken, a deployment needs an EMV Level 1 approved card "
           "reader, EMV Level 2 and UnionPay approval of the chip application, a PCI PTS approved PIN pad with its "
           "keys injected under dual control, and the acquirer's acceptance tests.\n\nIn demo mode the bank, the "
           "cards, the PIN pad and every key are simulated test data."));
    box->addButton(tr("Close"), QMessageBox::AcceptRole);
    box->open();
}

void MainWindow::refreshDevices()
{
    // The live state of the first enabled printer and reader configured under Devices.
    DeviceManager &devices = m_session.devices();
    std::optional<DeviceStatus> printer;
    std::optional<DeviceStatus> reader;
    if (auto list = devices.store().list()) {
        for (const DeviceConfig &d : *list) {
            if (d.kind == DeviceKind::PinPad)
                continue; // the PIN pad's state shows in the till when a card asks for a PIN
            auto &slot = d.kind == DeviceKind::Printer ? printer : reader;
            if (d.enabled && !slot)
                slot = devices.status(d.id);
        }
    }
    auto showDevice = [](QLabel *label, const std::optional<DeviceStatus> &s, const QString &text) {
        const bool bad = s && (s->health == DeviceHealth::NotReady || s->health == DeviceHealth::Disconnected);
        label->setText(text);
        label->setToolTip(s ? s->problems.join(u'\n') : QString());
        label->setStyleSheet(bad ? QStringLiteral("padding: 0 8px; color: #b91c1c; font-weight: bold;")
                                 : QStringLiteral("padding: 0 8px;"));
    };
    showDevice(m_printerLabel, printer,
               printer ? tr("Printer: %1 (%2)").arg(printer->name, DevicesPage::healthText(printer->health))
                       : tr("Printer: not set up"));
    showDevice(m_readerLabel, reader,
               reader ? tr("Reader: %1 (%2)").arg(reader->name, DevicesPage::healthText(reader->health))
                      : tr("Reader: keyboard / test cards"));
}

void MainWindow::onIncidentOpened(qint64 incidentId)
{
    auto incident = IncidentRepository(m_session.db()).findById(incidentId);
    refreshStatus();
    if (!incident)
        return;
    m_banner->showIncident(*incident, std::max(0, m_openAlerts - 1));
    if (m_tray) {
        m_trayIncident = incidentId;
        m_tray->showMessage(tr("PosDesk alert on terminal %1").arg(incident->tid), m_banner->text(),
                            QSystemTrayIcon::Critical, 15000);
    }
}

void MainWindow::showBlockingIncidents()
{
    auto open = IncidentRepository(m_session.db()).list(true);
    if (!open)
        return;
    // Newest first from the repository: the banner names the most recent one that stops card payments.
    for (const Incident &i : *open) {
        if (blocksCardPayments(i.code)) {
            m_banner->showIncident(i, int(open->size()) - 1);
            return;
        }
    }
}

void MainWindow::setUpTray()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(windowIcon(), this);
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        showNormal();
        raise();
        activateWindow();
        if (m_trayIncident > 0)
            openRemediation(m_trayIncident);
    });
    m_tray->show();
}

void MainWindow::openRemediation(qint64 incidentId)
{
    if (!showPage(QStringLiteral("alerts")))
        return;
    if (auto *alerts = qobject_cast<AlertsPage *>(page(QStringLiteral("alerts")))) {
        alerts->showIncident(incidentId);
        alerts->openWizard(incidentId);
    }
}

void MainWindow::onIncidentChanged(qint64 incidentId)
{
    refreshStatus();
    // A resolved incident takes its banner away; another one that still blocks card payments takes its place.
    auto incident = IncidentRepository(m_session.db()).findById(incidentId);
    if (m_banner->incidentId() == incidentId && incident && incident->state == IncidentState::Resolved) {
        m_banner->hide();
        showBlockingIncidents();
    }
}

} // namespace posdesk::desktop
