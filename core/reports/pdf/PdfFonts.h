#pragma once

#include "util/Result.h"

#include <QFont>
#include <QHash>

namespace posdesk::pdf {

// The font family to print reports with: Noto Sans CJK SC (fonts-noto-cjk) when its files are present, else a
// Chinese-capable family the system has, else the system's general font. Needs a QGuiApplication.
QString reportFontFamily();

// Radical code points (U+2E80–U+2FDF) mapped to the ideograph that the font draws with the same glyph.
QHash<char32_t, char32_t> radicalEquivalents(const QFont &font);

// Qt 6.4 builds each embedded font's ToUnicode map by taking, for every glyph, the lowest code point the font maps
// to it. CJK fonts draw the Kangxi radicals with the ideographs' glyphs, so "金额" would be copied and searched as
// "⾦额". This rewrites such entries of a finished PDF to the ideographs, in place and at the same length (the
// cross-reference offsets stay valid). Returns how many entries were rewritten.
Result<int> fixRadicalsInToUnicode(const QString &pdfPath, const QHash<char32_t, char32_t> &equivalents);

} // namespace posdesk::pdf
