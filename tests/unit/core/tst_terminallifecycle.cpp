#include "enrollment/TerminalLifecycle.h"

#include <QTest>

using namespace posdesk;

class TestTerminalLifecycle : public QObject
{
    Q_OBJECT
private slots:
    void happyPath()
    {
        const TerminalState path[] = {TerminalState::Applied,   TerminalState::DocumentsSubmitted,
                                      TerminalState::Approved,  TerminalState::KeysLoaded,
                                      TerminalState::SignedOn,  TerminalState::Active,
                                      TerminalState::Suspended, TerminalState::Active,
                                      TerminalState::Swapped,   TerminalState::Deregistered};
        for (size_t i = 1; i < std::size(path); ++i)
            QVERIFY2(TerminalLifecycle::refusalReason(path[i - 1], path[i]).isEmpty(),
                     qPrintable(toKey(path[i - 1]) + u'>' + toKey(path[i])));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("skip approval") << "applied"
                                       << "active";
        QTest::newRow("active before sign-on") << "keys-loaded"
                                               << "active";
        QTest::newRow("back to applied") << "active"
                                         << "applied";
        QTest::newRow("revive deregistered") << "deregistered"
                                             << "active";
        QTest::newRow("same state") << "active"
                                    << "active";
    }
    void refused()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        const QString reason =
            TerminalLifecycle::refusalReason(*terminalStateFromString(from), *terminalStateFromString(to));
        QVERIFY(!reason.isEmpty());
        QVERIFY(reason.contains(from));
    }

    // A new application starts before approval, a terminal already in use from approval on; each is refused the
    // other's first states, with a reason naming the ones it can start in.
    void firstStatesByOrigin()
    {
        using O = TerminalLifecycle::Origin;
        using S = TerminalState;
        QCOMPARE(TerminalLifecycle::firstStates(O::NewApplication).front(), S::Applied);
        QCOMPARE(TerminalLifecycle::firstStates(O::Existing).front(), S::Active);
        for (int i = 0; i <= int(S::Deregistered); ++i) {
            const auto s = S(i);
            const bool beforeApproval = s == S::Applied || s == S::DocumentsSubmitted;
            const bool inUse =
                s == S::Approved || s == S::KeysLoaded || s == S::SignedOn || s == S::Active || s == S::Suspended;
            QCOMPARE(TerminalLifecycle::firstStateProblem(O::NewApplication, s).isEmpty(), beforeApproval);
            QCOMPARE(TerminalLifecycle::firstStateProblem(O::Existing, s).isEmpty(), inUse);
        }
        QVERIFY(TerminalLifecycle::firstStateProblem(O::Existing, S::Applied).contains(QStringLiteral("approved")));
        QVERIFY(TerminalLifecycle::firstStateProblem(O::NewApplication, S::Active).contains(QStringLiteral("applied")));
    }

    void everyStateNamed()
    {
        for (int i = 0; i <= int(TerminalState::Deregistered); ++i) {
            const auto s = TerminalState(i);
            QCOMPARE(terminalStateFromString(toKey(s)), std::optional<TerminalState>(s));
            QVERIFY(!displayName(s).isEmpty());
        }
        QVERIFY(!terminalStateFromString(QStringLiteral("bogus")));
    }
};

QTEST_GUILESS_MAIN(TestTerminalLifecycle)
#include "tst_terminallifecycle.moc"
