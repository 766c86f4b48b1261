// "Chuẩn hóa dữ liệu…" (SPEC §5): the changes that would tidy the user's sheets, computed as a plan
// the user previews and trims before anything is written. Only text constants are candidates
// (formulas and numbers are never rewritten); each proposed cell says what it was, what it would
// become and why: legacy-font text converted, NFC, spacing, text numbers and dates turned into
// values, unit names spelled as in the CĐCS list.
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <vector>

#include "sangkien/core/messages.hxx"
#include "sangkien/core/workbook.hxx"

namespace sangkien::core {

// Why a cell changes (bits: one cell can need several).
enum Fix : unsigned
{
    fix_legacy_font = 1u << 0, // TCVN3/VNI text shown in a legacy font → Unicode
    fix_nfc = 1u << 1,         // decomposed or mixed Unicode → NFC
    fix_spaces = 1u << 2,      // leading/trailing/double spaces, no-break spaces
    fix_number = 1u << 3,      // "500 triệu", "1.200" → a number
    fix_date = 1u << 4,        // "05/9/2023" → a date value
    fix_unit_name = 1u << 5,   // "cđcs cty may 10" → "CĐCS Công ty May 10" (as in the CĐCS list)
};
// The kinds in the order they are named to the user (and ticked in the dialog); the first one a
// cell has is its headline, the kind it is listed and chosen under.
inline constexpr Fix kFixOrder[] = {fix_number, fix_date, fix_unit_name, fix_legacy_font, fix_nfc, fix_spaces};
inline constexpr unsigned kAllFixes = fix_legacy_font | fix_nfc | fix_spaces | fix_number | fix_date | fix_unit_name;

// A rectangle of cells, 0-based and inclusive (what Calc's queryContentCells returns).
struct CellArea
{
    std::size_t first_row = 0, first_column = 0, last_row = 0, last_column = 0;
};

struct CellFix
{
    std::size_t sheet = 0;  // index in WorkbookInput::sheets
    std::size_t row = 0;    // 0-based
    std::size_t column = 0; // 0-based
    std::string before;     // the text as it is
    Cell after;             // the new text, or a number (a date is its serial)
    unsigned fixes = 0;     // Fix bits

    bool is_date() const { return (fixes & fix_date) != 0; }
};

struct NormalisePlan
{
    std::vector<std::string> sheet_names; // per sheet index, for labels
    std::vector<CellFix> fixes;           // by sheet, then column, then row
};

// Cells as "Sheet name\tF12", one per line: the user's exclusions, kept in the document.
using CellExclusions = std::set<std::string>;
std::string exclusion_key(const std::string& sheet, std::size_t row, std::size_t column);
CellExclusions exclusions_from_text(const std::string& text);
std::string exclusions_to_text(const CellExclusions& exclusions);

// The plan for the sheets the review reads (initiatives, CĐCS, people, Thông tin, Nhận xét).
// `text_cells[i]` lists the areas of text constants of input.sheets[i]; without it every text
// cell counts as a constant. Excluded cells are never proposed.
NormalisePlan plan_normalisation(const WorkbookInput& input, const MappingOverrides& overrides,
                                 const std::vector<std::vector<CellArea>>* text_cells = nullptr,
                                 const CellExclusions& exclusions = {}, const SheetChoices& sheets = {});

// The proposed text of a cell (legacy, NFC, spacing), line breaks kept; unchanged when tidy.
std::string tidy_text(const std::string& text, unsigned* fixes = nullptr);

// "Sáng kiến!F12" and the preview line "Sáng kiến!F12: «500 triệu» → 500.000.000 (số)".
std::string fix_cell_name(const NormalisePlan& plan, const CellFix& fix);
std::string fix_line(const NormalisePlan& plan, const CellFix& fix, Language language);

// "Cần chuẩn hóa 12 ô: 3 chữ phông cũ, …" (or "nothing to do").
std::string plan_summary(const NormalisePlan& plan, Language language);

// The preview form: the lines shown (at most `max_lines`, the rest applied with the shown ones),
// then what the user kept ticked.
struct NormaliseForm
{
    std::vector<std::string> lines;
    std::string summary;
    std::size_t hidden = 0; // proposals beyond the lines shown
};
NormaliseForm make_normalise_form(const NormalisePlan& plan, Language language, std::size_t max_lines = 5000);

// The fixes to apply given the shown lines the user left selected (indexes into lines) and the
// kinds of fix left ticked; the cells unselected in the list become exclusions.
struct NormaliseChoice
{
    std::vector<CellFix> apply;
    CellExclusions newly_excluded;
};
NormaliseChoice choose_fixes(const NormalisePlan& plan, const NormaliseForm& form,
                             const std::vector<std::size_t>& selected_lines, unsigned kinds = kAllFixes);

} // namespace sangkien::core
