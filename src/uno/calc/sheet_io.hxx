// Reading a Calc document into the core's plain cells: one getDataArray per block of rows (kBlockRows)
// of a sheet's used area (never a cell at a time).
#pragma once

#include <set>
#include <string>

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include "core/features/normalise.hxx"
#include "core/workbook/workbook.hxx"
#include "sangkien/uno_common/ustring.hxx"

namespace sangkien::uno {

// Every sheet except those named in `skip` (the review's own result sheets).
core::WorkbookInput read_workbook_input(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                                        const std::set<std::string>& skip = {});

// The same as sheets read in blocks when the reader needs them (a sheet's head at once): what
// reviewing a large book reads, so that its cells are never all in memory.
core::WorkbookSource read_workbook_source(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                                          const std::set<std::string>& skip = {});

// Only the sheets whose names announce `kind` (e.g. the Thông tin sheet): cheap on large books.
core::WorkbookInput read_sheets_named_as(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                                         core::SheetKind kind);

// The sheets of a review record (core::is_record_sheet: their first cell names the record), whole,
// in the document's order — the record and its parts; with `among`, only those it names (the
// previous run's result sheets).
std::vector<core::Sheet> read_record_sheets(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                                            const std::set<std::string>* among = nullptr);

// Where each sheet of `input` holds text constants (not formulas, not numbers): one
// queryContentCells per sheet.
std::vector<std::vector<core::CellArea>> text_constant_areas(
    const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document, const core::WorkbookInput& input);

} // namespace sangkien::uno
