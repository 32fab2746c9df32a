#include "pages/TillPage.h"

#include "acquirer/FinancialFlows.h"
#include "counter/CashSales.h"
#include "pages/CardInput.h"
#include "pages/SlipPanel.h"
#include "pcsc/PcscCard.h"
#include "pcsc/PcscContext.h"
#include "security/Permissions.h"
#include "shell/AppSession.h"
#include "shell/CardBlock.h"
#include "shell/HostLinkMonitor.h"
#include "shell/MessageBox.h"
#include "storage/TerminalRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace posdesk::desktop {

namespace {
bool canTakeCards(TerminalState s)
{
    return s == TerminalState::Active || s == TerminalState::SignedOn || s == TerminalState::KeysLoaded;
}
} // namespace

TillPage::TillPage(AppSession &session, HostLinkMonitor &hostLink, QWidget *parent)
    : Page(parent), m_session(session), m_hostLink(hostLink)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(24);

    // Left: what the cashier types, top to bottom in the order of a sale.
    auto *left = new QVBoxLayout;
    m_heading = Page::headingLabel(this);
    left->addWidget(m_heading);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_terminal = new QComboBox(this);
    m_terminal->setObjectName(QStringLiteral("terminalPicker"));
    m_terminal->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_terminalLabel = new QLabel(this);
    m_terminalLabel->setBuddy(m_terminal);
    form->addRow(m_terminalLabel, m_terminal);
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setPlaceholderText(QStringLiteral("0.00"));
    m_amount->setStyleSheet(QStringLiteral("font-size: 28px; padding: 6px;"));
    m_amount->setMinimumWidth(260);
    m_amountLabel = new QLabel(this);
    m_amountLabel->setBuddy(m_amount);
    form->addRow(m_amountLabel, m_amount);
    m_card = new CardInput(session.isDemo(), this);
    m_cardLabel = new QLabel(this);
    form->addRow(m_cardLabel, m_card);
    m_cardLabel->setBuddy(m_card->trackField()); // Alt+C: to the swipe field
    left->addLayout(form);
    m_terminalNotice = new QLabel(this);
    m_terminalNotice->setObjectName(QStringLiteral("terminalNotice"));
    m_terminalNotice->setWordWrap(true);
    m_terminalNotice->hide();
    left->addWidget(m_terminalNotice);
    m_pay = new QPushButton(this);
    m_pay->setObjectName(QStringLiteral("payButton"));
    m_pay->setMinimumHeight(52);
    m_pay->setStyleSheet(QStringLiteral("QPushButton { font-size: 18px; font-weight: bold; background: #2563eb; "
                                        "color: white; border-radius: 6px; } QPushButton:disabled { background: "
                                        "#9ca3af; }"));
    left->addWidget(m_pay);
    m_chipPay = new QPushButton(this);
    m_chipPay->setObjectName(QStringLiteral("chipPayButton"));
    m_chipPay->setMinimumHeight(52);
    m_chipPay->setStyleSheet(QStringLiteral("QPushButton { font-size: 18px; font-weight: bold; background: #047857; "
                                            "color: white; border-radius: 6px; } QPushButton:disabled { background: "
                                            "#9ca3af; }"));
    left->addWidget(m_chipPay);
    m_cash = new QPushButton(this);
    m_cash->setObjectName(QStringLiteral("cashFallback"));
    m_cash->setMinimumHeight(52);
    m_cash->setStyleSheet(QStringLiteral("font-size: 18px; font-weight: bold; background: #f59e0b; color: #1f2937; "
                                         "border-radius: 6px;"));
    m_cash->hide();
    left->addWidget(m_cash);
    left->addStretch(1);
    layout->addLayout(left, 3);

    // Right: the answer, then what can be done about the last sale.
    auto *right = new QVBoxLayout;
    m_resultPanel = new QFrame(this);
    m_resultPanel->setObjectName(QStringLiteral("resultPanel"));
    m_resultPanel->setMinimumHeight(180);
    auto *resultLayout = new QVBoxLayout(m_resultPanel);
    m_resultTitle = new QLabel(m_resultPanel);
    m_resultTitle->setObjectName(QStringLiteral("resultTitle"));
    m_resultTitle->setWordWrap(true);
    m_resultDetail = new QLabel(m_resultPanel);
    m_resultDetail->setObjectName(QStringLiteral("resultDetail"));
    m_resultDetail->setWordWrap(true);
    m_resultDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultDetail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_progress = new QProgressBar(m_resultPanel);
    m_progress->setRange(0, 0); // the host gives no progress, only an answer
    m_progress->setTextVisible(false);
    m_progress->hide();
    resultLayout->addWidget(m_resultTitle);
    resultLayout->addWidget(m_progress);
    resultLayout->addWidget(m_resultDetail, 1);
    right->addWidget(m_resultPanel);
    m_void = new QPushButton(this);
    m_void->setObjectName(QStringLiteral("voidLast"));
    right->addWidget(m_void);

    m_refundBox = new QGroupBox(this);
    m_refundBox->setObjectName(QStringLiteral("refundBox"));
    auto *refundForm = new QFormLayout(m_refundBox);
    m_refundRrn = new QLineEdit(m_refundBox);
    m_refundRrn->setObjectName(QStringLiteral("refundRrn"));
    m_refundRrn->setMaxLength(12);
    m_refundAmount = new QLineEdit(m_refundBox);
    m_refundAmount->setObjectName(QStringLiteral("refundAmount"));
    m_refundAmount->setPlaceholderText(QStringLiteral("0.00"));
    m_refundDate = new QDateEdit(m_refundBox);
    m_refundDate->setCalendarPopup(true);
    // The same in both languages and unambiguous, like the date on a receipt.
    m_refundDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_refundDate->setDate(QDate::currentDate());
    m_refundRrnLabel = new QLabel(m_refundBox);
    m_refundAmountLabel = new QLabel(m_refundBox);
    m_refundDateLabel = new QLabel(m_refundBox);
    m_refundHint = Page::hintLabel(m_refundBox);
    m_refund = new QPushButton(m_refundBox);
    m_refund->setObjectName(QStringLiteral("refundButton"));
    refundForm->addRow(m_refundRrnLabel, m_refundRrn);
    refundForm->addRow(m_refundAmountLabel, m_refundAmount);
    refundForm->addRow(m_refundDateLabel, m_refundDate);
    refundForm->addRow(m_refundHint);
    refundForm->addRow(m_refund);
    right->addWidget(m_refundBox);
    m_slips = new SlipPanel(
        session, [this] { return currentTid(); }, this);
    connect(m_slips, &SlipPanel::message, this,
            [this](const QString &text, bool) { m_resultDetail->setText(m_resultDetail->text() + u'\n' + text); });
    right->addWidget(m_slips);
    right->addStretch(1);
    layout->addLayout(right, 2);

    connect(m_pay, &QPushButton::clicked, this, &TillPage::pay);
    connect(m_chipPay, &QPushButton::clicked, this, &TillPage::payByChip);
    auto *chip = new QShortcut(QKeySequence(Qt::Key_F8), this);
    chip->setContext(Qt::WidgetWithChildrenShortcut);
    connect(chip, &QShortcut::activated, this, &TillPage::payByChip);
    connect(m_cash, &QPushButton::clicked, this, &TillPage::takeCash);
    connect(m_void, &QPushButton::clicked, this, &TillPage::voidLast);
    connect(m_refund, &QPushButton::clicked, this, &TillPage::refund);
    connect(m_amount, &QLineEdit::returnPressed, this, &TillPage::onAmountEntered);
    connect(m_card, &CardInput::submitted, this, &TillPage::pay);
    connect(m_terminal, &QComboBox::currentIndexChanged, this, [this] {
        m_hostFailed = false;
        // Another terminal's result must not stand beside this one: a cashier could take it for this payment.
        if (!m_busy) {
            showReady();
            m_card->clear();
        }
        updateTerminalNotice();
    });
    connect(&m_hostLink, &HostLinkMonitor::changed, this, &TillPage::updateTerminalNotice);
    auto *clear = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    clear->setContext(Qt::WidgetWithChildrenShortcut);
    connect(clear, &QShortcut::activated, this, [this] {
        if (m_pinWaiting) {
            // The pad answers "cancelled" and the payment ends with nothing sent.
            if (PinEntryDevice *pad = m_session.acquirer().pinPad())
                pad->cancel();
            return;
        }
        m_amount->clear();
        m_card->clear();
        m_amount->setFocus();
    });
    // F9 takes cash whenever the customer pays cash, not only when cards cannot be taken.
    auto *cash = new QShortcut(QKeySequence(Qt::Key_F9), this);
    cash->setContext(Qt::WidgetWithChildrenShortcut);
    connect(cash, &QShortcut::activated, this, [this] {
        if (!m_busy)
            takeCash();
    });
    setTabOrder(m_amount, m_card->trackField());
    setTabOrder(m_card->trackField(), m_pay);
    retranslate();
    showReady();
    refresh();
}

