// Reading workbooks, 3 of 4: finding the heading row of a sheet and which field each column holds.
#include "reading.hxx"

#include "sangkien/core/rules.hxx"

#include <algorithm>
#include <array>
#include <cmath>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <tuple>
#include <set>
#include <unordered_map>

#include "sangkien/core/format.hxx"
#include "sangkien/core/legacy.hxx"
#include "sangkien/core/text.hxx"

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

// A document group heading over "Số" | "Ngày" sub-headings ("Quyết định công nhận sáng kiến" /
// "Ngày"): the sub-heading, last in the combined text, says which part of the document the column
// holds. "Số, ngày" (both) stays the combined column.
std::optional<Field> document_part(std::optional<Field> field, const std::string& heading_key)
{
    if (!field)
        return field;
    const bool recognition = *field == Field::recognition || *field == Field::recognition_number
                             || *field == Field::recognition_date;
    const bool value_document = *field == Field::value_document || *field == Field::value_document_number
                                || *field == Field::value_document_date;
    if (!recognition && !value_document)
        return field;
    const auto ends_with = [&heading_key](std::string_view tail) {
        return heading_key == tail
               || (heading_key.size() > tail.size()
                   && heading_key.compare(heading_key.size() - tail.size(), tail.size(), tail) == 0
                   && heading_key[heading_key.size() - tail.size() - 1] == ' ');
    };
    const auto ends_with_any = [&ends_with](std::initializer_list<std::string_view> tails) {
        return std::any_of(tails.begin(), tails.end(), ends_with);
    };
    if (ends_with_any({"so ngay", "so va ngay", "ngay so", "so ngay thang"}))
        return recognition ? Field::recognition : Field::value_document;
    if (ends_with_any({"ngay", "ngay thang", "ngay thang nam", "ngay ban hanh", "ngay ky", "ngay van ban", "date"}))
        return recognition ? Field::recognition_date : Field::value_document_date;
    if (ends_with_any({"so", "so hieu", "so van ban", "so quyet dinh", "so qd", "so ky hieu", "number", "no"}))
        return recognition ? Field::recognition_number : Field::value_document_number;
    return field;
}

Candidate evaluate(const Sheet& sheet, std::size_t top, bool two_rows, SheetKind kind)
{
    Candidate candidate;
    candidate.mapping.headings = heading_texts(sheet, top, two_rows);
    candidate.mapping.heading_row = top + (two_rows ? 1 : 0);
    for (std::size_t c = 0; c < candidate.mapping.headings.size(); ++c)
    {
        const std::string key = matching_key(candidate.mapping.headings[c]);
        const auto field = document_part(best_field(key, kind), key);
        if (!field)
            continue;
        const auto [it, inserted] = candidate.mapping.columns.emplace(*field, c);
        if (!inserted)
            candidate.duplicates.emplace_back(c, it->second);
    }
    // "CĐCS" is the unit itself unless a column above it (a province's LĐLĐ huyện) is the unit.
    auto& columns = candidate.mapping.columns;
    if (const auto below = columns.find(Field::grassroots_unit); below != columns.end() && !columns.count(Field::unit))
    {
        columns.emplace(Field::unit, below->second);
        columns.erase(below);
    }
    candidate.score = candidate.mapping.columns.size();
    // A data value in the second row (a number, or many texts) means it is not a heading row.
    std::size_t first_data = candidate.mapping.heading_row + 1;
    while (first_data < sheet.rows.size() && is_numbering_row(sheet.rows[first_data]))
        ++first_data;
    candidate.mapping.first_data_row = first_data;
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

std::optional<Field> field_for_heading(std::string_view heading, SheetKind kind)
{
    const std::string key = matching_key(heading);
    return document_part(best_field(key, kind), key);
}

std::optional<ColumnMapping> detect_columns(const Sheet& sheet, SheetKind kind, std::vector<Issue>* issues)
{
    auto candidate = best_candidate(sheet, kind);
    if (!candidate)
        return std::nullopt;
    if (issues)
    {
        for (const auto& [column, first] : candidate->duplicates)
            issues->push_back(Issue{sheet.name, candidate->mapping.heading_row + 1, column_letter(column),
                                    candidate->mapping.headings[column], "column.duplicate",
                                    {candidate->mapping.headings[column], column_letter(first)}, false});
    }
    return candidate->mapping;
}

} // namespace sangkien::core
