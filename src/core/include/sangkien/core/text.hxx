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

// Leading and trailing white space removed (ASCII, no-break space, ideographic space, tabs, line
// breaks); runs of white space inside collapsed to one ASCII space.
std::string collapse_spaces(std::string_view utf8);

// NFC + collapse_spaces + to_lower: the form every parser of cell text starts from.
std::string normalise_for_parsing(std::string_view utf8);

} // namespace sangkien::core