void TillPage::showReady()
{
    showLasting(Tone::Neutral, [] {
        return std::pair{tr("Ready"), tr("Type the amount. Chip card: insert it and press F8. Card without a chip: "
                                         "swipe it and press Enter.")};
    });
}

QString TillPage::title() const
{
    return tr("Till");
}

void TillPage::retranslate()
{
    m_heading->setText(tr("Card payment"));
    m_terminalLabel->setText(tr("&Terminal:"));
    m_amountLabel->setText(tr("&Amount (¥):"));
    m_cardLabel->setText(tr("&Card:"));
    m_pay->setText(tr("Pay (Enter)"));
    m_chipPay->setText(tr("Chip card: insert it, then pay (F8)"));
    m_cash->setText(tr("Take cash instead (F9)"));
    m_void->setText(tr("Void the last sale"));
    m_refundBox->setTitle(tr("Refund an earlier sale"));
    m_refundRrnLabel->setText(tr("RRN:"));
    m_refundAmountLabel->setText(tr("Amount (¥):"));
    m_refundDateLabel->setText(tr("Date of the sale:"));
    m_refundHint->setText(tr("The RRN is printed on the customer's receipt. The card must be swiped again."));
    m_refund->setText(tr("Refund"));
    m_refundRrn->setPlaceholderText(tr("12 characters from the receipt"));
    refresh(); // the terminal list's "cannot take cards" marks, and the notice, in the new language
    if (m_lasting) {
        const auto [title, detail] = m_lasting();
        m_resultTitle->setText(title);
        m_resultDetail->setText(detail);
    }
}

