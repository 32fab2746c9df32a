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
    QString name;   // translated
    QByteArray raw; // wire bytes, length prefix included; masked ('*') when sensitive
    QString value;  // decoded: digits, text (GBK decoded) or upper-case hex
    QString note;   // short reading for a person, e.g. the amount in yuan; may be empty
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

    QJsonObject toJson() const;
    QString toText() const;
};

struct DescribeOptions
{
    // PAN, tracks, expiry, PIN block and card data inside field 55 are shown masked unless a
    // person explicitly asks otherwise: decoded logs end up in tickets and chats.
    bool maskSensitive = true;
};

// Body: MTI onwards. Fails with the same errors as unpack().
Result<MessageDescription> describeBody(QByteArrayView body, const Dialect &dialect = Dialect::cup(),
                                        DescribeOptions options = {});
// Whole frame: length prefix, TPDU, header, body. Error offsets count from the length prefix.
Result<MessageDescription> describeFrame(QByteArrayView wire, const Dialect &dialect = Dialect::cup(),
                                         DescribeOptions options = {});

} // namespace posdesk::iso8583
