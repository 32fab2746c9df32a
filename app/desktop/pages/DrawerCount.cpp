#include "pages/DrawerCount.h"

#include "counter/ShiftService.h"
#include "manager/DeviceManager.h"
#include "pages/Page.h"
#include "printing/PrintQueue.h"
#include "printing/Slips.h"
#include "security/Permissions.h"
#include "shell/AppSession.h"
#include "storage/TerminalRepository.h"

#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

namespace posdesk::desktop {

namespace {

QString money(std::int64_t fen)
{
    return Money::cny(fen).toDisplayString(QLocale());
}

QString when(TimeMs ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

} // namespace

DrawerCount::DrawerCount(AppSession &session, QWidget *parent) : QGroupBox(parent), m_session(session)
{
    setObjectName(QStringLiteral("drawerCount"));
    auto *grid = new QGridLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("shiftStatus"));
    m_status->setWordWrap(true);
    m_floatLabel = new QLabel(this);
    m_float = new QLineEdit(this);
    m_float->setObjectName(QStringLiteral("shiftFloat"));
    m_float->setPlaceholderText(QStringLiteral("0.00"));
    m_floatLabel->setBuddy(m_float);
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("openShift"));
    m_countedLabel = new QLabel(this);
    m_counted = new QLineEdit(this);
    m_counted->setObjectName(QStringLiteral("shiftCounted"));
    m_counted->setPlaceholderText(QStringLiteral("0.00"));
    m_countedLabel->setBuddy(m_counted);
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("closeShift"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("shiftResult"));
    m_result->setWordWrap(true);
    m_result->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: bold;"));
    m_allHeading = new QLabel(this);
    m_all = Page::listTable(this, QStringLiteral("allShifts"), 6);
    m_all->setMinimumHeight(120);
    m_all->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    grid->addWidget(m_status, 0, 0, 1, 3);
    grid->addWidget(m_floatLabel, 1, 0);
    grid->addWidget(m_float, 1, 1);
    grid->addWidget(m_open, 1, 2);
    grid->addWidget(m_countedLabel, 2, 0);
    grid->addWidget(m_counted, 2, 1);
    grid->addWidget(m_close, 2, 2);
    grid->addWidget(m_result, 3, 0, 1, 3);
    grid->addWidget(m_allHeading, 4, 0, 1, 3);
    grid->addWidget(m_all, 5, 0, 1, 3);
    connect(m_open, &QPushButton::clicked, this, &DrawerCount::openShift);
    connect(m_close, &QPushButton::clicked, this, &DrawerCount::closeShift);
    connect(m_counted, &QLineEdit::returnPressed, this, &DrawerCount::closeShift);
    retranslate();
}

void DrawerCount::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(e);
}

void DrawerCount::retranslate()
{
    setTitle(tr("Cash drawer"));
    m_floatLabel->setText(tr("&Float (¥):"));
    m_open->setText(tr("Open my shift"));
    m_countedLabel->setText(tr("&Counted cash (¥):"));
    m_close->setText(tr("Close my shift"));
    m_allHeading->setText(tr("Every shift's drawer count"));
    m_all->setHorizontalHeaderLabels(
        {tr("Cashier"), tr("Opened"), tr("Closed"), tr("Expected"), tr("Counted"), tr("Difference")});
    refresh();
}

void DrawerCount::setActor(const Actor &actor)
{
    m_actor = actor;
    m_result->clear();
    const bool owner = allowed(actor, Permission::ViewAllTransactions);
    m_allHeading->setVisible(owner);
    m_all->setVisible(owner);
    refresh();
}

QString DrawerCount::statusText() const
{
    return m_status->text() + u'\n' + m_result->text();
}

