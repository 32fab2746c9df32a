#include "reconciliation/StatementParser.h"

#include "reconciliation/Readers.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace posdesk::reconciliation {

namespace {

constexpr int kMaxProblems = 20;

} // namespace

namespace detail {

void ParseContext::fail(int line, const QString &reason)
{
    ++problemCount;
    if (problems.size() < kMaxProblems)
        problems.append({line, reason});
}

bool decodeWhole(QByteArrayView bytes, ParseContext &ctx, QString &textOut)
{
    text::Detected detected;
    if (auto problem = text::detectEncoding(bytes, detected)) {
        ctx.fail(problem->line, problem->reason);
        return false;
    }
    ctx.out.encoding = detected.encoding;
    auto decoded = text::decode(bytes.sliced(detected.bodyOffset), detected.encoding);
    if (!decoded) {
        ctx.fail(1, QCoreApplication::translate("posdesk::StatementParser", "the file is not valid text"));
        return false;
    }
    textOut = *decoded;
    return true;
}

void readAllinpayCsv(QByteArrayView bytes, ParseContext &ctx)
{
    QString content;
    if (!decodeWhole(bytes, ctx, content))
        return;
    QList<text::Record> records;
    if (auto p = text::splitDelimited(content, u',', records)) {
        ctx.fail(p->line, p->reason);
        return;
    }
    const qsizetype header = findAllinpayHeader(records);
    if (header < 0) {
        ctx.fail(
            records.isEmpty() ? 1 : records.first().line,
            QCoreApplication::translate(
                "posdesk::StatementParser",
                "no Allinpay header line (商户号, 终端号, 交易金额 …) in the first 10 lines; check that this is an "
                "Allinpay transaction detail export"));
        return;
    }
    readTable(records, header, ColumnMapping::allinpay(), ctx);
}

void readMappedCsv(QByteArrayView bytes, const ColumnMapping &mapping, ParseContext &ctx)
{
    QString content;
    if (!decodeWhole(bytes, ctx, content))
        return;
    QList<text::Record> records;
    if (auto p = text::splitDelimited(content, mapping.delimiter, records)) {
        ctx.fail(p->line, p->reason);
        return;
    }
    // Header lines count physical lines; records skip blank ones.
    qsizetype header = -1;
    qsizetype firstData = 0;
    while (firstData < records.size() && records[firstData].line <= mapping.headerLines)
        ++firstData;
    if (mapping.headerLines > 0) {
        if (firstData == 0) {
            ctx.fail(1, QCoreApplication::translate("posdesk::StatementParser",
                                                    "the header line the mapping expects is missing"));
            return;
        }
        header = firstData - 1;
    }
    if (header < 0) {
        // No header: readTable starts after headerIndex, so hand it the data from the first record on.
        readTable(records.mid(firstData), -1, mapping, ctx);
        return;
    }
    readTable(records, header, mapping, ctx);
}

} // namespace detail

QString formatName(StatementFormat format)
{
    switch (format) {
    case StatementFormat::AllinpayCsv:
        return QStringLiteral("allinpay-csv");
    case StatementFormat::UnionPayZm:
        return QStringLiteral("unionpay-zm");
    case StatementFormat::LeshuaTxt:
        return QStringLiteral("leshua-txt");
    case StatementFormat::Xls:
        return QStringLiteral("xls");
    case StatementFormat::Mapped:
        return QStringLiteral("mapped");
    }
    return {};
}

std::optional<StatementFormat> formatFromName(const QString &name)
{
    for (auto f : {StatementFormat::AllinpayCsv, StatementFormat::UnionPayZm, StatementFormat::LeshuaTxt,
                   StatementFormat::Xls, StatementFormat::Mapped}) {
        if (formatName(f) == name)
            return f;
    }
    return std::nullopt;
}

QString typeName(StatementType type)
{
    switch (type) {
    case StatementType::Sale:
        return QStringLiteral("sale");
    case StatementType::Void:
        return QStringLiteral("void");
    case StatementType::Refund:
        return QStringLiteral("refund");
    case StatementType::Reversal:
        return QStringLiteral("reversal");
    case StatementType::Other:
        return QStringLiteral("other");
    }
    return {};
}

Result<ParsedStatement> parseStatement(StatementFormat format, QByteArrayView bytes, const ColumnMapping *mapping)
{
    return parseStatement(format, bytes, mapping, StatementOptions{});
}

Result<ParsedStatement> parseStatement(StatementFormat format, QByteArrayView bytes, const ColumnMapping *mapping,
                                       const StatementOptions &options)
{
    detail::ParseContext ctx;
    ctx.options = options;
    ctx.out.format = format;
    QString zoneName = options.timeZone;
    if (format == StatementFormat::Mapped || (format == StatementFormat::Xls && mapping)) {
        if (!mapping)
            return Error::usage(QCoreApplication::translate(
                "posdesk::StatementParser",
                "A mapped statement needs a column mapping. Choose or create the acquirer's "
                "mapping, then import again."));
        if (auto s = mapping->validate(); !s)
            return s.error();
        zoneName = mapping->timeZone;
    }
    ctx.zone = QTimeZone(zoneName.toUtf8());
    if (!ctx.zone.isValid())
        return Error::usage(
            QCoreApplication::translate("posdesk::StatementParser",
                                        "The time zone “%1” is unknown. Use an IANA name such as Asia/Shanghai.")
                .arg(zoneName));
    if (bytes.trimmed().isEmpty() || (bytes.startsWith("\xEF\xBB\xBF") && bytes.sliced(3).trimmed().isEmpty()))
        return Error::corrupt(QCoreApplication::translate(
            "posdesk::StatementParser", "The statement file is empty. Export the statement again from the acquirer's "
                                        "portal and import the new file."));
    if (format == StatementFormat::UnionPayZm && !options.statementDate.isValid())
        return Error::usage(QCoreApplication::translate(
            "posdesk::StatementParser",
            "A UnionPay ZM file carries no year and no settlement date. Give the statement's "
            "settlement date (it is in the file name), then import again."));

    switch (format) {
    case StatementFormat::AllinpayCsv:
        detail::readAllinpayCsv(bytes, ctx);
        break;
    case StatementFormat::UnionPayZm:
        detail::readUnionPayZm(bytes, ctx);
        break;
    case StatementFormat::LeshuaTxt:
        detail::readLeshuaTxt(bytes, ctx);
        break;
    case StatementFormat::Xls:
        detail::readXls(bytes, mapping, ctx);
        break;
    case StatementFormat::Mapped:
        detail::readMappedCsv(bytes, *mapping, ctx);
        break;
    }
    if (ctx.failed()) {
        const auto &first = ctx.problems.first();
        QStringList lines;
        for (const auto &p : ctx.problems)
            lines.append(text::lineReason(p.line, p.reason));
        if (ctx.problemCount > ctx.problems.size())
            lines.append(QStringLiteral("… %1 more").arg(ctx.problemCount - ctx.problems.size()));
        return Error::corrupt(QCoreApplication::translate(
                                  "posdesk::StatementParser",
                                  "Line %1 of the statement cannot be read: %2. Nothing was imported; correct the "
                                  "file or export it again, then import it.")
                                  .arg(first.line)
                                  .arg(first.reason),
                              lines.join(u'\n'));
    }
    ctx.out.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    return std::move(ctx.out);
}

} // namespace posdesk::reconciliation
