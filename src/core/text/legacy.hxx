// Text typed in the legacy 8-bit Vietnamese fonts, as it reaches us from a sheet: each byte shown
// as the Latin-1/Windows-1252 character of that code ("bé kÕ ho¹ch" for "bộ kế hoạch").
//   TCVN3 / ABC (".VnTime"; the ".VnTimeH" fonts show the same codes as capitals): our table of
//   TCVN 5712:1993 (the same as glibc's "TCVN5712-1"; no iconv, so the core builds on Windows).
//   VNI-Windows ("VNI-Times"): a base letter followed by mark characters ("Vieät Nam"): our table.
// Detection never touches ordinary Unicode Vietnamese; text that mixes both (half converted, or
// with "?" for lost letters) is reported as suspicious, never guessed.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace sangkien::core {

enum class LegacyEncoding
{
    none,        // ordinary text
    tcvn3,       // TCVN3 / ABC
    vni,         // VNI-Windows
    suspicious,  // partly converted or lossy: report it, do not convert
};

LegacyEncoding detect_legacy_encoding(std::string_view utf8);

// A byte scan that is false for text that certainly needs no legacy detection (no character of
// TCVN3 symbols, VNI marks, Ð/ð, μ or "?"): most cells, checked without decoding.
bool may_be_legacy(std::string_view utf8);

// The Unicode (NFC) text; nullopt when the text does not decode in that encoding.
// `capitals_font`: the text was shown in a TCVN3 "H" font (.VnTimeH), so it reads as capitals.
std::optional<std::string> decode_legacy(std::string_view utf8, LegacyEncoding encoding, bool capitals_font = false);

struct LegacyConversion
{
    std::string text;        // converted, or the input unchanged
    LegacyEncoding found = LegacyEncoding::none;
};

// Detects and converts in one step (suspicious text is returned unchanged, flagged).
LegacyConversion convert_legacy_text(std::string_view utf8);

} // namespace sangkien::core
