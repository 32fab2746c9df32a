#include "pages/devices/PrintedSlipsDialog.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace posdesk::desktop {

PrintedSlipsDialog::PrintedSlipsDialog(const QString &transcriptPath, QWidget *parent)
    : QDialog(parent), m_path(transcriptPath)
{
    setObjectName(QStringLiteral("printedSlipsDialog"));
    resize(520, 640);
    auto *layout = new QVBoxLayout(this);
    m_where = new QLabel(this);
    m_where->setWordWrap(true);
    m_where->setStyleSheet(QStringLiteral("color: #5b6675;"));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("printedSlips"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    // A slip is laid out in columns: a fixed-width font keeps them.
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_text->setFont(mono);
    auto *buttons = new QHBoxLayout;
    m_reload = new QPushButton(this);
    m_reload->setObjectName(QStringLiteral("reloadSlips"));
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("closeSlips"));
    buttons->addWidget(m_reload);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    layout->addWidget(m_where);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
    connect(m_reload, &QPushButton::clicked, this, &PrintedSlipsDialog::reload);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    retranslate();
    reload();
}

void PrintedSlipsDialog::reload()
{
    QFile f(m_path);
    const QString text = f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    m_empty = text.trimmed().isEmpty();
    m_text->setPlainText(m_empty ? tr("Nothing has been printed yet. Print a test page or a receipt, then press "
                                      "Reload.")
                                 : text);
    m_text->verticalScrollBar()->setValue(m_text->verticalScrollBar()->maximum()); // the latest slip
}

QString PrintedSlipsDialog::shownText() const
{
    return m_text->toPlainText();
}

void PrintedSlipsDialog::retranslate()
{
    setWindowTitle(tr("Printed slips (demo printer)"));
    m_where->setText(tr("What the demo's virtual receipt printer has printed, the latest at the bottom (%1).")
                         .arg(QDir::toNativeSeparators(m_path)));
    m_reload->setText(tr("Reload"));
    m_close->setText(tr("Close"));
    if (m_empty)
        reload();
}

void PrintedSlipsDialog::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(e);
}

} // namespace posdesk::desktop
