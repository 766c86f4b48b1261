// Reading workbooks, 6 of 7: the sheets beside the initiative list — the CĐCS (quota) list with
// its khối groups and subtotals, the people proposed, Thông tin (label | value) and Nhận xét (an
// outline of narratives).
#include "reading.hxx"
#include "row_labels.hxx"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "core/text/text.hxx"

namespace sangkien::core::reading {

namespace {

// Counts (quotas, members): absurd values read as 0 rather than overflowing.
int to_int(double value)
{
    if (!std::isfinite(value) || std::fabs(value) > 1e9)
        return 0;
    return static_cast<int>(std::llround(value));
}

// "I.1", "II.2", "III.4" in a cell, the narrative in the next non-empty cell of the row (or the
// rows below until the next item).
std::optional<std::string> outline_item(const std::string& text)
{
    std::string key;
    for (const char c : collapse_spaces(text))
    {
        if (c == ' ' || c == ':')
            break;
        key += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    while (!key.empty() && key.back() == '.')
        key.pop_back();
    const auto dot = key.find('.');
    if (dot == std::string::npos || dot == 0 || dot + 1 >= key.size())
        return std::nullopt;
    const std::string roman = key.substr(0, dot), number = key.substr(dot + 1);
    if (roman.find_first_not_of("IV") != std::string::npos || number.find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    return key;
}

enum class QuotaRow { unit, group, subtotal, total };

// A row of the CĐCS (quota) list: a unit, a group heading (a khối), a subtotal or the grand total.
QuotaRow quota_row_kind(const Row& row)
{
    std::vector<std::size_t> filled;
    bool numbers_after_label = false;
    for (std::size_t c = 0; c < row.size(); ++c)
        if (!is_blank(row[c]))
        {
            if (!filled.empty() && std::holds_alternative<double>(row[c]) && filled.size() >= 2)
                numbers_after_label = true;
            filled.push_back(c);
        }
    for (std::size_t i = 0; i < std::min<std::size_t>(2, filled.size()); ++i)
    {
        const auto* text = std::get_if<std::string>(&row[filled[i]]);
        if (!text || text->size() > 120)
            continue;
        const std::string key = matching_key(*text);
        if (is_grand_total_label(key))
            return QuotaRow::total;
        if (is_subtotal_label(*text, key))
            return QuotaRow::subtotal;
    }
    if (filled.empty())
        return QuotaRow::unit;
    // A numbered khối ("I | KHỐI HCSN | 300 | 5") is a group even with its sums beside it.
    if (const auto* first = std::get_if<std::string>(&row[filled.front()]))
    {
        const Numbering numbering = marker_of(*first);
        const auto label_at = filled.size() > 1 && numbering != Numbering::none ? filled[1] : filled.front();
        const auto* label = std::get_if<std::string>(&row[label_at]);
        const std::string label_key = label ? matching_key(split_marker(collapse_spaces(to_nfc(*label))).second) : std::string();
        if (numbering == Numbering::roman || numbering == Numbering::letter
            || split_marker(collapse_spaces(to_nfc(*first))).first == Numbering::roman
            || starts_with_word(label_key, {"khoi", "linh vuc", "cum", "nganh", "loai hinh"}))
            return QuotaRow::group;
    }
    if (filled.size() > 2 || numbers_after_label)
        return QuotaRow::unit;
    // "I | KHỐI HCSN", "A. Khối doanh nghiệp", "Khối xã, thị trấn": a group, never a CĐCS.
    const auto* last = std::get_if<std::string>(&row[filled.back()]);
    if (!last)
        return QuotaRow::unit;
    const auto [marker, title] = split_marker(collapse_spaces(to_nfc(*last)));
    Numbering numbering = marker;
    if (filled.size() == 2)
    {
        if (const auto* first = std::get_if<std::string>(&row[filled.front()]))
            numbering = marker_of(*first);
        else
            numbering = Numbering::none;
    }
    const std::string key = matching_key(title);
    const bool group_words = starts_with_word(key, {"khoi", "linh vuc", "nhom", "cum", "nganh", "loai hinh"});
    return group_words || numbering == Numbering::roman || numbering == Numbering::letter ? QuotaRow::group : QuotaRow::unit;
}

// "I | KHỐI HCSN" → "KHỐI HCSN".
std::string group_title(const Row& row)
{
    for (auto it = row.rbegin(); it != row.rend(); ++it)
        if (const auto* text = std::get_if<std::string>(&*it); text && !is_blank(*it))
            return split_marker(collapse_spaces(to_nfc(*text))).second;
    return {};
}

} // namespace

void read_unions(const std::string& sheet_name, SheetRows& rows, const ColumnMapping& mapping, Workbook& book)
{
    SheetReader reader{sheet_name, book.issues};
    // Several "chỉ tiêu giai đoạn" columns add up when there is no total column.
    std::vector<std::size_t> phases;
    for (std::size_t c = 0; c < mapping.headings.size(); ++c)
        if (best_field(matching_key(mapping.headings[c]), SheetKind::unions) == Field::quota_phase)
            phases.push_back(c);
    const auto column = [&mapping](Field f) { return column_for(mapping, f); };
    const auto c_name = column(Field::union_name), c_block = column(Field::union_block), c_members = column(Field::members),
               c_quota = column(Field::quota), c_agreement = column(Field::labour_agreement), c_note = column(Field::union_note);
    bool ended = false; // the grand total ends the list
    std::string group_block; // the khối of a group heading above ("I. KHỐI HCSN"), for a list without a khối column
    for_each_row(rows, mapping.first_data_row, [&](std::size_t r, const Row& row) {
        if (ended || std::all_of(row.begin(), row.end(), is_blank))
            return;
        // Quotas may come in khối groups with subtotals: "I | KHỐI HCSN", "Cộng khối", "Tổng cộng".
        switch (quota_row_kind(row))
        {
        case QuotaRow::total: ended = true; return;
        case QuotaRow::subtotal: return;
        case QuotaRow::group:
            group_block = group_title(row);
            return;
        case QuotaRow::unit: break;
        }
        UnionUnit unit;
        unit.row = r + 1;
        unit.name = c_name ? reader.text(r, *c_name, reader.checked(r, *c_name, row, Field::union_name)) : std::string();
        if (unit.name.empty())
            return;
        unit.key = matching_key(unit.name, {true, true});
        unit.block = c_block ? reader.text(r, *c_block, reader.checked(r, *c_block, row, Field::union_block)) : group_block;
        unit.note = c_note ? reader.text(r, *c_note, reader.checked(r, *c_note, row, Field::union_note)) : std::string();
        auto read_count = [&](std::size_t c) -> std::optional<double> {
            std::vector<UnreadableCell> unreadable;
            const bool members = c_members && c == *c_members;
            const Cell& cell = reader.checked(r, c, row, members ? Field::members : Field::quota, &unreadable);
            if (!unreadable.empty() && !members)
                unit.quota_unreadable = true;
            if (const auto* number = std::get_if<double>(&cell))
                return *number;
            if (is_blank(cell))
                return std::nullopt;
            const Money parsed = parse_money(cell_text(cell)); // "12", "1.200"
            if (parsed.kind == MoneyKind::vnd || parsed.kind == MoneyKind::no_value)
                return static_cast<double>(parsed.dong);
            reader.report(r, c, cell, "cell.not_a_number", {collapse_spaces(cell_text(cell))});
            if (!members) // a quota nobody can read leaves the CĐCS to be checked, never "no quota"
                unit.quota_unreadable = true;
            return std::nullopt;
        };
        if (c_members)
            unit.members = read_count(*c_members);
        if (c_quota)
            unit.quota = to_int(read_count(*c_quota).value_or(0));
        else
            for (const std::size_t c : phases)
                unit.quota += to_int(read_count(c).value_or(0));
        if (c_agreement)
            unit.labour_agreement_clause =
                parse_yes_no(cell_text(reader.checked(r, *c_agreement, row, Field::labour_agreement))) != YesNo::no;
        book.unions.push_back(std::move(unit));
    });
}

void read_people(const std::string& sheet_name, SheetRows& rows, const ColumnMapping& mapping, Workbook& book)
{
    SheetReader reader{sheet_name, book.issues};
    const auto column = [&mapping](Field f) { return column_for(mapping, f); };
    const auto c_name = column(Field::person_name), c_position = column(Field::person_position),
               c_unit = column(Field::person_unit), c_team = column(Field::support_team),
               c_contribution = column(Field::contribution);
    for_each_row(rows, mapping.first_data_row, [&](std::size_t r, const Row& row) {
        if (std::all_of(row.begin(), row.end(), is_blank) || is_totals_row(row))
            return;
        ProposedPerson person;
        person.row = r + 1;
        auto text_of = [&](const std::optional<std::size_t>& c, Field field) {
            return c ? reader.text(r, *c, reader.checked(r, *c, row, field)) : std::string();
        };
        person.name = text_of(c_name, Field::person_name);
        if (person.name.empty())
            return;
        person.position = text_of(c_position, Field::person_position);
        person.unit = text_of(c_unit, Field::person_unit);
        person.unit_key = matching_key(person.unit, {true, true});
        person.support_team = c_team && parse_yes_no(cell_text(reader.checked(r, *c_team, row, Field::support_team))) != YesNo::no;
        person.contribution = text_of(c_contribution, Field::contribution);
        book.people.push_back(std::move(person));
    });
}

// Two columns, label | value; a heading row ("Mục | Giá trị") is skipped by its words. A row
// with an empty label continues the value above, one line each (the Nơi nhận list).
void read_settings(SheetRows& rows, Workbook& book)
{
    std::string previous;
    for_each_row(rows, 0, [&](std::size_t, const Row& row) {
        std::size_t first = 0;
        while (first < row.size() && is_blank(row[first]))
            ++first;
        if (first >= row.size())
            return;
        if (first > 0 && !previous.empty())
        {
            std::string& value = book.settings[previous];
            const std::string line = to_nfc(cell_text(row[first]));
            value += value.empty() ? line : "\n" + line;
            return;
        }
        const std::string label = matching_key(cell_text(row[first]));
        previous = label;
        if (label.empty() || label == "muc" || label == "noi dung" || label == "stt")
            return;
        std::size_t second = first + 1;
        while (second < row.size() && is_blank(row[second]))
            ++second;
        std::string value;
        if (second < row.size())
        {
            if (const auto* number = std::get_if<double>(&row[second]))
            {
                // Dates typed in the settings sheet arrive as serials: keep them readable.
                const DateValue date = date_from_number(*number);
                value = (*number > 20000 && *number < 80000 && date.kind == DateKind::date)
                            ? std::to_string(date.date.day) + "/" + std::to_string(date.date.month) + "/"
                                  + std::to_string(date.date.year)
                            : number_text(*number);
            }
            else
                value = to_nfc(cell_text(row[second]));
        }
        book.settings[label] = value;
    });
}

void read_comments(SheetRows& rows, Workbook& book)
{
    std::string current;
    for_each_row(rows, 0, [&](std::size_t, const Row& row) {
        for (std::size_t c = 0; c < row.size(); ++c)
        {
            if (is_blank(row[c]))
                continue;
            const std::string text = to_nfc(cell_text(row[c]));
            if (const auto item = outline_item(text))
            {
                current = *item;
                book.comments.try_emplace(current);
                continue;
            }
            if (current.empty())
                continue;
            // Skip the heading texts of the outline itself, keep the narrative.
            std::string& narrative = book.comments[current];
            if (c == 0 && narrative.empty() && text.size() < 3)
                continue;
            narrative += narrative.empty() ? text : "\n" + text;
        }
    });
}

} // namespace sangkien::core::reading
