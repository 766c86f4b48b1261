// The review run shared by vn.sangkien:Review (no dialog: the remembered column mapping and the
// workbook's own criteria) and vn.sangkien:ReviewDialog (what the user chose in the dialog).
#pragma once

#include <filesystem>
#include <optional>
#include <set>
#include <string>

#include <com/sun/star/frame/XModel.hpp>

#include "commands/commands.hxx"
#include "core/features/review_record.hxx"
#include "core/rules/rules.hxx"

namespace sangkien::uno {

struct ReviewRequest
{
    std::optional<core::Workbook> book;         // already read (from several workbooks); else read now
    std::vector<core::ResultSheet> extra_sheets; // written after the results (Nguồn gộp)
    std::string summary_before;                  // said before the review's summary (the merge's)
    std::optional<core::WorkbookSource> source; // the sheets as the dialog looked at them; else read now
    core::MappingOverrides overrides;
    core::SheetChoices sheets;                // the list's sheet when the user chose it
    std::optional<core::Criteria> criteria;   // else the Thông tin sheet over the plan's values
    // The earlier review to compare with (the CLI's --so-voi); else the record the workbook carries
    // from its last run, when there is one.
    std::optional<core::ReviewRecord> earlier;
};

// The Calc document of the command's frame; throws when there is none.
css::uno::Reference<css::frame::XModel> spreadsheet_of(const CommandContext& context);

// The result sheets of the previous run that are still there and still ours (never read as data).
std::set<std::string> previous_result_sheets(const css::uno::Reference<css::frame::XModel>& model);

// The user's corrections of the column mapping, kept in the document.
core::MappingOverrides remembered_mapping(const css::uno::Reference<css::frame::XModel>& model);
void remember_mapping(const css::uno::Reference<css::frame::XModel>& model, const core::MappingOverrides& overrides);

// The frame's workbook as the commands without a dialog read it (command_workbook, when no
// source= are given): every sheet but
// the previous results, with the remembered sheet and columns. Throws UserError when it holds no
// initiative list.
core::Workbook read_remembered_workbook(const CommandContext& context, const css::uno::Reference<css::frame::XModel>& model);

// (command_workbook: workbook_sources.hxx)

// The criteria of a command without a dialog: Thông tin over the user's settings over the plan's;
// a setting that cannot be read becomes an issue of `book`.
core::Criteria command_criteria(const CommandContext& context, core::Workbook& book);

// The criteria the review dialog gave (Thông tin over the settings, as the clerk saw and edited
// them); a Thông tin value or a setting that cannot be read becomes an issue of `book`, as without
// the dialog — but for a setting whose value the clerk changed in the dialog.
core::Criteria dialog_criteria(const CommandContext& context, const core::Criteria& chosen, core::Workbook& book);

// The sheet the user chose for the list, kept in the document.
core::SheetChoices remembered_sheet_choices(const css::uno::Reference<css::frame::XModel>& model);
void remember_sheet_choices(const css::uno::Reference<css::frame::XModel>& model, const core::SheetChoices& sheets);

// Throws UserError, saying what to do, when the review cannot write its sheets into the document:
// opened read-only, or (a document the user sees) its structure protected. Protected sheets are
// no obstacle: the review only reads them.
void ensure_results_can_be_written(const CommandContext& context, const css::uno::Reference<css::frame::XModel>& model);

// The record of the earlier review in the result workbook at `url` (a file URL): opened hidden and
// read-only, its record sheets read, closed. Throws UserError naming the file when it cannot be
// opened, holds no record, or holds one that cannot be read whole.
core::ReviewRecord record_in_file(const CommandContext& context, const std::string& url);
// The same for a file the user names (the review dialog's "So với"): read from a private copy,
// so that a file open in this office, or locked, is neither handed back nor touched.
core::ReviewRecord record_in_users_file(const CommandContext& context, const std::filesystem::path& file);

// Reviews and writes the result sheets (one undo step in a visible document); returns the summary.
rtl::OUString run_review(const CommandContext& context, const css::uno::Reference<css::frame::XModel>& model,
                         ReviewRequest request);

} // namespace sangkien::uno
