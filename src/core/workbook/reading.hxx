// What the parts of the workbook reader (fields, cells, headings, row labels, the list, the other
// sheets, duplicates) and its assembly in workbook.cxx share. Internal to the core: not installed,
// not for callers. The labels of a list's rows are row_labels.hxx's.
#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/text/date.hxx"
#include "core/text/legacy.hxx"
#include "core/text/money.hxx"
#include "core/text/text.hxx"
#include "core/workbook/workbook.hxx"

namespace sangkien::core::reading {

// Headings are looked for in the first rows of a sheet (kHeadRows of them are read ahead).
inline constexpr std::size_t kHeadingSearchRows = 20;

// fields.cxx
std::vector<std::string_view> split_words(std::string_view s); // a heading key's words
// What a heading means for a kind of sheet: the field it names (nullopt: none of ours, or a tie),
// how strongly, and the fields that tie when it is ambiguous.
struct HeadingMeaning
{
    std::optional<Field> field;
    int score = 0;
    bool ambiguous = false;
    std::vector<Field> rivals;
};
HeadingMeaning meaning_of_heading(const std::string& heading_key, SheetKind kind);
std::optional<Field> best_field(const std::string& heading_key, SheetKind kind);
bool name_means(const std::string& sheet_key, SheetKind kind);

// cells.cxx
inline bool is_blank(const Cell& cell)
{
    if (std::holds_alternative<std::monostate>(cell))
        return true;
    if (const auto* text = std::get_if<std::string>(&cell))
        return text->find_first_not_of(" \t\r\n") == std::string::npos;
    return false;
}

inline const Cell& cell_at(const Row& row, std::size_t column)
{
    static const Cell empty;
    return column < row.size() ? row[column] : empty;
}

std::string shortened(const std::string& text);
std::string number_text(double value);
bool is_numbering_row(const Row& row); // "1 | 2 | 3 …" under a heading
bool is_totals_row(const Row& row);    // "Tổng cộng", "Cộng" and the like
DocumentRef parse_document(const std::string& text); // "Số 12/QĐ-UBND ngày 05/9/2022"

template <typename Value>
class Memo
{
public:
    template <typename Compute>
    const Value& get(const std::string& key, Compute compute)
    {
        if (const auto it = map_.find(key); it != map_.end())
            return it->second;
        if (map_.size() > 200'000)
            map_.clear(); // a column of unique values gains nothing from remembering them
        return map_.emplace(key, compute()).first->second;
    }

private:
    std::unordered_map<std::string, Value> map_;
};

struct SheetReader
{
    const std::string& sheet;
    std::vector<Issue>& issues;
    Memo<DateValue> dates{};
    Memo<Money> amounts{};
    Memo<Status> statuses{};
    Memo<YesNo> yes_no{};

    void report(std::size_t row_index, std::size_t column, const Cell& cell, std::string key,
                std::vector<std::string> arguments, bool is_error = true)
    {
        issues.push_back(Issue{sheet, row_index + 1, column_letter(column), shortened(collapse_spaces(cell_text(cell))),
                               std::move(key), std::move(arguments), is_error, std::holds_alternative<double>(cell)});
    }

    // The cell of a field, or an empty cell when it holds a formula error: the error is reported
    // (sheet, row, column, the error as Calc shows it) and kept in `unreadable`, never read as empty.
    const Cell& checked(std::size_t row_index, std::size_t column, const Row& row, Field field,
                        std::vector<UnreadableCell>* unreadable = nullptr)
    {
        static const Cell empty;
        const Cell& cell = cell_at(row, column);
        const auto* error = std::get_if<CellError>(&cell);
        const auto* text = std::get_if<std::string>(&cell);
        if (!error && !(text && is_error_value_text(*text)))
            return cell;
        // An error pasted as a value ("#DIV/0!" as text, or carried by a merge) is one too.
        const std::string shown = error ? error->shown : collapse_spaces(*text);
        report(row_index, column, cell, error ? "cell.formula_error" : "cell.error_value_text", {shown, std::string(field_id(field))});
        if (unreadable)
            unreadable->push_back(UnreadableCell{field, column_letter(column), shown});
        return empty;
    }

