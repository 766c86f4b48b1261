// The sheets the review writes into the workbook (SPEC §5, "Xét khen thưởng"), as plain tables:
// per initiative, per CĐCS, per person, a summary, and the data errors. The UNO layer writes each
// with one setDataArray and applies the formats named here; nothing here knows about Calc.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/rules/aggregate.hxx"

namespace sangkien::core {

enum class ColumnFormat
{
    text,
    integer,  // row numbers, numbers of a list
    count,    // counts, thousands grouped
    money,    // đồng, thousands grouped
    percent,  // a fraction shown as a percentage (0.875 → 87,5%)
    date,     // a Calc date serial
    verdict,  // "Đạt" / "Không đạt…": coloured
    link,     // "Sáng kiến!F12" (cell_reference): a link that jumps to that cell (empty: none)
};

struct ResultColumn
{
    std::string heading;
    ColumnFormat format = ColumnFormat::text;
    int width = 12; // in characters (column_width widens it for the heading)
};

// `merged`: a sheet of a merged workbook (merge.hxx), named there. `record`: the compact record of
// a review that the next review compares with, `changes`: what changed since then
// (review_record.hxx, review_changes.hxx).
// `feedback`: a sheet of a unit's feedback file (feedback.hxx).
enum class ResultKind { initiatives, unions, people, summary, errors, merged, record, changes, feedback };

// A format for one cell where a column mixes kinds (the summary's figures: counts, đồng, %).
struct CellFormat
{
    std::size_t row = 0;    // 0-based, below the heading row
    std::size_t column = 0;
    ColumnFormat format = ColumnFormat::text;
};

struct ResultSheet
{
    ResultKind kind;
    std::string name;
    std::vector<ResultColumn> columns;
    std::vector<std::vector<Cell>> rows; // below the heading row; every row as wide as `columns`
    std::vector<CellFormat> cell_formats; // over the column's format
};

// The most rows a sheet of Calc can hold (the heading row included).
constexpr std::size_t kSheetRowLimit = 1'048'576;

// The five result sheets in their order, in `language` (sheet names too); a sheet longer than
// Calc's goes on over parts (split_long_sheets).
std::vector<ResultSheet> result_sheets(const Workbook& book, const Review& review, const Summary& summary,
                                       Language language);

// Each sheet with more rows than `rows_per_sheet` goes on over sheets named list_part_name
// ("KQ Sáng kiến (2)"…), right after it, each with the heading row and the cell formats of its
// rows.
void split_long_sheets(std::vector<ResultSheet>& sheets, std::size_t rows_per_sheet = kSheetRowLimit - 1);

// "Không tính 4 dòng tên nhóm và 5 dòng cộng…" (or only the kind there is); empty without any.
// `key_prefix` is "result.sum.structure" or "summary.structure".
std::string structure_rows_text(const Workbook& book, std::string_view key_prefix, Language language);

// The width a column is given, in characters: its own, or more where a word of its heading is
// longer — the heading row wraps at spaces, and inside a word only where it must ("Colum/n").
int column_width(const ResultColumn& column);

// The name of a result sheet in a language ("KQ Sáng kiến").
std::string result_sheet_name(ResultKind kind, Language language);

// The sheet as Calc gives it back once written: the heading row, then the rows.
Sheet as_sheet(const ResultSheet& result);

} // namespace sangkien::core
