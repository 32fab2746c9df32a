#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace posdesk::desktop {

// Every question the desktop asks goes through here, so that a GUI test can give the answer in advance
// (setNextAnswer) instead of leaving a modal box waiting for a person. Button texts are our own translated
// strings, not Qt's standard ones, so Chinese shows even where Qt's translations are not installed.
class MessageBox
{
public:
    enum class Answer
    {
        Confirm,
        Cancel,
    };

    // Asks for confirmation of something that cannot be undone (a void, a settlement).
    static Answer confirm(QWidget *parent, const QString &title, const QString &text, const QString &confirmText);
    // Tells the user something went wrong and what to do next.
    static void error(QWidget *parent, const QString &title, const QString &text);

    // The answer the next confirm() returns without showing anything; for tests.
    static void setNextAnswer(Answer answer);
    // The text of the last box shown or skipped; for tests.
    static QString lastText();

private:
    static std::optional<Answer> s_nextAnswer;
    static QString s_lastText;
};

} // namespace posdesk::desktop
