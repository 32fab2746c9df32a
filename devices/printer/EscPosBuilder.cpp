#include "printer/EscPosBuilder.h"

#include "printer/PrinterText.h"

#include <QCoreApplication>

#include <algorithm>

namespace posdesk {

namespace {

constexpr int kQrMaxBytes = 7089; // QR version 40, numeric; the printer rejects more
constexpr int kMinPaperWidth = 16;
constexpr int kMaxPaperWidth = 96;

} // namespace

EscPosBuilder::EscPosBuilder(PrinterOptions options) : m_options(options), m_chinese(options.chineseMode)
{
    if (m_options.paperWidth < kMinPaperWidth || m_options.paperWidth > kMaxPaperWidth) {
        fail(QCoreApplication::translate(
                 "posdesk::EscPosBuilder",
                 "The paper width of %1 characters is not supported. Set 32 (58 mm paper) or 48 (80 mm paper) in "
                 "the printer settings.")
                 .arg(m_options.paperWidth),
             QStringLiteral("paperWidth=%1").arg(m_options.paperWidth));
        m_options.paperWidth = std::clamp(m_options.paperWidth, kMinPaperWidth, kMaxPaperWidth);
    }
    if (m_options.codePage < 0 || m_options.codePage > 255) {
        fail(QCoreApplication::translate(
                 "posdesk::EscPosBuilder",
                 "Code page %1 does not exist. Set the code page number from the printer's manual (0 to 255) in the "
                 "printer settings.")
                 .arg(m_options.codePage),
             QStringLiteral("codePage=%1").arg(m_options.codePage));
        m_options.codePage = 0;
    }
    m_codePage = m_options.codePage;
}

void EscPosBuilder::raw(std::initializer_list<int> bytes)
{
    for (int b : bytes)
        m_bytes += char(b);
}

void EscPosBuilder::fail(const QString &message, const QString &detail)
{
    if (!m_error)
        m_error = Error::usage(message, detail);
}

EscPosBuilder &EscPosBuilder::init()
{
    raw({0x1B, 0x40});
    m_widthMultiplier = 1;
    codePage(m_options.codePage);
    return chineseMode(m_options.chineseMode);
}

EscPosBuilder &EscPosBuilder::codePage(int n)
{
    if (n < 0 || n > 255) {
        fail(QCoreApplication::translate(
                 "posdesk::EscPosBuilder",
                 "Code page %1 does not exist. Set the code page number from the printer's manual (0 to 255) in the "
                 "printer settings.")
                 .arg(n),
             QStringLiteral("codePage=%1").arg(n));
        return *this;
    }
    raw({0x1B, 0x74, n});
    m_codePage = n;
    return *this;
}

EscPosBuilder &EscPosBuilder::chineseMode(bool on)
{
    raw({0x1C, on ? 0x26 : 0x2E});
    m_chinese = on;
    return *this;
}

EscPosBuilder &EscPosBuilder::align(Align a)
{
    raw({0x1B, 0x61, int(a)});
    return *this;
}

EscPosBuilder &EscPosBuilder::bold(bool on)
{
    raw({0x1B, 0x45, on ? 1 : 0});
    return *this;
}

EscPosBuilder &EscPosBuilder::size(int width, int height)
{
    if (width < 1 || width > 8 || height < 1 || height > 8) {
        fail(QCoreApplication::translate("posdesk::EscPosBuilder",
                                         "Character size %1×%2 is not possible; each factor must be 1 to 8.")
                 .arg(width)
                 .arg(height),
             QStringLiteral("size=%1x%2").arg(width).arg(height));
        return *this;
    }
    raw({0x1D, 0x21, ((width - 1) << 4) | (height - 1)});
    m_widthMultiplier = width;
    return *this;
}

EscPosBuilder &EscPosBuilder::text(QStringView s)
{
    m_bytes += m_chinese ? PrinterText::encodeChinese(s) : PrinterText::encodeLatin(s, m_codePage);
    return *this;
}

EscPosBuilder &EscPosBuilder::line(QStringView s)
{
    text(s);
    m_bytes += '\n';
    return *this;
}

EscPosBuilder &EscPosBuilder::feed(int lines)
{
    if (lines < 0) {
        fail(QCoreApplication::translate("posdesk::EscPosBuilder", "Cannot feed a negative number of lines."),
             QStringLiteral("feed=%1").arg(lines));
        return *this;
    }
    // ESC d takes one byte; longer feeds are split.
    while (lines > 255) {
        raw({0x1B, 0x64, 255});
        lines -= 255;
    }
    if (lines > 0)
        raw({0x1B, 0x64, lines});
    return *this;
}

EscPosBuilder &EscPosBuilder::cut(CutMode mode)
{
    raw({0x1D, 0x56, mode == CutMode::Full ? 0x00 : 0x01});
    return *this;
}

EscPosBuilder &EscPosBuilder::feedAndCut(CutMode mode, int units)
{
    if (units < 0 || units > 255) {
        fail(QCoreApplication::translate("posdesk::EscPosBuilder",
                                         "The feed before a cut must be 0 to 255 motion units."),
             QStringLiteral("units=%1").arg(units));
        return *this;
    }
    raw({0x1D, 0x56, mode == CutMode::Full ? 0x41 : 0x42, units});
    return *this;
}

EscPosBuilder &EscPosBuilder::drawerKick(DrawerPin pin, int onMs, int offMs)
{
    if (onMs < 2 || onMs > 510 || offMs < 2 || offMs > 510) {
        fail(QCoreApplication::translate(
                 "posdesk::EscPosBuilder",
                 "The cash drawer pulse must be 2 to 510 ms on and off. Check the drawer settings."),
             QStringLiteral("on=%1 off=%2").arg(onMs).arg(offMs));
        return *this;
    }
    raw({0x1B, 0x70, int(pin), onMs / 2, offMs / 2});
    return *this;
}

EscPosBuilder &EscPosBuilder::qrCode(QByteArrayView data, int moduleSize, QrErrorLevel level, int model)
{
    if (data.isEmpty() || data.size() > kQrMaxBytes) {
        fail(QCoreApplication::translate("posdesk::EscPosBuilder",
                                         "A QR code holds 1 to %1 bytes; this one has %2. Shorten the data.")
                 .arg(kQrMaxBytes)
                 .arg(data.size()),
             QStringLiteral("qr=%1").arg(data.size()));
        return *this;
    }
    if (moduleSize < 1 || moduleSize > 16 || (model != 1 && model != 2)) {
        fail(QCoreApplication::translate("posdesk::EscPosBuilder",
                                         "QR module size must be 1 to 16 and the model 1 or 2."),
             QStringLiteral("module=%1 model=%2").arg(moduleSize).arg(model));
        return *this;
    }
    if (!m_options.qrSupported) {
        // Models without GS ( k would print the command bytes as junk; the payload as text is still usable.
        return wrapped(QString::fromUtf8(data));
    }
    raw({0x1D, 0x28, 0x6B, 0x04, 0x00, 0x31, 0x41, 0x30 + model, 0x00});
    raw({0x1D, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x43, moduleSize});
    raw({0x1D, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x45, int(level)});
    const int stored = int(data.size()) + 3; // pL pH count the "31 50 30" before the data
    raw({0x1D, 0x28, 0x6B, stored & 0xFF, stored >> 8, 0x31, 0x50, 0x30});
    m_bytes += data;
    raw({0x1D, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x51, 0x30});
    return *this;
}

EscPosBuilder &EscPosBuilder::code128(QByteArrayView data, int height, int moduleWidth, HriPosition hri)
{
    QByteArray body = QByteArrayLiteral("{B");
    for (char c : data) {
        if (c < 0x20 || c > 0x7E) {
            fail(QCoreApplication::translate("posdesk::EscPosBuilder",
                                             "A CODE128 barcode can only hold printable ASCII characters."),
                 QStringLiteral("code128"));
            return *this;
        }
        // '{' introduces a code-set switch in the printer's CODE128 syntax, so a literal one is doubled.
        if (c == '{')
            body += '{';
        body += c;
    }
    if (data.isEmpty() || body.size() > 255) {
        fail(QCoreApplication::translate("posdesk::EscPosBuilder",
                                         "A CODE128 barcode here holds 1 to about 250 characters; this one has %1.")
                 .arg(data.size()),
             QStringLiteral("code128=%1").arg(data.size()));
        return *this;
    }
    if (height < 1 || height > 255 || moduleWidth < 2 || moduleWidth > 6) {
        fail(QCoreApplication::translate("posdesk::EscPosBuilder",
                                         "Barcode height must be 1 to 255 dots and the module width 2 to 6."),
             QStringLiteral("height=%1 width=%2").arg(height).arg(moduleWidth));
        return *this;
    }
    raw({0x1D, 0x68, height});
    raw({0x1D, 0x77, moduleWidth});
    raw({0x1D, 0x48, int(hri)});
    raw({0x1D, 0x6B, 0x49, int(body.size())});
    m_bytes += body;
    return *this;
}

int EscPosBuilder::columns() const
{
    return std::max(1, m_options.paperWidth / m_widthMultiplier);
}

int EscPosBuilder::widthOf(QStringView s) const
{
    return PrinterText::width(s, m_chinese);
}

QStringList EscPosBuilder::wrap(QStringView text, int columns) const
{
    QStringList out;
    for (QStringView paragraph : text.split(u'\n')) {
        QStringView rest = paragraph;
        if (rest.isEmpty())
            out << QString();
        while (!rest.isEmpty()) {
            qsizetype n = PrinterText::fittingLength(rest, columns, m_chinese);
            if (n >= rest.size()) {
                out << rest.toString();
                break;
            }
            if (n == 0) // one character wider than the line: print it anyway rather than loop
                n = (rest.size() > 1 && rest[0].isHighSurrogate()) ? 2 : 1;
            if (n >= rest.size()) {
                out << rest.toString();
                break;
            }
            qsizetype cut = n;
            if (rest[n] != u' ') {
                const qsizetype space = rest.first(n).lastIndexOf(u' ');
                if (space > 0)
                    cut = space;
            }
            out << rest.first(cut).trimmed().toString();
            rest = rest.sliced(cut);
            while (!rest.isEmpty() && rest[0] == u' ')
                rest = rest.sliced(1);
        }
    }
    return out;
}

EscPosBuilder &EscPosBuilder::labelValue(QStringView label, QStringView value, QChar leader)
{
    const int cols = columns();
    const int wl = widthOf(label);
    const int wv = widthOf(value);
    if (wl + 1 + wv <= cols) {
        const int gap = cols - wl - wv;
        const int leaderWidth = std::max(1, widthOf(QStringView(&leader, 1)));
        QString fill;
        if (leader != u' ' && gap >= 2 + leaderWidth) {
            const int count = (gap - 2) / leaderWidth;
            fill = u' ' + QString(count, leader) + QString(gap - 1 - count * leaderWidth, u' ');
        } else {
            fill = QString(gap, u' ');
        }
        return line(label.toString() + fill + value.toString());
    }
    for (const QString &l : wrap(label, cols))
        line(l);
    for (const QString &v : wrap(value, cols))
        line(QString(cols - widthOf(v), u' ') + v);
    return *this;
}

EscPosBuilder &EscPosBuilder::rule(QChar c)
{
    const int w = std::max(1, widthOf(QStringView(&c, 1)));
    return line(QString(columns() / w, c));
}

EscPosBuilder &EscPosBuilder::wrapped(QStringView text)
{
    for (const QString &l : wrap(text, columns()))
        line(l);
    return *this;
}

Status EscPosBuilder::status() const
{
    if (m_error)
        return *m_error;
    return {};
}

Result<QByteArray> EscPosBuilder::result() const
{
    if (m_error)
        return *m_error;
    return m_bytes;
}

} // namespace posdesk
