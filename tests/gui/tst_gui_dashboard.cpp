#include "GuiShop.h"

#include "pages/DashboardPage.h"
#include "pages/TillPage.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QPieSeries>
#include <QRegularExpression>
#include <QTranslator>

using namespace posdesk;
using namespace posdesk::desktop;

namespace {

// A catalogue with one entry, as the Chinese one will have it: shows that the legend goes through tr().
class UnionPayInChinese : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "posdesk::desktop::DashboardPage") == 0 && qstrcmp(source, "UnionPay") == 0)
            return QStringLiteral("银联");
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

// What the owner reads at a glance (issue 19, items 4 and 6): money axes in yuan with thousands separators, card
// schemes named in the window's language, and a focus ring on the till's Pay button that a cashier can see.
class TestGuiDashboard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    std::unique_ptr<test::GuiShop> m_shop;

    QList<QChartView *> charts()
    {
        return m_shop->window()->page(QStringLiteral("dashboard"))->findChildren<QChartView *>();
    }
    QCategoryAxis *axis(const char *name)
    {
        for (QChartView *v : charts()) {
            for (QAbstractAxis *a : v->chart()->axes(Qt::Vertical)) {
                if (a->objectName() == QLatin1String(name))
                    return qobject_cast<QCategoryAxis *>(a);
            }
        }
        return nullptr;
    }
    QStringList pieLabels()
    {
        QStringList out;
        for (QChartView *v : charts()) {
            for (QAbstractSeries *s : v->chart()->series()) {
                if (auto *pie = qobject_cast<QPieSeries *>(s)) {
                    for (QPieSlice *slice : pie->slices())
                        out << slice->label();
                }
            }
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        test::GuiShop::isolateSettings(m_settings.path());
        m_shop = std::make_unique<test::GuiShop>();
        QVERIFY(m_shop->start());
        QVERIFY(m_shop->signIn(DemoUsers::kOwner, DemoUsers::kOwnerPassword));
        m_shop->window()->resize(1200, 800);
        QVERIFY(m_shop->open(QStringLiteral("dashboard")));
    }
    void cleanupTestCase() { m_shop.reset(); }

    void moneyAxesSayYuanWithSeparators()
    {
        for (const char *name : {"salesAxis", "terminalSalesAxis"}) {
            QCategoryAxis *a = axis(name);
            QVERIFY2(a, name);
            const QStringList labels = a->categoriesLabels();
            QVERIFY2(labels.size() >= 3, name);
            static const QRegularExpression money(QStringLiteral("^¥\\d{1,3}(,\\d{3})*$"));
            for (const QString &l : labels)
                QVERIFY2(money.match(l).hasMatch(), qPrintable(l));
            QCOMPARE(labels.first(), QStringLiteral("¥0"));
            // The top tick is at or above the highest bar, and round.
            QVERIFY(a->max() >= a->endValue(labels.at(labels.size() - 2)));
        }
        // 90 days of a shop's takings per terminal run into thousands of yuan: the separator shows.
        QVERIFY2(axis("terminalSalesAxis")->categoriesLabels().last().contains(u','),
                 qPrintable(axis("terminalSalesAxis")->categoriesLabels().join(u' ')));
        m_shop->shoot("dashboard");
    }

    void cardSchemesInTheWindowsLanguage()
    {
        QVERIFY2(pieLabels().filter(QRegularExpression(QStringLiteral("^UnionPay \\d"))).size() == 1,
                 qPrintable(pieLabels().join(u'|')));
        UnionPayInChinese chinese;
        QCoreApplication::installTranslator(&chinese);
        QTRY_VERIFY2(pieLabels().filter(QRegularExpression(QStringLiteral("^银联 \\d"))).size() == 1,
                     qPrintable(pieLabels().join(u'|')));
        QVERIFY(pieLabels().filter(QStringLiteral("UnionPay")).isEmpty());
        QCoreApplication::removeTranslator(&chinese);
        QTRY_VERIFY(!pieLabels().filter(QRegularExpression(QStringLiteral("^UnionPay \\d"))).isEmpty());
    }

    // Tab on the till walks through what a cashier can see: every stop is on screen, none is hidden or empty,
    // on a terminal that takes cards and on one whose card payments are blocked (Pay hidden, cash offered).
    void tabStopsOnTheTillAreVisible_data()
    {
        QTest::addColumn<QString>("tid");
        QTest::newRow("takes cards") << QString::fromLatin1(DemoFacts::kRegisteredTid);
        QTest::newRow("blocked by 97") << QString::fromLatin1(DemoFacts::kUnregisteredTid);
    }
    void tabStopsOnTheTillAreVisible()
    {
        QFETCH(QString, tid);
        QVERIFY(m_shop->open(QStringLiteral("till")));
        auto *till = qobject_cast<TillPage *>(m_shop->window()->page(QStringLiteral("till")));
        QVERIFY(till->selectTerminal(tid));
        m_shop->window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_shop->window()));
        auto *amount = till->findChild<QLineEdit *>(QStringLiteral("amount"));
        amount->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(amount->hasFocus());
        QStringList walked;
        QWidget *first = QApplication::focusWidget();
        for (int i = 0; i < 60; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *w = QApplication::focusWidget();
            QVERIFY(w);
            walked << QStringLiteral("%1(%2)").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
            const QRect onScreen = w->visibleRegion().boundingRect();
            QVERIFY2(w->isVisible() && !onScreen.isEmpty(), qPrintable(walked.join(QStringLiteral(" → "))));
            if (w == first)
                break;
        }
        QCOMPARE(QApplication::focusWidget(), first); // round the whole window and back
        // The status bar in the order it reads: Switch user, then Lock.
        QVERIFY2(walked.indexOf(QStringLiteral("QPushButton(switchUserButton)")) + 1 ==
                     walked.indexOf(QStringLiteral("QPushButton(lockButton)")),
                 qPrintable(walked.join(QStringLiteral(" → "))));
    }

    // The Pay button shows when the keyboard is on it: an amber ring, absent without focus.
    void payButtonHasAVisibleFocusRing()
    {
        QVERIFY(m_shop->open(QStringLiteral("till")));
        QVERIFY(qobject_cast<TillPage *>(m_shop->window()->page(QStringLiteral("till")))
                    ->selectTerminal(QString::fromLatin1(DemoFacts::kRegisteredTid)));
        m_shop->window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_shop->window()));
        auto *pay =
            m_shop->window()->page(QStringLiteral("till"))->findChild<QPushButton *>(QStringLiteral("payButton"));
        QVERIFY(pay);
        auto ringPixels = [pay] {
            const QImage img = pay->grab().toImage();
            int n = 0;
            for (int y = 0; y < img.height(); ++y) {
                for (int x = 0; x < img.width(); ++x) {
                    const QColor c = img.pixelColor(x, y);
                    n += std::abs(c.red() - 0xf5) < 24 && std::abs(c.green() - 0x9e) < 24 &&
                         std::abs(c.blue() - 0x0b) < 40;
                }
            }
            return n;
        };
        auto *amount = m_shop->window()->page(QStringLiteral("till"))->findChild<QLineEdit *>(QStringLiteral("amount"));
        amount->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(amount->hasFocus());
        QCOMPARE(ringPixels(), 0);
        pay->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(pay->hasFocus());
        QVERIFY2(ringPixels() > 2 * pay->width(), qPrintable(QString::number(ringPixels())));
    }
};

QTEST_MAIN(TestGuiDashboard)
#include "tst_gui_dashboard.moc"
