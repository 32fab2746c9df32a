#include "reconciliation/StatementText.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <limits>

namespace posdesk::reconciliation::text {

namespace {

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

int lineOfOffset(QByteArrayView bytes, qsizetype offset)
{
    int line = 1;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes[i] == '\n')
            ++line;
    }
    return line;
}

// Offset of the first byte that does not start or continue a valid sequence, or -1.
qsizetype firstInvalidUtf8(QByteArrayView b)
{
    qsizetype i = 0;
    while (i < b.size()) {
        const auto c = static_cast<unsigned char>(b[i]);
        int len = 0;
        std::uint32_t cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > b.size())
            return i;
        for (int k = 1; k < len; ++k) {
            const auto cc = static_cast<unsigned char>(b[i + k]);
            if ((cc & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
            (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
            return i;
        i += len;
    }
    return -1;
}

} // namespace

QString lineReason(int line, const QString &reason)
{
    return QStringLiteral("line %1: %2").arg(line).arg(reason);
}

std::optional<LineProblem> detectEncoding(QByteArrayView bytes, Detected &out)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return LineProblem{1, QCoreApplication::translate("posdesk::StatementText",
                                                          "the file is UTF-16 text; save it as UTF-8 or GBK")};
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        const qsizetype bad = firstInvalidUtf8(bytes.sliced(3));
        if (bad >= 0)
            return LineProblem{lineOfOffset(bytes, bad + 3),
                               QCoreApplication::translate(
                                   "posdesk::StatementText",
                                   "the file starts as UTF-8 (it has a byte-order mark) but this line is not UTF-8")};
        out = Detected{TextEncoding::Utf8WithBom, 3};
        return std::nullopt;
    }
    if (firstInvalidUtf8(bytes) < 0) {
        out = Detected{TextEncoding::Utf8, 0};
        return std::nullopt;
    }
    // Not UTF-8: it must be GB18030/GBK all through. Decode line by line to name the first bad one.
    int line = 1;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= bytes.size(); ++i) {
        if (i == bytes.size() || bytes[i] == '\n') {
            if (!decode(bytes.sliced(start, i - start), TextEncoding::Gb18030))
                return LineProblem{line, QCoreApplication::translate("posdesk::StatementText",
                                                                     "the line is neither UTF-8 nor GBK text")};
            start = i + 1;
            ++line;
        }
    }
    out = Detected{TextEncoding::Gb18030, 0};
    return std::nullopt;
}

std::optional<QString> decode(QByteArrayView bytes, TextEncoding encoding)
{
    if (encoding == TextEncoding::Gb18030) {
        QStringDecoder d("GB18030", QStringConverter::Flag::Stateless);
        if (!d.isValid())
            return std::nullopt;
        QString s = d.decode(bytes);
        if (d.hasError())
            return std::nullopt;
        return s;
    }
    QStringDecoder d(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString s = d.decode(bytes);
    if (d.hasError())
        return std::nullopt;
    return s;
}

QList<QByteArrayView> splitLines(QByteArrayView body)
{
    QList<QByteArrayView> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body[i] == '\n' || body[i] == '\r') {
            lines.append(body.sliced(start, i - start));
            if (body[i] == '\r' && i + 1 < body.size() && body[i + 1] == '\n')
                ++i;
            start = i + 1;
        }
    }
    if (start < body.size())
        lines.append(body.sliced(start));
    return lines;
}

