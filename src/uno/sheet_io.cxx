#include "sheet_io.hxx"

#include <algorithm>

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/FormulaResult.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>

namespace sangkien::uno {

using namespace com::sun::star;

namespace {

core::Cell to_cell(const css::uno::Any& value)
{
    double number = 0;
    if (value >>= number)
        return core::Cell(number);
    rtl::OUString text;
    if ((value >>= text) && !text.isEmpty())
        return core::Cell(to_utf8(text));
    return core::Cell{};
}

// getDataArray gives a formula error as an empty value: find the error cells (one query for the
// sheet, usually few cells) and put in each the error as Calc shows it ("#DIV/0!", "Err:502").
void mark_error_cells(const css::uno::Reference<sheet::XSpreadsheet>& spreadsheet,
                      const css::uno::Reference<table::XCellRange>& range, core::Sheet& sheet)
{
    const auto errors = css::uno::Reference<sheet::XCellRangesQuery>(range, css::uno::UNO_QUERY_THROW)
                            ->queryFormulaCells(sheet::FormulaResult::ERROR);
    for (const table::CellRangeAddress& address : errors->getRangeAddresses())
        for (sal_Int32 r = address.StartRow; r <= address.EndRow; ++r)
            for (sal_Int32 c = address.StartColumn; c <= address.EndColumn; ++c)
            {
                const auto row = static_cast<std::size_t>(r);
                const auto column = static_cast<std::size_t>(c);
                if (row >= sheet.rows.size())
                    continue;
                core::Row& cells = sheet.rows[row];
                if (cells.size() <= column)
                    cells.resize(column + 1);
                const css::uno::Reference<text::XTextRange> cell(spreadsheet->getCellByPosition(c, r), css::uno::UNO_QUERY_THROW);
                std::string shown = to_utf8(cell->getString());
                cells[column] = core::CellError{shown.empty() ? std::string("#VALUE!") : std::move(shown)};
            }
}

core::Sheet read_sheet(const css::uno::Reference<sheet::XSpreadsheet>& spreadsheet)
{
    core::Sheet sheet;
    sheet.name = to_utf8(css::uno::Reference<container::XNamed>(spreadsheet, css::uno::UNO_QUERY_THROW)->getName());
    const css::uno::Reference<sheet::XSheetCellCursor> cursor = spreadsheet->createCursor();
    const css::uno::Reference<sheet::XUsedAreaCursor> used(cursor, css::uno::UNO_QUERY_THROW);
    used->gotoStartOfUsedArea(false);
    used->gotoEndOfUsedArea(true);
    const table::CellRangeAddress area =
        css::uno::Reference<sheet::XCellRangeAddressable>(cursor, css::uno::UNO_QUERY_THROW)->getRangeAddress();
    // Read from A1 so that row and column numbers in messages are the sheet's own; in blocks of
    // rows, so that the office's copy of the cells never holds the whole sheet at once.
    const auto range = spreadsheet->getCellRangeByPosition(0, 0, area.EndColumn, area.EndRow);
    constexpr sal_Int32 kBlock = 65'536;
    sheet.rows.reserve(static_cast<std::size_t>(area.EndRow) + 1);
    for (sal_Int32 first = 0; first <= area.EndRow; first += kBlock)
    {
        const sal_Int32 last = std::min(area.EndRow, first + kBlock - 1);
        const auto data = css::uno::Reference<sheet::XCellRangeData>(
                              spreadsheet->getCellRangeByPosition(0, first, area.EndColumn, last), css::uno::UNO_QUERY_THROW)
                              ->getDataArray();
        for (sal_Int32 r = 0; r < data.getLength(); ++r)
        {
            const auto& source = data[r];
            // Trailing empty cells carry nothing.
            sal_Int32 width = source.getLength();
            while (width > 0 && !source[width - 1].hasValue())
                --width;
            core::Row row;
            row.reserve(static_cast<std::size_t>(width));
            for (sal_Int32 c = 0; c < width; ++c)
                row.push_back(to_cell(source[c]));
            sheet.rows.push_back(std::move(row));
        }
    }
    mark_error_cells(spreadsheet, range, sheet);
    return sheet;
}

} // namespace

core::WorkbookInput read_workbook_input(const css::uno::Reference<sheet::XSpreadsheetDocument>& document,
                                        const std::set<std::string>& skip)
{
    core::WorkbookInput input;
    const auto sheets = document->getSheets();
    for (const rtl::OUString& name : sheets->getElementNames())
        if (!skip.count(to_utf8(name)))
            input.sheets.push_back(
                read_sheet(css::uno::Reference<sheet::XSpreadsheet>(sheets->getByName(name), css::uno::UNO_QUERY_THROW)));
    return input;
}

core::WorkbookInput read_sheets_named_as(const css::uno::Reference<sheet::XSpreadsheetDocument>& document,
                                         core::SheetKind kind)
{
    core::WorkbookInput input;
    const auto sheets = document->getSheets();
    for (const rtl::OUString& name : sheets->getElementNames())
        if (core::sheet_kind_from_name(to_utf8(name)) == kind)
            input.sheets.push_back(
                read_sheet(css::uno::Reference<sheet::XSpreadsheet>(sheets->getByName(name), css::uno::UNO_QUERY_THROW)));
    return input;
}

std::vector<std::vector<core::CellArea>> text_constant_areas(
    const css::uno::Reference<sheet::XSpreadsheetDocument>& document, const core::WorkbookInput& input)
{
    std::vector<std::vector<core::CellArea>> areas;
    const auto sheets = document->getSheets();
    for (const core::Sheet& sheet : input.sheets)
    {
        std::vector<core::CellArea>& found = areas.emplace_back();
        std::size_t width = 0;
        for (const auto& row : sheet.rows)
            width = std::max(width, row.size());
        if (sheet.rows.empty() || width == 0)
            continue;
        const css::uno::Reference<sheet::XSpreadsheet> spreadsheet(sheets->getByName(to_ustring(sheet.name)), css::uno::UNO_QUERY_THROW);
        const auto range = spreadsheet->getCellRangeByPosition(0, 0, static_cast<sal_Int32>(width - 1),
                                                               static_cast<sal_Int32>(sheet.rows.size() - 1));
        const auto ranges = css::uno::Reference<sheet::XCellRangesQuery>(range, css::uno::UNO_QUERY_THROW)
                                ->queryContentCells(sheet::CellFlags::STRING);
        for (const table::CellRangeAddress& address : ranges->getRangeAddresses())
            found.push_back(core::CellArea{static_cast<std::size_t>(address.StartRow), static_cast<std::size_t>(address.StartColumn),
                                           static_cast<std::size_t>(address.EndRow), static_cast<std::size_t>(address.EndColumn)});
    }
    return areas;
}

} // namespace sangkien::uno