void TillPage::showLasting(Tone tone, std::function<std::pair<QString, QString>()> render)
{
    const auto [title, detail] = render();
    showResult(tone, title, detail);
    m_lastingTone = tone;
    m_lasting = std::move(render);
}

void TillPage::setActor(const Actor &actor)
{
    Page::setActor(actor);
    m_refundBox->setVisible(allowed(actor, Permission::Refund));
    m_lastSale.reset();
    m_void->setEnabled(false);
    m_slips->setActor(actor);
    // The next person at the till (after a lock or a switch of user) starts from a clean screen.
    if (!m_busy) {
        showReady();
        m_amount->clear();
        m_card->clear();
    }
}

void TillPage::showEvent(QShowEvent *e)
{
    Page::showEvent(e);
    refresh();
    m_amount->setFocus();
}

void TillPage::refresh()
{
    auto terminals = TerminalRepository(m_session.db()).list();
    if (!terminals)
        return;
    const QString current = currentTid();
    {
        const QSignalBlocker block(m_terminal);
        m_terminal->clear();
        int firstActive = -1;
        for (const Terminal &t : *terminals) {
            if (t.tid.isEmpty())
                continue;
            if (firstActive < 0 && t.state == TerminalState::Active)
                firstActive = m_terminal->count();
            QString label = t.location.isEmpty() ? t.tid : QStringLiteral("%1 — %2").arg(t.tid, t.location);
            auto alert = blockingIncident(m_session.db(), t.id);
            if (!canTakeCards(t.state) || (alert && alert->has_value()))
                label += tr(" (cannot take cards)");
            m_terminal->addItem(label, t.tid);
        }
        const int keep = m_terminal->findData(current);
        m_terminal->setCurrentIndex(keep >= 0 ? keep : std::max(firstActive, 0));
    }
    updateTerminalNotice();
}

