#include "core/workbook/workbook.hxx"
#include "reading.hxx"

#include <algorithm>
#include <array>
#include <cmath>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <tuple>
#include <optional>
#include <set>
#include <unordered_map>

#include "core/text/format.hxx"
#include "core/workbook/info_rows.hxx"
#include "core/text/legacy.hxx"
#include "core/text/text.hxx"

namespace sangkien::core {

using namespace reading;

bool Initiative::has_unreadable(Field field) const
{
    return std::any_of(unreadable.begin(), unreadable.end(), [field](const UnreadableCell& c) { return c.field == field; });
}

std::uint32_t Vocabulary::intern(const std::string& name, const std::string& key)
{
    const auto [it, inserted] = by_key.try_emplace(key, static_cast<std::uint32_t>(names.size()));
    if (inserted)
    {
        names.push_back(name);
        keys.push_back(key);
    }
    return it->second;
}

void index_workbook(Workbook& book)
{
    book.units = {};
    book.blocks = {};
    book.target_groups = {};
    book.solution_types = {};
    book.domains = {};
    // Keys are computed once per distinct spelling.
    std::unordered_map<std::string, std::uint32_t> spelled[5];
    auto intern = [&](int which, Vocabulary& vocabulary, const std::string& name, const KeyOptions& options) {
        const auto it = spelled[which].find(name);
        if (it != spelled[which].end())
            return it->second;
        const std::uint32_t id = vocabulary.intern(name, matching_key(name, options));
        spelled[which].emplace(name, id);
        return id;
    };
    const KeyOptions unit_options{true, true};
    for (auto& unit : book.unions)
        unit.unit_id = intern(0, book.units, unit.name, unit_options);
    for (auto& item : book.initiatives)
    {
        item.unit_id = intern(0, book.units, item.unit, unit_options);
        item.block_id = intern(1, book.blocks, item.block, {});
        item.target_group_id = intern(2, book.target_groups, item.target_group, {});
        item.solution_type_id = intern(3, book.solution_types, item.solution_type, {});
        item.domain_id = intern(4, book.domains, item.domain, {});
    }
    for (auto& person : book.people)
        person.unit_id = intern(0, book.units, person.unit, unit_options);
    book.indexed = true;
}

std::string list_part_name(std::string_view list_sheet, std::size_t part)
{
    return part <= 1 ? std::string(list_sheet) : std::string(list_sheet) + " (" + std::to_string(part) + ")";
}

std::string row_reference(std::size_t row, const SharedText& sheet)
{
    return sheet.empty() ? std::to_string(row) : std::to_string(row) + " (" + sheet.str() + ")";
}

std::string cell_reference(const std::string& column, std::size_t row, const SharedText& sheet)
{
    return (sheet.empty() ? std::string() : sheet.str() + "!") + column + std::to_string(row);
}

namespace {
constexpr std::string_view kPlaceSeparator = " › ";
}

std::string source_place(const std::string& file, const std::string& sheet)
{
    if (file.empty())
        return sheet;
    return sheet.empty() ? file : file + std::string(kPlaceSeparator) + sheet;
}

bool is_source_place(std::string_view sheet)
{
    return sheet.find(kPlaceSeparator) != std::string_view::npos;
}

std::pair<std::string, std::string> split_source_place(std::string_view place)
{
    const auto at = place.find(kPlaceSeparator);
    if (at == std::string_view::npos)
        return {std::string(), std::string(place)};
    return {std::string(place.substr(0, at)), std::string(place.substr(at + kPlaceSeparator.size()))};
}

std::optional<ReportLevel> report_level_from_text(std::string_view text)
{
    const std::string key = " " + matching_key(text) + " ";
    if (key.size() <= 2)
        return std::nullopt;
    const auto has = [&key](std::string_view word) { return key.find(word) != std::string::npos; };
    if (has(" cdcs ") || has(" co so ") || has(" grassroots "))
        return ReportLevel::grassroots;
    if (has(" tinh ") || has(" truc thuoc trung uong ") || has(" province "))
        return ReportLevel::province;
    if (has(" huyen ") || has(" quan ") || has(" thi xa ") || has(" thanh pho ") || has(" nganh ") || has(" ldld ")
        || has(" district "))
        return ReportLevel::district;
    return std::nullopt;
}

std::string_view report_level_text(ReportLevel level)
{
    switch (level)
    {
    case ReportLevel::grassroots: return "CĐCS";
    case ReportLevel::district: return "LĐLĐ huyện";
    case ReportLevel::province: return "LĐLĐ tỉnh";
    }
    return {};
}

std::optional<ReportLevel> report_level_of(const Workbook& book)
{
    if (const std::string* level = info_value(book, InfoKey::level))
        return report_level_from_text(*level);
    return std::nullopt;
}

namespace {

// A figure among an issue's arguments: a tag no cell's text starts with, then the digits.
constexpr std::string_view kCountTag = "\x1f" "count:", kMoneyTag = "\x1f" "money:", kAmountTag = "\x1f" "amount:";

std::string tagged(std::string_view tag, std::int64_t value)
{
    return std::string(tag) + std::to_string(value);
}

// The figure of a tagged argument in the language; nothing for any other argument.
std::optional<std::string> figure_argument(std::string_view argument, Language language)
{
    for (const auto tag : {kCountTag, kMoneyTag, kAmountTag})
    {
        if (!argument.starts_with(tag))
            continue;
        const std::int64_t value = std::strtoll(std::string(argument.substr(tag.size())).c_str(), nullptr, 10);
        return tag == kMoneyTag ? format_money(value, language) : format_count(value, language);
    }
    return std::nullopt;
}

} // namespace

std::string count_argument(std::int64_t count)
{
    return tagged(kCountTag, count);
}

std::string money_argument(std::int64_t dong)
{
    return tagged(kMoneyTag, dong);
}

std::string amount_argument(std::int64_t dong)
{
    return tagged(kAmountTag, dong);
}

std::string figure_text(std::string_view argument, Language language)
{
    auto figure = figure_argument(argument, language);
    return figure ? std::move(*figure) : std::string(argument);
}

std::string issue_message(const Issue& issue, Language language)
{
    return message_text(Message{issue.key, issue.arguments}, language);
}

std::string message_text(const Message& message, Language language)
{
    // An argument naming a field ("value") is shown as the field's label in the language; a
    // figure as the language writes it.
    std::vector<std::string> arguments = message.arguments;
    for (auto& argument : arguments)
        if (field_from_id(argument) && has_text("field." + argument))
            argument = std::string(text(language, "field." + argument));
        else if (argument.rfind("unit.", 0) == 0 && has_text(argument)) // a unit of amounts, by its key
            argument = std::string(text(language, argument));
        else if (auto figure = figure_argument(argument, language))
            argument = std::move(*figure);
    return format(language, message.key, arguments);
}

std::string issue_value(const Issue& issue, Language language)
{
    return issue.value_is_number ? format_number_text(issue.value, language) : issue.value;
}


namespace {

// The sheets a long list goes on over ("Sáng kiến (2)", "(3)"… after "Sáng kiến"), claimed as the
// list's before any other kind of sheet is looked for by content, so none is taken for another.
std::vector<std::size_t> list_parts(const WorkbookSource& source, std::vector<bool>& used, const std::string& list_sheet)
{
    std::vector<std::size_t> parts;
    for (std::size_t part = 2;; ++part)
    {
        const std::string name = list_part_name(list_sheet, part);
        std::size_t index = 0;
        while (index < source.sheets.size() && (used[index] || source.sheets[index].head.name != name))
            ++index;
        if (index == source.sheets.size())
            return parts;
        used[index] = true;
        parts.push_back(index);
    }
}

// A sheet in memory lends its rows.
class RowsInMemory final : public SheetRows
{
public:
    explicit RowsInMemory(const Sheet& sheet) : sheet_(sheet) {}
    std::size_t size() const override { return sheet_.rows.size(); }
    std::span<const Row> block(std::size_t first, std::size_t count) override
    {
        if (first >= sheet_.rows.size())
            return {};
        return std::span<const Row>(sheet_.rows).subspan(first, std::min(count, sheet_.rows.size() - first));
    }

private:
    const Sheet& sheet_;
};

} // namespace

std::shared_ptr<SheetRows> rows_of(const Sheet& sheet)
{
    return std::make_shared<RowsInMemory>(sheet);
}

Sheet head_of(std::string name, SheetRows& rows)
{
    Sheet head{std::move(name), {}};
    while (head.rows.size() < std::min(kHeadRows, rows.size()))
    {
        const std::span<const Row> block = rows.block(head.rows.size(), kHeadRows - head.rows.size());
        if (block.empty())
            break;
        head.rows.insert(head.rows.end(), block.begin(), block.end());
    }
    return head;
}

WorkbookSource source_of(const WorkbookInput& input)
{
    WorkbookSource source;
    for (const Sheet& sheet : input.sheets)
    {
        auto rows = rows_of(sheet);
        source.sheets.push_back(SheetSource{head_of(sheet.name, *rows), rows});
    }
    return source;
}

bool is_our_output_sheet(std::string_view name)
{
    static const std::vector<std::string> names = [] {
        std::vector<std::string> all;
        for (const Language language : {Language::vietnamese, Language::english})
            for (const char* key : {"result.sheet.initiatives", "result.sheet.unions", "result.sheet.people", "result.sheet.summary",
                                    "result.sheet.errors", "result.sheet.record", "result.sheet.changes", "merge.sheet.sources",
                                    "merge.sheet.problems", "feedback.sheet.summary", "feedback.sheet.initiatives",
                                    "feedback.sheet.problems"})
                all.push_back(matching_key(text(language, key)));
        return all;
    }();
    std::string key = matching_key(name);
    // "KQ Sáng kiến (2)": a part of one.
    if (const auto space = key.rfind(' '); space != std::string::npos
        && key.find_first_not_of("0123456789", space + 1) == std::string::npos)
        key.erase(space);
    return std::find(names.begin(), names.end(), key) != names.end();
}

std::optional<std::string> unit_in_title_rows(const Sheet& head, std::size_t heading_row)
{
    // "CĐCS …" before "Công đoàn …": the superior ("CÔNG ĐOÀN NGÀNH GIÁO DỤC") may head the form.
    std::optional<std::string> other_union;
    for (std::size_t r = 0; r < heading_row && r < head.rows.size(); ++r)
        for (const Cell& cell : head.rows[r])
        {
            const auto* text = std::get_if<std::string>(&cell);
            if (!text || text->size() > 150)
                continue;
            std::string written = collapse_spaces(to_nfc(*text));
            std::string key = matching_key(written);
            // "Đơn vị: CĐCS …", "Tên đơn vị: …": the name after the colon.
            if (const auto colon = written.find(':'); colon != std::string::npos
                && (key.rfind("don vi", 0) == 0 || key.rfind("ten don vi", 0) == 0 || key.rfind("cdcs", 0) == 0))
            {
                written = collapse_spaces(written.substr(colon + 1));
                key = matching_key(written);
            }
            const auto starts = [&key](std::string_view word) {
                return key.compare(0, word.size(), word) == 0 && (key.size() == word.size() || key[word.size()] == ' ');
            };
            const bool grassroots = starts("cdcs") || starts("cong doan co so");
            const bool names_union = grassroots || starts("cong doan") || starts("cd");
            const bool other = key.find("lien doan") != std::string::npos || key.find("danh sach") != std::string::npos
                               || key.find("viet nam") != std::string::npos || key.find("tong hop") != std::string::npos
                               || key.find("sang kien") != std::string::npos;
            if (!names_union || other || split_words(key).size() < 2)
                continue;
            if (grassroots)
                return written;
            if (!other_union)
                other_union = written;
        }
    return other_union;
}

std::uint8_t criterion_column_bit(Field field)
{
    for (std::size_t i = 0; i < kCriterionColumns.size(); ++i)
        if (kCriterionColumns[i] == field)
            return static_cast<std::uint8_t>(1u << i);
    return 0;
}

Field criterion_column_of(Field field)
{
    switch (field)
    {
    case Field::recognition_number:
    case Field::recognition_date: return Field::recognition;
    case Field::value_document_number:
    case Field::value_document_date: return Field::value_document;
    default: return field;
    }
}

SourceColumn source_column_said(std::string_view cell)
{
    if (cell.size() > 80 || cell.find('(') == std::string_view::npos)
        return SourceColumn::read;
    const std::string key = matching_key(cell);
    for (const Language language : {Language::vietnamese, Language::english})
    {
        if (key == matching_key(text(language, "cell.column_not_in_source")))
            return SourceColumn::missing;
        if (key == matching_key(text(language, "cell.column_unclear_in_source")))
            return SourceColumn::unclear;
    }
    return SourceColumn::read;
}

std::vector<UnreadColumn> unread_criterion_columns(const ColumnMapping& mapping)
{
    std::vector<UnreadColumn> unread;
    const auto tied = [&mapping](Field field) -> std::string {
        const auto it = mapping.ambiguous.find(field);
        if (it == mapping.ambiguous.end())
            return {};
        std::string letters;
        for (const std::size_t column : it->second)
            letters += (letters.empty() ? "" : ", ") + column_letter(column);
        return letters;
    };
    const auto check = [&](Field field, std::initializer_list<Field> any_of) {
        for (const Field f : any_of)
            if (mapping.columns.count(f))
                return;
        for (const Field f : any_of)
            if (const std::string letters = tied(f); !letters.empty())
            {
                unread.push_back(UnreadColumn{field, true, letters});
                return;
            }
        unread.push_back(UnreadColumn{field, false, {}});
    };
    check(Field::status, {Field::status});
    if (mapping.ambiguous.count(Field::updated_on) && !mapping.columns.count(Field::updated_on))
        unread.push_back(UnreadColumn{Field::updated_on, true, tied(Field::updated_on)});
    check(Field::recognition, {Field::recognition, Field::recognition_number, Field::recognition_date});
    check(Field::value_document, {Field::value_document, Field::value_document_number, Field::value_document_date});
    check(Field::value, {Field::value});
    check(Field::social_value, {Field::social_value});
    return unread;
}

namespace {

// The other sheets that hold the same list (a workbook kept as one sheet per CĐCS, per khối, per
// year): a sheet whose headings name at least the title and one more field of an initiative, and
// whose name does not say it is something else. Claimed before the CĐCS and people sheets are
// looked for, so a second sheet of initiatives is never taken for the people proposed. A sheet
// with a list's look but not its title column is named as left out.
std::vector<std::size_t> further_list_sheets(const WorkbookSource& source, std::vector<bool>& used,
                                             const std::set<std::string>& left_out, Workbook& book)
{
    std::vector<std::size_t> sheets;
    for (std::size_t i = 0; i < source.sheets.size(); ++i)
    {
        const Sheet& head = source.sheets[i].head;
        if (used[i])
        {
            if (is_our_output_sheet(head.name))
                book.sheets_left_out.emplace_back(head.name, "sheets.left_out.ours");
            continue;
        }
        if (sheet_kind_from_name(head.name))
            continue;
        const auto candidate = best_candidate(head, SheetKind::initiatives);
        if (!candidate)
            continue;
        const auto& columns = candidate->mapping.columns;
        // An initiative's own field beside the title and authors: a people sheet naming the
        // initiative its person took part in has none.
        const bool initiative_field = std::any_of(columns.begin(), columns.end(), [](const auto& entry) {
            return entry.first == Field::status || entry.first == Field::value || entry.first == Field::code
                   || entry.first == Field::updated_on || criterion_column_of(entry.first) == Field::recognition
                   || criterion_column_of(entry.first) == Field::value_document;
        });
        if (columns.count(Field::title) && columns.count(Field::authors) && initiative_field)
        {
            used[i] = true;
            book.further_list_sheets.push_back(head.name);
            if (left_out.count(head.name))
                book.sheets_left_out.emplace_back(head.name, "sheets.left_out.user");
            else
                sheets.push_back(i);
        }
        else if (columns.count(Field::title) || (columns.count(Field::authors) && columns.count(Field::status)))
            book.sheets_left_out.emplace_back(head.name, "sheets.left_out.columns");
    }
    return sheets;
}

// A further sheet whose rows are nearly all rows already read (a "Tổng hợp" sheet beside one sheet
// per CĐCS, or the reverse): a copy, not more initiatives. Left out and said, never counted twice.
void leave_out_if_copy(const std::string& sheet, std::size_t first, Workbook& book)
{
    const std::size_t count = book.initiatives.size() - first;
    if (count == 0 || first == 0)
        return;
    const auto key_of = [](const Initiative& item) {
        std::string authors;
        for (const auto& author : item.authors)
            authors += matching_key(author) + ";";
        return item.code.empty() ? "t|" + matching_key(item.title) + "|" + authors : "c|" + matching_key(item.code);
    };
    std::set<std::string> earlier;
    for (std::size_t i = 0; i < first; ++i)
        earlier.insert(key_of(book.initiatives[i]));
    std::size_t copied = 0;
    for (std::size_t i = first; i < book.initiatives.size(); ++i)
        copied += earlier.count(key_of(book.initiatives[i]));
    if (copied * 5 < count * 4) // fewer than four in five: a sheet of its own
        return;
    book.initiatives.erase(book.initiatives.begin() + static_cast<long>(first), book.initiatives.end());
    std::erase_if(book.issues, [&sheet](const Issue& issue) { return issue.sheet == sheet; });
    if (!book.list_sheets.empty() && book.list_sheets.back().first == sheet)
        book.list_sheets.pop_back();
    book.sheets_left_out.emplace_back(sheet, "sheets.left_out.copy");
}

// Rows of a sheet with no unit anywhere (no unit column, no CĐCS heading or title row): the
// sheet's name, when it names a CĐCS of the list ("Trường A" for "CĐCS Trường THCS A" is not
// guessed: the name must be the CĐCS's name, or its start when Calc cut it at 31 characters).
void units_from_sheet_names(Workbook& book)
{
    std::map<std::string, std::size_t> named;
    for (Initiative& item : book.initiatives)
    {
        if (!item.unit.empty() || item.sheet.empty())
            continue;
        const std::string sheet_key = matching_key(item.sheet.str(), {true, true});
        const UnionUnit* match = nullptr;
        for (const UnionUnit& unit : book.unions)
            if (unit.key == sheet_key || (sheet_key.size() >= 20 && unit.key.rfind(sheet_key, 0) == 0))
                match = &unit;
        if (!match)
            continue;
        item.unit = SharedText(match->name);
        item.unit_key = SharedText(match->key);
        ++named[item.sheet.str()];
    }
    for (const auto& [sheet, count] : named)
        book.issues.push_back(Issue{sheet, 0, "", "", "rows.unit_from_sheet_name", {count_argument(static_cast<std::int64_t>(count)), sheet}, false});
}

// Before any row: which criteria the list's columns cannot decide, and in which unit its amounts
// are read — said once, at the top of every summary and in Lỗi dữ liệu.
void say_what_the_columns_allow(const std::string& sheet, const ColumnMapping& mapping, Workbook& book)
{
    const std::vector<UnreadColumn> unread_columns = unread_criterion_columns(mapping);
    const std::size_t row = mapping.heading_row + 1;
    for (const UnreadColumn& unread : unread_columns)
        book.issues.push_back(Issue{sheet, row, "", "", unread.ambiguous ? "criterion.column_ambiguous" : "criterion.column_missing",
                                    {std::string(field_id(unread.field)), unread.columns}, false});
    const auto value = mapping.columns.find(Field::value);
    if (!mapping.value_unit || mapping.value_unit->dong == 1 || value == mapping.columns.end())
        return;
    const std::size_t column = value->second;
    const std::string heading = column < mapping.headings.size() ? mapping.headings[column] : std::string();
    book.issues.push_back(Issue{sheet, row, column_letter(column), heading,
                                mapping.value_unit->from_title_block ? "column.unit_from_line" : "column.unit_from_heading",
                                {column_letter(column), heading, mapping.value_unit->written}, false});
}

} // namespace

namespace {
Workbook read_sheets(const WorkbookSource& source, const MappingOverrides& overrides, const SheetChoices& sheets,
                     bool read_lists);
} // namespace

Workbook read_workbook(const WorkbookInput& input, const MappingOverrides& overrides, const SheetChoices& sheets)
{
    return read_workbook(source_of(input), overrides, sheets);
}

Workbook read_workbook(const WorkbookSource& source, const MappingOverrides& overrides, const SheetChoices& sheets)
{
    return read_sheets(source, overrides, sheets, true);
}

Workbook read_workbook_layout(const WorkbookSource& source, const MappingOverrides& overrides, const SheetChoices& sheets)
{
    return read_sheets(source, overrides, sheets, false);
}

namespace {

Workbook read_sheets(const WorkbookSource& source, const MappingOverrides& overrides, const SheetChoices& sheets,
                     bool read_lists)
{
    Workbook book;
    std::vector<BareAmount> bare_amounts;
    try
    {
        std::vector<bool> used(source.sheets.size(), false);
        // Our own result sheets are never the user's data.
        for (std::size_t i = 0; i < source.sheets.size(); ++i)
            used[i] = is_our_output_sheet(source.sheets[i].head.name);
        std::map<SheetKind, std::size_t> chosen;
        const std::array kinds{SheetKind::initiatives, SheetKind::unions, SheetKind::people, SheetKind::settings,
                               SheetKind::comments};
        // The user's choice first (a sheet that is no longer there is simply not chosen)…
        for (const auto& [kind, name] : sheets)
            for (std::size_t i = 0; i < source.sheets.size(); ++i)
                if (!used[i] && !chosen.count(kind) && source.sheets[i].head.name == name)
                {
                    chosen[kind] = i;
                    used[i] = true;
                }
        // By name first…
        for (const SheetKind kind : kinds)
            for (std::size_t i = 0; i < source.sheets.size(); ++i)
                if (!used[i] && !chosen.count(kind) && name_means(matching_key(source.sheets[i].head.name), kind))
                {
                    chosen[kind] = i;
                    used[i] = true;
                }
        // The list's parts are the list's, whatever their headings look like to the other kinds.
        std::vector<std::size_t> parts;
        std::vector<std::size_t> more_lists; // further sheets of the list: one per CĐCS, per khối…
        bool parts_claimed = false;
        const auto claim_parts = [&] {
            if (parts_claimed || !chosen.count(SheetKind::initiatives))
                return;
            parts_claimed = true;
            parts = list_parts(source, used, source.sheets[chosen[SheetKind::initiatives]].head.name);
            more_lists = further_list_sheets(source, used, sheets.left_out, book);
        };
        claim_parts();
        // …then by content, for the sheets with columns.
        for (const SheetKind kind : {SheetKind::initiatives, SheetKind::unions, SheetKind::people})
        {
            if (kind != SheetKind::initiatives)
                claim_parts();
            if (chosen.count(kind))
                continue;
            std::size_t best_score = 0;
            std::optional<std::size_t> best;
            for (std::size_t i = 0; i < source.sheets.size(); ++i)
            {
                if (used[i])
                    continue;
                if (const auto candidate = best_candidate(source.sheets[i].head, kind); candidate && candidate->score > best_score)
                {
                    best_score = candidate->score;
                    best = i;
                }
            }
            if (best)
            {
                chosen[kind] = *best;
                used[*best] = true;
            }
        }

        for (const auto& [kind, index] : chosen)
        {
            const Sheet& sheet = source.sheets[index].head; // the rest is read below, in blocks
            SheetRows& rows = *source.sheets[index].rows;
            book.sheet_names[kind] = sheet.name;
            if (kind == SheetKind::settings)
            {
                read_settings(rows, book);
                continue;
            }
            if (kind == SheetKind::comments)
            {
                read_comments(rows, book);
                continue;
            }
            auto mapping = detect_columns(sheet, kind, &book.issues);
            const std::map<Field, std::size_t> detected_columns = mapping ? mapping->columns : std::map<Field, std::size_t>{};
            if (const auto it = overrides.find(kind); it != overrides.end())
            {
                if (!mapping)
                {
                    // No heading the reader knows: the first row with two texts is the heading
                    // row the user mapped by hand (title rows above it are skipped).
                    mapping = ColumnMapping{};
                    std::size_t heading = 0;
                    while (heading < sheet.rows.size() && heading < kHeadingSearchRows
                           && std::count_if(sheet.rows[heading].begin(), sheet.rows[heading].end(),
                                            [](const Cell& c) { return std::holds_alternative<std::string>(c); }) < 2)
                        ++heading;
                    if (heading >= sheet.rows.size() || heading >= kHeadingSearchRows)
                        heading = 0;
                    mapping->heading_row = heading;
                    mapping->first_data_row = heading + 1;
                    while (mapping->first_data_row < sheet.rows.size() && is_numbering_row(sheet.rows[mapping->first_data_row]))
                        ++mapping->first_data_row;
                    if (heading < sheet.rows.size())
                        for (const auto& cell : sheet.rows[heading])
                            mapping->headings.push_back(cell_text(cell));
                }
                for (const auto& [field, column] : it->second)
                {
                    const std::string decided(field_id(field)); // (a structured binding: clang captures none)
                    if (mapping->ambiguous.erase(field) > 0) // the user decided: no longer said
                        std::erase_if(book.issues, [&sheet, &decided](const Issue& issue) {
                            return issue.key == "column.ambiguous" && issue.sheet == sheet.name && !issue.arguments.empty()
                                   && issue.arguments[0] == decided;
                        });
                    if (column == kNoColumn) // the user says it is absent
                        mapping->columns.erase(field);
                    else
                        mapping->columns[field] = column;
                    if (field == Field::authors)
                        mapping->more_authors.clear();
                }
                // The value column the user chose carries its own heading's unit (or the ĐVT line's).
                const auto value = mapping->columns.find(Field::value);
                const bool title_block = mapping->value_unit && mapping->value_unit->from_title_block;
                if (value == mapping->columns.end())
                    mapping->value_unit.reset();
                else if (value->second < mapping->headings.size())
                    if (auto unit = amount_unit_in(mapping->headings[value->second]); unit || !title_block)
                        mapping->value_unit = unit;
            }
            if (!mapping)
            {
                book.issues.push_back(Issue{sheet.name, 0, "", "", "sheet.no_heading", {sheet.name}, true});
                continue;
            }
            for (std::size_t c = 0; c < mapping->headings.size(); ++c)
            {
                const bool mapped = std::any_of(mapping->columns.begin(), mapping->columns.end(),
                                                [c](const auto& entry) { return entry.second == c; })
                                    || std::count(mapping->more_authors.begin(), mapping->more_authors.end(), c) > 0
                                    || std::any_of(mapping->ambiguous.begin(), mapping->ambiguous.end(), [c](const auto& entry) {
                                           return std::count(entry.second.begin(), entry.second.end(), c) > 0;
                                       });
                const std::string key = matching_key(mapping->headings[c]);
                const bool row_number = key == "stt" || key == "tt" || key == "so tt" || key == "so thu tu";
                if (!mapped && !collapse_spaces(mapping->headings[c]).empty() && !row_number
                    && !is_provenance_heading(mapping->headings[c])
                    && !(kind == SheetKind::unions && best_field(key, kind) == Field::quota_phase))
                    book.issues.push_back(Issue{sheet.name, mapping->heading_row + 1, column_letter(c),
                                                mapping->headings[c], "column.unmapped", {mapping->headings[c]}, false});
            }
            book.mappings[kind] = *mapping;
            if (kind == SheetKind::initiatives)
                say_what_the_columns_allow(sheet.name, *mapping, book);
            if (!read_lists)
                continue;
            if (kind == SheetKind::initiatives)
            {
                read_initiative_list(source, sheet.name, rows, parts, detected_columns, *mapping, book, bare_amounts);
                for (const std::size_t more : more_lists)
                    if (const auto further = detect_columns(source.sheets[more].head, SheetKind::initiatives, &book.issues))
                    {
                        say_what_the_columns_allow(source.sheets[more].head.name, *further, book);
                        const std::size_t before = book.initiatives.size();
                        read_further_list(source.sheets[more], *further, book);
                        leave_out_if_copy(source.sheets[more].head.name, before, book);
                    }
            }
            else if (kind == SheetKind::unions)
                read_unions(sheet.name, rows, *mapping, book);
            else
                read_people(sheet.name, rows, *mapping, book);
        }
        if (!chosen.count(SheetKind::initiatives))
            book.issues.push_back(Issue{"", 0, "", "", "workbook.no_initiatives", {}, true});
        units_from_sheet_names(book);
        index_workbook(book);
        if (const auto it = book.mappings.find(SheetKind::initiatives); it != book.mappings.end())
        {
            const std::string& sheet = book.sheet_names[SheetKind::initiatives];
            mark_duplicates(book, sheet, column_for(it->second, Field::code), column_for(it->second, Field::title));
            if (!it->second.value_unit || it->second.value_unit->dong == 1)
                note_amounts_without_unit(book, sheet, column_for(it->second, Field::value), bare_amounts);
        }
    }
    catch (const std::exception& e)
    {
        // Never the exception's text: the reader stopped, and says so in words.
        book.issues.push_back(Issue{"", 0, "", "", "workbook.read_stopped", {}, true});
    }
    return book;
}

} // namespace

} // namespace sangkien::core
