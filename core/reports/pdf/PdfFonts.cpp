#include "reports/pdf/PdfFonts.h"

#include <QCoreApplication>
#include <QFile>
#include <QFontDatabase>
#include <QRawFont>

#include <cstring>
#include <tuple>

namespace posdesk::pdf {

namespace {

// fonts-noto-cjk on Debian and Ubuntu; the bold file makes bold text real bold instead of smeared regular.
const char *const kNotoFiles[] = {
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
};
const char *const kPreferredFamilies[] = {
    "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "SimSun",
};

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

const char *findBytes(const char *from, const char *end, const char *needle)
{
    const std::size_t n = std::strlen(needle);
    for (const char *p = from; p + n <= end; ++p) {
        p = static_cast<const char *>(std::memchr(p, needle[0], std::size_t(end - p)));
        if (!p || p + n > end)
            return nullptr;
        if (std::memcmp(p, needle, n) == 0)
            return p;
    }
    return nullptr;
}

// One "<hhhh>" token of a CMap: where its digits are and their value.
struct HexToken
{
    char *digits = nullptr;
    int length = 0;
    char32_t value = 0;
};

class CMapScanner
{
public:
    CMapScanner(char *pos, char *end) : m_pos(pos), m_end(end) {}

    void skipSpace()
    {
        while (m_pos < m_end && (*m_pos == ' ' || *m_pos == '\n' || *m_pos == '\r' || *m_pos == '\t'))
            ++m_pos;
    }
    bool peek(char c)
    {
        skipSpace();
        return m_pos < m_end && *m_pos == c;
    }
    bool take(char c)
    {
        if (!peek(c))
            return false;
        ++m_pos;
        return true;
    }
    bool token(HexToken &t)
    {
        if (!take('<'))
            return false;
        t.digits = m_pos;
        t.value = 0;
        while (m_pos < m_end && isHex(*m_pos)) {
            const char c = *m_pos++;
            t.value = t.value * 16 + char32_t(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
        }
        t.length = int(m_pos - t.digits);
        return take('>');
    }

private:
    char *m_pos;
    char *m_end;
};

int patch(const HexToken &t, const QHash<char32_t, char32_t> &equivalents)
{
    if (t.length != 4)
        return 0;
    const auto it = equivalents.constFind(t.value);
    if (it == equivalents.constEnd() || *it > 0xFFFF)
        return 0;
    static const char kDigits[] = "0123456789ABCDEF";
    for (int i = 0; i < 4; ++i)
        t.digits[i] = kDigits[(*it >> (12 - 4 * i)) & 0xF];
    return 1;
}

// Rewrites the destinations of one "beginbfrange … endbfrange" or "beginbfchar … endbfchar" block.
int fixBlock(char *begin, char *end, bool ranges, const QHash<char32_t, char32_t> &equivalents)
{
    int fixed = 0;
    CMapScanner s(begin, end);
    for (;;) {
        HexToken first;
        HexToken last;
        if (!s.token(first))
            return fixed;
        if (ranges && !s.token(last))
            return fixed;
        if (ranges && s.take('[')) {
            HexToken dst;
            while (s.token(dst))
                fixed += patch(dst, equivalents);
            if (!s.take(']'))
                return fixed;
            continue;
        }
        HexToken dst;
        if (!s.token(dst))
            return fixed;
        // A range of several glyphs with one destination means consecutive code points: leave it as it is.
        if (!ranges || first.value == last.value)
            fixed += patch(dst, equivalents);
    }
}

} // namespace

QString reportFontFamily()
{
    // Registered once per process: the font database keeps application fonts until the application ends.
    static const QString family = [] {
        QString found;
        for (const char *file : kNotoFiles) {
            const QString path = QString::fromLatin1(file);
            if (!QFile::exists(path))
                continue;
            const int id = QFontDatabase::addApplicationFont(path);
            if (found.isEmpty() && QFontDatabase::applicationFontFamilies(id).contains(u"Noto Sans CJK SC"))
                found = QStringLiteral("Noto Sans CJK SC");
        }
        const QStringList installed = found.isEmpty() ? QFontDatabase::families() : QStringList();
        for (const char *candidate : kPreferredFamilies) {
            if (found.isEmpty() && installed.contains(QString::fromLatin1(candidate)))
                found = QString::fromLatin1(candidate);
        }
        return found.isEmpty() ? QFontDatabase::systemFont(QFontDatabase::GeneralFont).family() : found;
    }();
    return family;
}

QHash<char32_t, char32_t> radicalEquivalents(const QFont &font)
{
    QHash<char32_t, char32_t> out;
    const QRawFont raw = QRawFont::fromFont(font);
    if (!raw.isValid())
        return out;
    // Ideographs of CJK Extension A and the unified block, in code point order: the first one wins.
    QString ideographs;
    for (char16_t c = 0x3400; c <= 0x9FFF; ++c)
        ideographs.append(QChar(c));
    const QList<quint32> ideographGlyphs = raw.glyphIndexesForString(ideographs);
    QHash<quint32, char32_t> byGlyph;
    for (qsizetype i = 0; i < ideographGlyphs.size(); ++i) {
        if (ideographGlyphs[i] != 0 && !byGlyph.contains(ideographGlyphs[i]))
            byGlyph.insert(ideographGlyphs[i], char32_t(ideographs[i].unicode()));
    }
    QString radicals;
    for (char16_t c = 0x2E80; c <= 0x2FDF; ++c)
        radicals.append(QChar(c));
    const QList<quint32> radicalGlyphs = raw.glyphIndexesForString(radicals);
    for (qsizetype i = 0; i < radicalGlyphs.size(); ++i) {
        const auto it = byGlyph.constFind(radicalGlyphs[i]);
        if (radicalGlyphs[i] != 0 && it != byGlyph.constEnd())
            out.insert(char32_t(radicals[i].unicode()), *it);
    }
    return out;
}

Result<int> fixRadicalsInToUnicode(const QString &pdfPath, const QHash<char32_t, char32_t> &equivalents)
{
    if (equivalents.isEmpty())
        return 0;
    QFile file(pdfPath);
    if (!file.open(QIODevice::ReadWrite))
        return Error::environment(
            QCoreApplication::translate("posdesk::PdfReportWriter", "Cannot finish the PDF %1.").arg(pdfPath),
            file.errorString());
    if (file.size() == 0)
        return 0;
    // Mapped, not read: a report of many pages stays out of memory, and only the touched pages are written back.
    uchar *data = file.map(0, file.size());
    if (!data)
        return Error::environment(
            QCoreApplication::translate("posdesk::PdfReportWriter", "Cannot finish the PDF %1.").arg(pdfPath),
            file.errorString());
    char *const begin = reinterpret_cast<char *>(data);
    char *const end = begin + file.size();
    int fixed = 0;
    const char *cursor = begin;
    while (const char *cmap = findBytes(cursor, end, "/CMapName /Adobe-Identity-UCS")) {
        const char *cmapEnd = findBytes(cmap, end, "endcmap");
        if (!cmapEnd)
            break;
        for (const auto &[open, close, ranges] :
             {std::tuple("beginbfrange", "endbfrange", true), std::tuple("beginbfchar", "endbfchar", false)}) {
            const char *block = cmap;
            while ((block = findBytes(block, cmapEnd, open))) {
                const char *blockEnd = findBytes(block, cmapEnd, close);
                if (!blockEnd)
                    break;
                char *from = begin + (block - begin) + std::strlen(open);
                fixed += fixBlock(from, begin + (blockEnd - begin), ranges, equivalents);
                block = blockEnd;
            }
        }
        cursor = cmapEnd;
    }
    file.unmap(data);
    return fixed;
}

} // namespace posdesk::pdf
