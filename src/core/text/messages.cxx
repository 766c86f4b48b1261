#include "core/text/messages.hxx"

#include <algorithm>
#include <cctype>
#include <optional>
#include <utility>

namespace sangkien::core {

namespace {

const detail::StringEntry* find_entry(std::string_view key)
{
    // The generated table is sorted by key.
    const auto* begin = detail::kStringTable;
    const auto* end = detail::kStringTable + detail::kStringTableSize;
    const auto* found = std::lower_bound(begin, end, key, [](const detail::StringEntry& entry, std::string_view k) {
        return std::string_view(entry.key) < k;
    });
    return found != end && std::string_view(found->key) == key ? found : nullptr;
}

} // namespace

Language language_from_tag(std::string_view tag, Language fallback)
{
    auto starts_with = [tag](std::string_view prefix) {
        if (tag.size() < prefix.size())
            return false;
        for (std::size_t i = 0; i < prefix.size(); ++i)
            if (std::tolower(static_cast<unsigned char>(tag[i])) != prefix[i])
                return false;
        return tag.size() == prefix.size() || !std::isalpha(static_cast<unsigned char>(tag[prefix.size()]));
    };
    if (starts_with("vi"))
        return Language::vietnamese;
    if (starts_with("en"))
        return Language::english;
    return fallback;
}

std::string_view text(Language language, std::string_view key)
{
    const auto* entry = find_entry(key);
    if (!entry)
        return key;
    return language == Language::english ? entry->english : entry->vietnamese;
}

bool has_text(std::string_view key)
{
    return find_entry(key) != nullptr;
}

std::string format(Language language, std::string_view key, std::initializer_list<std::string_view> arguments)
{
    return format(language, key, std::vector<std::string_view>(arguments));
}

std::string format(Language language, std::string_view key, const std::vector<std::string>& arguments)
{
    return format(language, key, std::vector<std::string_view>(arguments.begin(), arguments.end()));
}

namespace {

// Whether a count, as a message gets it ("1", "1.234", "1,234"), is one: the English singular.
bool is_one(std::string_view count)
{
    return count == "1";
}

// "{0|initiative|initiatives}" at `at`: the form for the count in argument 0 (English only;
// Vietnamese has no plural). Returns the text and the length of the placeholder, or nothing.
std::optional<std::pair<std::string_view, std::size_t>> plural_form(std::string_view pattern, std::size_t at,
                                                                    const std::vector<std::string_view>& arguments)
{
    if (at + 3 >= pattern.size() || !std::isdigit(static_cast<unsigned char>(pattern[at + 1])) || pattern[at + 2] != '|')
        return std::nullopt;
    const std::size_t index = static_cast<std::size_t>(pattern[at + 1] - '0');
    const std::size_t bar = pattern.find('|', at + 3), end = pattern.find('}', at + 3);
    if (index >= arguments.size() || bar == std::string_view::npos || end == std::string_view::npos || bar > end)
        return std::nullopt;
    const std::string_view one = pattern.substr(at + 3, bar - at - 3), other = pattern.substr(bar + 1, end - bar - 1);
    return std::pair{is_one(arguments[index]) ? one : other, end - at + 1};
}

} // namespace

std::string format(Language language, std::string_view key, const std::vector<std::string_view>& arguments)
{
    const std::string_view pattern = has_text(key) ? text(language, key) : key;
    std::string out;
    out.reserve(pattern.size() + 32);
    for (std::size_t i = 0; i < pattern.size(); ++i)
    {
        if (pattern[i] == '{' && i + 2 < pattern.size() && std::isdigit(static_cast<unsigned char>(pattern[i + 1]))
            && pattern[i + 2] == '}')
        {
            const std::size_t index = static_cast<std::size_t>(pattern[i + 1] - '0');
            if (index < arguments.size())
            {
                out += arguments[index];
                i += 2;
                continue;
            }
        }
        if (pattern[i] == '{')
            if (const auto form = plural_form(pattern, i, arguments))
            {
                out += form->first;
                i += form->second - 1;
                continue;
            }
        out += pattern[i];
    }
    return out;
}

} // namespace sangkien::core
