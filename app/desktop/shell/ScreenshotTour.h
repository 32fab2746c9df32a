#pragma once

#include <QDir>
#include <QObject>
#include <QTimer>

#include <functional>
#include <vector>

namespace posdesk::desktop {

class AppController;
class AppSession;
class Language;

// `posdesk --demo --screenshot-dir DIR` (hidden option, for tools/screenshots.sh): walks the demo through every
// screen in English and in Chinese — sign-in, each page as the owner, a sale, a blocked terminal, a settlement, the
// cashier's and the accountant's views — saves each as a PNG grabbed by the widgets themselves, then quits.
class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    ScreenshotTour(AppController &controller, AppSession &session, Language &language, const QString &dir,
                   QObject *parent = nullptr);
    void start();
    QStringList saved() const { return m_saved; }

signals:
    void finished(bool ok);

private:
    struct Step
    {
        std::function<void()> act;
        std::function<bool()> ready; // polled until true (or the step times out)
        QString shot;                // file name without extension; empty: no picture
    };
    void addPass(const QString &code);
    // The Terminals screen: the enrolment wizard, then a new terminal's lifecycle, documents, costs and maintenance.
    void addTerminalSteps(const QString &code, const std::function<QString(const QString &)> &name);
    void signIn(const QString &user, const QString &password);
    void runStep();
    void capture(const QString &name);

    AppController &m_controller;
    AppSession &m_session;
    Language &m_language;
    QDir m_dir;
    std::vector<Step> m_steps;
    size_t m_index = 0;
    int m_waitedMs = 0;
    QTimer m_poll;
    QStringList m_saved;
    bool m_ok = true;
};

} // namespace posdesk::desktop