Result<std::int64_t> parseYuan(const QString &input, bool allowThousands)
{
    const QString t = input.trimmed();
    if (t.isEmpty())
        return Error::corrupt(QCoreApplication::translate("posdesk::StatementText", "the amount is empty"));
    qsizetype pos = 0;
    bool negative = false;
    if (t[0] == u'-' || t[0] == u'+') {
        negative = t[0] == u'-';
        pos = 1;
    }
    constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max() / 100;
    std::int64_t units = 0;
    std::int64_t cents = 0;
    int fraction = -1;
    int intDigits = 0;
    int groupDigits = -1; // digits since the last grouping comma; -1 before any comma
    for (; pos < t.size(); ++pos) {
        const QChar c = t[pos];
        if (isAsciiDigit(c)) {
            const int d = c.unicode() - u'0';
            if (fraction >= 0) {
                if (++fraction > 2)
                    return Error::corrupt(QCoreApplication::translate("posdesk::StatementText",
                                                                      "the amount “%1” has more than two decimals")
                                              .arg(t));
                cents = cents * 10 + d;
            } else {
                if (units > (kMax - d) / 10)
                    return Error::corrupt(
                        QCoreApplication::translate("posdesk::StatementText", "the amount “%1” is too large").arg(t));
                units = units * 10 + d;
                ++intDigits;
                if (groupDigits >= 0)
                    ++groupDigits;
            }
        } else if (c == u'.' && fraction < 0) {
            if (intDigits == 0 || (groupDigits >= 0 && groupDigits != 3))
                return Error::corrupt(
                    QCoreApplication::translate("posdesk::StatementText", "“%1” is not an amount in yuan").arg(t));
            fraction = 0;
        } else if (c == u',' && fraction < 0) {
            if (!allowThousands)
                return Error::corrupt(
                    QCoreApplication::translate(
                        "posdesk::StatementText",
                        "the amount “%1” has a comma, which this statement format does not use; check the file")
                        .arg(t));
            if (intDigits == 0 || (groupDigits >= 0 && groupDigits != 3) || (groupDigits < 0 && intDigits > 3))
                return Error::corrupt(
                    QCoreApplication::translate("posdesk::StatementText",
                                                "the amount “%1” has its thousands separators in the wrong place")
                        .arg(t));
            groupDigits = 0;
        } else {
            return Error::corrupt(
                QCoreApplication::translate("posdesk::StatementText", "“%1” is not an amount in yuan").arg(t));
        }
    }
    if (intDigits == 0 || fraction == 0 || (groupDigits >= 0 && groupDigits != 3))
        return Error::corrupt(
            QCoreApplication::translate("posdesk::StatementText", "“%1” is not an amount in yuan").arg(t));
    if (fraction == 1)
        cents *= 10;
    if (units * 100 > std::numeric_limits<std::int64_t>::max() - cents)
        return Error::corrupt(
            QCoreApplication::translate("posdesk::StatementText", "the amount “%1” is too large").arg(t));
    const std::int64_t fen = units * 100 + cents;
    return negative ? -fen : fen;
}

Result<std::int64_t> parseFen(const QString &input)
{
    const QString t = input.trimmed();
    if (t.isEmpty())
        return Error::corrupt(QCoreApplication::translate("posdesk::StatementText", "the amount is empty"));
    qsizetype pos = 0;
    bool negative = false;
    if (t[0] == u'-' || t[0] == u'+') {
        negative = t[0] == u'-';
        pos = 1;
    }
    if (pos == t.size())
        return Error::corrupt(
            QCoreApplication::translate("posdesk::StatementText", "“%1” is not an amount in fen").arg(t));
    std::int64_t v = 0;
    constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
    for (; pos < t.size(); ++pos) {
        if (!isAsciiDigit(t[pos]))
            return Error::corrupt(QCoreApplication::translate("posdesk::StatementText",
                                                              "“%1” is not an amount in fen (whole digits only)")
                                      .arg(t));
        const int d = t[pos].unicode() - u'0';
        if (v > (kMax - d) / 10)
            return Error::corrupt(
                QCoreApplication::translate("posdesk::StatementText", "the amount “%1” is too large").arg(t));
        v = v * 10 + d;
    }
    return negative ? -v : v;
}

Result<int> parseCount(const QString &input)
{
    const QString t = input.trimmed();
    if (t.isEmpty() || t.size() > 9)
        return Error::corrupt(QCoreApplication::translate("posdesk::StatementText", "“%1” is not a number").arg(t));
    int v = 0;
    for (QChar c : t) {
        if (!isAsciiDigit(c))
            return Error::corrupt(QCoreApplication::translate("posdesk::StatementText", "“%1” is not a number").arg(t));
        v = v * 10 + (c.unicode() - u'0');
    }
    return v;
}

