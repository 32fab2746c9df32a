#include "Command.h"

#include "crypto/Mac.h"
#include "iso8583/Describe.h"
#include "iso8583/DialectSettings.h"
#include "iso8583/Frame.h"
#include "storage/AcquirerRepository.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace posdesk::cli {

namespace {

Result<QByteArray> hexArgument(CliContext &ctx, const QString &option)
{
    QString text = ctx.value(option);
    text.remove(u' ').remove(u'\n').remove(u':');
    const QByteArray bytes = QByteArray::fromHex(text.toLatin1());
    if (text.isEmpty() || text.size() % 2 != 0 || bytes.toHex().size() != text.size())
        return Error::usage(
            QCoreApplication::translate("posdesk::cli", "--%1 needs an even number of hex digits.").arg(option));
    return bytes;
}

// The CUP table, or what an acquirer profile (--acquirer) or settings to try (--dialect-settings) make of it.
Result<iso8583::Dialect> decodeDialect(CliContext &ctx)
{
    const bool byAcquirer = ctx.isSet(QStringLiteral("acquirer"));
    if (byAcquirer && ctx.isSet(QStringLiteral("dialect-settings")))
        return Error::usage(
            QCoreApplication::translate("posdesk::cli", "Give --acquirer or --dialect-settings, not both."));
    QString settings = ctx.value(QStringLiteral("dialect-settings"));
    if (byAcquirer) {
        auto db = ctx.database();
        if (!db)
            return db.error();
        auto acquirer = AcquirerRepository(**db).findByName(ctx.value(QStringLiteral("acquirer")));
        if (!acquirer)
            return acquirer.error();
        settings = acquirer->dialectSettings;
    }
    return iso8583::dialectFromSettings(settings);
}

int runDecode(CliContext &ctx)
{
    auto bytes = hexArgument(ctx, QStringLiteral("hex"));
    if (!bytes)
        return ctx.fail(bytes.error());
    const QString dialectName =
        ctx.isSet(QStringLiteral("dialect")) ? ctx.value(QStringLiteral("dialect")) : QStringLiteral("cup");
    if (dialectName != u"cup")
        return ctx.usage(
            QCoreApplication::translate("posdesk::cli", "Unknown dialect “%1”; PosDesk knows: cup.").arg(dialectName));
    auto dialect = decodeDialect(ctx);
    if (!dialect)
        return ctx.fail(dialect.error());
    // A whole TCP message starts with a length prefix that counts exactly the bytes after it.
    const bool wholeFrame = bytes->size() > 2 && iso8583::frameSize(*bytes) == bytes->size();
    iso8583::DescribeOptions options;
    options.maskSensitive = !ctx.isSet(QStringLiteral("unmasked"));
    options.lenient = ctx.isSet(QStringLiteral("lenient"));
    auto d = wholeFrame ? iso8583::describeFrame(*bytes, *dialect, options)
                        : iso8583::describeBody(*bytes, *dialect, options);
    if (!d) // the bytes given are malformed: bad input, not an unusable environment
        return ctx.fail(Error::usage(d.error().message, d.error().detail));
    if (!d->incomplete) {
        ctx.out(d->toText());
        ctx.emitJson(d->toJson());
        return ExitOk;
    }
    // Lenient, but a length could not be known: what was read, then the error, in one output.
    const Error stop = Error::usage(d->incomplete->message, d->incomplete->detail);
    if (!ctx.json()) {
        ctx.out(d->toText());
        return ctx.fail(stop);
    }
    QJsonObject obj = d->toJson();
    obj.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("usage")},
                                                    {QStringLiteral("message"), stop.message},
                                                    {QStringLiteral("detail"), stop.detail}});
    ctx.emitJson(obj);
    return exitCodeFor(stop.kind);
}