bool TillPage::selectTerminal(const QString &tid)
{
    const int index = m_terminal->findData(tid);
    if (index < 0)
        return false;
    m_terminal->setCurrentIndex(index);
    return true;
}

QString TillPage::currentTid() const
{
    return m_terminal->currentData().toString();
}

bool TillPage::cashFallbackOffered() const
{
    return !m_cash->isHidden();
}

QString TillPage::resultText() const
{
    return m_resultTitle->text() + u'\n' + m_resultDetail->text();
}

void TillPage::updateTerminalNotice()
{
    if (!m_terminalNotice)
        return;
    QString notice;
    bool blocked = false;
    bool offerCash = false;
    auto t = TerminalRepository(m_session.db()).findByTid(currentTid());
    if (t) {
        auto block = blockingIncident(m_session.db(), t->id);
        if (!canTakeCards(t->state)) {
            notice = tr("Terminal %1 is %2 and cannot take cards. Take cash, or pick another terminal.")
                         .arg(t->tid, displayName(t->state));
            blocked = offerCash = true;
        } else if (block && block->has_value()) {
            const Incident &i = **block;
            notice = tr("Card payments on %1 are blocked by alert No. %2 (response code %3). Take cash for now; the "
                        "owner fixes it under Alerts.")
                         .arg(t->tid)
                         .arg(i.id)
                         .arg(i.code);
            blocked = offerCash = true;
        } else if (m_hostFailed || m_hostLink.stateOf(t->acquirerId) == HostLinkMonitor::State::Unreachable) {
            notice = tr("The acquirer's host cannot be reached. Try the card again, or take cash.");
            offerCash = true;
        }
    }
    m_terminalNotice->setText(notice);
    m_terminalNotice->setStyleSheet(QStringLiteral("background: #fef3c7; color: #92400e; border: 1px solid #f59e0b; "
                                                   "border-radius: 4px; padding: 8px; font-weight: bold;"));
    m_terminalNotice->setVisible(!notice.isEmpty());
    m_cash->setVisible(offerCash);
    m_pay->setEnabled(!m_busy && !blocked && t.ok());
    m_chipPay->setEnabled(!m_busy && !blocked && t.ok());
}

void TillPage::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_void->setEnabled(!busy && m_lastSale.has_value());
    m_refund->setEnabled(!busy);
    m_terminal->setEnabled(!busy);
    if (busy)
        showResult(Tone::Busy, what, tr("Waiting for the host… The window stays usable; do not swipe again."));
    updateTerminalNotice();
}

void TillPage::showResult(Tone tone, const QString &title, const QString &detail)
{
    static const char *const kColours[] = {"#f3f4f6; color: #1f2937", "#dcfce7; color: #14532d",
                                           "#fee2e2; color: #7f1d1d", "#dbeafe; color: #1e3a8a"};
    m_resultPanel->setStyleSheet(QStringLiteral("QFrame#resultPanel { background: %1; border-radius: 8px; }")
                                     .arg(QLatin1String(kColours[int(tone)])));
    m_resultTitle->setStyleSheet(QStringLiteral("font-size: 24px; font-weight: bold;"));
    m_resultDetail->setStyleSheet(QStringLiteral("font-size: 14px;"));
    m_resultTitle->setText(title);
    m_resultDetail->setText(detail);
    m_lasting = nullptr;
}

