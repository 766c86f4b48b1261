// vn.sangkien:Check — reads the current workbook and returns the review's summary as text. Used
// by `sangkien check`; it changes nothing in the document.
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include "commands.hxx"
#include "sangkien/core/summary_text.hxx"
#include "sheet_io.hxx"
#include "ui_language.hxx"

namespace sangkien::uno {

using namespace com::sun::star;

rtl::OUString check_workbook(const CommandContext& context)
{
    if (!context.frame.is())
        throw css::uno::RuntimeException(rtl::OUString::createFromAscii("no frame"));
    const css::uno::Reference<frame::XController> controller = context.frame->getController();
    const css::uno::Reference<sheet::XSpreadsheetDocument> document(controller.is() ? controller->getModel() : nullptr,
                                                                    css::uno::UNO_QUERY);
    if (!document.is())
        throw css::uno::RuntimeException(rtl::OUString::createFromAscii("not a spreadsheet"));
    const core::Workbook book = core::read_workbook(read_workbook_input(document));
    std::vector<core::Issue> setting_issues;
    const core::Criteria criteria = core::criteria_from_settings(book, {}, &setting_issues);
    const core::Review review = core::review_workbook(book, criteria);
    const core::Summary summary = core::summarise(book, review);
    return to_ustring(core::summary_text(book, review, summary, office_ui_language(context.component_context)));
}

} // namespace sangkien::uno
