#include "shell/MainWindow.h"

#include "pages/AlertsPage.h"
#include "pages/DashboardPage.h"
#include "pages/TerminalsPage.h"
#include "shell/AppSession.h"
#include "storage/IncidentRepository.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>

namespace posdesk::desktop {

MainWindow::MainWindow(AppSession &session, QWidget *parent) : QMainWindow(parent), m_session(session)
{
    setWindowTitle(session.isDemo() ? tr("PosDesk — demo shop") : tr("PosDesk"));
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_nav = new QListWidget(central);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFixedWidth(180);
    m_nav->setStyleSheet(QStringLiteral("QListWidget { background: #24303f; color: #e8edf2; border: none; "
                                        "font-size: 15px; } QListWidget::item { padding: 10px 14px; } "
                                        "QListWidget::item:selected { background: #3b82c4; color: white; }"));
    m_pages = new QStackedWidget(central);
    layout->addWidget(m_nav);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    addPage(new DashboardPage(session, this), QStringLiteral("dashboard"), tr("Dashboard"));
    addPage(new TerminalsPage(session, this), QStringLiteral("terminals"), tr("Terminals"));
    addPage(new AlertsPage(session, this), QStringLiteral("alerts"), tr("Alerts"));
    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_nav->setCurrentRow(0);

    m_dbLabel = new QLabel(this);
    m_alertLabel = new QLabel(this);
    m_alertLabel->setObjectName(QStringLiteral("alertBadge"));
    statusBar()->addWidget(m_dbLabel, 1);
    statusBar()->addPermanentWidget(m_alertLabel);
    refreshStatus();
    resize(1200, 760);
}

void MainWindow::addPage(QWidget *page, const QString &name, const QString &title)
{
    page->setObjectName(name);
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(title, m_nav);
    item->setData(Qt::UserRole, name);
}

bool MainWindow::showPage(const QString &name)
{
    for (int i = 0; i < m_nav->count(); ++i) {
        if (m_nav->item(i)->data(Qt::UserRole).toString() == name) {
            m_nav->setCurrentRow(i);
            return true;
        }
    }
    return false;
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
    m_dbLabel->setText(tr("Data: %1").arg(m_session.db().config().describe()));
    auto open = IncidentRepository(m_session.db()).list(true);
    const int count = open ? int(open->size()) : 0;
    m_alertLabel->setText(count > 0 ? tr("⚠ %n open alert(s)", nullptr, count) : tr("No open alerts"));
    m_alertLabel->setStyleSheet(count > 0 ? QStringLiteral("color: #b91c1c; font-weight: bold; padding: 0 8px;")
                                          : QStringLiteral("color: #15803d; padding: 0 8px;"));
}

} // namespace posdesk::desktop
