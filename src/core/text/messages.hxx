// User-facing text in Vietnamese and English. The text itself lives in resources/*.properties;
// the build turns it into a table (a missing translation fails the build).
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace sangkien::core {

enum class Language { vietnamese, english };

// "vi", "vi-VN", "vi_VN.UTF-8" → Vietnamese; "en…" → English; anything else → Vietnamese for the
// CLI (our users' language) unless `fallback` says otherwise.
Language language_from_tag(std::string_view tag, Language fallback = Language::vietnamese);

// The text for `key`; an unknown key yields the key itself, so that a mistake shows.
std::string_view text(Language language, std::string_view key);

// The text for `key` with {0}, {1}… replaced by `arguments`; "{0|initiative|initiatives}" is the
// first form when argument 0 is the count 1, else the second (English plurals; counts come as
// format_count writes them).
std::string format(Language language, std::string_view key, std::initializer_list<std::string_view> arguments);

std::string format(Language language, std::string_view key, const std::vector<std::string_view>& arguments);
std::string format(Language language, std::string_view key, const std::vector<std::string>& arguments);

bool has_text(std::string_view key);

namespace detail {
struct StringEntry
{
    const char* key;
    const char* vietnamese;
    const char* english;
};
extern const StringEntry kStringTable[];
extern const std::size_t kStringTableSize;
} // namespace detail

} // namespace sangkien::core
