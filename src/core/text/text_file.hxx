// Plain-text tables as Excel and other programs save them ("CSV (comma delimited)", "CSV UTF-8",
// "Unicode text"): which encoding the bytes are in, the text in UTF-8 (NFC), and which separator
// its lines use. A title line above the heading is allowed: the separator is judged on several
// lines, not only the first.
#pragma once

#include <string>
#include <string_view>

namespace sangkien::core {

enum class TextEncoding
{
    utf8,          // UTF-8 without a byte order mark ("CSV UTF-8" from a web export, LibreOffice)
    utf8_bom,      // UTF-8 with a byte order mark (Excel's "CSV UTF-8")
    utf16le,       // UTF-16 little-endian with a byte order mark (Excel's "Unicode text", tabs)
    utf16be,       // UTF-16 big-endian with a byte order mark
    windows1258,   // the Vietnamese Windows code page (Excel's plain "CSV" on a Vietnamese Windows)
};

// The encoding of a text file's bytes: a byte order mark first, then UTF-8 when every sequence is
// valid UTF-8, else Windows-1258. `cut` says the bytes are only the start of the file (an
// incomplete sequence at the very end is not held against UTF-8).
TextEncoding detect_text_encoding(std::string_view bytes, bool cut = false);

// The text in UTF-8, composed (NFC; Windows-1258 writes tone marks apart), without a byte order
// mark.
std::string decode_text(std::string_view bytes, TextEncoding encoding);

// The separator of a delimited text: ';', ',' or '\t', whichever appears (outside quotes) on the
// most of its first lines, then the most often; '\0' when none appears.
char text_separator(std::string_view utf8);

} // namespace sangkien::core
