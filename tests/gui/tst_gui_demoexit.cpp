#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace posdesk;

// Stopping the demo as a session does (logout, shutdown: SIGTERM; Ctrl+C: SIGINT) cleans up like Quit (issue 19,
// item 9): the real `posdesk --demo` is started, its temporary folder with the database and the key appears, the
// signal is sent, and the folder is gone when the program has ended.
class TestGuiDemoExit : public QObject
{
    Q_OBJECT

    // The demo folders under `tmp`: those holding a database.
    static QStringList demoFolders(const QString &tmp)
    {
        QStringList out;
        QDirIterator it(tmp, {QStringLiteral("*.db")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            out << QFileInfo(it.next()).absolutePath();
        return out;
    }

private slots:
    void signalCleansUp_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }

    void signalCleansUp()
    {
        QFETCH(int, signal);
        QTemporaryDir tmp;
        QTemporaryDir home;
        QVERIFY(tmp.isValid() && home.isValid());
        QProcess demo;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TMPDIR"), tmp.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path()); // else Qt makes one under TMPDIR
        env.insert(QStringLiteral("POSDESK_DEMO_CHIP"), QStringLiteral("0"));
        demo.setProcessEnvironment(env);
        demo.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        demo.start(test::programPath(QStringLiteral("posdesk")), {QStringLiteral("--demo")});
        QVERIFY(demo.waitForStarted(10000));

        // Up: the demo folder with its database and data-protection key.
        QTRY_VERIFY_WITH_TIMEOUT(!demoFolders(tmp.path()).isEmpty(), 60000);
        const QString folder = demoFolders(tmp.path()).first();
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("demo.db.key"))), 30000);
        QTest::qWait(500); // the window is open and the event loop runs
        QCOMPARE(demo.state(), QProcess::Running);

        QCOMPARE(::kill(pid_t(demo.processId()), signal), 0);
        QVERIFY(demo.waitForFinished(30000));
        QCOMPARE(demo.exitStatus(), QProcess::NormalExit); // ended by its own hand, not by the signal
        QCOMPARE(demo.exitCode(), 0);
        QVERIFY2(!QFileInfo::exists(folder), qPrintable(folder));
        QVERIFY2(
            QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty(),
            qPrintable(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).join(u' ')));
    }
};

QTEST_GUILESS_MAIN(TestGuiDemoExit)
#include "tst_gui_demoexit.moc"
