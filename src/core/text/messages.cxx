#include "core/text/messages.hxx"

#include <algorithm>
#include <cctype>

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
        out += pattern[i];
    }
    return out;
}

} // namespace sangkien::core