void DrawerCount::refresh()
{
    if (m_actor.isNobody())
        return;
    ShiftService shifts(m_session.db(), m_session.clock());
    auto current = shifts.current(m_actor);
    const bool open = current && current->has_value();
    if (open) {
        const Shift &s = **current;
        m_status->setText(tr("Shift open since %1 with a float of %2. Cash sales %3 (%n sale(s)), cash refunds %4: "
                             "the drawer should hold %5.",
                             nullptr, s.cashSaleCount)
                              .arg(when(s.openedAt), money(s.floatMinor), money(s.cashSalesMinor),
                                   money(s.cashRefundsMinor), money(s.expectedMinor)));
    } else {
        m_status->setText(current ? tr("No shift open. Count the float into the drawer and open your shift.")
                                  : current.error().message);
    }
    m_float->setEnabled(!open);
    m_open->setEnabled(!open);
    m_counted->setEnabled(open);
    m_close->setEnabled(open);
    if (!m_all->isVisible() && !allowed(m_actor, Permission::ViewAllTransactions))
        return;
    auto all = shifts.list(m_actor);
    if (!all)
        return;
    m_all->setRowCount(int(all->size()));
    for (int r = 0; r < int(all->size()); ++r) {
        const Shift &s = (*all)[size_t(r)];
        const bool closed = s.closedAt.has_value();
        const QStringList cells{s.cashier,
                                when(s.openedAt),
                                closed ? when(*s.closedAt) : tr("open"),
                                closed ? money(s.expectedMinor) : QString(),
                                closed ? money(s.countedMinor) : QString(),
                                closed ? money(s.differenceMinor) : QString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c >= 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == 5 && closed && s.differenceMinor != 0)
                item->setForeground(QColor(s.differenceMinor < 0 ? 0xb91c1c : 0xb45309));
            m_all->setItem(r, c, item);
        }
    }
    m_all->resizeColumnsToContents();
}

void DrawerCount::openShift()
{
    const QString text = m_float->text().trimmed();
    auto amount = Money::parse(text.isEmpty() ? QStringLiteral("0") : text);
    if (!amount) {
        m_result->setText(amount.error().message);
        return;
    }
    auto shift = ShiftService(m_session.db(), m_session.clock()).open(m_actor, *amount);
    m_result->setText(shift ? tr("Shift opened with a float of %1.").arg(amount->toDisplayString())
                            : shift.error().message);
    m_float->clear();
    refresh();
}

void DrawerCount::closeShift()
{
    auto counted = Money::parse(m_counted->text().trimmed());
    if (!counted) {
        m_result->setText(tr("Type the cash you counted in the drawer, such as 1234.50."));
        m_counted->setFocus();
        return;
    }
    auto shift = ShiftService(m_session.db(), m_session.clock()).close(m_actor, *counted);
    if (!shift) {
        m_result->setText(shift.error().message);
        return;
    }
    const Shift &s = *shift;
    const QString verdict = s.differenceMinor == 0  ? tr("the drawer is even")
                            : s.differenceMinor > 0 ? tr("%1 over").arg(money(s.differenceMinor))
                                                    : tr("%1 short").arg(money(-s.differenceMinor));
    m_result->setText(tr("Shift closed. Expected %1, counted %2, difference %3: %4.")
                          .arg(money(s.expectedMinor), money(s.countedMinor), money(s.differenceMinor), verdict));
    m_counted->clear();
    // The shift slip, under the merchant lines of the first terminal that takes cards.
    DeviceManager &devices = m_session.devices();
    const std::optional<Id> printer = devices.defaultPrinter();
    PrintQueue *queue = printer ? devices.printQueue(*printer) : nullptr;
    const PrinterOptions *options = printer ? devices.printerOptions(*printer) : nullptr;
    auto terminals = TerminalRepository(m_session.db()).list();
    if (queue && options && terminals) {
        for (const Terminal &t : *terminals) {
            if (t.tid.isEmpty())
                continue;
            if (auto slip = Slips::forShift(m_session.db(), s, t.tid, *options))
                (void)queue->enqueue(QStringLiteral("shift"), *slip);
            break;
        }
    }
    refresh();
    emit shiftClosed();
}

} // namespace posdesk::desktop
