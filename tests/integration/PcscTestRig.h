#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace posdesk::test {

// Helpers for tests on the PC/SC rig (tests/rig/pcsc-rig.sh). CTest gives a test that calls
// posdesk_use_pcsc_rig(TEST) the variables POSDESK_TEST_PCSC_DIR (the rig directory), POSDESK_PCSC_RIG (the
// script) and PCSCLITE_CSOCK_NAME (the private pcscd's socket, which libpcsclite reads by itself).

// DIR/pcsc.env as a map: PCSCLITE_CSOCK_NAME, POSDESK_PCSC_PORT, POSDESK_PCSC_PCSCD_PID, POSDESK_PCSC_READER, ...
// Empty when the rig is not running.
QMap<QString, QString> readPcscRigEnv(const QString &dir);

// Runs the rig script with `args` ("insert", DIR, "debit-pin"; "remove", DIR; ...); false, with a warning that
// carries the script's output, when it fails.
bool runPcscRig(const QStringList &args, QString *output = nullptr);

// "key=value" lines (and bare "word" lines, as keys with empty values) of a child process's output.
QMap<QString, QString> parseKeyValueLines(const QByteArray &out);

} // namespace posdesk::test
