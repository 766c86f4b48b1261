// Reading a Calc document into the core's plain cells: one getDataArray per sheet over its used
// area (never a cell at a time).
#pragma once

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include "sangkien/core/workbook.hxx"
#include "ustring.hxx"

namespace sangkien::uno {

core::WorkbookInput read_workbook_input(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

} // namespace sangkien::uno
