// What the review dialog ("Xét khen thưởng…") shows and edits, as plain data: the sheets found,
// the column of every field of the initiative sheet (detected, or corrected by the user and
// remembered in the document), and the criteria as the texts the user sees. The UNO dialog only
// copies these into controls and back; everything here is tested without a dialog.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/rules/criteria_settings.hxx"
#include "core/rules/rules.hxx"

namespace sangkien::core {

struct FieldChoice
{
    Field field;
    std::string label;                 // "Giá trị làm lợi"
    std::optional<std::size_t> column; // the column shown as chosen; nullopt: none
    bool remembered = false;           // chosen by the user on an earlier run
};

struct ReviewForm
{
    std::vector<std::pair<std::string, std::string>> sheets; // "Danh sách sáng kiến:" → sheet name or "—"
    std::vector<std::string> sheet_names;                    // every sheet the list may be on, in order
    std::string initiative_sheet;                            // chosen or found; empty: none yet
    // The list's other sheets (a list kept as one sheet per CĐCS, per khối…), ticked when read.
    std::vector<std::pair<std::string, bool>> further_sheets;
    std::vector<std::string> columns;                        // choices: "(không có)", "A: STT", "B: Mã"…
    std::vector<FieldChoice> fields;                         // every field of the initiative sheet
    // The criteria of criterion_settings() the dialog shows, as texts: d/m/yyyy dates, an amount,
    // "Hoặc"/"Và".
    CriterionTexts criteria;
    std::string criteria_source;                             // where the values come from
    // Before the run: the criteria no column lets us judge, columns that look like a criterion's
    // but are not used, the unit amounts are read in — one sentence each.
    std::vector<std::string> reading_notes;
    std::string reading_summary;       // the same in a line or two: the criteria that cannot be judged, units
    bool criteria_unjudged = false;    // a criterion cannot be judged: shown as a warning
};

// The form for a workbook: mapping as detected, with the remembered corrections applied; criteria
// from the Thông tin sheet over `defaults`.
// `sheets` is the user's earlier choice of sheet (kept in the document); a workbook whose list
// nobody recognises still gets a form, with no sheet chosen, so that the user can point at it.
// Only the sheets' first rows and the Thông tin sheet are read, never the lists.
ReviewForm make_review_form(const WorkbookSource& source, const MappingOverrides& remembered, const Criteria& defaults,
                            Language language, const SheetChoices& sheets = {});
ReviewForm make_review_form(const WorkbookInput& input, const MappingOverrides& remembered, const Criteria& defaults,
                            Language language, const SheetChoices& sheets = {});

// The form after the user picked another sheet for the list: its columns and their detection
// (corrections made for the previous sheet do not carry over); the criteria stay as typed.
void choose_initiative_sheet(ReviewForm& form, const WorkbookSource& source, const std::string& sheet, Language language);
void choose_initiative_sheet(ReviewForm& form, const WorkbookInput& input, const std::string& sheet, Language language);

// Index of `column` in ReviewForm::columns (0 is "(không có)").
std::size_t choice_index(const std::optional<std::size_t>& column);
std::optional<std::size_t> column_of_choice(std::size_t index);

struct FormOutcome
{
    SheetChoices sheets;         // the list's sheet when the user chose one other than the detected
    MappingOverrides overrides;  // the fields whose column differs from the detected one
    Criteria criteria;
    std::vector<std::string> problems; // one sentence per unreadable criterion, naming it
};

// Reads the edited form back. `input` is the same workbook (to know what was detected).
FormOutcome read_review_form(const ReviewForm& form, const WorkbookSource& source, const Criteria& defaults,
                             Language language);
FormOutcome read_review_form(const ReviewForm& form, const WorkbookInput& input, const Criteria& defaults,
                             Language language);

// Overrides as a document property text ("initiatives:value=7;status=11") and back; unknown or
// broken parts are skipped.
std::string overrides_to_text(const MappingOverrides& overrides);
MappingOverrides overrides_from_text(std::string_view text);

// Sheet choices as a document property text (one "kind<TAB>sheet name" a line) and back.
std::string sheet_choices_to_text(const SheetChoices& sheets);
SheetChoices sheet_choices_from_text(std::string_view text);

} // namespace sangkien::core
