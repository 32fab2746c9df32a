#include "iso8583/DialectSettings.h"

#include "iso8583/CodecErrors.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>

namespace posdesk::iso8583 {

using namespace detail;

namespace {

// The fields whose content varies between hosts (reference: "content type of 48/59/60/61/63").
bool typeIsSettable(int field)
{
    return field == 48 || field == 59 || field == 60 || field == 61 || field == 63;
}

Error invalid(const QString &message, const QString &detail)
{
    return Error::usage(message, QStringLiteral("dialect settings: ") + detail);
}

Error invalidShape()
{
    return invalid(
        QCoreApplication::translate("posdesk::iso8583",
                                    "The dialect settings must be a JSON object with the key “fields”, for example "
                                    "{\"fields\": {\"23\": {\"align\": \"right\"}}}."),
        QStringLiteral("top level"));
}

std::optional<Error> applyType(FieldSpec &spec, const QJsonValue &v)
{
    const QString t = v.toString();
    if (t == u"numeric")
        spec.charset = Charset::Numeric;
    else if (t == u"text")
        spec.charset = Charset::Text;
    else if (t == u"ascii")
        spec.charset = Charset::Ascii;
    else if (t == u"binary")
        spec.charset = Charset::Binary;
    else
        return invalid(QCoreApplication::translate("posdesk::iso8583",
                                                   "The type of field %1 must be numeric, text, ascii or binary.")
                           .arg(spec.number),
                       QStringLiteral("field %1: type").arg(spec.number));
    return std::nullopt;
}

std::optional<Error> applyMax(FieldSpec &spec, const QJsonValue &v)
{
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 1 || d > 999 || std::floor(d) != d)
        return invalid(QCoreApplication::translate(
                           "posdesk::iso8583", "The maximum length of field %1 must be a whole number from 1 to 999.")
                           .arg(spec.number),
                       QStringLiteral("field %1: max").arg(spec.number));
    spec.maxLength = int(d);
    return std::nullopt;
}

std::optional<Error> applyField(FieldSpec &spec, const QJsonObject &o)
{
    const int f = spec.number;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        if (key != u"align" && key != u"pad" && key != u"type" && key != u"max")
            return invalid(
                QCoreApplication::translate("posdesk::iso8583",
                                            "Field %1 has no setting “%2”. Known settings: align, pad, type, max.")
                    .arg(f)
                    .arg(key),
                QStringLiteral("field %1: %2").arg(f).arg(key));
        if ((key == u"type" || key == u"max") && !typeIsSettable(f))
            return invalid(QCoreApplication::translate(
                               "posdesk::iso8583",
                               "Only the type and maximum length of fields 48, 59, 60, 61 and 63 can be changed, "
                               "not those of field %1.")
                               .arg(f),
                           QStringLiteral("field %1: %2").arg(f).arg(key));
    }
    // Type first: alignment and pad need a numeric field, and the maximum counts digits or bytes by type.
    if (o.contains(QLatin1String("type"))) {
        if (auto e = applyType(spec, o.value(QLatin1String("type"))))
            return e;
    }
    if (o.contains(QLatin1String("max"))) {
        if (auto e = applyMax(spec, o.value(QLatin1String("max"))))
            return e;
    }
    const bool align = o.contains(QLatin1String("align")), pad = o.contains(QLatin1String("pad"));
    if ((align || pad) && !spec.isBcd())
        return invalid(
            QCoreApplication::translate("posdesk::iso8583", "Field %1 is not numeric, so it has no alignment or pad.")
                .arg(f),
            QStringLiteral("field %1: align/pad").arg(f));
    if (align) {
        const QString a = o.value(QLatin1String("align")).toString();
        if (a == u"left")
            spec.alignment = Alignment::Left;
        else if (a == u"right")
            spec.alignment = Alignment::Right;
        else
            return invalid(
                QCoreApplication::translate("posdesk::iso8583", "The alignment of field %1 must be “left” or “right”.")
                    .arg(f),
                QStringLiteral("field %1: align").arg(f));
    }
    if (pad) {
        const QString p = o.value(QLatin1String("pad")).toString();
        if (p == u"0")
            spec.pad = FieldSpec::PadZero;
        else if (p.compare(u"F", Qt::CaseInsensitive) == 0)
            spec.pad = FieldSpec::PadF;
        else
            return invalid(
                QCoreApplication::translate("posdesk::iso8583", "The pad of field %1 must be “0” or “F”.").arg(f),
                QStringLiteral("field %1: pad").arg(f));
    }
    return std::nullopt;
}

} // namespace

Result<Dialect> dialectFromSettings(const QString &settings, const Dialect &base)
{
    if (settings.trimmed().isEmpty())
        return base;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(settings.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(QCoreApplication::translate("posdesk::iso8583",
                                                   "The dialect settings are not valid JSON: %1 at character %2.")
                           .arg(parseError.errorString())
                           .arg(parseError.offset),
                       QStringLiteral("JSON"));
    if (!doc.isObject())
        return invalidShape();
    const QJsonObject top = doc.object();
    for (auto it = top.begin(); it != top.end(); ++it) {
        if (it.key() != u"fields" || !it.value().isObject())
            return invalidShape();
    }
    Dialect out = base;
    const QJsonObject fields = top.value(QLatin1String("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        bool isNumber = false;
        const int f = it.key().toInt(&isNumber);
        const FieldSpec *spec = isNumber && it.key() == QString::number(f) ? base.field(f) : nullptr;
        if (!spec)
            return invalid(
                QCoreApplication::translate(
                    "posdesk::iso8583", "The dialect settings name field “%1”, which the CUP dialect does not define.")
                    .arg(it.key()),
                QStringLiteral("field %1").arg(it.key()));
        if (!it.value().isObject())
            return invalid(QCoreApplication::translate(
                               "posdesk::iso8583",
                               "The settings of field %1 must be a JSON object, for example {\"align\": \"right\"}.")
                               .arg(f),
                           QStringLiteral("field %1").arg(f));
        FieldSpec changed = *spec;
        if (auto e = applyField(changed, it.value().toObject()))
            return *e;
        if (!out.setField(changed)) // the checks above keep every row usable; this guards the invariant
            return Error::internal(QCoreApplication::translate("posdesk::iso8583",
                                                               "The dialect settings of field %1 could not be applied.")
                                       .arg(f),
                                   QStringLiteral("dialect settings: field %1").arg(f));
    }
    return out;
}

} // namespace posdesk::iso8583