int runMac(CliContext &ctx)
{
    const QString alg = ctx.value(QStringLiteral("alg"));
    crypto::MacAlgorithm a;
    if (alg == u"cup-ecb")
        a = crypto::MacAlgorithm::CupEcb;
    else if (alg == u"x9.9")
        a = crypto::MacAlgorithm::X99;
    else if (alg == u"x9.19")
        a = crypto::MacAlgorithm::X919;
    else
        return ctx.usage(QCoreApplication::translate("posdesk::cli", "--alg must be cup-ecb, x9.9 or x9.19."));
    auto key = hexArgument(ctx, QStringLiteral("key"));
    if (!key)
        return ctx.fail(key.error());
    auto data = hexArgument(ctx, QStringLiteral("hex"));
    if (!data)
        return ctx.fail(data.error());
    auto mac = crypto::computeMac(a, *key, *data);
    key->fill('\0');
    if (!mac)
        return ctx.fail(Error::usage(mac.error().message, mac.error().detail));
    const QString hex = QString::fromLatin1(mac->toHex().toUpper());
    const bool ascii = a == crypto::MacAlgorithm::CupEcb;
    ctx.out(ascii ? QStringLiteral("%1 (ASCII \"%2\")").arg(hex, QString::fromLatin1(*mac)) : hex);
    QJsonObject obj{{QStringLiteral("algorithm"), alg}, {QStringLiteral("mac"), hex}};
    if (ascii)
        obj.insert(QStringLiteral("ascii"), QString::fromLatin1(*mac));
    ctx.emitJson(obj);
    return ExitOk;
}
} // namespace

void addIso8583Commands(std::vector<Command> &out)
{
    out.push_back(
        {{QStringLiteral("iso8583"), QStringLiteral("decode")},
         QStringLiteral(
             "--hex HEX [--dialect cup] [--acquirer NAME | --dialect-settings JSON] [--lenient] [--unmasked]"),
         QCoreApplication::translate(
             "posdesk::cli",
             "Decode a message (whole frame with length prefix, or body from the MTI): every field by number "
             "and name, sub-fields split. Card data is masked unless --unmasked."),
         {{QStringLiteral("hex"), QCoreApplication::translate("posdesk::cli", "The message in hex."),
           QStringLiteral("HEX")},
          {QStringLiteral("dialect"), QCoreApplication::translate("posdesk::cli", "Dialect (cup)."),
           QStringLiteral("NAME")},
          {QStringLiteral("acquirer"),
           QCoreApplication::translate("posdesk::cli", "Read with the dialect settings of this acquirer profile."),
           QStringLiteral("NAME")},
          {QStringLiteral("dialect-settings"),
           QCoreApplication::translate("posdesk::cli",
                                       "Read with these dialect settings (JSON), e.g. to try them before saving."),
           QStringLiteral("JSON")},
          {QStringLiteral("lenient"),
           QCoreApplication::translate("posdesk::cli",
                                       "Show a field that breaks its type raw, with a warning, and go on with the "
                                       "next field.")},
          {QStringLiteral("unmasked"),
           QCoreApplication::translate("posdesk::cli", "Show card data in full (never paste that into a ticket).")}},
         runDecode});
    out.push_back(
        {{QStringLiteral("iso8583"), QStringLiteral("mac")},
         QStringLiteral("--alg cup-ecb|x9.9|x9.19 --key HEX --hex MAB"),
         QCoreApplication::translate("posdesk::cli", "Compute the MAC of a MAC input block."),
         {{QStringLiteral("alg"), QCoreApplication::translate("posdesk::cli", "Algorithm."), QStringLiteral("ALG")},
          {QStringLiteral("key"), QCoreApplication::translate("posdesk::cli", "MAC key in hex."),
           QStringLiteral("HEX")},
          {QStringLiteral("hex"), QCoreApplication::translate("posdesk::cli", "MAC input block in hex."),
           QStringLiteral("HEX")}},
         runMac});
}

} // namespace posdesk::cli
