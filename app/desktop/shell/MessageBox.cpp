#include "shell/MessageBox.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace posdesk::desktop {

std::optional<MessageBox::Answer> MessageBox::s_nextAnswer;
QString MessageBox::s_lastText;

MessageBox::Answer MessageBox::confirm(QWidget *parent, const QString &title, const QString &text,
                                       const QString &confirmText)
{
    s_lastText = text;
    if (s_nextAnswer) {
        const Answer a = *s_nextAnswer;
        s_nextAnswer.reset();
        return a;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton *yes = box.addButton(confirmText, QMessageBox::AcceptRole);
    QPushButton *no =
        box.addButton(QCoreApplication::translate("posdesk::desktop::MessageBox", "Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(no);
    box.exec();
    return box.clickedButton() == yes ? Answer::Confirm : Answer::Cancel;
}

void MessageBox::error(QWidget *parent, const QString &title, const QString &text)
{
    s_lastText = text;
    if (s_nextAnswer) {
        s_nextAnswer.reset();
        return;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box.addButton(QCoreApplication::translate("posdesk::desktop::MessageBox", "OK"), QMessageBox::AcceptRole);
    box.exec();
}

void MessageBox::setNextAnswer(Answer answer)
{
    s_nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return s_lastText;
}

} // namespace posdesk::desktop
