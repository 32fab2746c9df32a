#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace posdesk {

// What differs between receipt printer models; kept per configured printer.
struct PrinterOptions
{
    // The printer has a GB18030/GBK font and prints text in Chinese mode (FS &); otherwise Latin mode (FS .).
    bool chineseMode = true;
    // ESC t n for Latin text; table numbers differ between models.
    int codePage = 0;
    // Characters per line at normal size: 32 on 58 mm paper, 48 on 80 mm paper.
    int paperWidth = 48;
    // The model understands GS ( k; otherwise a QR payload is printed as text.
    bool qrSupported = true;
    // After the merchant copy of a card slip, wait until the cashier confirms (time to tear it off) before the
    // cardholder copy; false prints both at once, one cut between them.
    bool pauseBetweenCopies = true;
    // A cash drawer hangs on the printer's drawer connector: a cash sale opens it (ESC p).
    bool cashDrawer = false;
};

enum class Align
{
    Left = 0,
    Centre = 1,
    Right = 2
};
enum class CutMode
{
    Full,
    Partial
};
enum class DrawerPin
{
    Pin2 = 0,
    Pin5 = 1
};
enum class QrErrorLevel
{
    L = 0x30,
    M = 0x31,
    Q = 0x32,
    H = 0x33
};
enum class HriPosition
{
    None = 0,
    Above = 1,
    Below = 2,
    Both = 3
};

// Builds the bytes of one ESC/POS print job. Methods chain; the first invalid argument is recorded and reported by
// result(), so a layout can be written straight through and checked once.
class EscPosBuilder
{
public:
    explicit EscPosBuilder(PrinterOptions options = {});

    const PrinterOptions &options() const { return m_options; }

    // ESC @, then the configured code page and Chinese mode: the printer's own defaults are not trusted.
    EscPosBuilder &init();
    EscPosBuilder &codePage(int n);
    EscPosBuilder &chineseMode(bool on);
    EscPosBuilder &align(Align a);
    EscPosBuilder &bold(bool on);
    // Character magnification 1..8 each way; the column count shrinks with the width.
    EscPosBuilder &size(int width, int height);
    EscPosBuilder &text(QStringView s);
    EscPosBuilder &line(QStringView s = {});
    EscPosBuilder &feed(int lines);
    EscPosBuilder &cut(CutMode mode);
    // Feeds to the cutter plus `units` motion units, then cuts: no blank space is wasted before the cut.
    EscPosBuilder &feedAndCut(CutMode mode, int units = 0);
    // Pulse of onMs then offMs (2..510 ms, even steps) on the drawer connector.
    EscPosBuilder &drawerKick(DrawerPin pin, int onMs = 100, int offMs = 200);
    // QR code through GS ( k, or the payload as wrapped text when the model has no QR support.
    EscPosBuilder &qrCode(QByteArrayView data, int moduleSize = 6, QrErrorLevel level = QrErrorLevel::M, int model = 2);
    // CODE128 code set B; data is printable ASCII.
    EscPosBuilder &code128(QByteArrayView data, int height = 80, int moduleWidth = 2,
                           HriPosition hri = HriPosition::Below);

    // "label ........ value" across the line; when both do not fit, the label and then the value right-aligned.
    EscPosBuilder &labelValue(QStringView label, QStringView value, QChar leader = u'.');
    // A line of one repeated character across the paper.
    EscPosBuilder &rule(QChar c = u'-');
    // Text broken into lines at the column width, preferring breaks at spaces.
    EscPosBuilder &wrapped(QStringView text);

    // Characters per line at the current character width.
    int columns() const;
    bool inChineseMode() const { return m_chinese; }
    int widthOf(QStringView s) const;
    QStringList wrap(QStringView text, int columns) const;

    const QByteArray &bytes() const { return m_bytes; }
    Status status() const;
    Result<QByteArray> result() const;

private:
    void raw(std::initializer_list<int> bytes);
    void fail(const QString &message, const QString &detail);

    PrinterOptions m_options;
    QByteArray m_bytes;
    std::optional<Error> m_error;
    bool m_chinese = false;
    int m_codePage = 0;
    int m_widthMultiplier = 1;
};

} // namespace posdesk
