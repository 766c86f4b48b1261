// Text primitives over UTF-8 std::string: Unicode normalisation and case mapping (ICU), and the
// whitespace rules every parser shares.
#pragma once

#include <string>
#include <string_view>

namespace sangkien::core {

// NFC composition; invalid UTF-8 sequences become U+FFFD.
std::string to_nfc(std::string_view utf8);

// Lower case by Vietnamese rules (Đ → đ), after NFC.
std::string to_lower(std::string_view utf8);

// Upper case by Vietnamese rules ("Liên đoàn" → "LIÊN ĐOÀN"), NFC.
std::string to_upper(std::string_view utf8);

// Leading and trailing white space removed (ASCII, no-break space, ideographic space, tabs, line
// breaks); runs of white space inside collapsed to one ASCII space.
std::string collapse_spaces(std::string_view utf8);

// UTF-8 ↔ code points (invalid sequences become U+FFFD).
std::u32string to_u32(std::string_view utf8);
std::string from_u32(const std::u32string& text);

// NFC + collapse_spaces + to_lower: the form every parser of cell text starts from.
std::string normalise_for_parsing(std::string_view utf8);

} // namespace sangkien::core

namespace sangkien::core {

// Vietnamese letters without their tone and vowel marks, đ → d: "Công đoàn cơ sở" → "Cong doan co so".
std::string strip_tones(std::string_view utf8);

struct KeyOptions
{
    bool strip_tones = true;   // "Cong doan" matches "Công đoàn"
    bool unit_name = false;    // drop a leading "CĐCS", "Công đoàn cơ sở", "Công đoàn", "CĐ"
};

// The form two texts are compared in: NFC, lower case, punctuation as spaces, single spaces,
// optionally without tones and without a union-unit prefix.
std::string matching_key(std::string_view text, const KeyOptions& options = {});

// A binary key that orders Vietnamese names by given name, then middle name(s), then family name,
// each with ICU's "vi" collation (tones a secondary difference). Compare keys with operator<.
std::string name_sort_key(std::string_view full_name);

// The name split into family, middle and given parts ("Nguyễn Thị Minh Khai" → Nguyễn | Thị Minh | Khai).
struct NameParts
{
    std::string family;
    std::string middle;
    std::string given;
};
NameParts split_name(std::string_view full_name);

} // namespace sangkien::core
