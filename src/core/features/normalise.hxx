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

#include "core/text/messages.hxx"
#include "core/workbook/workbook.hxx"

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
    std::vector<CellFix> skipped;         // fixes of cells the user skipped before (kept in the
                                          // document): not applied unless proposed again
    bool has_list = true;                 // false: the workbook has no list of initiatives
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

// The preview form. Every proposed fix applies unless the clerk skips it explicitly (select lines,
// "Bỏ qua các ô đã chọn"); selecting a line changes nothing by itself. Cells skipped in an
// earlier run are listed too, marked, and can be proposed again. Plain code over plain data: the
// dialog only shows form_item() and calls the functions below.
struct NormaliseForm
{
    std::vector<CellFix> cells;     // the fixes listed: the plan's (at most max_lines), then its skipped
    std::vector<std::string> lines; // per cell, without its mark
    std::vector<bool> skipped;      // per cell: left as it is
    std::string summary;
    std::size_t hidden = 0;         // the plan's fixes beyond the lines shown: applied by kind
    std::vector<unsigned> hidden_kinds; // per hidden fix, its headline kind (for the counter)
    std::vector<std::string> code_points; // per cell, what changes as code points (text fixes only)
    bool show_code_points = false;  // on request ("Hiện mã ký tự"): each line ends with them
    unsigned kinds = kAllFixes;     // the kinds ticked: a cell whose headline kind is not is left
                                    // as it is, and listed and counted so
};
NormaliseForm make_normalise_form(const NormalisePlan& plan, Language language, std::size_t max_lines = 5000);

// What a text fix changes, as code points: only the part that differs ("U+0061 U+0323 → U+1EA1");
// empty when the new value is not a text.
std::string fix_code_points(const CellFix& fix);

// The line as listed: "✓ Sáng kiến!F12: …" or "✗ Bỏ qua — Sáng kiến!F12: …" (and the code
// points when the form shows them).
std::string form_item(const NormaliseForm& form, std::size_t line, Language language);

// Ticks the kinds to fix (Fix bits): the list and the counter follow at once.
void set_kinds(NormaliseForm& form, unsigned kinds);

// Whether a listed cell will be changed: not skipped, and its kind ticked.
bool line_applies(const NormaliseForm& form, std::size_t line);

// Skips (or proposes again) the given lines; propose_all proposes every line again.
void set_skipped(NormaliseForm& form, const std::vector<std::size_t>& lines, bool skipped);
void propose_all(NormaliseForm& form);
// A double-click on a line: a cell to be fixed is skipped, a skipped one proposed again.
void toggle_skipped(NormaliseForm& form, std::size_t line);
std::size_t skipped_count(const NormaliseForm& form);
std::size_t applied_count(const NormaliseForm& form); // the listed ones that apply, and the hidden of ticked kinds

// "Sẽ sửa 668 ô, bỏ qua 1 ô." for the dialog's counter.
std::string form_counts(const NormaliseForm& form, Language language);

// More cells skipped than fixed: the clerk confirms before anything is written.
bool needs_confirmation(const NormaliseForm& form);
std::string confirmation_text(const NormaliseForm& form, Language language);

// What to write (the fixes not skipped whose kind is ticked, as the form lists and counts them:
// exactly applied_count of them) and the cells to remember as skipped: `stored` with the listed
// cells' choices applied (a cell proposed again leaves it).
struct NormaliseChoice
{
    std::vector<CellFix> apply;
    CellExclusions exclusions;
};
NormaliseChoice choose_fixes(const NormalisePlan& plan, const NormaliseForm& form, const CellExclusions& stored);

} // namespace sangkien::core
