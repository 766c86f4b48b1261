#include "core/text/values.hxx"

#include <algorithm>
#include <array>
#include <unordered_map>

#include "core/text/text.hxx"

namespace sangkien::core {

namespace {

template <std::size_t N>
bool among(const std::string& key, const std::array<std::string_view, N>& words)
{
    return std::find(words.begin(), words.end(), key) != words.end();
}

} // namespace

namespace {

Status read_status(std::string_view text);

// Statuses repeat endlessly down a column and across formula calls: remember the last few
// hundred spellings (per thread, so no locking).
template <typename Value, typename Read>
Value remembered(std::string_view text, Read read)
{
    thread_local std::unordered_map<std::string, Value> memo;
    if (const auto it = memo.find(std::string(text)); it != memo.end())
        return it->second;
    if (memo.size() > 512)
        memo.clear();
    const Value value = read(text);
    memo.emplace(std::string(text), value);
    return value;
}

} // namespace

Status parse_status(std::string_view text)
{
    return remembered<Status>(text, read_status);
}

namespace {

Status read_status(std::string_view text)
{
    const std::string key = matching_key(text);
    if (key.empty())
        return Status::empty;
    // Compared without tones, so "khong hop le" and "KHÔNG HỢP LỆ" read alike; the rejected
    // forms are checked first because they contain the valid ones.
    static constexpr std::array<std::string_view, 18> rejected{
        "khong hop le", "tu choi", "bi tu choi", "da tu choi", "khong dat", "khong duyet", "khong duoc duyet",
        "loai", "bi loai", "huy", "da huy", "khong cong nhan", "khong phe duyet", "khong duoc phe duyet",
        "rejected", "invalid", "not approved", "declined"};
    static constexpr std::array<std::string_view, 15> valid{
        "hop le", "da duyet", "duyet", "dat", "da cong nhan", "duoc cong nhan", "cong nhan", "da phe duyet",
        "phe duyet", "duoc duyet", "duoc phe duyet", "hl", "valid", "approved", "accepted"};
    static constexpr std::array<std::string_view, 17> pending{
        "cho duyet", "dang xem xet", "chua duyet", "dang cho", "cho xet duyet", "dang duyet", "cho", "xem xet",
        "dang cho duyet", "chua xet", "moi cap nhat", "pending", "cho phe duyet", "chua phe duyet",
        "dang phe duyet", "under review", "submitted"};
    if (among(key, rejected))
        return Status::rejected;
    if (among(key, valid))
        return Status::valid;
    if (among(key, pending))
        return Status::pending;
    return Status::unknown;
}

} // namespace

YesNo parse_yes_no(std::string_view text)
{
    const std::string key = matching_key(text);
    static constexpr std::array<std::string_view, 11> no{
        "", "khong", "0", "no", "n", "false", "chua", "chua co", "khong co", "k", "sai"};
    static constexpr std::array<std::string_view, 10> yes{"co", "x", "1", "yes", "y", "true", "dung", "da co", "roi", "v"};
    if (among(key, no))
        return YesNo::no;
    if (among(key, yes))
        return YesNo::yes;
    // Check marks: punctuation for matching_key, so look at the original.
    const std::string plain = collapse_spaces(to_nfc(text));
    for (const std::string_view mark : {"✓", "✔", "☑", "✗", "✘", "☒", "-", "–"})
        if (plain == mark)
            return mark == "✓" || mark == "✔" || mark == "☑" ? YesNo::yes : YesNo::no;
    return YesNo::free_text;
}

std::vector<std::string> split_authors(std::string_view text)
{
    const std::string normal = to_nfc(text);
    std::vector<std::string> names;
    std::string current;
    auto flush = [&] {
        std::string name = collapse_spaces(current);
        if (!name.empty())
            names.push_back(std::move(name));
        current.clear();
    };
    for (std::size_t i = 0; i < normal.size();)
    {
        const char c = normal[i];
        if (c == ',' || c == ';' || c == '\n' || c == '\r' || c == '+')
        {
            flush();
            ++i;
            continue;
        }
        // " và ", " - " (with spaces around, so hyphenated names survive).
        bool separator = false;
        if (c == ' ')
            for (const std::string_view word : {std::string_view(" và "), std::string_view(" Và "), std::string_view(" VÀ "),
                                            std::string_view(" - "), std::string_view(" – ")})
        {
            if (normal.compare(i, word.size(), word) == 0)
            {
                flush();
                i += word.size() - 1; // keep the trailing space as a word boundary
                separator = true;
                break;
            }
        }
        if (separator)
            continue;
        current += c;
        ++i;
    }
    flush();
    return names;
}

} // namespace sangkien::core
