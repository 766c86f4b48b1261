// The extension's commands, addressed by dispatch URLs of our protocol ("vn.sangkien:About").
// The menu, the toolbar and the CLI all reach them through the protocol handler.
#pragma once

#include "sangkien/uno_common/command_arguments.hxx"
#include "sangkien/uno_common/ustring.hxx"

#include <exception>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/task/XStatusIndicator.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

#include "core/rules/result_sheets.hxx"
#include "core/workbook/workbook.hxx"

namespace sangkien::uno {

struct CommandContext
{
    com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext> component_context;
    com::sun::star::uno::Reference<com::sun::star::frame::XFrame> frame;
    uno_common::CommandArguments arguments; // after "?" in the URL: "output=…&formats=odt,pdf"
    // The caller's own progress indicator (the dispatch argument "StatusIndicator": the tests, the
    // command line), told what long work tells the status bar; may be empty.
    com::sun::star::uno::Reference<com::sun::star::task::XStatusIndicator> indicator;
};

// A problem with the user's data or request: its message (already in the UI language) is shown
// as it is, without the "unexpected error" wording.
class UserError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// What the user is told about an error we did not expect (a defect, an office call that failed):
// one sentence in their language ("uno.error.unexpected"), never an exception's text. The detail
// goes to the office's error output for whoever looks into it. `error` is the exception caught.
std::string internal_error(core::Language language, const std::exception_ptr& error);

// The commands this build provides (the URL path after the protocol).
bool is_known_command(std::string_view path);

// Runs a command; the result (for dispatchWithNotification callers such as tests) says what it
// did. Throws on failure.
com::sun::star::uno::Any run_command(std::string_view path, const CommandContext& context);

// Reads the workbook of the context's frame and returns the review's summary (no change to it).
rtl::OUString check_workbook(const CommandContext& context);

// Reviews the workbook of the context's frame and writes the result sheets (one undo step);
// returns the review's summary.
rtl::OUString review_workbook(const CommandContext& context);

// "Xét khen thưởng…": the review dialog, then the review with the user's choices. Returns the
// summary, or a "cancelled" sentence when the user closed the dialog.
rtl::OUString review_with_dialog(const CommandContext& context);

// A file of the installed extension as a file URL ("dialogs/Review.xdl"): dialog string
// resources are found by listing the dialog's folder, which needs a file URL.
std::string extension_file_url(const com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>& context,
                               std::string_view path);

// "Chuẩn hóa dữ liệu…": the preview dialog, then the chosen changes as one undo step; returns
// what was done. normalise_workbook applies every proposed change without asking.
rtl::OUString normalise_with_dialog(const CommandContext& context);
rtl::OUString normalise_workbook(const CommandContext& context);

// "Tạo báo cáo tổng kết": the summary report from BaoCaoTongKet.ott, shown in Writer (with
// output=FOLDER_URL: stored there in `formats` instead). Returns what was done.
rtl::OUString make_report(const CommandContext& context);

// The award dossier (the documents of core::dossier_documents(), or those `documents` names)
// stored in output=FOLDER_URL; and "Tạo hồ sơ khen thưởng…", its dialog.
rtl::OUString make_dossier(const CommandContext& context);
rtl::OUString dossier_with_dialog(const CommandContext& context);

// A template by file name ("BaoCaoTongKet.ott"): the user's copy in the template folder of the
// options page when there is one, else the bundled one; a file URL.
rtl::OUString template_url(const com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>& context,
                           std::string_view file_name);

// Reading several workbooks for a command (SourcesWorkbook, sources_workbook): workbook_sources.hxx.

// vn.sangkien:Merge — several workbooks (source=URL…) merged into a new Calc document in
// our layout, shown, or stored at output=URL; "Gộp sổ sáng kiến…" (MergeDialog) asks for the
// files first. Returns the merge's summary.
rtl::OUString merge_workbooks(const CommandContext& context);
rtl::OUString merge_with_dialog(const CommandContext& context);

// vn.sangkien:Feedback — one file per unit of the review (its initiatives, verdicts, what each
// still needs, its data problems at their places in its own workbook, its quota standing) stored in
// output=FOLDER_URL as formats=ods,pdf; "Phản hồi cho CĐCS…" (FeedbackDialog) asks which units,
// the formats, the deadline and the folder first. Returns what was made.
rtl::OUString make_feedback(const CommandContext& context);
rtl::OUString feedback_with_dialog(const CommandContext& context);

// vn.sangkien:Stop — asks the long work that runs (a dossier) to stop at its next step, as its
// Dừng button does; says whether there was any. Not in the menu: for callers (and the tests).
rtl::OUString stop_running_work(const CommandContext& context);

// "Cài đặt…": Tools ▸ Options opened at the extension's page; returns the page's URL.
rtl::OUString open_settings(const CommandContext& context);

// "Sổ sáng kiến mới": a new workbook from the Calc template; returns the template's URL.
rtl::OUString new_workbook(const CommandContext& context);

// The About dialog. Returns the dialog's title as shown (proof that its strings resolved).
rtl::OUString show_about_dialog(const CommandContext& context);

} // namespace sangkien::uno
