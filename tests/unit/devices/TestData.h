#pragma once

#include <QDir>
#include <QString>

// tests/data: from POSDESK_TEST_DATA (set by CTest), else the source tree path compiled in, so that a test binary
// started by hand finds its golden files too.
inline QString testDataDir()
{
    const QString fromEnv = qEnvironmentVariable("POSDESK_TEST_DATA");
    return fromEnv.isEmpty() ? QStringLiteral(POSDESK_SOURCE_TEST_DATA) : fromEnv;
}
