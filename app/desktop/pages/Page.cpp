#include "pages/Page.h"

#include <QLabel>

#include <QEvent>

namespace posdesk::desktop {

void Page::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(e);
}

void Page::showStatusLine(QLabel *label, const QString &text, bool error)
{
    label->setStyleSheet(error ? QStringLiteral("color: #b91c1c; font-weight: bold;")
                               : QStringLiteral("color: #14532d; font-weight: bold;"));
    label->setText(text);
}

QLabel *Page::headingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("font-size: 18px; font-weight: bold;"));
    return label;
}

QLabel *Page::hintLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #5b6675;"));
    return label;
}

} // namespace posdesk::desktop
