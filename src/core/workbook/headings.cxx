// Reading workbooks, 3 of 7: finding the heading row of a sheet and which field each column holds.
#include "reading.hxx"


#include <algorithm>
#include <array>
#include <map>
#include <cmath>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <tuple>
#include <set>
#include <unordered_map>

#include "core/text/format.hxx"
#include "core/text/legacy.hxx"
#include "core/text/text.hxx"

namespace sangkien::core::reading {

namespace {

// ---------------------------------------------------------------------------------------------
// Heading detection

std::vector<std::string> heading_texts(const Sheet& sheet, std::size_t top, bool two_rows)
{
    const Row& first = sheet.rows[top];
    const Row* second = two_rows && top + 1 < sheet.rows.size() ? &sheet.rows[top + 1] : nullptr;
    const std::size_t width = std::max(first.size(), second ? second->size() : 0);
    std::vector<std::string> texts(width);
    std::string carried;        // a merged group heading spanning several sub-columns
    bool carry_allowed = false;
    for (std::size_t c = 0; c < width; ++c)
    {
        const std::string upper = collapse_spaces(to_nfc(cell_text(cell_at(first, c))));
        const std::string lower = second ? collapse_spaces(to_nfc(cell_text(cell_at(*second, c)))) : std::string();
        if (!upper.empty())
        {
            carried = upper;
            carry_allowed = !lower.empty();
            texts[c] = lower.empty() ? upper : upper + " " + lower;
        }
        else if (!lower.empty())
        {
            texts[c] = carry_allowed ? carried + " " + lower : lower;
        }
        else
            carry_allowed = false;
    }
    return texts;
}

// The cells of the head rows in a column, for telling a repeat from a different column.
bool same_contents(const Sheet& sheet, std::size_t from_row, std::size_t a, std::size_t b)
{
    for (std::size_t r = from_row; r < sheet.rows.size(); ++r)
        if (!(cell_at(sheet.rows[r], a) == cell_at(sheet.rows[r], b)))
            return false;
    return true;
}

// "ĐVT: nghìn đồng", "Đơn vị tính: triệu đồng" in a cell above the heading row.
std::optional<AmountUnit> unit_line_above(const Sheet& sheet, std::size_t first_heading_row)
{
    for (std::size_t r = 0; r < first_heading_row && r < sheet.rows.size(); ++r)
        for (const Cell& cell : sheet.rows[r])
        {
            const auto* text = std::get_if<std::string>(&cell);
            if (!text || text->size() > 80)
                continue;
            const std::string key = matching_key(*text);
            const auto words = split_words(key);
            // "ĐVT: …", "Đơn vị tính: …", or "Đơn vị: …" when all after it is a unit.
            const bool unit_line = (!words.empty() && words[0] == "dvt")
                                   || (words.size() >= 3 && words[0] == "don" && words[1] == "vi" && words[2] == "tinh")
                                   || (words.size() >= 2 && words[0] == "don" && words[1] == "vi"
                                       && text->find(':') != std::string::npos
                                       && amount_unit_in(text->substr(text->find(':') + 1)).has_value()
                                       && matching_key(text->substr(text->find(':') + 1)).size() <= 16);
            if (!unit_line || words.size() > 8)
                continue;
            if (auto unit = amount_unit_in(*text))
            {
                unit->from_title_block = true;
                return unit;
            }
        }
    return std::nullopt;
}

Candidate evaluate(const Sheet& sheet, std::size_t top, bool two_rows, SheetKind kind)
{
    Candidate candidate;
    ColumnMapping& mapping = candidate.mapping;
    mapping.headings = heading_texts(sheet, top, two_rows);
    mapping.heading_row = top + (two_rows ? 1 : 0);
    // A data value in the second row (a number, or many texts) means it is not a heading row.
    std::size_t first_data = mapping.heading_row + 1;
    while (first_data < sheet.rows.size() && is_numbering_row(sheet.rows[first_data]))
        ++first_data;
    mapping.first_data_row = first_data;

    // Each column's meaning; then each field goes to its best column. Author columns all count
    // (joined); two columns that claim another field equally are a repeat when their cells are
    // the same, and otherwise ambiguous: neither is used.
    std::map<Field, std::vector<std::pair<int, std::size_t>>> claims; // field → (score, column)
    for (std::size_t c = 0; c < mapping.headings.size(); ++c)
    {
        const std::string key = matching_key(mapping.headings[c]);
        const HeadingMeaning meaning = meaning_of_heading(key, kind);
        if (meaning.ambiguous)
            candidate.unclear.emplace_back(c, meaning.rivals);
        if (meaning.field)
            claims[*meaning.field].emplace_back(meaning.score, c);
    }
    for (auto& [field, columns] : claims)
    {
        std::stable_sort(columns.begin(), columns.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        const std::size_t best = columns.front().second;
        if (field == Field::quota_phase)
        {
            // Each phase has its column ("giai đoạn 1", "giai đoạn 2"): read_unions adds them up.
            mapping.columns.emplace(field, std::min_element(columns.begin(), columns.end(), [](const auto& a, const auto& b) {
                                               return a.second < b.second;
                                           })->second);
            continue;
        }
        if (field == Field::authors)
        {
            // In the list's order: "Tác giả" before "Đồng tác giả".
            std::vector<std::size_t> in_order;
            for (const auto& claim : columns)
                in_order.push_back(claim.second);
            std::sort(in_order.begin(), in_order.end());
            mapping.columns.emplace(field, in_order.front());
            mapping.more_authors.assign(in_order.begin() + 1, in_order.end());
            continue;
        }
        std::vector<std::size_t> tied{best};
        for (std::size_t i = 1; i < columns.size(); ++i)
        {
            const bool same = same_contents(sheet, first_data, best, columns[i].second);
            if (same)
                candidate.duplicates.emplace_back(columns[i].second, best);
            else if (columns[i].first == columns.front().first)
                tied.push_back(columns[i].second);
            else
                candidate.weaker.emplace_back(columns[i].second, best);
        }
        if (tied.size() > 1)
            mapping.ambiguous.emplace(field, std::move(tied));
        else
            mapping.columns.emplace(field, best);
    }
    // "CĐCS" is the unit itself unless a column above it (a province's LĐLĐ huyện) is the unit.
    auto& columns = mapping.columns;
    if (const auto below = columns.find(Field::grassroots_unit); below != columns.end() && !columns.count(Field::unit)
        && !mapping.ambiguous.count(Field::unit))
    {
        columns.emplace(Field::unit, below->second);
        columns.erase(below);
    }
    candidate.score = mapping.columns.size() + mapping.ambiguous.size();
    // The value column's unit: its heading's, else an "ĐVT" line above the table.
    if (const auto value = columns.find(Field::value); value != columns.end())
    {
        mapping.value_unit = amount_unit_in(mapping.headings[value->second]);
        if (!mapping.value_unit)
            mapping.value_unit = unit_line_above(sheet, top);
    }
    return candidate;
}

std::size_t minimum_score(SheetKind kind)
{
    return kind == SheetKind::initiatives ? 3 : 2;
}

bool has_key_fields(const ColumnMapping& mapping, SheetKind kind)
{
    auto has = [&mapping](Field f) { return mapping.columns.count(f) > 0; };
    switch (kind)
    {
    case SheetKind::initiatives: return has(Field::title) || has(Field::authors);
    case SheetKind::unions: return has(Field::union_name) && (has(Field::quota) || has(Field::quota_phase));
    case SheetKind::people: return has(Field::person_name);
    case SheetKind::settings:
    case SheetKind::comments: return true;
    }
    return false;
}

// A row of nothing but document sub-headings ("Số" | "Ngày"): the second row of a heading even
// when it adds no field of its own.
bool is_sub_heading_row(const Row& row)
{
    bool any = false;
    for (const Cell& cell : row)
    {
        if (is_blank(cell))
            continue;
        const auto* text = std::get_if<std::string>(&cell);
        if (!text)
            return false;
        const std::string key = matching_key(*text);
        static const std::set<std::string_view> words{"so", "ngay", "so hieu", "ngay thang", "ngay thang nam",
                                                      "ngay ban hanh", "ngay ky", "so ngay", "so va ngay",
                                                      "so van ban", "so quyet dinh", "so qd", "so ky hieu",
                                                      "no", "number", "date", "no date"};
        if (!words.count(key))
            return false;
        any = true;
    }
    return any;
}

} // namespace

std::optional<Candidate> best_candidate(const Sheet& sheet, SheetKind kind)
{
    std::optional<Candidate> best;
    const std::size_t limit = std::min(sheet.rows.size(), kHeadingSearchRows);
    for (std::size_t top = 0; top < limit; ++top)
    {
        for (const bool two_rows : {false, true})
        {
            if (two_rows && top + 1 >= sheet.rows.size())
                continue;
            Candidate candidate = evaluate(sheet, top, two_rows, kind);
            if (candidate.score < minimum_score(kind) || !has_key_fields(candidate.mapping, kind))
                continue;
            const bool sub_headings_below = two_rows && best && best->mapping.heading_row == top
                                            && candidate.score == best->score && is_sub_heading_row(sheet.rows[top + 1]);
            if (!best || candidate.score > best->score || sub_headings_below)
                best = std::move(candidate);
        }
    }
    return best;
}

} // namespace sangkien::core::reading

namespace sangkien::core {

using namespace reading;

std::optional<AmountUnit> amount_unit_in(std::string_view text)
{
    // A unit is a whole part of the text between brackets, commas, colons, dashes or slashes
    // ("Giá trị làm lợi (triệu đồng)", "ĐVT: 1.000đ", "(đồng/năm)"), never a word inside a name
    // ("LĐLĐ huyện Triệu Sơn", "Công ty") or an amount ("từ 500 triệu").
    static const std::map<std::string, std::int64_t> units{
        {"dong", 1}, {"d", 1}, {"vnd", 1}, {"vn dong", 1}, {"viet nam dong", 1},
        {"nghin dong", 1'000}, {"ngan dong", 1'000}, {"nghin d", 1'000}, {"ngan d", 1'000}, {"nghin", 1'000},
        {"ngan", 1'000}, {"nghin vnd", 1'000}, {"ngan vnd", 1'000}, {"1000 d", 1'000}, {"1000d", 1'000},
        {"1 000 d", 1'000}, {"1 000d", 1'000}, {"1000 dong", 1'000}, {"1 000 dong", 1'000}, {"1000 vnd", 1'000},
        {"1 000 vnd", 1'000},
        {"trieu dong", 1'000'000}, {"trieu", 1'000'000}, {"tr d", 1'000'000}, {"trd", 1'000'000}, {"tr dong", 1'000'000},
        {"trdong", 1'000'000}, {"tr", 1'000'000}, {"trieu vnd", 1'000'000}, {"tr vnd", 1'000'000},
        {"1 000 000 d", 1'000'000}, {"1 000 000d", 1'000'000}, {"1 000 000 dong", 1'000'000}, {"1000000 d", 1'000'000},
        {"ty dong", 1'000'000'000}, {"ti dong", 1'000'000'000}, {"ty", 1'000'000'000}, {"ti", 1'000'000'000},
        {"ty vnd", 1'000'000'000},
    };
    std::optional<AmountUnit> found;
    std::string written(text);
    for (const std::string_view dash : {"\u2013", "\u2014"}) // "–", "—" as "-" (split on ASCII only)
        for (auto at = written.find(dash); at != std::string::npos; at = written.find(dash, at))
            written.replace(at, dash.size(), "-");
    std::size_t start = 0;
    while (start <= written.size())
    {
        std::size_t end = written.find_first_of("():,;/-[]", start);
        if (end == std::string::npos)
            end = written.size();
        const std::string part = matching_key(std::string_view(written).substr(start, end - start));
        if (const auto it = units.find(part); it != units.end())
            found = AmountUnit{it->second, it->second == 1 ? "unit.dong" : it->second == 1'000 ? "unit.thousand"
                                                         : it->second == 1'000'000 ? "unit.million" : "unit.billion",
                               false};
        start = end + 1;
    }
    return found;
}

std::optional<Field> field_for_heading(std::string_view heading, SheetKind kind)
{
    return best_field(matching_key(heading), kind);
}

std::optional<ColumnMapping> detect_columns(const Sheet& sheet, SheetKind kind, std::vector<Issue>* issues)
{
    auto candidate = best_candidate(sheet, kind);
    if (!candidate)
        return std::nullopt;
    if (issues)
    {
        const ColumnMapping& mapping = candidate->mapping;
        const std::size_t row = mapping.heading_row + 1;
        for (const auto& [column, first] : candidate->duplicates)
            issues->push_back(Issue{sheet.name, row, column_letter(column), mapping.headings[column], "column.duplicate",
                                    {mapping.headings[column], column_letter(first)}, false});
        for (const auto& [column, first] : candidate->weaker)
            issues->push_back(Issue{sheet.name, row, column_letter(column), mapping.headings[column], "column.weaker",
                                    {mapping.headings[column], column_letter(first), mapping.headings[first]}, false});
        for (const auto& [column, rivals] : candidate->unclear)
        {
            if (rivals.size() < 2)
                continue;
            issues->push_back(Issue{sheet.name, row, column_letter(column), mapping.headings[column], "column.unclear",
                                    {mapping.headings[column], std::string(field_id(rivals[0])),
                                     std::string(field_id(rivals[1]))},
                                    false});
        }
        for (const auto& [field, tied] : mapping.ambiguous)
        {
            std::string letters;
            for (const std::size_t column : tied)
                letters += (letters.empty() ? "" : ", ") + column_letter(column);
            issues->push_back(Issue{sheet.name, row, column_letter(tied.front()), mapping.headings[tied.front()],
                                    "column.ambiguous", {std::string(field_id(field)), letters}, true});
        }
    }
    return candidate->mapping;
}

} // namespace sangkien::core
