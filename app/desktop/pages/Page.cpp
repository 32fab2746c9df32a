#include "pages/Page.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>

#include <QEvent>

namespace posdesk::desktop {

void Page::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange) {
        retranslate();
        for (const auto &[label, lasting] : m_lasting)
            label->setText(lasting.render());
    }
    QWidget::changeEvent(e);
}

void Page::paintStatus(QLabel *label, Tone tone, const QString &text)
{
    switch (tone) {
    case Tone::Plain:
        label->setStyleSheet(QString());
        break;
    case Tone::Good:
        label->setStyleSheet(QStringLiteral("color: #14532d; font-weight: bold;"));
        break;
    case Tone::Warning:
        label->setStyleSheet(QStringLiteral("color: #92400e; font-weight: bold;"));
        break;
    case Tone::Bad:
        label->setStyleSheet(QStringLiteral("color: #b91c1c; font-weight: bold;"));
        break;
    }
    label->setText(text);
}

void Page::showStatusLine(QLabel *label, const QString &text, bool error)
{
    paintStatus(label, error ? Tone::Bad : Tone::Good, text);
}

void Page::showStatus(QLabel *label, Tone tone, std::function<QString()> render)
{
    paintStatus(label, tone, render());
    m_lasting[label] = {tone, std::move(render)};
}

void Page::clearStatus(QLabel *label)
{
    m_lasting.erase(label);
    label->setStyleSheet(QString());
    label->clear();
}

QLabel *Page::headingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("font-size: 18px; font-weight: bold;"));
    return label;
}

QTableWidget *Page::listTable(QWidget *parent, const QString &objectName, int columns)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(objectName);
    table->setColumnCount(columns);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    return table;
}

QLabel *Page::hintLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #5b6675;"));
    return label;
}

} // namespace posdesk::desktop
