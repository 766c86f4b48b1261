// Reading workbooks, 7 of 7: the same initiative twice — found by its mã or by its content
// (find_duplicates, find_possible_duplicates), and marked and said in a workbook read (mark_duplicates).
#include "reading.hxx"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <functional>
#include <map>
#include <tuple>
#include <unordered_map>

#include "core/text/text.hxx"

namespace sangkien::core::reading {

void mark_duplicates(Workbook& book, const std::string& sheet, const std::optional<std::size_t>& code_column,
                     const std::optional<std::size_t>& title_column)
{
    auto& items = book.initiatives;
    const auto first = find_duplicates(items);
    for (std::size_t i = 0; i < items.size(); ++i)
    {
        const auto [original, rule] = first[i];
        if (rule == DuplicateRule::none)
            continue;
        Initiative& item = items[i];
        item.duplicate_of = items[original].row;
        item.duplicate_of_sheet = items[original].sheet;
        item.duplicate_rule = rule;
        ++book.duplicates;
        const bool by_code = rule == DuplicateRule::same_code;
        const auto column = by_code ? code_column : title_column;
        book.issues.push_back(Issue{item.sheet.empty() ? sheet : item.sheet.str(), item.row,
                                    column ? column_letter(*column) : "", shortened(by_code ? item.code : item.title),
                                    by_code ? "row.duplicate_code" : "row.duplicate_content",
                                    {row_reference(item.duplicate_of, item.duplicate_of_sheet)}, true});
    }
    for (const auto& [later, earlier] : find_possible_duplicates(items, first))
        book.issues.push_back(Issue{items[later].sheet.empty() ? sheet : items[later].sheet.str(), items[later].row,
                                    title_column ? column_letter(*title_column) : "", shortened(items[later].title),
                                    "row.possible_duplicate", {row_reference(items[earlier].row, items[earlier].sheet)}, false});
}

} // namespace sangkien::core::reading

namespace sangkien::core {

// The same initiative twice: the same mã, or the same title, authors and unit compared tolerantly.
// The later row is marked and counted once (as the earlier one). Titles are keyed only where the
// unit and the authors already meet (author names repeat and are keyed once), so a list of a
// million different initiatives costs no title keys at all.

namespace {

std::uint64_t fnv(std::uint64_t hash, std::uint64_t value)
{
    return (hash ^ value) * 1099511628211ULL;
}

// The matching keys of names, each spelling keyed once: units, CĐCS and authors repeat over a
// list, and keying them (ICU) is what comparing contents costs.
class NameKeys
{
public:
    const std::string& operator()(const std::string& name, const KeyOptions& options)
    {
        auto& keys = cache_[(options.strip_tones ? 1 : 0) + (options.unit_name ? 2 : 0)];
        auto [it, inserted] = keys.try_emplace(name);
        if (inserted)
            it->second = matching_key(name, options);
        return it->second;
    }

private:
    std::unordered_map<std::string, std::string> cache_[4];
};

// The content of an initiative as text, for comparing it: the unit (as its vocabulary keys it:
// Workbook::units), the sheet where there is no unit, the CĐCS (`strict`), the authors (with
// their tones when `strict`) in any order, and the title compared tolerantly. "/" separates the
// parts: no matching key and no sheet name holds one.
std::string content_key(const Initiative& item, bool strict, NameKeys& names)
{
    std::vector<std::string> authors;
    for (const auto& author : item.authors)
        authors.push_back(names(author, {!strict, false}));
    std::sort(authors.begin(), authors.end());
    std::string key = names(item.unit.str(), {true, true}) + "/";
    if (item.unit.empty())
        key += item.sheet.str();
    key += "/";
    if (strict)
        key += names(item.grassroots_unit.str(), {true, true});
    for (const auto& author : authors)
        key += "/" + author;
    return key + "//" + matching_key(item.title);
}

// The content of initiatives for comparing them: with the authors' tones and the CĐCS (a
// repeat), or without tones and with the unit alone (a possible repeat, only said).
class ContentKeys
{
public:
    explicit ContentKeys(const std::vector<Initiative>& items) : items_(items) {}

    std::uint64_t fingerprint(std::size_t i, bool strict)
    {
        const Initiative& item = items_[i];
        std::uint64_t hash = fnv(1469598103934665603ULL, item.unit_id);
        if (item.unit.empty()) // no unit: the sheet is all that places it (one sheet per CĐCS)
            hash = fnv(hash, std::hash<std::string>{}(item.sheet.str()));
        if (strict)
            hash = fnv(hash, std::hash<std::string>{}(item.grassroots_unit.empty() ? std::string()
                                                                                     : matching_key(item.grassroots_unit, {true, true})));
        for (const std::uint32_t id : authors(item, strict))
            hash = fnv(hash, id + 0x100000000ULL);
        const std::string& title = item.title;
        for (std::size_t k = 0; k < title.size(); ++k)
        {
            unsigned char c = static_cast<unsigned char>(title[k]);
            if (c == 0xC4 && k + 1 < title.size() && (title[k + 1] == '\x90' || title[k + 1] == '\x91'))
            {
                c = 'd';
                ++k;
            }
            c = static_cast<unsigned char>(std::tolower(c));
            if ((c >= '0' && c <= '9') || (c >= 'b' && c <= 'z' && c != 'e' && c != 'i' && c != 'o' && c != 'u' && c != 'y'))
                hash = fnv(hash, c);
        }
        return hash;
    }