void TillPage::onAmountEntered()
{
    if (m_card->hasCard())
        pay();
    else
        m_card->trackField()->setFocus();
}

std::optional<Money> TillPage::amountToPay()
{
    auto amount = Money::parse(m_amount->text().trimmed());
    if (!amount || amount->minor() <= 0) {
        showResult(Tone::Bad, tr("Check the amount"),
                   amount ? tr("The amount must be more than zero.") : amount.error().message);
        m_amount->setFocus();
        m_amount->selectAll();
        return std::nullopt;
    }
    return *amount;
}

void TillPage::payByChip()
{
    if (m_busy || !m_chipPay->isEnabled())
        return;
    const std::optional<Money> amount = amountToPay();
    if (!amount)
        return;
    auto context = PcscContext::establish();
    if (!context) {
        showResult(Tone::Bad, tr("No chip card reader"),
                   tr("The card reader service cannot be reached (%1). Swipe the card instead, or take cash.")
                       .arg(context.error().message));
        return;
    }
    // The reader that holds a card; a till usually has one.
    auto readers = (*context)->readerStates();
    QString reader;
    const bool anyReader = readers && !readers->isEmpty();
    if (readers) {
        for (const ReaderInfo &r : *readers) {
            if (r.presence == ReaderPresence::CardPresent) {
                reader = r.name;
                break;
            }
        }
    }
    if (reader.isEmpty()) {
        if (anyReader)
            showResult(Tone::Bad, tr("Insert the card"),
                       tr("No card is in the card reader. Insert the card, chip first and facing up, then press F8 "
                          "again."));
        else
            showResult(Tone::Bad, tr("No chip card reader"),
                       tr("No chip card reader is connected. Connect it, or swipe a card that has no chip."));
        return;
    }
    auto card = PcscCard::connect(*context, reader);
    if (!card) {
        showResult(Tone::Bad, tr("The card cannot be read"), card.error().message);
        return;
    }
    const QString tid = currentTid();
    setBusy(true, tr("Paying %1 on %2 by chip… Leave the card in the reader.").arg(amount->toDisplayString(), tid));
    QPointer<TillPage> self(this);
    auto unreadable = std::make_shared<bool>(false);
    // A card that asks for its PIN: the cardholder types it on the PIN pad; Esc at the till cancels.
    m_session.acquirer().flows().setPinPrompt([self, amount = *amount](bool waiting) {
        if (!self)
            return;
        self->m_pinWaiting = waiting;
        if (waiting)
            self->showResult(Tone::Busy, tr("Cardholder: enter your PIN on the PIN pad"),
                             tr("%1. The cardholder types the PIN on the PIN pad and presses its Enter key. Esc "
                                "cancels the payment.")
                                 .arg(amount.toDisplayString()));
    });
    // A card with several applications: its first by priority for now (the choice on screen is still to come).
    m_session.acquirer().flows().chipSale(
        m_actor, tid, *amount, std::shared_ptr<ChipCardChannel>(std::move(*card)), {},
        [self, tid, unreadable](Result<TxnOutcome> r) {
            if (!self)
                return;
            if (r)
                self->m_lastSale = LastSale{tid, r->txn.stan, r->txn.amount, r->txn.rrn};
            self->showOutcome(r, Done::Sale, tid);
            if (!r && *unreadable) {
                // CUP's rule: only a chip that cannot be read lets the stripe of a chip card be used.
                self->m_fallbackAllowed = true;
                const QString why = r.error().message;
                self->showLasting(Tone::Bad, [why] {
                    return std::pair{tr("The chip cannot be read"),
                                     tr("%1\nSwipe the same card now: it goes as a fallback swipe (降级).").arg(why)};
                });
                self->m_card->trackField()->setFocus();
            }
        },
        [unreadable] { *unreadable = true; });
}

