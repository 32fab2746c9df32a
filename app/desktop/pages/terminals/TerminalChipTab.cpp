#include "pages/terminals/TerminalChipTab.h"

#include "pages/Page.h"
#include "shell/AppSession.h"
#include "storage/IcParameterRepository.h"
#include "storage/TerminalRepository.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace posdesk::desktop {

TerminalChipTab::TerminalChipTab(AppSession &session, QWidget *parent) : TerminalTab(session, parent)
{
    auto *layout = new QVBoxLayout(this);
    m_keysLabel = new QLabel(this);
    m_keysLabel->setObjectName(QStringLiteral("chipKeysWhere"));
    m_keysLabel->setWordWrap(true);
    m_downloadLabel = new QLabel(this);
    m_downloadLabel->setObjectName(QStringLiteral("chipDownload"));
    m_downloadLabel->setWordWrap(true);
    m_caHeading = new QLabel(this);
    m_caKeys = Page::listTable(this, QStringLiteral("caKeysTable"), 4);
    m_caKeys->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_caKeys->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_aidHeading = new QLabel(this);
    m_aids = Page::listTable(this, QStringLiteral("aidsTable"), 3);
    m_aids->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_aids->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    for (QWidget *w : {static_cast<QWidget *>(m_keysLabel), static_cast<QWidget *>(m_downloadLabel),
                       static_cast<QWidget *>(m_caHeading)})
        layout->addWidget(w);
    layout->addWidget(m_caKeys, 1);
    layout->addWidget(m_aidHeading);
    layout->addWidget(m_aids, 1);
    m_message = makeMessageLabel(QStringLiteral("chipMessage"), this);
    layout->addWidget(m_message);
    retranslate();
}

QString TerminalChipTab::title() const
{
    return tr("Chip cards");
}

void TerminalChipTab::retranslate()
{
    m_caHeading->setText(tr("CA public keys from the acquirer (for offline data authentication):"));
    m_caKeys->setHorizontalHeaderLabels({tr("RID"), tr("Index"), tr("Expires"), tr("Key length")});
    m_aidHeading->setText(tr("Chip applications the acquirer accepts:"));
    m_aids->setHorizontalHeaderLabels({tr("AID"), tr("Floor limit (¥)"), tr("Match")});
    reload();
}

void TerminalChipTab::reload()
{
    m_caKeys->setRowCount(0);
    m_aids->setRowCount(0);
    m_keysLabel->clear();
    m_downloadLabel->clear();
    if (!hasTerminal())
        return;
    auto t = TerminalRepository(m_session.db()).findByTid(m_terminal.tid);
    if (!t) {
        showMessage(m_message, t.error().message, true);
        return;
    }
    m_keysLabel->setText(t->pinPadSlot ? tr("Keys: in slot %1 of the PIN pad (this PC holds none). PIN "
                                            "payments are possible.")
                                             .arg(*t->pinPadSlot)
                                       : tr("Keys: on this PC. Without a PIN pad holding them, cards that ask for "
                                            "a PIN cannot be taken."));
    const QTimeZone shop(QByteArrayLiteral("Asia/Shanghai"));
    const QString last =
        t->lastParamDownloadAt
            ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(*t->lastParamDownloadAt, shop), QLocale::ShortFormat)
            : QString();
    m_downloadLabel->setText(t->icDownloadRequired
                                 ? tr("IC key download: owed (the next chip payment fetches it first).")
                                 : tr("IC key download: nothing owed."));
    if (!last.isEmpty())
        m_downloadLabel->setText(m_downloadLabel->text() + QLatin1Char(' ') +
                                 tr("Last parameter download: %1.").arg(last));
    IcParameterRepository ic(m_session.db());
    auto keys = ic.caKeys(t->acquirerId);
    auto aids = ic.aids(t->acquirerId);
    if (!keys || !aids) {
        showMessage(m_message, (!keys ? keys.error() : aids.error()).message, true);
        return;
    }
    const QDate today = m_session.clock().nowUtc().toTimeZone(shop).date();
    m_caKeys->setRowCount(int(keys->size()));
    for (int row = 0; row < keys->size(); ++row) {
        const CaKeyRecord &k = keys->at(row);
        const bool expired = k.key.expiry.isValid() && k.key.expiry < today;
        const QStringList cells{QString::fromLatin1(k.key.rid.toHex().toUpper()),
                                QString::fromLatin1(QByteArray(1, char(k.key.index)).toHex().toUpper()),
                                QLocale().toString(k.key.expiry, QLocale::ShortFormat) +
                                    (expired ? QStringLiteral(" — ") + tr("expired") : QString()),
                                tr("%1 bits").arg(k.key.modulus.size() * 8)};
        for (int c = 0; c < cells.size(); ++c)
            m_caKeys->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    m_aids->setRowCount(int(aids->size()));
    for (int row = 0; row < aids->size(); ++row) {
        const AidRecord &a = aids->at(row);
        const QStringList cells{QString::fromLatin1(a.aid.aid.toHex().toUpper()),
                                QLocale().toString(double(a.floorLimitFen) / 100.0, 'f', 2),
                                a.aid.partialMatch ? tr("this AID and longer ones") : tr("exactly this AID")};
        for (int c = 0; c < cells.size(); ++c)
            m_aids->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    if (keys->isEmpty())
        showMessage(m_message,
                    tr("No CA public keys yet: chip cards cannot be checked offline until the IC download has run."),
                    false);
    else
        m_message->clear();
}

} // namespace posdesk::desktop
