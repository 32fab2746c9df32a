#include "printer/PrinterText.h"

#include <QStringEncoder>

#if __has_include(<iconv.h>)
#include <iconv.h>
#define POSDESK_HAVE_ICONV 1
#endif

namespace posdesk::PrinterText {

namespace {

constexpr char16_t kYen = 0x00A5;
constexpr char16_t kFullWidthYen = 0xFFE5;

bool isControl(char32_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0);
}

bool isSurrogate(char32_t c)
{
    return c >= 0xD800 && c <= 0xDFFF;
}

// Matches what the encoders emit: only characters sent as a double-byte (or four-byte) sequence are wide.
int columnsOf(char32_t c, bool chineseMode)
{
    return (chineseMode && c >= 0x80 && !isControl(c) && !isSurrogate(c)) ? 2 : 1;
}

// Calls f(codePoint, lengthInUtf16) for each character; an unpaired surrogate counts as one character.
template <typename F> void forEachCodePoint(QStringView text, F f)
{
    for (qsizetype i = 0; i < text.size();) {
        const char16_t u = text[i].unicode();
        if (QChar::isHighSurrogate(u) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
            f(QChar::surrogateToUcs4(u, text[i + 1].unicode()), 2);
            i += 2;
        } else {
            f(char32_t(u), 1);
            i += 1;
        }
    }
}

#ifdef POSDESK_HAVE_ICONV
// Fallback for a Qt built without ICU, where QStringEncoder only knows the UTF encodings.
QByteArray iconvGb18030(QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    iconv_t cd = iconv_open("GB18030", "UTF-8");
    if (cd == iconv_t(-1))
        return {};
    QByteArray out(utf8.size() * 2 + 8, Qt::Uninitialized);
    char *in = const_cast<char *>(utf8.constData());
    size_t inLeft = size_t(utf8.size());
    char *dst = out.data();
    size_t outLeft = size_t(out.size());
    const size_t rc = iconv(cd, &in, &inLeft, &dst, &outLeft);
    iconv_close(cd);
    if (rc == size_t(-1))
        return {};
    out.truncate(out.size() - qsizetype(outLeft));
    return out;
}
#endif

QByteArray toGb18030(const QString &text)
{
    QStringEncoder encoder("GB18030");
    if (encoder.isValid())
        return encoder.encode(text);
#ifdef POSDESK_HAVE_ICONV
    return iconvGb18030(text);
#else
    // Without any converter, printing '?' beats printing mojibake.
    QByteArray out;
    forEachCodePoint(text, [&](char32_t c, int) { out += c < 0x80 ? char(c) : '?'; });
    return out;
#endif
}

} // namespace

QByteArray encodeChinese(QStringView text)
{
    QString cleaned;
    cleaned.reserve(text.size());
    forEachCodePoint(text, [&](char32_t c, int) {
        if (isControl(c) || isSurrogate(c))
            cleaned += u'?';
        else if (c == kYen)
            cleaned += QChar(kFullWidthYen);
        else
            cleaned += QString::fromUcs4(&c, 1);
    });
    return toGb18030(cleaned);
}

QByteArray encodeLatin(QStringView text, int codePage)
{
    char yen = 'Y';
    switch (codePage) {
    case 0: // PC437
        yen = char(0x9D);
        break;
    case 2:  // PC850
    case 19: // PC858
        yen = char(0xBE);
        break;
    case 16: // WPC1252
        yen = char(0xA5);
        break;
    default:
        break;
    }
    QByteArray out;
    out.reserve(text.size());
    forEachCodePoint(text, [&](char32_t c, int) {
        if (c == kYen || c == kFullWidthYen)
            out += yen;
        else if (c < 0x80 && !isControl(c))
            out += char(c);
        else
            out += '?';
    });
    return out;
}

int width(QStringView text, bool chineseMode)
{
    int columns = 0;
    forEachCodePoint(text, [&](char32_t c, int) { columns += columnsOf(c, chineseMode); });
    return columns;
}

qsizetype fittingLength(QStringView text, int columns, bool chineseMode)
{
    qsizetype length = 0;
    int used = 0;
    bool full = false;
    forEachCodePoint(text, [&](char32_t c, int units) {
        if (full)
            return;
        const int w = columnsOf(c, chineseMode);
        if (used + w > columns) {
            full = true;
            return;
        }
        used += w;
        length += units;
    });
    return length;
}

} // namespace posdesk::PrinterText
