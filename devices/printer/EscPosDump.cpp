#include "printer/EscPosDump.h"

#include <QStringDecoder>
#include <QStringList>

#include <algorithm>
#include <cstdint>

namespace posdesk::EscPosDump {

namespace {

QString hexBytes(QByteArrayView b)
{
    return QString::fromLatin1(b.toByteArray().toHex(' ').toUpper());
}

class Dumper
{
public:
    explicit Dumper(QByteArrayView job) : m_job(job) {}

    QString run()
    {
        while (m_pos < m_job.size()) {
            const auto c = std::uint8_t(m_job[m_pos]);
            if (c == 0x0A) {
                flushText(true);
                ++m_pos;
            } else if (c < 0x20 || c == 0x7F) {
                flushText(false);
                command();
            } else {
                m_text += char(c);
                ++m_pos;
            }
        }
        flushText(false);
        return m_out.join(u'\n') + u'\n';
    }

private:
    int byteAt(qsizetype i) const { return i < m_job.size() ? int(std::uint8_t(m_job[i])) : -1; }

    // Emits `length` bytes of command as one bracketed line; missing bytes mean a truncated job.
    bool need(qsizetype length)
    {
        if (m_pos + length <= m_job.size())
            return true;
        m_out << QStringLiteral("[TRUNCATED %1]").arg(hexBytes(m_job.sliced(m_pos)));
        m_pos = m_job.size();
        return false;
    }

    void put(const QString &line, qsizetype length)
    {
        m_out << u'[' + line + u']';
        m_pos += length;
    }

    void flushText(bool lineFeed)
    {
        if (m_text.isEmpty() && !lineFeed)
            return;
        QString decoded;
        if (m_chinese) {
            QStringDecoder decoder("GB18030");
            decoded = decoder.isValid() ? QString(decoder.decode(m_text)) : QString::fromLatin1(m_text);
        } else {
            for (char ch : m_text) {
                const auto u = std::uint8_t(ch);
                if (u < 0x80)
                    decoded += QChar(char16_t(u));
                else if (u == yenByte())
                    decoded += QChar(char16_t(0x00A5));
                else
                    decoded += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
            }
        }
        m_out << u'|' + decoded + (lineFeed ? QStringLiteral("|") : QStringLiteral("  (no line feed)"));
        m_text.clear();
    }

    // The one non-ASCII character the builder sends in Latin mode, per code page (see PrinterText::encodeLatin).
    int yenByte() const
    {
        switch (m_codePage) {
        case 0:
            return 0x9D;
        case 2:
        case 19:
            return 0xBE;
        case 16:
            return 0xA5;
        default:
            return -1;
        }
    }

