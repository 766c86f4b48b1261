#include "calc/sheet_writer.hxx"
#include "sangkien/uno_common/ustring.hxx"
#include "sangkien/uno_common/cell_any.hxx"

#include <algorithm>
#include <cctype>
#include <optional>

#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XMultiPropertySet.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/ConditionOperator.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/FillDirection.hpp>
#include <com/sun/star/sheet/XCellRangeFormula.hpp>
#include <com/sun/star/sheet/XCellSeries.hpp>
#include <com/sun/star/sheet/XSheetConditionalEntries.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XViewFreezable.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/task/XStatusIndicator.hpp>
#include <com/sun/star/task/XStatusIndicatorFactory.hpp>
#include <com/sun/star/awt/FontUnderline.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>
#include <com/sun/star/util/XProtectable.hpp>

#include "core/text/messages.hxx"

namespace sangkien::uno {

using namespace com::sun::star;

namespace {

// Number format codes are read in their locale: "#,##0" in vi-VN would be a decimal comma with
// three decimals. Each format is written in the separators of the locale it is created in.
const char* format_code(core::ColumnFormat format, core::Language language)
{
    const bool vi = language == core::Language::vietnamese;
    switch (format)
    {
    case core::ColumnFormat::money:
    case core::ColumnFormat::count: return vi ? "#.##0" : "#,##0";
    case core::ColumnFormat::percent: return vi ? "0,0%" : "0.0%";
    case core::ColumnFormat::date: return "DD/MM/YYYY";
    default: return "General";
    }
}

sal_Int32 number_format(const css::uno::Reference<frame::XModel>& model, const char* code, core::Language language)
{
    const auto formats =
        css::uno::Reference<util::XNumberFormatsSupplier>(model, css::uno::UNO_QUERY_THROW)->getNumberFormats();
    lang::Locale locale;
    locale.Language = ascii(language == core::Language::vietnamese ? "vi" : "en");
    locale.Country = ascii(language == core::Language::vietnamese ? "VN" : "US");
    sal_Int32 key = formats->queryKey(ascii(code), locale, false);
    if (key < 0)
        key = formats->addNew(ascii(code), locale);
    return key;
}

enum class VerdictColour { pass, fail, check, duplicate };

bool any_sheet_protected(const css::uno::Reference<frame::XModel>& model)
{
    const auto sheets = css::uno::Reference<sheet::XSpreadsheetDocument>(model, css::uno::UNO_QUERY_THROW)->getSheets();
    for (const auto& name : sheets->getElementNames())
        if (css::uno::Reference<util::XProtectable>(sheets->getByName(name), css::uno::UNO_QUERY_THROW)->isProtected())
            return true;
    return false;
}

// A cell style the verdict colours use, created once per document. Calc refuses to set a cell
// style's properties while any sheet is protected (a clerk's protected list or Nhận xét sheet):
// then an earlier run's style is used, else Calc's own style of that colour when the document has
// it, else none (the verdict stays uncoloured; the review itself never needs the colour).
std::optional<rtl::OUString> verdict_style(const css::uno::Reference<frame::XModel>& model, VerdictColour colour)
{
    const rtl::OUString name = to_ustring(colour == VerdictColour::pass    ? "Sáng kiến: Đạt"
                                          : colour == VerdictColour::fail  ? "Sáng kiến: Không đạt"
                                          : colour == VerdictColour::check ? "Sáng kiến: Cần kiểm tra"
                                                                           : "Sáng kiến: Trùng");
    const css::uno::Reference<container::XNameContainer> styles(
        css::uno::Reference<style::XStyleFamiliesSupplier>(model, css::uno::UNO_QUERY_THROW)
            ->getStyleFamilies()
            ->getByName(ascii("CellStyles")),
        css::uno::UNO_QUERY_THROW);
    if (styles->hasByName(name))
        return name;
    if (any_sheet_protected(model))
    {
        const rtl::OUString builtin = ascii(colour == VerdictColour::pass    ? "Good"
                                            : colour == VerdictColour::fail  ? "Bad"
                                            : colour == VerdictColour::check ? "Neutral"
                                                                             : "");
        if (!builtin.isEmpty() && styles->hasByName(builtin))
            return builtin;
        return std::nullopt;
    }
    const css::uno::Reference<beans::XPropertySet> style(
        css::uno::Reference<lang::XMultiServiceFactory>(model, css::uno::UNO_QUERY_THROW)
            ->createInstance(ascii("com.sun.star.style.CellStyle")),
        css::uno::UNO_QUERY_THROW);
    styles->insertByName(name, css::uno::Any(style));
    const sal_Int32 back = colour == VerdictColour::pass    ? 0xC6EFCE
                           : colour == VerdictColour::fail  ? 0xFFC7CE
                           : colour == VerdictColour::check ? 0xFFEB9C
                                                            : 0xE7E6E6;
    const sal_Int32 text = colour == VerdictColour::pass    ? 0x006100
                           : colour == VerdictColour::fail  ? 0x9C0006
                           : colour == VerdictColour::check ? 0x9C5700
                                                            : 0x595959;
    style->setPropertyValue(ascii("CellBackColor"), css::uno::Any(back));
    style->setPropertyValue(ascii("CharColor"), css::uno::Any(text));
    return name;
}

void colour_verdicts(const css::uno::Reference<frame::XModel>& model, const css::uno::Reference<table::XCellRange>& range,
                     core::Language language)
{
    const css::uno::Reference<beans::XPropertySet> properties(range, css::uno::UNO_QUERY_THROW);
    const css::uno::Reference<sheet::XSheetConditionalEntries> entries(
        properties->getPropertyValue(ascii("ConditionalFormat")), css::uno::UNO_QUERY_THROW);
    for (const auto& [key, colour] : {std::pair{"verdict.pass", VerdictColour::pass}, std::pair{"verdict.fail", VerdictColour::fail},
                                      std::pair{"verdict.check", VerdictColour::check},
                                      std::pair{"verdict.duplicate", VerdictColour::duplicate}})
    {
        const auto style = verdict_style(model, colour);
        if (!style)
            continue;
        css::uno::Sequence<beans::PropertyValue> condition(3);
        condition[0].Name = ascii("Operator");
        condition[0].Value <<= sheet::ConditionOperator_EQUAL;
        condition[1].Name = ascii("Formula1");
        condition[1].Value <<= to_ustring("\"" + std::string(core::text(language, key)) + "\"");
        condition[2].Name = ascii("StyleName");
        condition[2].Value <<= *style;
        entries->addNew(condition);
    }
    properties->setPropertyValue(ascii("ConditionalFormat"), css::uno::Any(entries));
}

} // namespace

void format_sheet(const css::uno::Reference<frame::XModel>& model, const css::uno::Reference<sheet::XSpreadsheet>& sheet,
                  const core::ResultSheet& result, core::Language language)
{
    // Every property set here is an action of the review's single undo step, and Calc keeps a
    // limited number of them (a step that overflows loses its first actions, and one Undo then
    // leaves a result sheet behind; the review writes each sheet in a part of its own, UndoGroup):
    // the heading's properties at once, one number format for neighbouring columns that share it.
    const auto last_row = static_cast<sal_Int32>(result.rows.size());
    const auto columns = static_cast<sal_Int32>(result.columns.size());
    css::uno::Sequence<rtl::OUString> names(3);
    names[0] = ascii("CellBackColor");
    names[1] = ascii("CharWeight");
    names[2] = ascii("IsTextWrapped");
    css::uno::Sequence<css::uno::Any> values(3);
    values[0] <<= sal_Int32(0xDDEBF7);
    values[1] <<= 150.0f; // bold
    values[2] <<= true;
    css::uno::Reference<beans::XMultiPropertySet>(sheet->getCellRangeByPosition(0, 0, columns - 1, 0), css::uno::UNO_QUERY_THROW)
        ->setPropertyValues(names, values);
    const auto column_access =
        css::uno::Reference<table::XColumnRowRange>(sheet, css::uno::UNO_QUERY_THROW)->getColumns();
    for (sal_Int32 c = 0; c < columns; ++c)
        css::uno::Reference<beans::XPropertySet>(column_access->getByIndex(c), css::uno::UNO_QUERY_THROW)
            ->setPropertyValue(ascii("Width"),
                               css::uno::Any(sal_Int32(std::min(core::column_width(result.columns[static_cast<std::size_t>(c)]) * 210 + 200, 16000))));
    if (last_row == 0)
        return;
    const auto code_of = [&](sal_Int32 c) { return std::string_view(format_code(result.columns[static_cast<std::size_t>(c)].format, language)); };
    for (sal_Int32 c = 0; c < columns; ++c)
        if (result.columns[static_cast<std::size_t>(c)].format == core::ColumnFormat::verdict)
            colour_verdicts(model, sheet->getCellRangeByPosition(c, 1, c, last_row), language);
    // Link cells look like links (blue, underlined), as Calc shows a link typed by hand: one
    // action per link column.
    css::uno::Sequence<rtl::OUString> link_names(2);
    link_names[0] = ascii("CharColor");
    link_names[1] = ascii("CharUnderline");
    css::uno::Sequence<css::uno::Any> link_values(2);
    link_values[0] <<= sal_Int32(0x000080);
    link_values[1] <<= sal_Int16(awt::FontUnderline::SINGLE);
    for (sal_Int32 c = 0; c < columns; ++c)
        if (result.columns[static_cast<std::size_t>(c)].format == core::ColumnFormat::link)
            css::uno::Reference<beans::XMultiPropertySet>(sheet->getCellRangeByPosition(c, 1, c, last_row), css::uno::UNO_QUERY_THROW)
                ->setPropertyValues(link_names, link_values);
    for (sal_Int32 c = 0, last = 0; c < columns; c = last + 1)
    {
        for (last = c; last + 1 < columns && code_of(last + 1) == code_of(c);)
            ++last;
        if (code_of(c) != "General")
            css::uno::Reference<beans::XPropertySet>(sheet->getCellRangeByPosition(c, 1, last, last_row), css::uno::UNO_QUERY_THROW)
                ->setPropertyValue(ascii("NumberFormat"), css::uno::Any(number_format(model, code_of(c).data(), language)));
    }
    for (const core::CellFormat& cell : result.cell_formats)
    {
        const char* code = format_code(cell.format, language);
        if (std::string_view(code) == "General")
            continue;
        css::uno::Reference<beans::XPropertySet>(
            sheet->getCellByPosition(static_cast<sal_Int32>(cell.column), static_cast<sal_Int32>(cell.row + 1)),
            css::uno::UNO_QUERY_THROW)
            ->setPropertyValue(ascii("NumberFormat"), css::uno::Any(number_format(model, code, language)));
    }
}

namespace {

// A formula's string literal: quotes doubled.
std::string quoted(const std::string& text)
{
    std::string out = "\"";
    for (const char c : text)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

// A link's target as the core writes it ("Sáng kiến!F12"): sheet, column letters, row.
struct LinkTarget
{
    std::string sheet, column;
    std::size_t row = 0;
};

std::optional<LinkTarget> link_target(const core::Cell& cell)
{
    const auto* text = std::get_if<std::string>(&cell);
    const auto bang = text ? text->rfind('!') : std::string::npos;
    if (bang == std::string::npos || bang == 0)
        return std::nullopt;
    LinkTarget target{text->substr(0, bang), {}, 0};
    std::size_t at = bang + 1;
    while (at < text->size() && std::isupper(static_cast<unsigned char>((*text)[at])))
        target.column += (*text)[at++];
    if (target.column.empty() || at == text->size() || text->size() - at > 7)
        return std::nullopt;
    for (; at < text->size(); ++at)
    {
        if (!std::isdigit(static_cast<unsigned char>((*text)[at])))
            return std::nullopt;
        target.row = target.row * 10 + static_cast<std::size_t>((*text)[at] - '0');
    }
    return target.row > 0 ? std::optional<LinkTarget>(target) : std::nullopt;
}

// =HYPERLINK("#'Sáng kiến'.F"&ROW($'Sáng kiến'.F12);"Sáng kiến!F"&ROW($'Sáng kiến'.F12)): a link
// that jumps to that cell (Ctrl+click) and follows it when rows are inserted above it. The cell
// is a reference, so a run of rows pointing at consecutive rows is one formula filled down.
std::string link_formula(const LinkTarget& target)
{
    std::string sheet;
    for (const char ch : target.sheet)
        sheet += ch == '\'' ? std::string("''") : std::string(1, ch);
    const std::string reference = "ROW($'" + sheet + "'." + target.column + std::to_string(target.row) + ")";
    return "=HYPERLINK(" + quoted("#'" + sheet + "'." + target.column) + "&" + reference + ";"
           + quoted(target.sheet + "!" + target.column) + "&" + reference + ")";
}

// The link cells of column `c` in rows [first, first + count) of the sheet (row 0 the heading):
// one formula per run of consecutive targets, filled down (what Calc shares as one formula group).
void write_links(const css::uno::Reference<sheet::XSpreadsheet>& sheet, const core::ResultSheet& result, sal_Int32 c,
                 std::size_t first, std::size_t count)
{
    const std::size_t top = std::max<std::size_t>(first, 1), end = first + count; // the heading stays text
    if (top >= end)
        return;
    css::uno::Sequence<css::uno::Sequence<rtl::OUString>> formulas(static_cast<sal_Int32>(end - top));
    auto* rows = formulas.getArray();
    std::vector<std::pair<std::size_t, std::size_t>> runs; // first sheet row, rows
    std::optional<LinkTarget> previous;
    for (std::size_t r = top; r < end; ++r)
    {
        css::uno::Sequence<rtl::OUString> cell(1);
        const auto target = link_target(result.rows[r - 1][static_cast<std::size_t>(c)]);
        if (target && previous && !runs.empty() && runs.back().first + runs.back().second == r && previous->sheet == target->sheet
            && previous->column == target->column && previous->row + 1 == target->row)
            ++runs.back().second; // filled from the run's first cell
        else if (target)
        {
            cell.getArray()[0] = to_ustring(link_formula(*target));
            runs.emplace_back(r, 1);
        }
        previous = target;
        rows[r - top] = cell;
    }
    // The whole column at once: setting the runs' first cells one by one broke the review's single
    // undo step (seen on the messy sample: one Undo left a result sheet behind).
    css::uno::Reference<sheet::XCellRangeFormula>(
        sheet->getCellRangeByPosition(c, static_cast<sal_Int32>(top), c, static_cast<sal_Int32>(end - 1)), css::uno::UNO_QUERY_THROW)
        ->setFormulaArray(formulas);
    for (const auto& [start, length] : runs)
        if (length > 1)
            css::uno::Reference<sheet::XCellSeries>(sheet->getCellRangeByPosition(c, static_cast<sal_Int32>(start), c,
                                                                                  static_cast<sal_Int32>(start + length - 1)),
                                                    css::uno::UNO_QUERY_THROW)
                ->fillAuto(sheet::FillDirection_TO_BOTTOM, 1);
}

} // namespace

void write_sheet(const css::uno::Reference<sheet::XSpreadsheet>& sheet, const core::ResultSheet& result)
{
    const auto columns = static_cast<sal_Int32>(result.columns.size());
    // In blocks of rows (the heading row first): the office's copy of the cells in transit never
    // holds a whole large sheet at once.
    constexpr std::size_t kBlock = 65'536;
    const std::size_t total = result.rows.size() + 1;
    for (std::size_t first = 0; first < total; first += kBlock)
    {
        const std::size_t count = std::min(kBlock, total - first);
        css::uno::Sequence<css::uno::Sequence<css::uno::Any>> data(static_cast<sal_Int32>(count));
        auto* rows = data.getArray();
        for (std::size_t k = 0; k < count; ++k)
        {
            css::uno::Sequence<css::uno::Any> row(columns);
            auto* cells = row.getArray();
            const std::size_t r = first + k;
            for (sal_Int32 c = 0; c < columns; ++c)
                cells[c] = r == 0 ? css::uno::Any(to_ustring(result.columns[static_cast<std::size_t>(c)].heading))
                           : result.columns[static_cast<std::size_t>(c)].format == core::ColumnFormat::link
                               ? css::uno::Any(rtl::OUString()) // written by write_links
                               : any_from_cell(result.rows[r - 1][static_cast<std::size_t>(c)]);
            rows[k] = std::move(row);
        }
        const auto range = sheet->getCellRangeByPosition(0, static_cast<sal_Int32>(first), columns - 1,
                                                         static_cast<sal_Int32>(first + count - 1));
        css::uno::Reference<sheet::XCellRangeData>(range, css::uno::UNO_QUERY_THROW)->setDataArray(data);
        for (sal_Int32 c = 0; c < columns; ++c)
            if (result.columns[static_cast<std::size_t>(c)].format == core::ColumnFormat::link)
                write_links(sheet, result, c, first, count);
    }
}

// A name not taken by another sheet ("KQ CĐCS", "KQ CĐCS (2)"…).
rtl::OUString free_name(const css::uno::Reference<sheet::XSpreadsheets>& sheets, const std::string& wanted)
{
    rtl::OUString name = to_ustring(wanted);
    for (int n = 2; sheets->hasByName(name); ++n)
        name = to_ustring(wanted + " (" + std::to_string(n) + ")");
    return name;
}

void freeze_heading(const css::uno::Reference<frame::XModel>& model, const css::uno::Reference<sheet::XSpreadsheet>& sheet)
{
    try
    {
        const css::uno::Reference<sheet::XSpreadsheetView> view(model->getCurrentController(), css::uno::UNO_QUERY);
        const css::uno::Reference<sheet::XViewFreezable> freezable(view, css::uno::UNO_QUERY);
        if (!view.is() || !freezable.is())
            return;
        view->setActiveSheet(sheet);
        freezable->freezeAtPosition(0, 1);
    }
    catch (...)
    {
        // A view that cannot freeze panes does not spoil the results.
    }
}

} // namespace sangkien::uno