void TillPage::pay()
{
    if (m_busy)
        return;
    if (!m_pay->isEnabled()) {
        // Enter on a terminal that cannot take cards says why, rather than nothing.
        m_card->clear();
        showLasting(Tone::Bad, [this, tid = currentTid()] {
            const QString why = m_terminalNotice->text(); // rewritten in the screen's language before this runs
            return std::pair{tr("No card payment on %1").arg(tid),
                             why.isEmpty() ? tr("Pick a terminal that can take cards, or take cash.") : why};
        });
        return;
    }
    const std::optional<Money> amount = amountToPay();
    if (!amount) {
        m_card->clear(); // the track does not wait on screen for the amount to be corrected
        return;
    }
    auto card = m_card->takeCard();
    if (!card) {
        showResult(Tone::Bad, tr("Card not read"), card.error().message);
        m_card->trackField()->setFocus();
        return;
    }
    const QString tid = currentTid();
    setBusy(true, tr("Paying %1 on %2…").arg(amount->toDisplayString(), tid));
    QPointer<TillPage> self(this);
    auto done = [self, tid](Result<TxnOutcome> r) {
        if (!self)
            return;
        if (r)
            self->m_lastSale = LastSale{tid, r->txn.stan, r->txn.amount, r->txn.rrn};
        self->showOutcome(r, Done::Sale, tid);
    };
    // After its chip failed, a chip card's swipe is a fallback; one swipe only.
    const bool fallback = m_fallbackAllowed && card->isChipCard();
    m_fallbackAllowed = false;
    if (fallback)
        m_session.acquirer().flows().fallbackSale(m_actor, tid, *amount, std::move(*card), done);
    else
        m_session.acquirer().sale(m_actor, tid, *amount, std::move(*card), done);
}

void TillPage::printSlip(const CardTransaction &txn)
{
    m_slips->print(txn);
}

void TillPage::showOutcome(const Result<TxnOutcome> &r, Done what, const QString &tid)
{
    if (r) {
        m_hostFailed = false;
        const CardTransaction t = r->txn;
        const bool partial = r->partial;
        const Money requested = r->requested;
        showLasting(partial ? Tone::Neutral : Tone::Good, [t, what, tid, partial, requested] {
            const QString done = partial              ? tr("Only %1 approved")
                                 : what == Done::Sale ? tr("Approved %1")
                                 : what == Done::Void ? tr("Voided %1")
                                                      : tr("Refunded %1");
            QString detail = tr("Card %1\nRRN %2 · authorisation code %3\ntrace %4 · batch %5 · terminal %6")
                                 .arg(t.panMasked, t.rrn, t.authCode.isEmpty() ? QStringLiteral("—") : t.authCode)
                                 .arg(t.stan)
                                 .arg(t.batchNo)
                                 .arg(tid);
            if (partial)
                detail.prepend(
                    tr("The card paid %1 of %2. Take the remaining %3 another way (cash or another "
                       "card).\n")
                        .arg(t.amount.toDisplayString(), requested.toDisplayString(),
                             Money(requested.minor() - t.amount.minor(), requested.currency()).toDisplayString()));
            return std::pair{done.arg(t.amount.toDisplayString()), detail};
        });
        printSlip(t);
        m_amount->clear();
    } else {
        const Error &e = r.error();
        QString title;
        switch (e.kind) {
        case ErrorKind::Declined:
            title = tr("Declined");
            break;
        case ErrorKind::Environment:
            title = tr("No answer from the host");
            m_hostFailed = true;
            m_hostLink.probeNow();
            break;
        case ErrorKind::Refused:
            title = tr("Not sent");
            break;
        default:
            title = tr("Not done");
            break;
        }
        // The technical detail (addresses, message type, field numbers) is for the owner, not the cashier.
        const bool owner = m_actor.role == Role::Owner;
        showResult(Tone::Bad, title,
                   e.detail.isEmpty() || !owner ? e.message : e.message + QStringLiteral("\n(") + e.detail + u')');
    }
    setBusy(false);
    m_amount->setFocus();
    emit transactionFinished(r.ok());
}