    // Text in NFC with single spaces (line breaks kept with `keep_lines`); legacy-font text
    // converted (and said so).
    std::string text(std::size_t row_index, std::size_t column, const Cell& cell, bool keep_lines = false)
    {
        const auto tidy = [keep_lines](const std::string& s) { return keep_lines ? s : collapse_spaces(s); };
        const std::string raw = cell_text(cell);
        // Most cells: no character that legacy fonts leave behind, so no decoding at all.
        if (!may_be_legacy(raw))
            return tidy(to_nfc(raw));
        const LegacyConversion converted = convert_legacy_text(raw);
        if (converted.found == LegacyEncoding::tcvn3 || converted.found == LegacyEncoding::vni)
            report(row_index, column, cell, "cell.legacy_converted",
                   {collapse_spaces(to_nfc(converted.text)), converted.found == LegacyEncoding::tcvn3 ? "TCVN3" : "VNI"},
                   false);
        else if (converted.found == LegacyEncoding::suspicious)
            report(row_index, column, cell, "cell.legacy_suspicious", {collapse_spaces(raw)});
        return tidy(to_nfc(converted.text));
    }

    std::optional<Date> date(std::size_t row_index, std::size_t column, const Cell& cell)
    {
        DateValue value;
        if (const auto* number = std::get_if<double>(&cell))
            value = date_from_number(*number);
        else if (const auto* t = std::get_if<std::string>(&cell))
            value = dates.get(*t, [t] { return parse_date(*t); });
        if (value.kind == DateKind::date)
            return value.date;
        if (value.kind == DateKind::error)
        {
            const char* key = value.error == DateError::impossible     ? "date.error.impossible"
                              : value.error == DateError::out_of_range ? "date.error.out_of_range"
                                                                       : "date.error.unreadable";
            report(row_index, column, cell, key, {collapse_spaces(cell_text(cell))});
        }
        return std::nullopt;
    }
};

// headings.cxx
struct Candidate
{
    ColumnMapping mapping;
    std::size_t score = 0;
    std::vector<std::pair<std::size_t, std::size_t>> duplicates; // (column, the column used): the same cells
    std::vector<std::pair<std::size_t, std::size_t>> weaker;     // (column, the column used): other cells, a
                                                                 // heading that names the field less clearly
    std::vector<std::pair<std::size_t, std::vector<Field>>> unclear; // a heading that names two fields equally
};
std::optional<Candidate> best_candidate(const Sheet& sheet, SheetKind kind);

// list_reader.cxx, other_sheets.cxx
// Each row of a sheet from `first` on, block by block: visit(row index, row).
template <class Visit>
void for_each_row(SheetRows& rows, std::size_t first, Visit&& visit)
{
    for (std::size_t at = first; at < rows.size();)
    {
        const std::span<const Row> block = rows.block(at, kBlockRows);
        if (block.empty())
            break;
        for (std::size_t i = 0; i < block.size(); ++i)
            visit(at + i, block[i]);
        at += block.size();
    }
}

// list_reader.cxx
// A value cell holding a bare number, kept while reading (the note on amounts written without a
// unit needs the column's median, known only at the end): which record, the amount, the text.
struct BareAmount
{
    std::size_t item = 0;       // index in book.initiatives
    double amount = 0;
    std::string written;        // the text when the cell is text; empty for a number cell
};

// The column a mapping gives a field, if any.
std::optional<std::size_t> column_for(const ColumnMapping& mapping, Field field);
// The initiative list from its first sheet (`rows`) and the sheets it goes on over (`parts`, read
// with the list's columns when their headings are the list's).
void read_initiative_list(const WorkbookSource& source, const std::string& list_sheet, SheetRows& rows,
                          const std::vector<std::size_t>& parts, const std::map<Field, std::size_t>& detected_columns,
                          const ColumnMapping& mapping, Workbook& book, std::vector<BareAmount>& bare_amounts);
// Another sheet of the same list (one sheet per CĐCS, per khối, per year), read with its own columns;
// its rows name their sheet.
void read_further_list(const SheetSource& sheet, const ColumnMapping& mapping, Workbook& book);
// "1,5", "0,4", "250" in a column whose other amounts are millions: noted, the value kept.
void note_amounts_without_unit(Workbook& book, const std::string& sheet, const std::optional<std::size_t>& value_column,
                               const std::vector<BareAmount>& bare_amounts);

// other_sheets.cxx
void read_unions(const std::string& sheet_name, SheetRows& rows, const ColumnMapping& mapping, Workbook& book);
void read_people(const std::string& sheet_name, SheetRows& rows, const ColumnMapping& mapping, Workbook& book);
void read_settings(SheetRows& rows, Workbook& book);
void read_comments(SheetRows& rows, Workbook& book);

// duplicates.cxx
// The list's repeats marked (Initiative::duplicate_of) and counted, each said on its row; the
// possible repeats only said.
void mark_duplicates(Workbook& book, const std::string& sheet, const std::optional<std::size_t>& code_column,
                     const std::optional<std::size_t>& title_column);

} // namespace sangkien::core::reading
