#include "calc/sheet_io.hxx"

#include "core/features/review_record.hxx"
#include "sangkien/uno_common/cell_any.hxx"

#include <algorithm>
#include <memory>

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

// A sheet's used area from A1 (so that row and column numbers in messages are the sheet's own),
// read a block of rows per getDataArray, so that neither the office's copy of the cells nor ours
// ever holds the whole sheet at once.
class OfficeSheetRows final : public core::SheetRows
{
public:
    explicit OfficeSheetRows(css::uno::Reference<sheet::XSpreadsheet> spreadsheet) : spreadsheet_(std::move(spreadsheet))
    {
        const css::uno::Reference<sheet::XSheetCellCursor> cursor = spreadsheet_->createCursor();
        const css::uno::Reference<sheet::XUsedAreaCursor> used(cursor, css::uno::UNO_QUERY_THROW);
        used->gotoStartOfUsedArea(false);
        used->gotoEndOfUsedArea(true);
        const table::CellRangeAddress area =
            css::uno::Reference<sheet::XCellRangeAddressable>(cursor, css::uno::UNO_QUERY_THROW)->getRangeAddress();
        end_column_ = area.EndColumn;
        end_row_ = area.EndRow;
    }

    std::size_t size() const override { return static_cast<std::size_t>(end_row_) + 1; }

    std::span<const core::Row> block(std::size_t first, std::size_t count) override
    {
        block_ = read_rows(first, count);
        return block_;
    }

    // The rows themselves, for a caller that keeps them.
    std::vector<core::Row> read_rows(std::size_t first, std::size_t count) const
    {
        std::vector<core::Row> rows;
        if (first >= size() || count == 0)
            return rows;
        const auto top = static_cast<sal_Int32>(first);
        const auto bottom = static_cast<sal_Int32>(std::min(size(), first + count) - 1);
        const auto range = spreadsheet_->getCellRangeByPosition(0, top, end_column_, bottom);
        const auto data = css::uno::Reference<sheet::XCellRangeData>(range, css::uno::UNO_QUERY_THROW)->getDataArray();
        rows.reserve(static_cast<std::size_t>(data.getLength()));
        for (sal_Int32 r = 0; r < data.getLength(); ++r)
        {
            const auto& source = data[r];
            // Trailing empty cells carry nothing.
            sal_Int32 width = source.getLength();
            while (width > 0 && !source[width - 1].hasValue())
                --width;
            core::Row& row = rows.emplace_back();
            row.reserve(static_cast<std::size_t>(width));
            for (sal_Int32 c = 0; c < width; ++c)
                row.push_back(cell_from_any(source[c]));
        }
        mark_error_cells(range, top, rows);
        return rows;
    }

private:
    // getDataArray gives a formula error as an empty value: find the error cells (one query per
    // block, usually few cells) and put in each the error as Calc shows it ("#DIV/0!", "Err:502").
    void mark_error_cells(const css::uno::Reference<table::XCellRange>& range, sal_Int32 top,
                          std::vector<core::Row>& rows) const
    {
        const auto errors = css::uno::Reference<sheet::XCellRangesQuery>(range, css::uno::UNO_QUERY_THROW)
                                ->queryFormulaCells(sheet::FormulaResult::ERROR);
        for (const table::CellRangeAddress& address : errors->getRangeAddresses())
            for (sal_Int32 r = address.StartRow; r <= address.EndRow; ++r)
                for (sal_Int32 c = address.StartColumn; c <= address.EndColumn; ++c)
                {
                    const auto row = static_cast<std::size_t>(r - top);
                    const auto column = static_cast<std::size_t>(c);
                    if (r < top || row >= rows.size())
                        continue;
                    core::Row& cells = rows[row];
                    if (cells.size() <= column)
                        cells.resize(column + 1);
                    const css::uno::Reference<text::XTextRange> cell(spreadsheet_->getCellByPosition(c, r),
                                                                     css::uno::UNO_QUERY_THROW);
                    std::string shown = to_utf8(cell->getString());
                    cells[column] = core::CellError{shown.empty() ? std::string("#VALUE!") : std::move(shown)};
                }
    }

    css::uno::Reference<sheet::XSpreadsheet> spreadsheet_;
    sal_Int32 end_column_ = 0;
    sal_Int32 end_row_ = 0;
    std::vector<core::Row> block_;
};

std::string name_of(const css::uno::Reference<sheet::XSpreadsheet>& spreadsheet)
{
    return to_utf8(css::uno::Reference<container::XNamed>(spreadsheet, css::uno::UNO_QUERY_THROW)->getName());
}

core::Sheet read_sheet(const css::uno::Reference<sheet::XSpreadsheet>& spreadsheet)
{
    core::Sheet sheet{name_of(spreadsheet), {}};
    const OfficeSheetRows rows(spreadsheet);
    sheet.rows.reserve(rows.size());
    for (std::size_t first = 0; first < rows.size(); first += core::kBlockRows)
        for (core::Row& row : rows.read_rows(first, core::kBlockRows))
            sheet.rows.push_back(std::move(row));
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

core::WorkbookSource read_workbook_source(const css::uno::Reference<sheet::XSpreadsheetDocument>& document,
                                          const std::set<std::string>& skip)
{
    core::WorkbookSource source;
    const auto sheets = document->getSheets();
    for (const rtl::OUString& name : sheets->getElementNames())
        if (!skip.count(to_utf8(name)))
        {
            auto rows = std::make_shared<OfficeSheetRows>(
                css::uno::Reference<sheet::XSpreadsheet>(sheets->getByName(name), css::uno::UNO_QUERY_THROW));
            source.sheets.push_back(core::SheetSource{core::head_of(to_utf8(name), *rows), rows});
        }
    return source;
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

std::vector<core::Sheet> read_record_sheets(const css::uno::Reference<sheet::XSpreadsheetDocument>& document,
                                            const std::set<std::string>* among)
{
    std::vector<core::Sheet> parts;
    const auto sheets = document->getSheets();
    for (const rtl::OUString& name : sheets->getElementNames())
    {
        if (among && !among->count(to_utf8(name)))
            continue;
        const css::uno::Reference<sheet::XSpreadsheet> spreadsheet(sheets->getByName(name), css::uno::UNO_QUERY_THROW);
        if (spreadsheet->getCellByPosition(0, 0)->getFormula() == to_ustring(core::kRecordMarker))
            parts.push_back(read_sheet(spreadsheet));
    }
    return parts;
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