    // What two rows whose fingerprints meet are compared by: content_key.
    std::string key(std::size_t i, bool strict) { return content_key(items_[i], strict, names_); }

private:
    // The authors as sorted ids; spellings with one key share one id.
    std::vector<std::uint32_t> authors(const Initiative& item, bool strict)
    {
        auto& spelled = strict ? spelled_strict_ : spelled_loose_;
        std::vector<std::uint32_t> ids;
        for (const auto& author : item.authors)
        {
            auto [it, inserted] = spelled.try_emplace(author, 0);
            if (inserted)
                it->second = keys_.try_emplace((strict ? "=" : "~") + matching_key(author, {!strict, false}),
                                               static_cast<std::uint32_t>(keys_.size()))
                                 .first->second;
            ids.push_back(it->second);
        }
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    const std::vector<Initiative>& items_;
    NameKeys names_;
    std::unordered_map<std::string, std::uint32_t> spelled_strict_, spelled_loose_; // spelling → id
    std::unordered_map<std::string, std::uint32_t> keys_;                           // key → id
};

} // namespace

struct RepeatRuleKeys::Names : NameKeys
{
};

RepeatRuleKeys::RepeatRuleKeys() : names_(std::make_unique<Names>()) {}
RepeatRuleKeys::~RepeatRuleKeys() = default;

std::string RepeatRuleKeys::operator()(const Initiative& item)
{
    return item.title.empty() ? std::string() : content_key(item, true, *names_);
}

std::string repeat_rule_key(const Initiative& item)
{
    return RepeatRuleKeys()(item);
}

std::vector<std::pair<std::size_t, std::size_t>> find_possible_duplicates(
    const std::vector<Initiative>& items, const std::vector<std::pair<std::size_t, DuplicateRule>>& repeats)
{
    // The same title and the same authors without their tones in the same unit, whatever the CĐCS
    // and the codes: not evidence enough to count once, only said.
    ContentKeys keys(items);
    std::vector<std::pair<std::uint64_t, std::size_t>> prints;
    for (std::size_t i = 0; i < items.size(); ++i)
        if (!items[i].title.empty() && repeats[i].second == DuplicateRule::none)
            prints.emplace_back(keys.fingerprint(i, false), i);
    std::sort(prints.begin(), prints.end());
    std::vector<std::pair<std::size_t, std::size_t>> possible;
    for (std::size_t start = 0; start < prints.size();)
    {
        std::size_t end = start + 1;
        while (end < prints.size() && prints[end].first == prints[start].first)
            ++end;
        if (end - start > 1)
        {
            std::map<decltype(keys.key(0, false)), std::size_t> seen;
            for (std::size_t k = start; k < end; ++k)
                if (const auto [it, inserted] = seen.try_emplace(keys.key(prints[k].second, false), prints[k].second); !inserted)
                    possible.emplace_back(prints[k].second, it->second);
        }
        start = end;
    }
    std::sort(possible.begin(), possible.end());
    return possible;
}

std::vector<std::pair<std::size_t, DuplicateRule>> find_duplicates(const std::vector<Initiative>& items)
{
    std::vector<std::pair<std::size_t, DuplicateRule>> first(items.size(), {0, DuplicateRule::none});
    // Candidates are found by sorting 64-bit fingerprints (no allocation per row); rows whose
    // fingerprints meet are then compared by their real keys, in row order.
    const auto mark_runs = [&](std::vector<std::pair<std::uint64_t, std::size_t>>& prints, DuplicateRule rule,
                               const auto& key_of, const auto& allowed) {
        std::sort(prints.begin(), prints.end());
        for (std::size_t start = 0; start < prints.size();)
        {
            std::size_t end = start + 1;
            while (end < prints.size() && prints[end].first == prints[start].first)
                ++end;
            if (end - start > 1)
            {
                std::map<decltype(key_of(std::size_t{})), std::size_t> seen;
                for (std::size_t k = start; k < end; ++k) // sorted by index within a run
                {
                    const std::size_t i = prints[k].second;
                    if (const auto [it, inserted] = seen.try_emplace(key_of(i), i);
                        !inserted && first[i].second == DuplicateRule::none && allowed(it->second, i))
                        first[i] = {it->second, rule};
                }
            }
            start = end;
        }
    };

    // The same mã: fingerprint of the code's letters and digits, lower-cased.
    std::vector<std::pair<std::uint64_t, std::size_t>> prints;
    for (std::size_t i = 0; i < items.size(); ++i)
    {
        std::uint64_t hash = 1469598103934665603ULL;
        bool any = false;
        for (const char c : items[i].code)
            if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80)
            {
                hash = fnv(hash, static_cast<unsigned char>(std::tolower(static_cast<unsigned char>(c))));
                any = true;
            }
        if (any)
            prints.emplace_back(hash, i);
    }
    mark_runs(prints, DuplicateRule::same_code, [&items](std::size_t i) { return matching_key(items[i].code); },
              [](std::size_t, std::size_t) { return true; });

    // Without a code, the same title, the same authors with their tones and the same unit and
    // CĐCS (a province's list: the district and the CĐCS below it): fingerprint of the units, the
    // authors (keyed once per spelling) and the title's consonants and digits (the same for every
    // spelling with the same matching key: tones sit on vowels, đ counts as d). Two rows that each
    // have their own code are never repeats by content ("Nguyễn Thanh Ánh" and "Nguyễn Thanh Anh"
    // of two CĐCS, two codes, are two initiatives).
    ContentKeys keys(items);
    prints.clear();
    for (std::size_t i = 0; i < items.size(); ++i)
        if (!items[i].title.empty() && first[i].second == DuplicateRule::none)
            prints.emplace_back(keys.fingerprint(i, true), i);
    mark_runs(prints, DuplicateRule::same_title_authors_unit, [&](std::size_t i) { return keys.key(i, true); },
              [&items](std::size_t earlier, std::size_t later) { return items[earlier].code.empty() || items[later].code.empty(); });
    return first;
}

} // namespace sangkien::core
