#pragma once

#include "card/CardData.h"
#include "util/Result.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace posdesk::desktop {

// Where the till gets the card: a keyboard-wedge reader types the tracks into the track field (or the cashier
// types track 2), and in demo mode a picker "swipes" one of the public test cards.
class CardInput : public QWidget
{
    Q_OBJECT
public:
    CardInput(bool demo, QWidget *parent = nullptr);

    // True when a test card is chosen or track data was typed.
    bool hasCard() const;
    // Parses the card and clears the field: track data is not kept on screen after use.
    Result<CardData> takeCard();
    void clear();
    QLineEdit *trackField() const { return m_track; }
    QComboBox *testCardPicker() const { return m_testCards; }
    // Selects a test card by its id ("unionpay-credit"); for tests and screenshots.
    bool selectTestCard(const QString &id);

signals:
    // Enter in the track field.
    void submitted();

protected:
    void changeEvent(QEvent *e) override;
    bool eventFilter(QObject *watched, QEvent *e) override;

private:
    void retranslate();

    bool m_demo;
    QComboBox *m_testCards = nullptr;
    QLineEdit *m_track = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace posdesk::desktop
