#pragma once

#include "security/Actor.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace posdesk::desktop {

class AcquirerForm;
class AppSession;
class MerchantForm;

// Settings → Acquirer profiles: every profile with its host settings and support contacts; the owner adds a
// profile or changes the selected one (audited, checked like the CLI's). Others read.
class AcquirerProfilesView : public QWidget
{
    Q_OBJECT
public:
    explicit AcquirerProfilesView(AppSession &session, QWidget *parent = nullptr);
    void setActor(const Actor &actor);
    void reload();
    QString messageText() const;

signals:
    // A profile was added or changed (the enrolment wizard and the host monitor read them).
    void profilesChanged();

protected:
    void changeEvent(QEvent *e) override;

private:
    void retranslate();
    void onSelection();
    void addProfile();
    void saveProfile();
    void say(const QString &text, bool error);
    QString selectedName() const;

    AppSession &m_session;
    Actor m_actor;
    QLabel *m_hint = nullptr;
    QTableWidget *m_table = nullptr;
    AcquirerForm *m_form = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_message = nullptr;
};

// Settings → Merchants: the shop's merchant records (MID and names) and adding one (owner).
class MerchantsView : public QWidget
{
    Q_OBJECT
public:
    explicit MerchantsView(AppSession &session, QWidget *parent = nullptr);
    void setActor(const Actor &actor);
    void reload();
    QString messageText() const;

signals:
    void merchantsChanged();

protected:
    void changeEvent(QEvent *e) override;

private:
    void retranslate();
    void addMerchant();
    void say(const QString &text, bool error);

    AppSession &m_session;
    Actor m_actor;
    QLabel *m_hint = nullptr;
    QTableWidget *m_table = nullptr;
    MerchantForm *m_form = nullptr;
    QPushButton *m_add = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace posdesk::desktop
