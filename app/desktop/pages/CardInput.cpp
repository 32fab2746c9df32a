#include "pages/CardInput.h"
#include "pages/Page.h"

#include "reader/SwipeParser.h"
#include "reader/TestCards.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace posdesk::desktop {

CardInput::CardInput(bool demo, QWidget *parent) : QWidget(parent), m_demo(demo)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_testCards = new QComboBox(this);
    m_testCards->setObjectName(QStringLiteral("testCard"));
    m_testCards->setVisible(demo);
    m_track = new QLineEdit(this);
    m_track->setObjectName(QStringLiteral("track2"));
    // Track data is as good as the card: not shown on screen, and gone from the field once read.
    m_track->setEchoMode(QLineEdit::Password);
    m_hint = Page::hintLabel(this);
    layout->addWidget(m_testCards);
    layout->addWidget(m_track);
    layout->addWidget(m_hint);
    connect(m_track, &QLineEdit::returnPressed, this, &CardInput::submitted);
    m_testCards->installEventFilter(this);
    connect(m_testCards, &QComboBox::currentIndexChanged, this, [this](int index) { m_track->setEnabled(index <= 0); });
    retranslate();
}

void CardInput::retranslate()
{
    const QString current = m_testCards->currentData().toString();
    {
        const QSignalBlocker block(m_testCards);
        m_testCards->clear();
        m_testCards->addItem(tr("Swipe or type the card (field below)"), QString());
        for (const TestCard &c : TestCards::all())
            m_testCards->addItem(tr("Test card: %1").arg(TestCards::description(c)), QString::fromLatin1(c.id));
        m_testCards->setCurrentIndex(std::max(0, m_testCards->findData(current)));
    }
    m_track->setPlaceholderText(tr("Swipe now, or type track 2: 6200000000000005=30121010000000000000"));
    m_hint->setText(m_demo ? tr("Demo: pick a test card above, or type track 2 and press Enter.")
                           : tr("The card reader types into this field; press Enter if it does not."));
}

void CardInput::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(e);
}

bool CardInput::hasCard() const
{
    return (m_demo && m_testCards->currentIndex() > 0) || !m_track->text().trimmed().isEmpty();
}

bool CardInput::selectTestCard(const QString &id)
{
    const int index = m_testCards->findData(id);
    if (index < 0)
        return false;
    m_testCards->setCurrentIndex(index);
    return true;
}

void CardInput::clear()
{
    m_track->clear();
    m_testCards->setCurrentIndex(0);
}

bool CardInput::eventFilter(QObject *watched, QEvent *e)
{
    // Enter on the test-card picker pays, as Enter in the track field does.
    if (watched == m_testCards && e->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(e)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !m_testCards->view()->isVisible()) {
            emit submitted();
            return true;
        }
    }
    return QWidget::eventFilter(watched, e);
}

Result<CardData> CardInput::takeCard()
{
    QByteArray line;
    if (m_demo && m_testCards->currentIndex() > 0) {
        const TestCard *card = TestCards::find(m_testCards->currentData().toString());
        if (!card)
            return Error::usage(tr("Pick a test card."));
        line = TestCards::swipeText(*card);
        m_testCards->setCurrentIndex(0); // one swipe: the next sale needs its own card
    } else {
        line = m_track->text().trimmed().toLatin1();
        m_track->clear();
        if (line.isEmpty())
            return Error::usage(tr("No card yet: swipe it, or type track 2 and press Enter."));
        // Typed track 2 often lacks the sentinels a reader sends; add them so the parser sees one track.
        if (!line.startsWith(';') && !line.startsWith('%'))
            line.prepend(';');
        if (!line.endsWith('?'))
            line.append('?');
    }
    return SwipeParser().parse(line); // wipes `line`
}

} // namespace posdesk::desktop
