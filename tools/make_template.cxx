// Developer tool: writes the blank initiative workbook (core::workbook_template) through Calc as a
// Calc template, with headings, column widths, number formats, pick lists and a frozen heading
// row. Its output is committed as templates/SoSangKien.ots (staff may open and edit it):
//   build/make_template templates/SoSangKien.ots
#include <filesystem>
#include <iostream>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/sheet/TableValidationVisibility.hpp>
#include <com/sun/star/sheet/ValidationAlertStyle.hpp>
#include <com/sun/star/sheet/ValidationType.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetCondition.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XViewFreezable.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include "core/features/workbook_template.hxx"
#include "sangkien/launcher/office_calls.hxx"
#include "sangkien/launcher/office_session.hxx"

using namespace sangkien;
using namespace com::sun::star;

namespace {

constexpr sal_Int32 kFormattedRows = 5000; // formats and pick lists reach this far down

rtl::OUString u(const std::string& text)
{
    return to_ustring(text);
}

sal_Int32 number_format(const uno::Reference<frame::XModel>& model, const char* code)
{
    const auto formats = uno::Reference<util::XNumberFormatsSupplier>(model, uno::UNO_QUERY_THROW)->getNumberFormats();
    lang::Locale locale;
    locale.Language = u("vi");
    locale.Country = u("VN");
    sal_Int32 key = formats->queryKey(u(code), locale, false);
    return key >= 0 ? key : formats->addNew(u(code), locale);
}

void write_sheet(const uno::Reference<frame::XModel>& model, const uno::Reference<sheet::XSpreadsheet>& sheet,
                 const core::TemplateSheet& data)
{
    const auto columns = static_cast<sal_Int32>(data.columns.size());
    uno::Sequence<uno::Sequence<uno::Any>> cells(static_cast<sal_Int32>(data.rows.size() + 1));
    cells[0] = uno::Sequence<uno::Any>(columns);
    for (sal_Int32 c = 0; c < columns; ++c)
        cells[0][c] <<= u(data.columns[static_cast<std::size_t>(c)].heading);
    for (std::size_t r = 0; r < data.rows.size(); ++r)
    {
        uno::Sequence<uno::Any> row(columns);
        for (sal_Int32 c = 0; c < columns; ++c)
        {
            const core::Cell& cell = data.rows[r][static_cast<std::size_t>(c)];
            if (const auto* number = std::get_if<double>(&cell))
                row[c] <<= *number;
            else if (const auto* text = std::get_if<std::string>(&cell))
                row[c] <<= u(*text);
            else
                row[c] <<= rtl::OUString();
        }
        cells[static_cast<sal_Int32>(r + 1)] = row;
    }
    uno::Reference<sheet::XCellRangeData>(
        sheet->getCellRangeByPosition(0, 0, columns - 1, static_cast<sal_Int32>(data.rows.size())), uno::UNO_QUERY_THROW)
        ->setDataArray(cells);

    const uno::Reference<beans::XPropertySet> heading(sheet->getCellRangeByPosition(0, 0, columns - 1, 0), uno::UNO_QUERY_THROW);
    heading->setPropertyValue(u("CharWeight"), uno::Any(150.0f));
    heading->setPropertyValue(u("CellBackColor"), uno::Any(sal_Int32(0xDDEBF7)));
    heading->setPropertyValue(u("IsTextWrapped"), uno::Any(true));
    const auto column_access = uno::Reference<table::XColumnRowRange>(sheet, uno::UNO_QUERY_THROW)->getColumns();
    for (sal_Int32 c = 0; c < columns; ++c)
    {
        const core::TemplateColumn& column = data.columns[static_cast<std::size_t>(c)];
        uno::Reference<beans::XPropertySet>(column_access->getByIndex(c), uno::UNO_QUERY_THROW)
            ->setPropertyValue(u("Width"), uno::Any(sal_Int32(column.width * 210 + 200)));
        const uno::Reference<beans::XPropertySet> body(sheet->getCellRangeByPosition(c, 1, c, kFormattedRows),
                                                       uno::UNO_QUERY_THROW);
        if (column.format == core::ColumnFormat::date)
            body->setPropertyValue(u("NumberFormat"), uno::Any(number_format(model, "DD/MM/YYYY")));
        else if (column.format == core::ColumnFormat::money)
            body->setPropertyValue(u("NumberFormat"), uno::Any(number_format(model, "#.##0") /* vi-VN: "." groups thousands */));
        if (column.choices.empty())
            continue;
        const uno::Reference<beans::XPropertySet> validation(body->getPropertyValue(u("Validation")), uno::UNO_QUERY_THROW);
        validation->setPropertyValue(u("Type"), uno::Any(sheet::ValidationType_LIST));
        validation->setPropertyValue(u("ShowList"), uno::Any(sheet::TableValidationVisibility::UNSORTED));
        validation->setPropertyValue(u("IgnoreBlankCells"), uno::Any(true));
        validation->setPropertyValue(u("ShowErrorMessage"), uno::Any(true));
        validation->setPropertyValue(u("ErrorAlertStyle"),
                                     uno::Any(column.strict ? sheet::ValidationAlertStyle_STOP : sheet::ValidationAlertStyle_INFO));
        validation->setPropertyValue(u("ErrorTitle"), uno::Any(u(column.heading)));
        validation->setPropertyValue(u("ErrorMessage"),
                                     uno::Any(u(column.strict ? "Chọn một giá trị trong danh sách."
                                                              : "Giá trị này không có trong danh sách gợi ý; vẫn ghi được.")));
        std::string list;
        for (const auto& choice : column.choices)
            list += (list.empty() ? "\"" : ";\"") + choice + "\"";
        uno::Reference<sheet::XSheetCondition>(validation, uno::UNO_QUERY_THROW)->setFormula1(u(list));
        body->setPropertyValue(u("Validation"), uno::Any(validation));
    }
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2)
    {
        std::cerr << "usage: make_template OUTPUT.ots\n";
        return 2;
    }
    try
    {
        launcher::PrivateOffice office(launcher::OfficeSetup{});
        const auto document = launcher::Document::new_spreadsheet(office.context());
        const auto model = document.model();
        const auto sheets = uno::Reference<sheet::XSpreadsheetDocument>(document.component(), uno::UNO_QUERY_THROW)->getSheets();
        // The text is Vietnamese: spelling, hyphenation and sorting follow vi-VN, not en-US.
        lang::Locale vietnamese;
        vietnamese.Language = u("vi");
        vietnamese.Country = u("VN");
        uno::Reference<beans::XPropertySet>(model, uno::UNO_QUERY_THROW)->setPropertyValue(u("CharLocale"), uno::Any(vietnamese));
        const auto data = core::workbook_template();
        for (std::size_t i = 0; i < data.size(); ++i)
        {
            if (i == 0)
                uno::Reference<container::XNamed>(document.sheet(0), uno::UNO_QUERY_THROW)->setName(u(data[0].name));
            else
                sheets->insertNewByName(u(data[i].name), static_cast<sal_Int16>(i));
            const uno::Reference<sheet::XSpreadsheet> sheet(sheets->getByName(u(data[i].name)), uno::UNO_QUERY_THROW);
            write_sheet(model, sheet, data[i]);
            const uno::Reference<sheet::XSpreadsheetView> view(model->getCurrentController(), uno::UNO_QUERY);
            if (view.is())
            {
                view->setActiveSheet(sheet);
                uno::Reference<sheet::XViewFreezable>(view, uno::UNO_QUERY_THROW)->freezeAtPosition(0, 1);
            }
        }
        const uno::Reference<sheet::XSpreadsheetView> view(model->getCurrentController(), uno::UNO_QUERY);
        if (view.is())
            view->setActiveSheet(uno::Reference<sheet::XSpreadsheet>(sheets->getByName(u(data[0].name)), uno::UNO_QUERY_THROW));
        const auto target = std::filesystem::absolute(argv[1]);
        document.store_to(launcher::file_url(target), "calc8_template");
        std::cout << "wrote " << target << "\n";
        return 0;
    }
    catch (const uno::Exception& e)
    {
        std::cerr << to_utf8(e.Message) << "\n";
    }
    catch (const std::exception& e)
    {
        std::cerr << e.what() << "\n";
    }
    return 1;
}
