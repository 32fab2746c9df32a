#pragma once

#include <QByteArray>
#include <QString>

namespace posdesk::PrinterText {

// Bytes for text in Chinese mode (FS &): GB18030, ASCII kept as single bytes. The yen sign U+00A5 is four
// bytes in GB18030 that GBK-only printer fonts print as garbage, so it goes out as the full-width ￥ (A3 A4).
// Control characters become '?' so that text can never smuggle in a printer command.
QByteArray encodeChinese(QStringView text);

// Bytes for text in Latin mode (FS .) under code page ESC t n: printable ASCII kept, ¥ mapped for the code
// pages known to carry it (Epson numbering: 0 PC437, 2 PC850, 16 WPC1252, 19 PC858), anything else '?'.
QByteArray encodeLatin(QStringView text, int codePage);

// Columns the text occupies at normal size. In Chinese mode every non-ASCII character is a double-width
// glyph; in Latin mode every character is one byte and one column.
int width(QStringView text, bool chineseMode);

// The longest prefix of text (whole characters) that fits in `columns`.
qsizetype fittingLength(QStringView text, int columns, bool chineseMode);

} // namespace posdesk::PrinterText
