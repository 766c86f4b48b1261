// vn.sangkien:Check — reads the current workbook and returns the review's summary as text. Used
// by `sangkien check`; it changes nothing in the document.
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include "commands/commands.hxx"
#include "commands/review_run.hxx"
#include "commands/workbook_sources.hxx"
#include "calc/user_settings.hxx"
#include "core/rules/summary_text.hxx"
#include "calc/sheet_io.hxx"
#include "calc/ui_language.hxx"

namespace sangkien::uno {

using namespace com::sun::star;

rtl::OUString check_workbook(const CommandContext& context)
{
    // The same reading as the review: the remembered sheet and columns, the previous results left
    // out, the criteria from Thông tin over the settings.
    const core::Language language = office_ui_language(context.component_context);
    std::string merge_summary;
    core::Workbook book = command_workbook(context, &merge_summary);
    const core::Criteria criteria = command_criteria(context, book);
    const core::Review review = core::review_workbook(book, criteria);
    const core::Summary summary = core::summarise(book, review);
    return to_ustring((merge_summary.empty() ? std::string() : merge_summary + "\n")
                      + core::summary_text(book, review, summary, language));
}

} // namespace sangkien::uno
