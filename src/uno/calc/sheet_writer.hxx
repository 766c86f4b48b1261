// Writing the core's plain tables (core::ResultSheet) into Calc sheets: setDataArray in blocks of
// rows, the heading row bold and shaded, widths, number formats in the locale of the UI language,
// coloured verdicts, a frozen heading row. Used by the review's result sheets and by Gộp sổ.
#pragma once

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>

#include "core/rules/result_sheets.hxx"
#include "sangkien/uno_common/ustring.hxx"

namespace sangkien::uno {

// The heading row and the rows, text always as text (never read as a formula).
void write_sheet(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const core::ResultSheet& result);

// Heading style, column widths and formats of `result` on a sheet it was written to.
void format_sheet(const css::uno::Reference<css::frame::XModel>& model, const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                  const core::ResultSheet& result, core::Language language);

// A name not taken by another sheet ("KQ CĐCS", "KQ CĐCS (2)"…).
rtl::OUString free_name(const css::uno::Reference<css::sheet::XSpreadsheets>& sheets, const std::string& wanted);

// Keeps the heading row in view while scrolling (the sheet becomes the active one).
void freeze_heading(const css::uno::Reference<css::frame::XModel>& model, const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);

} // namespace sangkien::uno
