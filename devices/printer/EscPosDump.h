#pragma once

#include <QByteArrayView>
#include <QString>

namespace posdesk::EscPosDump {

// A readable listing of an ESC/POS job: one command per line in brackets ("[ALIGN centre]") and printed text as
// "|text|" lines, decoded the way the printer would (GB18030 in Chinese mode). For golden files, logs and the
// virtual printer. Unknown commands and Latin-mode bytes above 7Fh are shown in hex rather than dropped, except the
// code page's yen sign, shown as ¥.
QString toText(QByteArrayView job);

} // namespace posdesk::EscPosDump