void TillPage::voidLast()
{
    if (m_busy || !m_lastSale)
        return;
    const LastSale sale = *m_lastSale;
    if (MessageBox::confirm(this, tr("Void the last sale"),
                            tr("Void the sale of %1 on terminal %2 (trace %3, RRN %4)? The money goes back to the "
                               "card.")
                                .arg(sale.amount.toDisplayString(), sale.tid)
                                .arg(sale.stan)
                                .arg(sale.rrn),
                            tr("Void")) != MessageBox::Answer::Confirm)
        return;
    setBusy(true, tr("Voiding %1…").arg(sale.amount.toDisplayString()));
    QPointer<TillPage> self(this);
    m_session.acquirer().voidSale(m_actor, sale.tid, sale.stan, [self, tid = sale.tid](Result<TxnOutcome> r) {
        if (!self)
            return;
        if (r)
            self->m_lastSale.reset();
        self->showOutcome(r, Done::Void, tid);
    });
}

void TillPage::refund()
{
    if (m_busy)
        return;
    const QString rrn = m_refundRrn->text().trimmed();
    auto amount = Money::parse(m_refundAmount->text().trimmed());
    if (rrn.isEmpty() || !amount || amount->minor() <= 0) {
        showResult(Tone::Bad, tr("Check the refund"),
                   tr("Type the RRN from the receipt and the amount to give back, then swipe the card."));
        return;
    }
    auto card = m_card->takeCard();
    if (!card) {
        showResult(Tone::Bad, tr("Card not read"), card.error().message);
        return;
    }
    const QString tid = currentTid();
    setBusy(true, tr("Refunding %1…").arg(amount->toDisplayString()));
    QPointer<TillPage> self(this);
    m_session.acquirer().refund(m_actor, tid, *amount,
                                RefundOriginal{rrn, m_refundDate->date(), false, std::nullopt, std::nullopt},
                                std::move(*card), [self, tid](Result<TxnOutcome> r) {
                                    if (!self)
                                        return;
                                    if (r) {
                                        self->m_refundRrn->clear();
                                        self->m_refundAmount->clear();
                                    }
                                    self->showOutcome(r, Done::Refund, tid);
                                });
}

// Cash: when the terminal is blocked (a 97), the host cannot be reached, or the customer pays cash. A transaction of
// kind cash with its own slip, counted in the shift and the day; the drawer opens when the printer drives one.
void TillPage::takeCash()
{
    auto amount = Money::parse(m_amount->text().trimmed());
    if (!amount || amount->minor() <= 0) {
        showResult(Tone::Bad, tr("Check the amount"), tr("Type the amount first, then take the cash."));
        m_amount->setFocus();
        return;
    }
    const QString tid = currentTid();
    const QString why = cashFallbackOffered() ? QStringLiteral("card payments unavailable: ") + m_terminalNotice->text()
                                              : QStringLiteral("paid in cash");
    auto txn = CashSales(m_session.db(), m_session.clock()).record(m_actor, tid, *amount, false, why);
    if (!txn) {
        showResult(Tone::Bad, tr("Not recorded"), txn.error().fullText());
        return;
    }
    const CardTransaction t = *txn;
    showLasting(Tone::Good, [t] {
        return std::pair{
            tr("Take %1 in cash").arg(t.amount.toDisplayString()),
            tr("Cash voucher %1. Put the cash in the drawer and give change. No card was charged.").arg(t.stan)};
    });
    printSlip(t);
    m_amount->clear();
    m_card->clear();
    m_amount->setFocus();
    emit transactionFinished(true);
}

} // namespace posdesk::desktop
