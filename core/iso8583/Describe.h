#pragma once

#include "iso8583/Dialect.h"
#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace posdesk::iso8583 {

struct SubFieldDescription
{
    QString id;   // "60.3", "48.1", "55.9F26"
    QString name; // translated
    QString value;
};

struct FieldDescription
{
    int number = 0;
    QString name;    // translated
    QByteArray raw;  // wire bytes, length prefix included; masked ('*') when sensitive
    QString value;   // decoded: digits, text (GBK decoded) or upper-case hex
    QString note;    // short reading for a person, e.g. the amount in yuan; may be empty
    QString warning; // lenient only: why the field is shown raw (value is then its data in hex)
    QList<SubFieldDescription> subFields;
};

// A decoded message laid out for `posdesk-cli iso8583 decode`, as text or as JSON.
struct MessageDescription
{
    struct Envelope
    {
        int length = 0;
        QByteArray tpdu;
        QByteArray header;
    };
    std::optional<Envelope> envelope; // set when described from a whole frame
    QString mti;
    QByteArray bitmap;
    QList<FieldDescription> fields;
    // Lenient only: bytes not read as fields (masked when they may hold card data), from restOffset on.
    QByteArray rest;
    qsizetype restOffset = -1;
    QString restWarning;
    // Lenient only: why decoding stopped before the last field; the fields after it are missing.
    std::optional<Error> incomplete;

    QJsonObject toJson() const;
    QString toText() const;
};

struct DescribeOptions
{
    // PAN, tracks, expiry, PIN block and card data inside field 55 are shown masked unless a
    // person explicitly asks otherwise: decoded logs end up in tickets and chats.
    bool maskSensitive = true;
    // For a person reading a logged message: a field that breaks its type is shown raw with a warning and
    // decoding goes on (see unpackLenient()). Off, any malformed field fails the whole description.
    bool lenient = false;
};

// Body: MTI onwards. Fails with the same errors as unpack() (lenient: as unpackLenient()).
Result<MessageDescription> describeBody(QByteArrayView body, const Dialect &dialect = Dialect::cup(),
                                        DescribeOptions options = {});
// Whole frame: length prefix, TPDU, header, body. Error offsets count from the length prefix.
Result<MessageDescription> describeFrame(QByteArrayView wire, const Dialect &dialect = Dialect::cup(),
                                         DescribeOptions options = {});

} // namespace posdesk::iso8583