Result<MaskedPan> maskPan(const QString &input)
{
    const QString t = input.trimmed();
    if (t.isEmpty())
        return MaskedPan{};
    int digits = 0;
    int masks = 0;
    for (QChar c : t) {
        if (isAsciiDigit(c))
            ++digits;
        else if (c == u'*' || c == u'X' || c == u'x' || c == u'#')
            ++masks;
        else
            return Error::corrupt(
                QCoreApplication::translate("posdesk::StatementText",
                                            "the card number “%1” has characters a card number does not have")
                    .arg(t.size() > 4 ? t.left(2) + QStringLiteral("…") : QString()));
    }
    if (masks > 0) {
        if (digits <= 10)
            return MaskedPan{t, false};
        // Masked, but showing more than 6 + 4 digits: mask the middle as if it were full.
        if (t.size() < 11)
            return Error::corrupt(QCoreApplication::translate(
                "posdesk::StatementText", "the card number is masked in a way PosDesk cannot read"));
        return MaskedPan{t.left(6) + QString(t.size() - 10, u'*') + t.right(4), true};
    }
    if (digits <= 4)
        return MaskedPan{t, false}; // the last digits only
    if (digits < 11)
        return Error::corrupt(
            QCoreApplication::translate("posdesk::StatementText",
                                        "the card number column holds %1 digits, which is neither a card number nor a "
                                        "masked one")
                .arg(digits));
    if (digits > 19)
        return Error::corrupt(
            QCoreApplication::translate("posdesk::StatementText",
                                        "the card number column holds %1 digits, more than a card number has")
                .arg(digits));
    return MaskedPan{t.left(6) + QString(t.size() - 10, u'*') + t.right(4), true};
}

QString cleanCell(QString cell)
{
    cell = cell.trimmed();
    if (cell.size() >= 3 && cell.startsWith(QLatin1String("=\"")) && cell.endsWith(u'"'))
        cell = cell.mid(2, cell.size() - 3);
    while (!cell.isEmpty() && (cell[0] == u'\'' || cell[0] == u'`' || cell[0] == u'\t'))
        cell.remove(0, 1);
    return cell.trimmed();
}

std::optional<LineProblem> splitDelimited(const QString &text, QChar delimiter, QList<Record> &records)
{
    records.clear();
    Record current;
    QString cell;
    int line = 1;
    current.line = 1;
    bool inQuotes = false;
    bool quotedCell = false;
    int quoteLine = 0;
    bool recordHasContent = false;
    auto endCell = [&] {
        current.cells.append(cleanCell(cell));
        cell.clear();
        quotedCell = false;
    };
    auto endRecord = [&] {
        endCell();
        if (recordHasContent)
            records.append(current);
        current = Record{};
        recordHasContent = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    cell.append(u'"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                cell.append(c);
            }
            continue;
        }
        if (c == u'"' && cell.trimmed().isEmpty()) {
            inQuotes = true;
            quotedCell = true;
            quoteLine = line;
            cell.clear();
            recordHasContent = true;
        } else if (c == delimiter) {
            endCell();
            recordHasContent = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            endRecord();
            ++line;
            current.line = line;
        } else {
            if (!quotedCell) {
                cell.append(c);
                if (!c.isSpace())
                    recordHasContent = true;
            } else if (!c.isSpace()) {
                return LineProblem{
                    line, QCoreApplication::translate("posdesk::StatementText", "text follows a closing quote")};
            }
        }
    }
    if (inQuotes)
        return LineProblem{quoteLine,
                           QCoreApplication::translate("posdesk::StatementText",
                                                       "a quoted value is never closed: the file is truncated")};
    endRecord();
    return std::nullopt;
}

} // namespace posdesk::reconciliation::text
