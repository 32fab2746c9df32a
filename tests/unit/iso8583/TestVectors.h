#pragma once

// Loads the public CUP vectors of tests/data/iso8583 (see the README there).

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QtTest/QTest>

#include <cctype>

namespace posdesk::test {

inline QString iso8583DataPath(const QString &name)
{
    return qEnvironmentVariable("POSDESK_TEST_DATA") + QStringLiteral("/iso8583/") + name;
}

// Strict: a vector file with anything but one line of hex is a broken fixture, not an empty vector.
inline QByteArray loadHexVector(const QString &name)
{
    QFile f(iso8583DataPath(name));
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning("cannot open %s (is POSDESK_TEST_DATA set?)", qPrintable(f.fileName()));
        return {};
    }
    const QByteArray text = f.readAll().trimmed();
    if (text.isEmpty() || text.size() % 2 != 0)
        return {};
    for (char c : text) {
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return {};
    }
    return QByteArray::fromHex(text);
}

inline QByteArray hexBytes(const char *hex)
{
    return QByteArray::fromHex(QByteArray(hex));
}

} // namespace posdesk::test