    void command()
    {
        const int c0 = byteAt(m_pos);
        const int c1 = byteAt(m_pos + 1);
        const int c2 = byteAt(m_pos + 2);
        if (c0 == 0x1B && c1 == 0x40)
            return put(QStringLiteral("INIT"), 2);
        if (c0 == 0x1C && c1 == 0x26) {
            m_chinese = true;
            return put(QStringLiteral("CHINESE ON"), 2);
        }
        if (c0 == 0x1C && c1 == 0x2E) {
            m_chinese = false;
            return put(QStringLiteral("CHINESE OFF"), 2);
        }
        if (c0 == 0x1B && c1 == 0x74 && need(3)) {
            m_codePage = c2;
            return put(QStringLiteral("CODE PAGE %1").arg(c2), 3);
        }
        if (c0 == 0x1B && c1 == 0x61 && need(3)) {
            static const char *const names[] = {"left", "centre", "right"};
            return put(
                QStringLiteral("ALIGN %1").arg(c2 >= 0 && c2 <= 2 ? QLatin1String(names[c2]) : QLatin1String("?")), 3);
        }
        if (c0 == 0x1B && c1 == 0x45 && need(3))
            return put(c2 ? QStringLiteral("BOLD ON") : QStringLiteral("BOLD OFF"), 3);
        if (c0 == 0x1D && c1 == 0x21 && need(3))
            return put(QStringLiteral("SIZE %1x%2").arg((c2 >> 4) + 1).arg((c2 & 0x0F) + 1), 3);
        if (c0 == 0x1B && c1 == 0x64 && need(3))
            return put(QStringLiteral("FEED %1").arg(c2), 3);
        if (c0 == 0x1D && c1 == 0x56 && need(3)) {
            if (c2 == 0x00 || c2 == 0x01)
                return put(c2 == 0 ? QStringLiteral("CUT full") : QStringLiteral("CUT partial"), 3);
            if ((c2 == 0x41 || c2 == 0x42) && need(4))
                return put(QStringLiteral("FEED AND CUT %1 %2")
                               .arg(c2 == 0x41 ? QLatin1String("full") : QLatin1String("partial"))
                               .arg(byteAt(m_pos + 3)),
                           4);
        }
        if (c0 == 0x1B && c1 == 0x70 && need(5))
            return put(QStringLiteral("DRAWER pin %1 on %2 ms off %3 ms")
                           .arg(c2 == 0 ? 2 : 5)
                           .arg(byteAt(m_pos + 3) * 2)
                           .arg(byteAt(m_pos + 4) * 2),
                       5);
        if (c0 == 0x1D && c1 == 0x28 && c2 == 0x6B && need(5)) {
            const qsizetype length = byteAt(m_pos + 3) + byteAt(m_pos + 4) * 256;
            if (need(5 + length))
                return qrFunction(length);
            return;
        }
        if (c0 == 0x1D && c1 == 0x68 && need(3))
            return put(QStringLiteral("BARCODE HEIGHT %1").arg(c2), 3);
        if (c0 == 0x1D && c1 == 0x77 && need(3))
            return put(QStringLiteral("BARCODE WIDTH %1").arg(c2), 3);
        if (c0 == 0x1D && c1 == 0x48 && need(3))
            return put(QStringLiteral("BARCODE TEXT %1").arg(c2), 3);
        if (c0 == 0x1D && c1 == 0x6B && c2 == 0x49 && need(4)) {
            const int n = byteAt(m_pos + 3);
            if (need(4 + n))
                return put(QStringLiteral("CODE128 %1").arg(QString::fromLatin1(m_job.sliced(m_pos + 4, n))), 4 + n);
            return;
        }
        if (c0 == 0x10 && c1 == 0x04 && need(3))
            return put(QStringLiteral("STATUS REQUEST %1").arg(c2), 3);
        if (m_pos < m_job.size())
            put(QStringLiteral("UNKNOWN %1").arg(hexBytes(m_job.sliced(m_pos, 1))), 1);
    }

    void qrFunction(qsizetype length)
    {
        const QByteArrayView body = m_job.sliced(m_pos + 5, length); // cn fn parameters
        const int fn = body.size() >= 2 ? int(std::uint8_t(body[1])) : -1;
        const int p = body.size() >= 3 ? int(std::uint8_t(body[2])) : -1;
        QString line;
        switch (fn) {
        case 0x41:
            line = QStringLiteral("QR MODEL %1").arg(p - 0x30);
            break;
        case 0x43:
            line = QStringLiteral("QR MODULE SIZE %1").arg(p);
            break;
        case 0x45:
            line = QStringLiteral("QR ERROR LEVEL %1").arg(QChar(u"LMQH"[std::clamp(p - 0x30, 0, 3)]));
            break;
        case 0x50:
            line =
                QStringLiteral("QR STORE %1").arg(QString::fromUtf8(body.sliced(std::min<qsizetype>(3, body.size()))));
            break;
        case 0x51:
            line = QStringLiteral("QR PRINT");
            break;
        default:
            line = QStringLiteral("QR FUNCTION %1").arg(hexBytes(body));
            break;
        }
        put(line, 5 + length);
    }

    QByteArrayView m_job;
    qsizetype m_pos = 0;
    QByteArray m_text;
    bool m_chinese = false;
    int m_codePage = 0;
    QStringList m_out;
};

} // namespace

QString toText(QByteArrayView job)
{
    return Dumper(job).run();
}

} // namespace posdesk::EscPosDump
